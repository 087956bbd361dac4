package edu.community.assessment.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.community.contracts.EventContracts;
import edu.community.contracts.community.Agreement;
import edu.community.contracts.community.CommunityDissolved;
import edu.community.contracts.community.CommunityFormed;
import edu.community.contracts.community.CommunityModel;
import edu.community.contracts.community.CommunityModelChanged;
import edu.community.contracts.community.CoreSchoolChanged;
import edu.community.contracts.community.MemberJoined;
import edu.community.contracts.community.MemberLeft;
import edu.community.contracts.community.SchoolClassification;
import edu.community.contracts.community.SchoolClosed;
import edu.community.contracts.community.SchoolDetailsChanged;
import edu.community.contracts.community.SchoolLevel;
import edu.community.contracts.community.SchoolOwnership;
import edu.community.contracts.community.SchoolRegistered;
import edu.community.contracts.community.SchoolReopened;
import edu.community.contracts.exchange.ActivityCancelled;
import edu.community.contracts.exchange.ActivityHeld;
import edu.community.contracts.exchange.ActivityKind;
import edu.community.contracts.exchange.ActivityPlanned;
import edu.community.contracts.exchange.ActivityPostponed;
import edu.community.contracts.exchange.ActivityRecordCorrected;
import edu.community.contracts.exchange.ClassroomSession;
import edu.community.contracts.exchange.MissedReason;
import edu.community.contracts.exchange.ParticipantCount;
import edu.community.contracts.exchange.ReceivingClassroom;
import edu.community.contracts.exchange.SyncSeriesPlanned;
import edu.community.contracts.exchange.SyncSessionCorrected;
import edu.community.contracts.exchange.SyncSessionRecorded;
import edu.community.contracts.staffing.BackboneLevel;
import edu.community.contracts.staffing.PostingCancelled;
import edu.community.contracts.staffing.PostingCompleted;
import edu.community.contracts.staffing.PostingEndedEarly;
import edu.community.contracts.staffing.PostingKind;
import edu.community.contracts.staffing.PostingProposed;
import edu.community.contracts.staffing.PostingStarted;
import edu.community.contracts.staffing.ProfessionalTitle;
import edu.community.contracts.staffing.StaffBackboneChanged;
import edu.community.contracts.staffing.StaffLeft;
import edu.community.contracts.staffing.StaffRegistered;
import edu.community.contracts.staffing.StaffRole;
import edu.community.contracts.staffing.StaffRoleChanged;
import edu.community.contracts.staffing.StaffTransferred;
import edu.community.eventsourcing.consume.Envelope;
import edu.community.eventsourcing.testing.TestInfrastructure;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The live path and a rebuild write the report's tables in different ways (the live consumer replaces the rows of
 * what each batch touched and adds its deltas up; a rebuild loads every fact bare, derives every timeline once into
 * tables without indexes and sums the deltas in one statement). On random histories — schools registered, changed,
 * closed and reopened, communities formed, joined, left, re-cored, remodelled and dissolved, staff registered and
 * changed, postings proposed, started, ended and cancelled, activities planned, held, corrected and cancelled,
 * synchronous lessons recorded and corrected, on random and often backdated dates — both leave the same rows in every
 * table: facts, spans, community states, member lines, and the same non-zero deltas by day, month and year.
 */
@QuarkusTest
@QuarkusTestResource(TestInfrastructure.class)
class LiveEqualsRebuildTest {

    static final String[] COUNTIES = {"330106", "330127", "330902", "330326", "110101"};
    static final LocalDate START = LocalDate.of(2020, 9, 1);
    static final List<String> TABLES = List.of("source_event", "school_fact", "community_fact", "membership_fact",
            "posting_fact", "staff_fact", "activity_fact", "sync_fact", "sync_classroom_fact",
            "contribution", "community_state", "member_line", "figure_delta where delta <> 0");

    @Inject
    Pool pool;
    @Inject
    ProvincialReportProjection projection;

