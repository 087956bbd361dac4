package edu.community.staffing.application;

import edu.community.contracts.community.CommunityModel;
import edu.community.contracts.community.SchoolClassification;
import edu.community.contracts.staffing.careers.Dated;
import edu.community.contracts.staffing.careers.SchoolFacts;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@link SchoolFacts} about some schools, read from the local read model of community-service's events
 * ({@code messaging/CommunityFactsRegister}) through a command's transaction or the pool: eventually checked,
 * since that read model may lag. Every dated fact of the schools is read, so one read answers any date.
 */
@ApplicationScoped
public class ReadModelSchools {

    /** One dated fact of a community, as read: the latest on or before a date wins, by date then version. */
    private record DatedRow<T>(LocalDate from, int version, T value) {
    }

    public Uni<SchoolFacts> about(SqlClient client, Collection<String> schools) {
        String[] codes = schools.stream().distinct().toArray(String[]::new);
        return client.preparedQuery("select school_code, county_code from community_school where school_code = any($1)")
                .execute(Tuple.of(codes)).flatMap(counties -> client.preparedQuery("""
                        select school_code, effective_date, stream_version, classification
                          from community_school_classification where school_code = any($1)""")
                        .execute(Tuple.of(codes)).flatMap(classes -> client.preparedQuery("""
                                select community_id, school_code, effective_date, stream_version, member
                                  from community_membership where school_code = any($1)""")
                                .execute(Tuple.of(codes)).flatMap(members -> communities(client, counties, classes,
                                        members))));
    }

    private static Uni<SchoolFacts> communities(SqlClient client, RowSet<Row> counties, RowSet<Row> classes,
                                                RowSet<Row> members) {
        List<String> ids = new ArrayList<>();
        members.forEach(row -> ids.add(row.getString("community_id")));
        String[] communityIds = ids.stream().distinct().toArray(String[]::new);
        return client.preparedQuery("""
                        select community_id, effective_date, stream_version, core_school, active
                          from community_status where community_id = any($1)""")
                .execute(Tuple.of(communityIds)).flatMap(statuses -> client.preparedQuery("""
                                select community_id, effective_date, stream_version, model
                                  from community_model where community_id = any($1)""")
                        .execute(Tuple.of(communityIds))
                        .map(models -> facts(counties, classes, members, statuses, models)));
    }

    private static SchoolFacts facts(RowSet<Row> counties, RowSet<Row> classes, RowSet<Row> members,
                                     RowSet<Row> statuses, RowSet<Row> models) {
        Map<String, String> countyOf = new HashMap<>();
        counties.forEach(row -> countyOf.put(row.getString("school_code"), row.getString("county_code")));
        Map<String, List<DatedRow<SchoolClassification>>> classRows = new HashMap<>();
        classes.forEach(row -> classRows.computeIfAbsent(row.getString("school_code"), k -> new ArrayList<>())
                .add(new DatedRow<>(row.getLocalDate("effective_date"), row.getInteger("stream_version"),
                        SchoolClassification.valueOf(row.getString("classification")))));
        Map<String, List<Dated<SchoolClassification>>> classifications = new HashMap<>();
        classRows.forEach((school, rows) -> classifications.put(school, history(rows)));
        Map<String, Map<String, List<DatedRow<Boolean>>>> membership = new HashMap<>();
        members.forEach(row -> membership.computeIfAbsent(row.getString("school_code"), k -> new HashMap<>())
                .computeIfAbsent(row.getString("community_id"), k -> new ArrayList<>())
                .add(new DatedRow<>(row.getLocalDate("effective_date"), row.getInteger("stream_version"),
                        row.getBoolean("member"))));
        Map<String, List<DatedRow<String>>> status = new HashMap<>();
        statuses.forEach(row -> status.computeIfAbsent(row.getString("community_id"), k -> new ArrayList<>())
                .add(new DatedRow<>(row.getLocalDate("effective_date"), row.getInteger("stream_version"),
                        row.getBoolean("active") ? "+" + row.getString("core_school") : "-")));
        Map<String, List<DatedRow<CommunityModel>>> model = new HashMap<>();
        models.forEach(row -> model.computeIfAbsent(row.getString("community_id"), k -> new ArrayList<>())
                .add(new DatedRow<>(row.getLocalDate("effective_date"), row.getInteger("stream_version"),
                        CommunityModel.valueOf(row.getString("model")))));
        return new SchoolFacts() {
            @Override
            public Optional<String> countyOf(String school) {
                return Optional.ofNullable(countyOf.get(school));
            }

            @Override
            public List<Dated<SchoolClassification>> classifications(String school) {
                return classifications.getOrDefault(school, List.of());
            }

            @Override
            public List<Membership> communitiesOn(String school, LocalDate on) {
                List<Membership> found = new ArrayList<>();
                membership.getOrDefault(school, Map.of()).forEach((community, rows) -> {
                    String state = latest(status.getOrDefault(community, List.of()), on);
                    if (Boolean.TRUE.equals(latest(rows, on)) && state != null && state.startsWith("+")) {
                        CommunityModel kind = latest(model.getOrDefault(community, List.of()), on);
                        found.add(new Membership(community, kind, state.substring(1).equals(school)));
                    }
                });
                return found;
            }
        };
    }

    /** The dated values in date order, the highest version winning where two share a date. */
    private static <T> List<Dated<T>> history(List<DatedRow<T>> rows) {
        Map<LocalDate, DatedRow<T>> byDate = new HashMap<>();
        for (DatedRow<T> row : rows) {
            byDate.merge(row.from(), row, (a, b) -> a.version() >= b.version() ? a : b);
        }
        return byDate.values().stream().sorted(Comparator.comparing(DatedRow::from))
                .map(row -> new Dated<>(row.from(), row.value())).toList();
    }

    private static <T> T latest(List<DatedRow<T>> rows, LocalDate on) {
        DatedRow<T> found = null;
        for (DatedRow<T> row : rows) {
            if (!row.from().isAfter(on) && (found == null || row.from().isAfter(found.from())
                    || row.from().equals(found.from()) && row.version() > found.version())) {
                found = row;
            }
        }
        return found == null ? null : found.value();
    }
}
