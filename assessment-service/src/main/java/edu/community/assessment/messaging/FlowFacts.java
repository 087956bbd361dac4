package edu.community.assessment.messaging;

import edu.community.assessment.domain.ActivityFact;
import edu.community.assessment.domain.ActivityTimeline;
import edu.community.assessment.domain.CommunityFact;
import edu.community.assessment.domain.MembershipFact;
import edu.community.assessment.domain.PostingFact;
import edu.community.assessment.domain.PostingTimeline;
import edu.community.assessment.domain.ReportRules;
import edu.community.assessment.domain.ReportTimeline.Counted;
import edu.community.assessment.domain.ReportTimeline.Span;
import edu.community.assessment.domain.SchoolFact;
import edu.community.assessment.domain.SchoolsOnDates;
import edu.community.assessment.domain.StaffFact;
import edu.community.assessment.domain.StaffTimeline;
import edu.community.assessment.domain.SyncFact;
import edu.community.assessment.domain.SyncTimeline;
import edu.community.contracts.exchange.ActivityKind;
import edu.community.contracts.staffing.BackboneLevel;
import edu.community.contracts.staffing.PostingKind;
import edu.community.contracts.staffing.StaffRole;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * The facts of staffing and exchange that some postings, activities and synchronous series are computed from:
 * their own, the people posted, and the schools they concern with those schools' memberships and communities.
 * Owners in {@code contribution}: {@code posting-<id>}, {@code activity-<id>}, {@code sync-series-<id>} and
 * {@code staff-<id>} (a person's career: appointments and postings).
 */
record FlowFacts(Map<String, List<PostingFact>> postings, Map<String, List<StaffFact>> staff,
                 Map<String, Map<String, List<PostingFact>>> careers, Map<String, List<ActivityFact>> activities,
                 Map<String, List<SyncFact>> series, SchoolsOnDates schools) {

    private static final FlowFacts NONE = new FlowFacts(Map.of(), Map.of(), Map.of(), Map.of(), Map.of(),
            new SchoolsOnDates(Map.of(), Map.of(), Map.of()));

    /** Postings, activities, synchronous series and members of staff, by id. */
    record Owners(Set<String> postings, Set<String> activities, Set<String> series, Set<String> staff) {
    }

    /**
     * The postings, activities, series and people whose counting depends on one of these schools, people or
     * postings (a person's career is made of the postings).
     */
    static Uni<Owners> dependents(SqlConnection tx, String schema, Set<String> schools, Set<String> staff,
                                  Set<String> postingIds) {
        String[] codes = schools.toArray(String[]::new);
        String[] people = staff.toArray(String[]::new);
        return ids(tx, "select distinct posting_id from " + schema + ".posting_fact where origin_school = any($1)"
                + " or destination_school = any($1) or staff_id = any($2)", Tuple.of(codes, people))
                .flatMap(postings -> ids(tx, "select distinct activity_id from " + schema + ".activity_fact"
                        + " where host_school = any($1)", Tuple.of(codes))
                        .flatMap(activities -> ids(tx, "select series_id from " + schema + ".sync_fact"
                                + " where teaching_school = any($1) union select series_id from " + schema
                                + ".sync_classroom_fact where school_code = any($1)", Tuple.of(codes))
                                .flatMap(series -> ids(tx, "select staff_id from " + schema + ".staff_fact"
                                        + " where school_code = any($1) union select staff_id from " + schema
                                        + ".posting_fact where staff_id is not null and (origin_school = any($1)"
                                        + " or destination_school = any($1) or posting_id = any($2))",
                                        Tuple.of(codes, postingIds.toArray(String[]::new)))
                                        .map(careers -> new Owners(postings, activities, series, careers)))));
    }

    /** Every posting's, activity's and series' spans, by owner. */
    Map<String, List<Span<Counted, List<UUID>>>> spans(ReportRules rules) {
        Map<String, List<Span<Counted, List<UUID>>>> spans = new LinkedHashMap<>();
        postings.forEach((id, facts) -> spans.put("posting-" + id, PostingTimeline.of(facts,
                staff.getOrDefault(staffOf(facts), List.of()), schools, rules.supportCounties())));
        activities.forEach((id, facts) -> spans.put("activity-" + id, ActivityTimeline.of(facts, schools)));
        series.forEach((id, facts) -> spans.put("sync-series-" + id, SyncTimeline.of(facts, schools)));
        careers.forEach((id, postingsOf) -> spans.put("staff-" + id, StaffTimeline.of(id,
                staff.getOrDefault(id, List.of()), postingsOf, schools, rules.rotation(), rules.ruralService())));
        return spans;
    }

    private static String staffOf(List<PostingFact> facts) {
        return facts.stream().map(PostingFact::staff).filter(Objects::nonNull).findFirst().orElse("");
    }

    static Uni<FlowFacts> load(SqlConnection tx, String schema, Owners owners) {
        Set<String> postingIds = owners.postings();
        Set<String> activityIds = owners.activities();
        Set<String> seriesIds = owners.series();
        if (postingIds.isEmpty() && activityIds.isEmpty() && seriesIds.isEmpty() && owners.staff().isEmpty()) {
            return Uni.createFrom().item(NONE);
        }
        Map<String, List<PostingFact>> postings = new LinkedHashMap<>();
        Map<String, List<StaffFact>> staff = new HashMap<>();
        Map<String, Map<String, List<PostingFact>>> careers = new LinkedHashMap<>();
        owners.staff().forEach(id -> careers.put(id, new LinkedHashMap<>()));
        Map<String, List<ActivityFact>> activities = new LinkedHashMap<>();
        Map<String, List<SyncFact>> series = new LinkedHashMap<>();
        Set<String> schools = new TreeSet<>();
        return tx.preparedQuery("select event_id, posting_id, effective_date, stream_version, kind, staff_id,"
                        + " posting_kind, origin_school, destination_school, planned_end, as_transfer,"
                        + " posting_id = any($1), (select p.staff_id from " + schema + ".posting_fact p"
                        + " where p.posting_id = f.posting_id and p.staff_id = any($2) limit 1) from " + schema
                        + ".posting_fact f where posting_id = any($1) or posting_id in (select posting_id from "
                        + schema + ".posting_fact where staff_id = any($2)) order by posting_id, stream_version")
                .execute(Tuple.of(postingIds.toArray(String[]::new), owners.staff().toArray(String[]::new)))
                .flatMap(rows -> {
                    Set<String> people = new TreeSet<>(owners.staff());
                    for (Row row : rows) {
                        PostingFact fact = new PostingFact(row.getUUID(0), row.getString(1), row.getLocalDate(2),
                                row.getInteger(3), PostingFact.Kind.valueOf(row.getString(4)), row.getString(5),
                                row.getString(6) == null ? null : PostingKind.valueOf(row.getString(6)),
                                row.getString(7), row.getString(8), row.getLocalDate(9), row.getBoolean(10));
                        if (row.getBoolean(11)) {
                            postings.computeIfAbsent(fact.posting(), id -> new ArrayList<>()).add(fact);
                        }
                        if (row.getString(12) != null) {
                            careers.get(row.getString(12)).computeIfAbsent(fact.posting(), id -> new ArrayList<>())
                                    .add(fact);
                        }
                        addIfPresent(people, fact.staff());
                        addIfPresent(schools, fact.origin());
                        addIfPresent(schools, fact.destination());
                    }
                    return tx.preparedQuery("select event_id, staff_id, effective_date, stream_version, kind,"
                                    + " school_code, role, backbone from " + schema + ".staff_fact where staff_id = any($1)"
                                    + " order by staff_id, effective_date, stream_version")
                            .execute(Tuple.of(people.toArray(String[]::new)));
                })
                .flatMap(rows -> {
                    for (Row row : rows) {
                        StaffFact fact = new StaffFact(row.getUUID(0), row.getString(1), row.getLocalDate(2),
                                row.getInteger(3), StaffFact.Kind.valueOf(row.getString(4)), row.getString(5),
                                row.getString(6) == null ? null : StaffRole.valueOf(row.getString(6)),
                                row.getString(7) == null ? null : BackboneLevel.valueOf(row.getString(7)));
                        staff.computeIfAbsent(fact.staff(), id -> new ArrayList<>()).add(fact);
                        addIfPresent(schools, fact.school());
                    }
                    return tx.preparedQuery("select event_id, activity_id, effective_date, stream_version, kind,"
                                    + " activity_kind, community_id, host_school, participants from " + schema
                                    + ".activity_fact where activity_id = any($1) order by activity_id, stream_version")
                            .execute(Tuple.of(activityIds.toArray(String[]::new)));
                })
                .flatMap(rows -> {
                    for (Row row : rows) {
                        ActivityFact fact = new ActivityFact(row.getUUID(0), row.getString(1), row.getLocalDate(2),
                                row.getInteger(3), ActivityFact.Kind.valueOf(row.getString(4)),
                                row.getString(5) == null ? null : ActivityKind.valueOf(row.getString(5)),
                                row.getString(6), row.getString(7), row.getInteger(8));
                        activities.computeIfAbsent(fact.activity(), id -> new ArrayList<>()).add(fact);
                        addIfPresent(schools, fact.host());
                    }
                    return tx.preparedQuery("select event_id, school_code, classroom_id, enrolled, held, present from "
                                    + schema + ".sync_classroom_fact where series_id = any($1)")
                            .execute(Tuple.of(seriesIds.toArray(String[]::new)));
                })
                .flatMap(classroomRows -> {
                    Map<UUID, List<SyncFact.Classroom>> rooms = new HashMap<>();
                    for (Row row : classroomRows) {
                        rooms.computeIfAbsent(row.getUUID(0), id -> new ArrayList<>()).add(new SyncFact.Classroom(
                                row.getString(1), row.getString(2), row.getInteger(3), row.getBoolean(4),
                                row.getInteger(5)));
                        schools.add(row.getString(1));
                    }
                    rooms.values().forEach(list -> list.sort(Comparator.comparing(SyncFact.Classroom::school).thenComparing(SyncFact.Classroom::classroom)));
                    return tx.preparedQuery("select event_id, series_id, effective_date, stream_version, kind,"
                                    + " community_id, teaching_school, lesson_minutes from " + schema + ".sync_fact"
                                    + " where series_id = any($1) order by series_id, stream_version")
                            .execute(Tuple.of(seriesIds.toArray(String[]::new)))
                            .map(rows -> {
                                for (Row row : rows) {
                                    SyncFact fact = new SyncFact(row.getUUID(0), row.getString(1),
                                            row.getLocalDate(2), row.getInteger(3),
                                            SyncFact.Kind.valueOf(row.getString(4)), row.getString(5),
                                            row.getString(6), row.getInteger(7),
                                            rooms.getOrDefault(row.getUUID(0), List.of()));
                                    series.computeIfAbsent(fact.series(), id -> new ArrayList<>()).add(fact);
                                    addIfPresent(schools, fact.teachingSchool());
                                }
                                return schools;
                            });
                })
                .flatMap(codes -> schoolsOnDates(tx, schema, codes))
                .map(context -> new FlowFacts(postings, staff, careers, activities, series, context));
    }

    /** The schools' facts, their memberships, and the facts of every community they were members or cores of. */
    private static Uni<SchoolsOnDates> schoolsOnDates(SqlConnection tx, String schema, Set<String> schools) {
        String[] codes = schools.toArray(String[]::new);
        Map<String, List<SchoolFact>> schoolFacts = new HashMap<>();
        Map<String, List<MembershipFact>> memberships = new HashMap<>();
        Map<String, List<CommunityFact>> communities = new HashMap<>();
        return tx.preparedQuery("select event_id, school_code, effective_date, stream_version, kind, county_code, name,"
                        + " classification, level, ownership, special_education, vocational, teaching_point from "
                        + schema + ".school_fact where school_code = any($1)"
                        + " order by school_code, effective_date, stream_version")
                .execute(Tuple.of(codes))
                .flatMap(rows -> {
                    rows.forEach(row -> group(schoolFacts, row.getString(1), ReportFacts.schoolFact(row)));
                    return tx.preparedQuery("select event_id, community_id, school_code, effective_date,"
                                    + " stream_version, member from " + schema + ".membership_fact"
                                    + " where school_code = any($1)"
                                    + " order by community_id, school_code, effective_date, stream_version")
                            .execute(Tuple.of(codes));
                })
                .flatMap(rows -> {
                    for (Row row : rows) {
                        group(memberships, row.getString(2), new MembershipFact(row.getUUID(0), row.getString(1),
                                row.getString(2), row.getLocalDate(3), row.getInteger(4), row.getBoolean(5)));
                    }
                    return tx.preparedQuery("select f.event_id, f.community_id, f.effective_date,"
                                    + " f.stream_version, f.kind, f.name, f.model, f.core_school, r.county_code from "
                                    + schema + ".community_fact f left join " + schema + ".school_fact r"
                                    + " on r.school_code = f.core_school and r.kind = 'REGISTERED'"
                                    + " where f.community_id in (select community_id from " + schema
                                    + ".membership_fact where school_code = any($1) union select community_id from "
                                    + schema + ".community_fact where core_school = any($1))"
                                    + " order by f.community_id, f.effective_date, f.stream_version")
                            .execute(Tuple.of(codes));
                })
                .map(rows -> {
                    rows.forEach(row -> group(communities, row.getString(1), ReportFacts.communityFact(row)));
                    return new SchoolsOnDates(schoolFacts, memberships, communities);
                });
    }

    private static <F> void group(Map<String, List<F>> groups, String key, F fact) {
        groups.computeIfAbsent(key, ignored -> new ArrayList<>()).add(fact);
    }

    private static void addIfPresent(Set<String> set, String value) {
        if (value != null) {
            set.add(value);
        }
    }

    private static Uni<Set<String>> ids(SqlConnection tx, String sql, Tuple keys) {
        return tx.preparedQuery(sql).execute(keys).map(rows -> {
            Set<String> ids = new TreeSet<>();
            rows.forEach(row -> ids.add(row.getString(0)));
            return ids;
        });
    }
}
