package edu.community.exchange.application;

import edu.community.exchange.domain.ActivityFacts;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@link ActivityFacts} read in the command's transaction from the local read model of community-service's
 * events ({@code messaging/CommunityFactsRegister}): eventually checked, since that read model may lag.
 */
@ApplicationScoped
public class ReadModelFacts {

    /** What the read model says about some schools in one community on one date. */
    public Uni<ActivityFacts> about(SqlConnection tx, String communityId, Collection<String> schools, LocalDate on) {
        String[] codes = schools.toArray(String[]::new);
        return tx.preparedQuery("select school_code, county_code from community_school where school_code = any($1)")
                .execute(Tuple.of(codes))
                .flatMap(counties -> tx.preparedQuery("""
                                select s.active and coalesce(m.member, false) as belongs, m.school_code
                                  from (select active from community_status
                                         where community_id = $1 and effective_date <= $3
                                         order by effective_date desc, stream_version desc limit 1) s
                                  cross join (select distinct on (school_code) school_code, member
                                                from community_membership
                                               where community_id = $1 and school_code = any($2)
                                                 and effective_date <= $3
                                               order by school_code, effective_date desc, stream_version desc) m""")
                        .execute(Tuple.of(communityId, codes, on))
                        .map(members -> {
                            Map<String, String> countyOf = new HashMap<>();
                            counties.forEach(row -> countyOf.put(row.getString("school_code"), row.getString("county_code")));
                            Set<String> belonging = new HashSet<>();
                            for (Row row : members) {
                                if (row.getBoolean("belongs")) {
                                    belonging.add(row.getString("school_code"));
                                }
                            }
                            return facts(communityId, on, countyOf, belonging);
                        }));
    }

    private static ActivityFacts facts(String communityId, LocalDate on, Map<String, String> countyOf,
                                       Set<String> belonging) {
        return new ActivityFacts() {
            @Override
            public Optional<String> countyOf(String schoolCode) {
                return Optional.ofNullable(countyOf.get(schoolCode));
            }

            @Override
            public boolean belongs(String community, String schoolCode, LocalDate date) {
                if (!community.equals(communityId) || !date.equals(on)) {
                    throw new IllegalStateException("facts were read for " + communityId + " on " + on);
                }
                return belonging.contains(schoolCode);
            }
        };
    }
}