    @Test
    void live_batches_leave_the_tables_a_rebuild_makes() {
        long rows = 0;
        Map<String, Long> owners = new HashMap<>();
        for (int seed = 1; seed <= 12; seed++) {
            Random random = new Random(seed);
            List<Envelope<Record>> events = history(random);
            String live = "equivalence_live_" + seed;
            String rebuilt = "equivalence_rebuilt_" + seed;
            create(live, true);
            for (List<Envelope<Record>> batch : batches(events, random, 6)) {
                await(pool.withTransaction(tx -> projection.applyAll(tx, live, batch)));
            }
            create(rebuilt, false);
            List<Envelope<Record>> shuffled = new ArrayList<>(events); // partitions interleave in any order
            Collections.shuffle(shuffled, random);
            for (List<Envelope<Record>> batch : batches(shuffled, random, 40)) {
                await(pool.withTransaction(tx -> projection.load(tx, rebuilt, batch)));
            }
            await(projection.loaded(pool, rebuilt));
            await(pool.withTransaction(tx -> projection.createIndexes(tx, rebuilt)));
            for (String table : TABLES) {
                List<String> expected = rows(live, table);
                assertEquals(expected, rows(rebuilt, table), "seed " + seed + ", " + table);
                rows += expected.size();
            }
            for (String owner : List.of("school", "community", "posting", "activity", "sync-series", "staff")) {
                long spans = await(pool.preparedQuery("select count(*) from " + live + ".contribution where owner like $1")
                        .execute(io.vertx.mutiny.sqlclient.Tuple.of(owner + "-%"))).iterator().next().getLong(0);
                owners.merge(owner, spans, Long::sum);
            }
        }
        assertTrue(rows > 5_000, "the histories fill the tables: " + rows);
        owners.forEach((owner, spans) -> assertTrue(spans > 40, "spans of every kind of owner: " + owners));
    }

    private void create(String schema, boolean indexed) {
        await(pool.withTransaction(tx -> tx.query("drop schema if exists " + schema + " cascade; create schema " + schema)
                .execute()
                .flatMap(created -> projection.createTables(tx, schema))
                .flatMap(created -> indexed ? projection.createIndexes(tx, schema)
                        : io.smallrye.mutiny.Uni.createFrom().voidItem())));
    }

    private List<String> rows(String schema, String table) {
        String name = table.split(" ")[0];
        List<String> rows = new ArrayList<>();
        await(pool.query("select t::text from " + schema + "." + table.replace(name, name + " t") + " order by 1")
                .execute()).forEach(row -> rows.add(row.getString(0)));
        return rows;
    }

    private static List<List<Envelope<Record>>> batches(List<Envelope<Record>> events, Random random, int largest) {
        List<List<Envelope<Record>>> batches = new ArrayList<>();
        for (int from = 0; from < events.size(); ) {
            int to = Math.min(events.size(), from + 1 + random.nextInt(largest));
            batches.add(events.subList(from, to));
            from = to;
        }
        return batches;
    }

