package edu.community.assessment.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.community.assessment.domain.ReportTimeline.Counted;
import edu.community.assessment.domain.ReportTimeline.Span;
import edu.community.contracts.community.CommunityModel;
import edu.community.contracts.community.SchoolClassification;
import edu.community.contracts.community.SchoolLevel;
import edu.community.contracts.community.SchoolOwnership;
import edu.community.contracts.exchange.ActivityKind;
import edu.community.contracts.staffing.BackboneLevel;
import edu.community.contracts.staffing.PostingKind;
import edu.community.contracts.staffing.StaffRole;
import edu.community.contracts.staffing.careers.RotationPolicy;
import edu.community.contracts.staffing.careers.RuralServicePolicy;
import edu.community.reference.SupportCounties;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The timelines of a posting, an activity and a synchronous series: where and when each counts. */
class FlowTimelinesTest {

    static final SupportCounties SUPPORT = SupportCounties.bundled();
    static final String URBAN = "3301060001", RURAL = "3301270001", TOWNSHIP = "3301060002";
    static final String COMMUNITY = "c1";
    static final LocalDate REGISTERED = LocalDate.of(2020, 9, 1);

    /** A: urban in 西湖区; R: rural in 淳安县 (mountainous), its member from 2021; T: township, rural from 2024-09-01. */
    static SchoolsOnDates schools() {
        Map<String, List<SchoolFact>> schools = new HashMap<>();
        schools.put(URBAN, List.of(school(URBAN, "330106", REGISTERED, SchoolFact.Kind.REGISTERED, SchoolClassification.URBAN)));
        schools.put(RURAL, List.of(school(RURAL, "330127", REGISTERED, SchoolFact.Kind.REGISTERED, SchoolClassification.RURAL)));
        schools.put(TOWNSHIP, List.of(
                school(TOWNSHIP, "330106", REGISTERED, SchoolFact.Kind.REGISTERED, SchoolClassification.TOWNSHIP),
                school(TOWNSHIP, null, LocalDate.of(2024, 9, 1), SchoolFact.Kind.DETAILS_CHANGED, SchoolClassification.RURAL)));
        UUID formed = UUID.randomUUID();
        Map<String, List<MembershipFact>> memberships = Map.of(RURAL, List.of(
                new MembershipFact(formed, COMMUNITY, RURAL, LocalDate.of(2021, 3, 1), 1, true)));
        Map<String, List<CommunityFact>> communities = Map.of(COMMUNITY, List.of(new CommunityFact(formed, COMMUNITY,
                LocalDate.of(2021, 3, 1), 1, CommunityFact.Kind.FORMED, "C1", CommunityModel.CO_CONSTRUCTION, URBAN,
                "330106")));
        return new SchoolsOnDates(schools, memberships, communities);
    }

    @Test
    void a_posting_counts_where_both_schools_are_as_on_its_start_date() {
        // given a backbone principal posted from the urban core to its rural member in a mountainous county
        List<PostingFact> posting = List.of(
                posting("p1", 1, PostingFact.Kind.PROPOSED, "2024-06-01"),
                posting("p1", 2, PostingFact.Kind.APPROVED, "2024-06-10"),
                posting("p1", 3, PostingFact.Kind.STARTED, "2024-09-01"),
                posting("p1", 4, PostingFact.Kind.COMPLETED, "2025-08-31"));
        List<StaffFact> staff = List.of(
                new StaffFact(UUID.randomUUID(), "s1", REGISTERED, 1, StaffFact.Kind.REGISTERED, URBAN,
                        StaffRole.TEACHER, BackboneLevel.CITY),
                new StaffFact(UUID.randomUUID(), "s1", LocalDate.of(2023, 9, 1), 2, StaffFact.Kind.ROLE_CHANGED, URBAN,
                        StaffRole.PRINCIPAL, null));

        // when its timeline is computed
        List<Span<Counted, List<UUID>>> spans = PostingTimeline.of(posting, staff, schools(), SUPPORT);

        // then it serves from its start up to its last day, and counts as started for the rest of that school year
        assertEquals(Set.of("330000", "330100", "330106", "330127", "community/c1"), unitsOf(spans, "postings.active"));
        Span<Counted, List<UUID>> active = only(spans, "330100", "postings.active.SUPPORT_TEACHING");
        assertEquals(List.of(LocalDate.of(2024, 9, 1), LocalDate.of(2025, 9, 1)), List.of(active.from(), active.to()));
        Span<Counted, List<UUID>> started = only(spans, "330127", "postings.started.crossRegion.MOUNTAIN");
        assertEquals(List.of(LocalDate.of(2024, 9, 1), LocalDate.of(2025, 9, 1)), List.of(started.from(), started.to()));
        for (String figure : List.of("postings.started", "postings.started.SUPPORT_TEACHING",
                "postings.started.urbanToRural", "postings.started.withinCommunity", "postings.started.crossRegion",
                "postings.started.principals", "postings.started.backbone")) {
            assertEquals(5, unitsOf(spans, figure).size(), figure);
        }
        assertTrue(unitsOf(spans, "postings.started.ruralToUrban").isEmpty());
        assertTrue(unitsOf(spans, "postings.started.crossRegion.ISLAND").isEmpty());
    }

