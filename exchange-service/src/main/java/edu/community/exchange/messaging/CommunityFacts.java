package edu.community.exchange.messaging;

import edu.community.contracts.community.CommunityDissolved;
import edu.community.contracts.community.CommunityFormed;
import edu.community.contracts.community.CoreSchoolChanged;
import edu.community.contracts.community.MemberJoined;
import edu.community.contracts.community.MemberLeft;
import edu.community.contracts.community.SchoolClassification;
import edu.community.contracts.community.SchoolDetailsChanged;
import edu.community.contracts.community.SchoolRegistered;
import edu.community.eventsourcing.consume.Envelope;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * 学校与教共体 — the local read model of community-service's schools (county, dated classification) and
 * communities (dated membership of core and member schools, active or dissolved). Every fact keeps its
 * effective date and stream version, so a late or backdated event changes only the dates it concerns. The
 * read model lags community-service by the consumer's delay: the rules that use it are eventually checked.
 */
@ApplicationScoped
public class CommunityFacts {

    /** Writes the facts one event of {@code edu.community.events} brings; other events change nothing. */
    public Uni<Void> apply(SqlConnection tx, Envelope<Record> envelope) {
        int version = envelope.streamVersion();
        Record data = envelope.data();
        if (data instanceof SchoolRegistered e) {
            return tx.preparedQuery("insert into community_school (school_code, county_code) values ($1, $2)"
                            + " on conflict (school_code) do update set county_code = excluded.county_code")
                    .execute(Tuple.of(e.schoolCode(), e.countyCode()))
                    .flatMap(done -> classification(tx, e.schoolCode(), e.effectiveDate(), version, e.classification()));
        }
        if (data instanceof SchoolDetailsChanged e) {
            return classification(tx, e.schoolCode(), e.effectiveDate(), version, e.classification());
        }
        if (data instanceof CommunityFormed e) {
            List<Tuple> rows = new ArrayList<>();
            rows.add(membership(e.communityId(), e.coreSchool(), e.effectiveDate(), version, true));
            e.members().forEach(member -> rows.add(membership(e.communityId(), member, e.effectiveDate(), version, true)));
            return status(tx, e.communityId(), e.effectiveDate(), version, e.coreSchool(), true)
                    .flatMap(done -> memberships(tx, rows));
        }
        if (data instanceof MemberJoined e) {
            return memberships(tx, List.of(membership(e.communityId(), e.schoolCode(), e.effectiveDate(), version, true)));
        }
        if (data instanceof MemberLeft e) {
            return memberships(tx, List.of(membership(e.communityId(), e.schoolCode(), e.effectiveDate(), version, false)));
        }
        if (data instanceof CoreSchoolChanged e) {
            // The previous core school stays in the community only if a MemberJoined says so.
            return status(tx, e.communityId(), e.effectiveDate(), version, e.coreSchool(), true)
                    .flatMap(done -> memberships(tx, List.of(
                            membership(e.communityId(), e.coreSchool(), e.effectiveDate(), version, true),
                            membership(e.communityId(), e.previousCoreSchool(), e.effectiveDate(), version, false))));
        }
        if (data instanceof CommunityDissolved e) {
            return status(tx, e.communityId(), e.effectiveDate(), version, null, false);
        }
        return Uni.createFrom().voidItem();
    }

    private static Uni<Void> classification(SqlConnection tx, String school, LocalDate effective, int version,
                                            SchoolClassification classification) {
        return tx.preparedQuery("insert into community_school_classification (school_code, effective_date,"
                        + " stream_version, classification) values ($1, $2, $3, $4) on conflict do nothing")
                .execute(Tuple.of(school, effective, version, classification.name())).replaceWithVoid();
    }

    private static Uni<Void> status(SqlConnection tx, String community, LocalDate effective, int version, String core,
                                    boolean active) {
        return tx.preparedQuery("insert into community_status (community_id, effective_date, stream_version,"
                        + " core_school, active) values ($1, $2, $3, $4, $5) on conflict do nothing")
                .execute(Tuple.of(community, effective, version, core, active)).replaceWithVoid();
    }

    private static Tuple membership(String community, String school, LocalDate effective, int version, boolean member) {
        return Tuple.of(community, school, effective, version, member);
    }

    private static Uni<Void> memberships(SqlConnection tx, List<Tuple> rows) {
        return tx.preparedQuery("insert into community_membership (community_id, school_code, effective_date,"
                        + " stream_version, member) values ($1, $2, $3, $4, $5) on conflict do nothing")
                .executeBatch(rows).replaceWithVoid();
    }
}