    /** Events in the order a topic holds them: each stream's in version order, streams interleaved. */
    private static List<Envelope<Record>> history(Random random) {
        Map<String, Integer> versions = new HashMap<>();
        List<Envelope<Record>> events = new ArrayList<>();
        List<String> schools = new ArrayList<>();
        List<String> communities = new ArrayList<>();
        Map<String, String> cores = new HashMap<>();
        Flows flows = new Flows();
        for (int step = 0; step < 220; step++) {
            LocalDate on = START.plusDays(random.nextInt(1500));
            int choice = schools.size() < 6 ? 0 : random.nextInt(17);
            if (choice >= 12) {
                flows.step(choice, step, on, random, schools, communities, events, versions);
                continue;
            }
            if (choice == 0 || choice == 1) {
                String county = COUNTIES[random.nextInt(COUNTIES.length)];
                String code = county + String.format("%04d", schools.size());
                schools.add(code);
                add(events, versions, "school-" + code, new SchoolRegistered(code, "school " + code, county,
                        classification(random), SchoolLevel.values()[random.nextInt(4)], ownership(random), null,
                        100 + random.nextInt(900), random.nextInt(10) == 0, false, random.nextInt(10) == 0,
                        START.plusDays(random.nextInt(400))));
                continue;
            }
            String school = schools.get(random.nextInt(schools.size()));
            String other = schools.get(random.nextInt(schools.size()));
            String community = communities.isEmpty() ? null : communities.get(random.nextInt(communities.size()));
            switch (choice) {
                case 2 -> add(events, versions, "school-" + school, new SchoolDetailsChanged(school, "renamed " + school,
                        classification(random), SchoolLevel.values()[random.nextInt(4)], ownership(random), null,
                        100 + random.nextInt(900), false, random.nextInt(10) == 0, false, on));
                case 3 -> add(events, versions, "school-" + school, new SchoolClosed(school, on, null));
                case 4 -> add(events, versions, "school-" + school, new SchoolReopened(school, on));
                case 5, 6 -> {
                    String id = UUID.nameUUIDFromBytes(("community " + step).getBytes()).toString();
                    communities.add(id);
                    cores.put(id, school);
                    add(events, versions, "community-" + id, new CommunityFormed(id, "community " + step,
                            CommunityModel.values()[random.nextInt(3)], null, school, List.of(other),
                            new Agreement(on, "goals", "content", on, on.plusYears(3)), on));
                }
                case 7, 8 -> {
                    if (community != null) {
                        add(events, versions, "community-" + community, new MemberJoined(community, other, on));
                    }
                }
                case 9 -> {
                    if (community != null) {
                        add(events, versions, "community-" + community, new MemberLeft(community, other, on));
                    }
                }
                case 10 -> {
                    if (community != null) {
                        add(events, versions, "community-" + community, random.nextBoolean()
                                ? new CommunityModelChanged(community, CommunityModel.values()[random.nextInt(3)], on)
                                : new CoreSchoolChanged(community, other, cores.put(community, other), on));
                    }
                }
                default -> {
                    if (community != null) {
                        add(events, versions, "community-" + community, new CommunityDissolved(community, null, on));
                    }
                }
            }
        }
        return events;
    }

    /** The staffing and exchange part of a history: people, postings, activities and synchronous series. */
    private static final class Flows {

        private final List<String> staff = new ArrayList<>();
        private final Map<String, Integer> postings = new HashMap<>(); // posting → 0 proposed, 1 started, 2 over
        private final List<String> activities = new ArrayList<>();
        private final Map<String, List<ReceivingClassroom>> series = new HashMap<>();

