package edu.community.exchange.messaging;

import edu.community.contracts.community.CommunityFacts;
import edu.community.eventsourcing.consume.Envelope;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * 学校与教共体 — the local read model of community-service's schools (county, dated classification) and
 * communities (dated membership of core and member schools, active or dissolved), kept from the dated facts that
 * {@link CommunityFacts} (contracts) reads out of each event. Every fact keeps its effective date and stream
 * version, so a late or backdated event changes only the dates it concerns. The read model lags community-service
 * by the consumer's delay: the rules that use it are eventually checked. A community's model is not kept here.
 */
@ApplicationScoped
public class CommunityFactsRegister {

    /** Writes the facts one event of {@code edu.community.events} brings; other events change nothing. */
    public Uni<Void> apply(SqlConnection tx, Envelope<Record> envelope) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (CommunityFacts.Fact fact : CommunityFacts.of(envelope.data(), envelope.streamVersion())) {
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
        return Uni.createFrom().voidItem();
    }

    private static Uni<Void> write(SqlConnection tx, String sql, Tuple values) {
        return tx.preparedQuery(sql).execute(values).replaceWithVoid();
    }
}
