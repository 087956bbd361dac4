package edu.community.assessment.messaging;

import edu.community.assessment.domain.CommunityFact;
import edu.community.assessment.domain.CommunityOnDate;
import edu.community.assessment.domain.MembershipFact;
import edu.community.assessment.domain.MembershipOnDate;
import edu.community.assessment.domain.SchoolFact;
import edu.community.assessment.domain.SchoolOnDate;
import edu.community.assessment.domain.SchoolProfile;
import edu.community.contracts.community.CommunityModel;
import edu.community.contracts.community.SchoolClassification;
import edu.community.contracts.community.SchoolLevel;
import edu.community.contracts.community.SchoolOwnership;
import edu.community.eventsourcing.projection.Projections;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/** Reads the report's facts from the active generation as they stood on a date. */
@ApplicationScoped
public class ReportFacts {

    private final Pool pool;
    private final Projections projections;
    private final ProvincialReportProjection projection;

    public ReportFacts(Pool pool, Projections projections, ProvincialReportProjection projection) {
        this.pool = pool;
        this.projections = projections;
        this.projection = projection;
    }

    /** Schools, communities and memberships of one province on a date. */
    public record OnDate(List<SchoolOnDate> schools, List<CommunityOnDate> communities,
                         List<MembershipOnDate> memberships) {
    }

    /** An event behind a figure, as the report received it. */
    public record SourceEvent(UUID id, String type, String subject, int streamVersion, LocalDate effectiveDate,
                              OffsetDateTime recordedAt) {
    }

    /** The state of the province ({@code 33} for 330000) on {@code date}, read in one snapshot. */
    public Uni<OnDate> onDate(String province, LocalDate date) {
        String prefix = province.substring(0, 2) + "%";
        return projections.activeSchema(projection).flatMap(schema -> pool.withTransaction(tx ->
                repeatableRead(tx)
                        .flatMap(ready -> schools(tx, schema, prefix, date))
                        .flatMap(schools -> communities(tx, schema, date)
                                .flatMap(communities -> memberships(tx, schema, date)
                                        .map(memberships -> new OnDate(schools, communities, memberships))))));
    }

    /** A school as it stood on a date; empty when it was not registered by then or was closed. */
    public Uni<Optional<SchoolOnDate>> school(String schoolCode, LocalDate date) {
        return projections.activeSchema(projection).flatMap(schema -> pool.preparedQuery("select event_id,"
                        + " school_code, effective_date, stream_version, kind, county_code, name, classification, level,"
                        + " ownership, special_education, vocational, teaching_point from " + schema + ".school_fact"
                        + " where school_code = $1 and effective_date <= $2 order by effective_date, stream_version")
                .execute(Tuple.of(schoolCode, date))
                .map(rows -> {
                    List<SchoolFact> facts = new ArrayList<>();
                    rows.forEach(row -> facts.add(schoolFact(row)));
                    return SchoolOnDate.fold(facts);
                }));
    }

    /** The province of a community's latest core school, e.g. 330000; empty when the report does not know it. */
    public Uni<Optional<String>> provinceOfCommunity(String communityId) {
        return projections.activeSchema(projection).flatMap(schema -> pool.preparedQuery(
                        "select r.county_code from " + schema + ".community_fact f join " + schema + ".school_fact r"
                                + " on r.school_code = f.core_school and r.kind = 'REGISTERED' where f.community_id = $1"
                                + " order by f.effective_date desc, f.stream_version desc limit 1")
                .execute(Tuple.of(communityId))
                .map(rows -> rows.size() == 0 ? Optional.<String>empty()
                        : Optional.of(rows.iterator().next().getString(0).substring(0, 2) + "0000")));
    }

    public Uni<List<SourceEvent>> sourceEvents(Collection<UUID> ids) {
        return projections.activeSchema(projection).flatMap(schema -> pool.preparedQuery(
                        "select event_id, type, subject, stream_version, effective_date, recorded_at from " + schema
                                + ".source_event where event_id = any($1) order by recorded_at, event_id")
                .execute(Tuple.of(ids.toArray(UUID[]::new)))
                .map(rows -> {
                    List<SourceEvent> events = new ArrayList<>();
                    for (Row row : rows) {
                        events.add(new SourceEvent(row.getUUID(0), row.getString(1), row.getString(2),
                                row.getInteger(3), row.getLocalDate(4), row.getOffsetDateTime(5)));
                    }
                    return events;
                }));
    }

