package edu.community.community.application;

import edu.community.community.domain.CommunityFacts;
import edu.community.community.domain.CommunityId;
import edu.community.community.domain.School;
import edu.community.community.projection.CommunityRegister;
import edu.community.community.projection.SchoolRegister;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The facts a community command needs about the schools it touches, read in the command's transaction.
 * The schools' register rows stay locked {@code FOR SHARE} until it commits, so a school that is found open
 * cannot close meanwhile (closing takes the row {@code FOR UPDATE}); one exclusive community per school is
 * held by the register's unique index.
 */
@ApplicationScoped
public class RegisterFacts {

    private final SchoolRegister schools;
    private final CommunityRegister communities;

    public RegisterFacts(SchoolRegister schools, CommunityRegister communities) {
        this.schools = schools;
        this.communities = communities;
    }

    public Uni<CommunityFacts> about(SqlConnection tx, Collection<String> schoolCodes) {
        List<String> codes = new ArrayList<>(schoolCodes);
        return schools.lock(tx, codes, SchoolRegister.Lock.SHARE)
                .flatMap(found -> communities.exclusiveCommunitiesOf(tx, codes)
                        .map(exclusive -> facts(found, exclusive)));
    }

    private static CommunityFacts facts(Map<String, School> found, Map<String, String> exclusive) {
        return new CommunityFacts() {
            @Override
            public Optional<School> school(String schoolCode) {
                return Optional.ofNullable(found.get(schoolCode));
            }

            @Override
            public Optional<String> exclusiveCommunityOf(String schoolCode, CommunityId except) {
                return Optional.ofNullable(exclusive.get(schoolCode))
                        .filter(community -> !community.equals(except.toString()));
            }
        };
    }
}