    @Test
    void a_posting_never_started_counts_nowhere_and_one_within_a_county_is_not_cross_region() {
        List<PostingFact> cancelled = List.of(posting("p2", 1, PostingFact.Kind.PROPOSED, "2024-06-01"),
                posting("p2", 2, PostingFact.Kind.CANCELLED, "2024-07-01"));
        assertTrue(PostingTimeline.of(cancelled, List.of(), schools(), SUPPORT).isEmpty());

        List<PostingFact> local = List.of(
                new PostingFact(UUID.randomUUID(), "p3", LocalDate.of(2024, 6, 1), 1, PostingFact.Kind.PROPOSED, "s2",
                        PostingKind.ROTATION, TOWNSHIP, URBAN, LocalDate.of(2025, 6, 30), false),
                posting("p3", 2, PostingFact.Kind.STARTED, "2024-10-01"));
        List<Span<Counted, List<UUID>>> spans = PostingTimeline.of(local, List.of(), schools(), SUPPORT);
        // the township school is rural from 2024-09-01: a rural-to-urban posting, counted once in its county
        assertEquals(Set.of("330000", "330100", "330106"), unitsOf(spans, "postings.started.ruralToUrban"));
        assertTrue(unitsOf(spans, "postings.started.crossRegion").isEmpty());
        assertTrue(unitsOf(spans, "postings.started.withinCommunity").isEmpty());
        assertEquals(null, only(spans, "330106", "postings.active.ROTATION").to(), "still serving");
    }

    @Test
    void a_backdated_correction_of_a_held_activity_moves_only_its_dates() {
        // given an activity held on 2024-11-20 with 40 participants
        List<ActivityFact> held = new ArrayList<>(List.of(
                activity(1, ActivityFact.Kind.PLANNED, "2024-11-15", 0),
                activity(2, ActivityFact.Kind.POSTPONED, "2024-11-20", 0),
                activity(3, ActivityFact.Kind.HELD, "2024-11-20", 40)));
        List<Span<Counted, List<UUID>>> before = ActivityTimeline.of(held, schools());
        assertEquals(Set.of("330000", "330100", "330127", "community/c1"), unitsOf(before, "activities.held"));
        assertEquals(40, only(before, "330127", "activities.participants").key().weight());

        // when its record is corrected: held on 2024-10-20, 35 participants
        held.add(activity(4, ActivityFact.Kind.CORRECTED, "2024-10-20", 35));
        List<Span<Counted, List<UUID>>> after = ActivityTimeline.of(held, schools());

        // then it counts from the corrected date to the same end of the school year, with the corrected weight
        Span<Counted, List<UUID>> moved = only(after, "community/c1", "activities.held.STUDY_PRACTICE");
        assertEquals(List.of(LocalDate.of(2024, 10, 20), LocalDate.of(2025, 9, 1)), List.of(moved.from(), moved.to()));
        assertEquals(35, only(after, "330000", "activities.participants").key().weight());
        assertEquals(before.size(), after.size());

        // and a planned-only or cancelled activity counts nowhere
        assertTrue(ActivityTimeline.of(held.subList(0, 2), schools()).isEmpty());
    }

