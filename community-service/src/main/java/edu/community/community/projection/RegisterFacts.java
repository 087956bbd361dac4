package edu.community.community.projection;

import edu.community.community.domain.CommunityFacts;
import edu.community.community.domain.CommunityId;
import edu.community.community.domain.School;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads the facts a community command needs from the registers, for the schools it touches, in one go. */
@ApplicationScoped
public class RegisterFacts {

    private final Pool pool;
    private final SchoolRegister schools;

    public RegisterFacts(Pool pool, SchoolRegister schools) {
        this.pool = pool;
        this.schools = schools;
    }

    /** The facts about these schools as the registers hold them now. */
    public Uni<CommunityFacts> about(Collection<String> schoolCodes) {
        List<String> codes = new ArrayList<>(schoolCodes);
        return schools.find(codes).flatMap(found -> pool
                .preparedQuery("select school_code, community_id::text from community_membership"
                        + " where exclusive and to_date is null and school_code = any($1)")
                .execute(Tuple.of(codes.toArray(String[]::new)))
                .map(rows -> {
                    Map<String, String> exclusive = new HashMap<>();
                    for (Row row : rows) {
                        exclusive.put(row.getString(0), row.getString(1));
                    }
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
                }));
    }
}
