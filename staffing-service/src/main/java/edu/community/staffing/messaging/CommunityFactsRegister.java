package edu.community.staffing.messaging;

import edu.community.contracts.community.CommunityFacts;
import edu.community.eventsourcing.consume.Envelope;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * 学校与教共体 — keeps the dated facts of {@code edu.community.events} ({@link CommunityFacts}) in this service's
 * database: schools' counties and classifications, communities' memberships, state and model. The read model
 * lags community-service by the consumer's delay: the rules that use it are eventually checked.
 */
@ApplicationScoped
public class CommunityFactsRegister {

    public Uni<Void> apply(SqlConnection tx, Envelope<Record> envelope) {
        List<CommunityFacts.Fact> facts = CommunityFacts.of(envelope.data(), envelope.streamVersion());
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (CommunityFacts.Fact fact : facts) {
            chain = chain.flatMap(done -> keep(tx, fact));
        }
        return chain;
    }

    private static Uni<Void> keep(SqlConnection tx, CommunityFacts.Fact fact) {
        if (fact instanceof CommunityFacts.SchoolCounty f) {
            return write(tx, "insert into community_school (school_code, county_code) values ($1, $2)"
                    + " on conflict (school_code) do update set county_code = excluded.county_code",
                    Tuple.of(f.school(), f.county()));
        }
        if (fact instanceof CommunityFacts.Classification f) {
            return write(tx, "insert into community_school_classification (school_code, effective_date,"
                    + " stream_version, classification) values ($1, $2, $3, $4) on conflict do nothing",
                    Tuple.of(f.school(), f.from(), f.version(), f.classification().name()));
        }
        if (fact instanceof CommunityFacts.Membership f) {
            return write(tx, "insert into community_membership (community_id, school_code, effective_date,"
                    + " stream_version, member) values ($1, $2, $3, $4, $5) on conflict do nothing",
                    Tuple.of(f.community(), f.school(), f.from(), f.version(), f.member()));
        }
        if (fact instanceof CommunityFacts.Status f) {
            return write(tx, "insert into community_status (community_id, effective_date, stream_version,"
                    + " core_school, active) values ($1, $2, $3, $4, $5) on conflict do nothing",
                    Tuple.of(f.community(), f.from(), f.version(), f.coreSchool(), f.active()));
        }
        CommunityFacts.Model f = (CommunityFacts.Model) fact;
        return write(tx, "insert into community_model (community_id, effective_date, stream_version, model)"
                + " values ($1, $2, $3, $4) on conflict do nothing",
                Tuple.of(f.community(), f.from(), f.version(), f.model().name()));
    }

    private static Uni<Void> write(SqlConnection tx, String sql, Tuple values) {
        return tx.preparedQuery(sql).execute(values).replaceWithVoid();
    }
}