    @Test
    void a_corrected_lesson_replaces_the_record_of_its_date_and_sums_minutes_and_attendance_per_receiving_school() {
        // given a series of the urban core received by two classrooms of the rural member and one of the township
        SyncFact planned = new SyncFact(UUID.randomUUID(), "y1", LocalDate.of(2024, 9, 2), 1, SyncFact.Kind.PLANNED,
                COMMUNITY, URBAN, 40, List.of(new SyncFact.Classroom(RURAL, "5-1", 30, false, 0),
                new SyncFact.Classroom(RURAL, "5-2", 20, false, 0),
                new SyncFact.Classroom(TOWNSHIP, "5-1", 25, false, 0)));
        SyncFact recorded = lesson(2, SyncFact.Kind.RECORDED, "2024-09-09", true, 28, true, 19, false, 0);
        SyncFact missed = lesson(3, SyncFact.Kind.RECORDED, "2024-09-16", false, 0, false, 0, false, 0);
        SyncFact corrected = lesson(4, SyncFact.Kind.CORRECTED, "2024-09-09", true, 29, false, 0, true, 24);

        List<Span<Counted, List<UUID>>> spans = SyncTimeline.of(List.of(planned, recorded, missed), schools());
        assertEquals(1, spans.stream().filter(span -> span.key().figure().equals("sync.lessons")
                && span.key().unit().equals("330106")).count(), "a lesson no classroom held is not counted");
        assertEquals(80, only(spans, "330127", "sync.minutes.RURAL").key().weight());
        assertEquals(47, only(spans, "330127", "sync.attendance.present").key().weight());
        assertEquals(50, only(spans, "community/c1", "sync.attendance.enrolled").key().weight());

        List<Span<Counted, List<UUID>>> after = SyncTimeline.of(List.of(planned, recorded, missed, corrected), schools());
        assertEquals(40, only(after, "330127", "sync.minutes.RURAL").key().weight());
        // the township school was rural on the lesson date (reclassified from 2024-09-01)
        assertEquals(40, weight(after, "330106", "sync.minutes.RURAL"));
        assertEquals(53, weight(after, "community/c1", "sync.attendance.present"));
        assertEquals(55, weight(after, "330000", "sync.attendance.enrolled"));
        assertEquals(LocalDate.of(2025, 9, 1), only(after, "330127", "sync.minutes.RURAL").to());
    }

    @Test
    void a_teachers_rotation_and_rural_year_count_by_the_shared_rules_of_staffing() {
        // given a city-level backbone teacher at the urban school since 2015, rotated to the rural school for 2023-2024
        List<StaffFact> staff = List.of(new StaffFact(UUID.randomUUID(), "s9", LocalDate.of(2015, 9, 1), 1,
                StaffFact.Kind.REGISTERED, URBAN, StaffRole.TEACHER, BackboneLevel.CITY));
        Map<String, List<PostingFact>> postings = Map.of("p9", List.of(
                new PostingFact(UUID.randomUUID(), "p9", LocalDate.of(2023, 5, 1), 1, PostingFact.Kind.PROPOSED, "s9",
                        PostingKind.ROTATION, URBAN, RURAL, LocalDate.of(2024, 8, 31), false),
                posting("p9", 2, PostingFact.Kind.STARTED, "2023-09-01"),
                posting("p9", 3, PostingFact.Kind.COMPLETED, "2024-08-31")));

        // when the person's timeline is computed
        List<Span<Counted, List<UUID>>> spans = StaffTimeline.of("s9", staff, postings, schools(),
                RotationPolicy.national(), RuralServicePolicy.national());

        // then eligible on 1 September after six years, not while posted, again six years after the posting (rule 4)
        assertEquals(List.of(List.of(LocalDate.of(2021, 9, 1), LocalDate.of(2023, 9, 1)),
                        Arrays.asList(LocalDate.of(2030, 9, 1), null)),
                spans.stream().filter(span -> span.key().unit().equals("330100")
                                && span.key().figure().equals("rotation.eligible"))
                        .map(span -> Arrays.asList(span.from(), span.to())).toList());
        // rotated, as a backbone teacher, in the urban school's county for the school year of the posting (rule 5)
        for (String figure : List.of("rotation.rotated", "rotation.backboneRotated")) {
            Span<Counted, List<UUID>> rotated = only(spans, "330106", figure);
            assertEquals(List.of(LocalDate.of(2023, 9, 1), LocalDate.of(2024, 9, 1)), List.of(rotated.from(), rotated.to()));
            assertEquals("s9/330106", rotated.key().subject());
        }
        assertTrue(unitsOf(spans, "rotation.rotated").stream().noneMatch(unit -> unit.startsWith("community/")));
        // a year of rural days on 2024-08-30 (366 days of posting at the rural school), counted at the urban school (rule 6)
        Span<Counted, List<UUID>> rural = only(spans, "330106", "staff.ruralServiceYear");
        assertEquals(Arrays.asList(LocalDate.of(2024, 8, 30), null), Arrays.asList(rural.from(), rural.to()));
        assertTrue(unitsOf(spans, "staff.ruralServiceYear").equals(Set.of("330000", "330100", "330106")));
    }