        void step(int choice, int step, LocalDate on, Random random, List<String> schools, List<String> communities,
                  List<Envelope<Record>> events, Map<String, Integer> versions) {
            String school = schools.get(random.nextInt(schools.size()));
            String other = schools.get(random.nextInt(schools.size()));
            String community = communities.isEmpty() ? "none"
                    : communities.get(random.nextInt(communities.size()));
            String id = UUID.nameUUIDFromBytes(("flow " + step).getBytes()).toString();
            switch (choice) {
                case 12 -> {
                    if (staff.isEmpty() || random.nextBoolean()) {
                        staff.add(id);
                        add(events, versions, "staff-" + id, new StaffRegistered(id, role(random), school,
                                ProfessionalTitle.FIRST_GRADE, BackboneLevel.values()[random.nextInt(4)], List.of("数学"),
                                START.plusDays(random.nextInt(300))));
                    } else {
                        String person = staff.get(random.nextInt(staff.size()));
                        add(events, versions, "staff-" + person, switch (random.nextInt(4)) {
                            case 0 -> new StaffRoleChanged(person, school, role(random), on);
                            case 1 -> new StaffBackboneChanged(person, BackboneLevel.values()[random.nextInt(4)], on);
                            case 2 -> new StaffTransferred(person, school, other, role(random), on);
                            default -> new StaffLeft(person, "retired", on);
                        });
                    }
                }
                case 13, 14 -> {
                    if (postings.isEmpty() || random.nextInt(3) == 0) {
                        postings.put(id, 0);
                        String person = staff.isEmpty() ? id : staff.get(random.nextInt(staff.size()));
                        add(events, versions, "posting-" + id, new PostingProposed(id, person,
                                PostingKind.values()[random.nextInt(4)], school, other, on, on.plusYears(1), "officer",
                                "why", on.minusDays(30)));
                    } else {
                        String posting = new ArrayList<>(postings.keySet()).get(random.nextInt(postings.size()));
                        int stage = postings.get(posting);
                        if (stage == 0) {
                            postings.put(posting, random.nextInt(5) == 0 ? 2 : 1);
                            add(events, versions, "posting-" + posting, postings.get(posting) == 2
                                    ? new PostingCancelled(posting, "officer", "why", on)
                                    : new PostingStarted(posting, "officer", on));
                        } else if (stage == 1) {
                            postings.put(posting, 2);
                            add(events, versions, "posting-" + posting, random.nextBoolean()
                                    ? new PostingCompleted(posting, "officer", false, on.plusDays(200))
                                    : new PostingEndedEarly(posting, "officer", "why", on.plusDays(100)));
                        }
                    }
                }
                case 15 -> {
                    if (activities.isEmpty() || random.nextInt(3) == 0) {
                        activities.add(id);
                        add(events, versions, "activity-" + id, new ActivityPlanned(id,
                                ActivityKind.values()[random.nextInt(ActivityKind.values().length)], community, school,
                                List.of(new ParticipantCount(other, 5, 30)), on));
                    } else {
                        String activity = activities.get(random.nextInt(activities.size()));
                        List<ParticipantCount> participants = List.of(new ParticipantCount(school, 5,
                                random.nextInt(60)), new ParticipantCount(other, 6, random.nextInt(60)));
                        add(events, versions, "activity-" + activity, switch (random.nextInt(4)) {
                            case 0 -> new ActivityHeld(activity, 90, participants, on);
                            case 1 -> new ActivityRecordCorrected(activity, 80, participants, "recount", on);
                            case 2 -> new ActivityPostponed(activity, on.minusDays(7), null, on);
                            default -> new ActivityCancelled(activity, "rain", on);
                        });
                    }
                }
                default -> {
                    if (series.isEmpty() || random.nextInt(3) == 0) {
                        List<ReceivingClassroom> rooms = List.of(new ReceivingClassroom(other, "5-1", 30),
                                new ReceivingClassroom(schools.get(random.nextInt(schools.size())), "5-2", 25));
                        series.put(id, rooms);
                        add(events, versions, "sync-series-" + id, new SyncSeriesPlanned(id, community, "数学", 5,
                                school, "teacher", rooms, DayOfWeek.MONDAY, 40, "2024-AUTUMN", on));
                    } else {
                        String planned = new ArrayList<>(series.keySet()).get(random.nextInt(series.size()));
                        List<ClassroomSession> sessions = series.get(planned).stream()
                                .map(room -> random.nextInt(4) == 0
                                        ? new ClassroomSession(room.schoolCode(), room.classroomId(), false, 0,
                                        MissedReason.CONNECTION_FAILURE, null)
                                        : new ClassroomSession(room.schoolCode(), room.classroomId(), true,
                                        random.nextInt(room.enrolled() + 1), null, null))
                                .toList();
                        LocalDate lesson = START.plusWeeks(random.nextInt(200));
                        add(events, versions, "sync-series-" + planned, random.nextInt(3) == 0
                                ? new SyncSessionCorrected(planned, sessions, "recount", lesson)
                                : new SyncSessionRecorded(planned, sessions, lesson));
                    }
                }
            }
        }

        private static StaffRole role(Random random) {
            return StaffRole.values()[random.nextInt(StaffRole.values().length)];
        }
    }

    private static void add(List<Envelope<Record>> events, Map<String, Integer> versions, String stream, Record data) {
        int version = versions.merge(stream, 1, Integer::sum);
        events.add(new Envelope<>(UUID.nameUUIDFromBytes((stream + "/" + version).getBytes()),
                EventContracts.cloudEventType(data.getClass()), "urn:edu-community:community-service", stream, version,
                OffsetDateTime.of(2026, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC).plusMinutes(events.size()), null, null, null,
                data));
    }

    private static SchoolClassification classification(Random random) {
        return SchoolClassification.values()[random.nextInt(3)];
    }

    private static SchoolOwnership ownership(Random random) {
        return random.nextInt(5) == 0 ? SchoolOwnership.PRIVATE : SchoolOwnership.PUBLIC;
    }

    private static <T> T await(io.smallrye.mutiny.Uni<T> uni) {
        return uni.await().atMost(Duration.ofMinutes(2));
    }
}
