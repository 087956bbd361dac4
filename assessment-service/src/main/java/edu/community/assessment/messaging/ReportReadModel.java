package edu.community.assessment.messaging;

import edu.community.assessment.domain.CommunityOnDate;
import edu.community.assessment.domain.Contribution;
import edu.community.assessment.domain.ReportTimeline.MemberLine;
import edu.community.contracts.community.CommunityModel;
import edu.community.contracts.community.SchoolClassification;
import edu.community.eventsourcing.projection.Projections;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Reads the provincial report's read model ({@link ReportTimelines}) on a date: each read touches the rows of the
 * units asked for, never the province's facts. {@link #read} runs a request's reads in one repeatable-read
 * snapshot of the active generation.
 */
@ApplicationScoped
public class ReportReadModel {

    private static final String VALID_ON = "valid_from <= $%1$d and (valid_to is null or valid_to > $%1$d)";

    private final Pool pool;
    private final Projections projections;
    private final ProvincialReportProjection projection;

    public ReportReadModel(Pool pool, Projections projections, ProvincialReportProjection projection) {
        this.pool = pool;
        this.projections = projections;
        this.projection = projection;
    }

    /** The active generation's tables, seen through one read-only snapshot. */
    public record Snapshot(SqlConnection tx, String schema) {

        /** Each unit's figures on the date (a unit with none is absent). */
        public Uni<Map<String, SortedMap<String, Long>>> figures(Collection<String> units, LocalDate date) {
            return tx.preparedQuery("select unit, figure, sum(delta)::bigint from " + schema + ".figure_delta"
                            + " where unit = any($1) and (grain = 'y' and period < $2"
                            + " or grain = 'm' and period >= $2 and period < $3"
                            + " or grain = 'd' and period >= $3 and period <= $4)"
                            + " group by unit, figure having sum(delta) <> 0")
                    .execute(Tuple.of(units.toArray(String[]::new), date.withDayOfYear(1), date.withDayOfMonth(1), date))
                    .map(rows -> {
                        Map<String, SortedMap<String, Long>> figures = new HashMap<>();
                        rows.forEach(row -> figures.computeIfAbsent(row.getString(0), unit -> new TreeMap<>())
                                .put(row.getString(1), row.getLong(2)));
                        return figures;
                    });
        }

        /**
         * What a figure of a unit counts on the date, in subject order: a community's or a county's own spans, the
         * spans of the counties of a city or a province.
         */
        public Uni<List<Contribution>> contributions(String unit, String figure, LocalDate date) {
            String first = unit.startsWith("community/") || !unit.endsWith("00") ? unit
                    : unit.endsWith("0000") ? unit.substring(0, 2) + "0001" : unit.substring(0, 4) + "01";
            String last = unit.startsWith("community/") || !unit.endsWith("00") ? unit
                    : unit.endsWith("0000") ? unit.substring(0, 2) + "9999" : unit.substring(0, 4) + "99";
            return tx.preparedQuery("select subject, events, weight from " + schema + ".contribution where figure = $1"
                            + " and unit between $2 and $3 and " + VALID_ON.formatted(4))
                    .execute(Tuple.of(figure, first, last, date))
                    .map(rows -> {
                        SortedMap<String, Contribution> bySubject = new TreeMap<>();
                        rows.forEach(row -> bySubject.put(row.getString(0),
                                new Contribution(row.getString(0), Arrays.asList(row.getArrayOfUUIDs(1)),
                                        row.getInteger(2))));
                        return new ArrayList<>(bySubject.values());
                    });
        }

        /** The communities active on the date whose core school lies in the county, by id. */
        public Uni<List<CommunityOnDate>> communitiesOfCounty(String county, LocalDate date) {
            return communities("core_county = $1", county, date);
        }

        /** A community on the date, when it was active and the report knows its core school's county. */
        public Uni<Optional<CommunityOnDate>> community(String id, LocalDate date) {
            return communities("community_id = $1 and core_county is not null", id, date)
                    .map(found -> found.stream().findFirst());
        }

        /** The member lines of a community on the date, by school code. */
        public Uni<List<Member>> members(String communityId, LocalDate date) {
            return tx.preparedQuery("select school_code, name, county, classification, since, cross_region,"
                            + " support_category from " + schema + ".member_line where community_id = $1 and "
                            + VALID_ON.formatted(2) + " order by school_code")
                    .execute(Tuple.of(communityId, date))
                    .map(rows -> {
                        List<Member> members = new ArrayList<>();
                        for (Row row : rows) {
                            members.add(new Member(row.getString(0), new MemberLine(row.getString(1),
                                    row.getString(2), SchoolClassification.valueOf(row.getString(3)),
                                    row.getLocalDate(4), row.getBoolean(5), row.getString(6))));
                        }
                        return members;
                    });
        }

        private Uni<List<CommunityOnDate>> communities(String where, String key, LocalDate date) {
            return tx.preparedQuery("select community_id, name, model, core_school, core_county, events from "
                            + schema + ".community_state where " + where + " and " + VALID_ON.formatted(2)
                            + " order by community_id")
                    .execute(Tuple.of(key, date))
                    .map(rows -> {
                        List<CommunityOnDate> communities = new ArrayList<>();
                        for (Row row : rows) {
                            communities.add(new CommunityOnDate(row.getString(0), row.getString(1),
                                    row.getString(2) == null ? null : CommunityModel.valueOf(row.getString(2)),
                                    row.getString(3), row.getString(4), Arrays.asList(row.getArrayOfUUIDs(5))));
                        }
                        return communities;
                    });
        }
    }

    /** A member school's line in its community's report. */
    public record Member(String schoolCode, MemberLine line) {
    }

    /** Runs {@code reads} in one read-only, repeatable-read transaction on the active generation. */
    public <T> Uni<T> read(Function<Snapshot, Uni<T>> reads) {
        return projections.activeSchema(projection).flatMap(schema -> pool.withTransaction(tx -> tx
                .query("set transaction isolation level repeatable read, read only").execute()
                .flatMap(ready -> reads.apply(new Snapshot(tx, schema)))));
    }
}