    private static Uni<Void> repeatableRead(SqlConnection tx) {
        return tx.query("set transaction isolation level repeatable read, read only").execute().replaceWithVoid();
    }

    private static Uni<List<SchoolOnDate>> schools(SqlConnection tx, String schema, String prefix, LocalDate date) {
        return tx.preparedQuery("select f.event_id, f.school_code, f.effective_date, f.stream_version, f.kind,"
                        + " f.county_code, f.name, f.classification, f.level, f.ownership, f.special_education,"
                        + " f.vocational, f.teaching_point from " + schema + ".school_fact f"
                        + " where f.effective_date <= $1 and exists (select 1 from " + schema + ".school_fact r"
                        + " where r.school_code = f.school_code and r.kind = 'REGISTERED' and r.county_code like $2)"
                        + " order by f.school_code, f.effective_date, f.stream_version")
                .execute(Tuple.of(date, prefix))
                .map(rows -> foldGroups(rows, ReportFacts::schoolFact, SchoolFact::school, SchoolOnDate::fold));
    }

    private static Uni<List<CommunityOnDate>> communities(SqlConnection tx, String schema, LocalDate date) {
        return tx.preparedQuery("select f.event_id, f.community_id, f.effective_date, f.stream_version, f.kind,"
                        + " f.name, f.model, f.core_school, r.county_code from " + schema + ".community_fact f"
                        + " left join " + schema + ".school_fact r on r.school_code = f.core_school and r.kind = 'REGISTERED'"
                        + " where f.effective_date <= $1 order by f.community_id, f.effective_date, f.stream_version")
                .execute(Tuple.of(date))
                .map(rows -> foldGroups(rows, ReportFacts::communityFact, CommunityFact::community,
                        CommunityOnDate::fold));
    }

    private static Uni<List<MembershipOnDate>> memberships(SqlConnection tx, String schema, LocalDate date) {
        return tx.preparedQuery("select event_id, community_id, school_code, effective_date, stream_version, member"
                        + " from " + schema + ".membership_fact where effective_date <= $1"
                        + " order by community_id, school_code, effective_date, stream_version")
                .execute(Tuple.of(date))
                .map(rows -> {
                    List<MembershipFact> facts = new ArrayList<>();
                    for (Row row : rows) {
                        facts.add(new MembershipFact(row.getUUID(0), row.getString(1), row.getString(2),
                                row.getLocalDate(3), row.getInteger(4), row.getBoolean(5)));
                    }
                    return MembershipOnDate.fold(facts);
                });
    }

    /** Folds consecutive rows of one key (the rows come ordered by key) into at most one state each. */
    private static <F, S> List<S> foldGroups(RowSet<Row> rows, Function<Row, F> fact, Function<F, String> key,
                                             Function<List<F>, Optional<S>> fold) {
        List<S> states = new ArrayList<>();
        List<F> group = new ArrayList<>();
        for (Row row : rows) {
            F next = fact.apply(row);
            if (!group.isEmpty() && !key.apply(group.get(0)).equals(key.apply(next))) {
                fold.apply(group).ifPresent(states::add);
                group = new ArrayList<>();
            }
            group.add(next);
        }
        if (!group.isEmpty()) {
            fold.apply(group).ifPresent(states::add);
        }
        return states;
    }

    private static SchoolFact schoolFact(Row row) {
        SchoolFact.Kind kind = SchoolFact.Kind.valueOf(row.getString(4));
        SchoolProfile profile = row.getString(7) == null ? null : new SchoolProfile(row.getString(6),
                SchoolClassification.valueOf(row.getString(7)), SchoolLevel.valueOf(row.getString(8)),
                SchoolOwnership.valueOf(row.getString(9)), row.getBoolean(10), row.getBoolean(11), row.getBoolean(12));
        return new SchoolFact(row.getUUID(0), row.getString(1), row.getLocalDate(2), row.getInteger(3), kind,
                row.getString(5), profile);
    }

    private static CommunityFact communityFact(Row row) {
        return new CommunityFact(row.getUUID(0), row.getString(1), row.getLocalDate(2), row.getInteger(3),
                CommunityFact.Kind.valueOf(row.getString(4)), row.getString(5),
                row.getString(6) == null ? null : CommunityModel.valueOf(row.getString(6)), row.getString(7),
                row.getString(8));
    }
}