    @Test
    void a_locality_that_rotates_teachers_after_five_years_counts_them_eligible_a_year_earlier() {
        // given a teacher at the urban school since 2015 and a locality whose teachers rotate after 5 years (rule 4)
        List<StaffFact> staff = List.of(new StaffFact(UUID.randomUUID(), "s8", LocalDate.of(2015, 9, 1), 1,
                StaffFact.Kind.REGISTERED, URBAN, StaffRole.TEACHER, BackboneLevel.NONE));
        RotationPolicy fiveYears = new RotationPolicy(5, 3, 2, RotationPolicy.Base.ROTATED);

        // when the person's timeline is computed with the national values and with the locality's
        Span<Counted, List<UUID>> national = only(StaffTimeline.of("s8", staff, Map.of(), schools(),
                RotationPolicy.national(), RuralServicePolicy.national()), "330106", "rotation.eligible");
        Span<Counted, List<UUID>> local = only(StaffTimeline.of("s8", staff, Map.of(), schools(), fiveYears,
                RuralServicePolicy.national()), "330106", "rotation.eligible");

        // then eligible from the first 1 September after six years, or after five
        assertEquals(LocalDate.of(2021, 9, 1), national.from());
        assertEquals(LocalDate.of(2020, 9, 1), local.from());
    }

    private static SyncFact lesson(int version, SyncFact.Kind kind, String date, boolean first, int firstPresent,
                                   boolean second, int secondPresent, boolean third, int thirdPresent) {
        return new SyncFact(UUID.randomUUID(), "y1", LocalDate.parse(date), version, kind, null, null, 0, List.of(
                new SyncFact.Classroom(RURAL, "5-1", 0, first, firstPresent),
                new SyncFact.Classroom(RURAL, "5-2", 0, second, secondPresent),
                new SyncFact.Classroom(TOWNSHIP, "5-1", 0, third, thirdPresent)));
    }

    private static ActivityFact activity(int version, ActivityFact.Kind kind, String date, int participants) {
        return new ActivityFact(UUID.randomUUID(), "a1", LocalDate.parse(date), version, kind,
                kind == ActivityFact.Kind.PLANNED ? ActivityKind.STUDY_PRACTICE : null,
                kind == ActivityFact.Kind.PLANNED ? COMMUNITY : null, kind == ActivityFact.Kind.PLANNED ? RURAL : null,
                participants);
    }

    private static PostingFact posting(String id, int version, PostingFact.Kind kind, String date) {
        boolean proposed = kind == PostingFact.Kind.PROPOSED;
        return new PostingFact(UUID.randomUUID(), id, LocalDate.parse(date), version, kind, proposed ? "s1" : null,
                proposed ? PostingKind.SUPPORT_TEACHING : null, proposed ? URBAN : null, proposed ? RURAL : null,
                proposed ? LocalDate.of(2025, 8, 31) : null, false);
    }

    private static SchoolFact school(String code, String county, LocalDate date, SchoolFact.Kind kind,
                                     SchoolClassification classification) {
        return new SchoolFact(UUID.randomUUID(), code, date, kind == SchoolFact.Kind.REGISTERED ? 1 : 2, kind, county,
                new SchoolProfile("school " + code, classification, SchoolLevel.PRIMARY, SchoolOwnership.PUBLIC,
                        false, false, false));
    }

    private static Set<String> unitsOf(List<Span<Counted, List<UUID>>> spans, String figure) {
        return spans.stream().filter(span -> span.key().figure().equals(figure)).map(span -> span.key().unit())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static int weight(List<Span<Counted, List<UUID>>> spans, String unit, String figure) {
        return spans.stream().filter(span -> span.key().unit().equals(unit) && span.key().figure().equals(figure))
                .mapToInt(span -> span.key().weight()).sum();
    }

    private static Span<Counted, List<UUID>> only(List<Span<Counted, List<UUID>>> spans, String unit, String figure) {
        List<Span<Counted, List<UUID>>> found = spans.stream()
                .filter(span -> span.key().unit().equals(unit) && span.key().figure().equals(figure)).toList();
        assertEquals(1, found.size(), unit + " " + figure + ": " + found);
        return found.get(0);
    }
}
