package edu.community.assessment.messaging;

import edu.community.assessment.domain.CommunityFact;
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

/** Reads the report's facts from the active generation: schools as they stood on a date, and the events kept. */
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

    /** An event behind a figure, as the report received it. */
    public record SourceEvent(UUID id, String type, String subject, int streamVersion, LocalDate effectiveDate,
                              OffsetDateTime recordedAt) {
    }

    /** The schools of a county as they stood on {@code date} (registered by then, open). */
    public Uni<List<SchoolOnDate>> schoolsInCounty(String county, LocalDate date) {
        return projections.activeSchema(projection).flatMap(schema -> pool.preparedQuery("select f.event_id,"
                        + " f.school_code, f.effective_date, f.stream_version, f.kind, f.county_code, f.name,"
                        + " f.classification, f.level, f.ownership, f.special_education, f.vocational, f.teaching_point"
                        + " from " + schema + ".school_fact f where f.effective_date <= $1 and exists (select 1 from "
                        + schema + ".school_fact r where r.school_code = f.school_code and r.kind = 'REGISTERED'"
                        + " and r.county_code = $2) order by f.school_code, f.effective_date, f.stream_version")
                .execute(Tuple.of(date, county))
                .map(rows -> foldGroups(rows, ReportFacts::schoolFact, SchoolFact::school, SchoolOnDate::fold)));
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

    static SchoolFact schoolFact(Row row) {
        SchoolFact.Kind kind = SchoolFact.Kind.valueOf(row.getString(4));
        SchoolProfile profile = row.getString(7) == null ? null : new SchoolProfile(row.getString(6),
                SchoolClassification.valueOf(row.getString(7)), SchoolLevel.valueOf(row.getString(8)),
                SchoolOwnership.valueOf(row.getString(9)), row.getBoolean(10), row.getBoolean(11), row.getBoolean(12));
        return new SchoolFact(row.getUUID(0), row.getString(1), row.getLocalDate(2), row.getInteger(3), kind,
                row.getString(5), profile);
    }

    static CommunityFact communityFact(Row row) {
        return new CommunityFact(row.getUUID(0), row.getString(1), row.getLocalDate(2), row.getInteger(3),
                CommunityFact.Kind.valueOf(row.getString(4)), row.getString(5),
                row.getString(6) == null ? null : CommunityModel.valueOf(row.getString(6)), row.getString(7),
                row.getString(8));
    }
}
