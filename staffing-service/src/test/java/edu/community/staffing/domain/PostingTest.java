package edu.community.staffing.domain;

import edu.community.contracts.staffing.careers.SchoolFacts;
import static edu.community.staffing.domain.Fixtures.CORE;
import static edu.community.staffing.domain.Fixtures.CORE2;
import static edu.community.staffing.domain.Fixtures.FAR;
import static edu.community.staffing.domain.Fixtures.MEMBER;
import static edu.community.staffing.domain.Fixtures.OUTSIDER;
import static edu.community.staffing.domain.Fixtures.d;
import static edu.community.staffing.domain.Fixtures.posting;
import static edu.community.staffing.domain.Fixtures.postingId;
import static edu.community.staffing.domain.Fixtures.proposed;
import static edu.community.staffing.domain.Fixtures.registered;
import static edu.community.staffing.domain.Fixtures.staff;
import static edu.community.staffing.domain.Fixtures.staffId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import edu.community.contracts.staffing.PostingApproved;
import edu.community.contracts.staffing.PostingCompleted;
import edu.community.contracts.staffing.PostingKind;
import edu.community.contracts.staffing.PostingStarted;
import edu.community.contracts.staffing.StaffLeft;
import edu.community.contracts.staffing.StaffRole;
import edu.community.eventsourcing.domain.RuleViolation;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class PostingTest {

    private static final StaffId TEACHER = staffId(1);
    private static final PostingId ID = postingId(1);
    private static final PostingId OTHER = postingId(2);
    private static final SchoolFacts SCHOOLS = Fixtures.schools();
    private static final PostingBounds BOUNDS = PostingBounds.defaults();
    private static final LocalDate TODAY = d("2027-11-01");
    private static final Staff AT_CORE = staff(registered(TEACHER, StaffRole.TEACHER, CORE, "2016-09-01"));

    private static PostingCommands.Propose propose(PostingKind kind, String destination, String start, String end) {
        return new PostingCommands.Propose(ID, TEACHER, kind, destination, d(start), d(end), "交流", "officer",
                d("2026-06-01"));
    }

    private static String refused(Executable decision) {
        return assertThrows(RuleViolation.class, decision).rule();
    }

    @Test
    void the_origin_is_the_persons_school_on_the_start() {
        var events = Posting.NONE.decide(propose(PostingKind.ROTATION, MEMBER, "2026-09-01", "2027-08-31"),
                new Career(AT_CORE, List.of()), SCHOOLS, BOUNDS);
        assertEquals(CORE, events.get(0).originSchool());
        assertEquals(MEMBER, events.get(0).destinationSchool());
    }

    @Test
    void a_person_appointed_nowhere_on_the_start_is_refused() {
        Staff left = AT_CORE.apply(new StaffLeft(TEACHER.toString(), "退休", d("2026-07-01")));
        assertEquals("posting.not-appointed-on-start", refused(() -> Posting.NONE.decide(
                propose(PostingKind.ROTATION, MEMBER, "2026-09-01", "2027-08-31"), new Career(left, List.of()),
                SCHOOLS, BOUNDS)));
    }

    @Test
    void an_unknown_person_is_refused() {
        assertEquals("posting.staff-unknown", refused(() -> Posting.NONE.decide(
                propose(PostingKind.ROTATION, MEMBER, "2026-09-01", "2027-08-31"), new Career(Staff.NONE, List.of()),
                SCHOOLS, BOUNDS)));
    }

    @Test
    void the_destination_is_another_school_of_a_community_of_the_origin() {
        Career career = new Career(AT_CORE, List.of());
        assertEquals("posting.destination-is-origin", refused(() -> Posting.NONE.decide(
                propose(PostingKind.ROTATION, CORE, "2026-09-01", "2027-08-31"), career, SCHOOLS, BOUNDS)));
        assertEquals("posting.destination-outside-community", refused(() -> Posting.NONE.decide(
                propose(PostingKind.ROTATION, OUTSIDER, "2026-09-01", "2027-08-31"), career, SCHOOLS, BOUNDS)));
        assertEquals("posting.school-unknown", refused(() -> Posting.NONE.decide(
                propose(PostingKind.ROTATION, "9999999999", "2026-09-01", "2027-08-31"), career, SCHOOLS, BOUNDS)));
    }

    @Test
    void a_collaborative_communitys_school_supports_any_school() {
        Staff atCore2 = staff(registered(TEACHER, StaffRole.TEACHER, CORE2, "2016-09-01"));
        var events = Posting.NONE.decide(propose(PostingKind.SUPPORT_TEACHING, MEMBER, "2026-09-01", "2027-01-31"),
                new Career(atCore2, List.of()), SCHOOLS, BOUNDS);
        assertEquals(MEMBER, events.get(0).destinationSchool());
        assertEquals(FAR, Posting.NONE.decide(propose(PostingKind.SUPPORT_TEACHING, FAR, "2026-09-01", "2027-01-31"),
                new Career(atCore2, List.of()), SCHOOLS, BOUNDS).get(0).destinationSchool());
    }

    @Test
    void durations_lie_within_the_bounds_of_the_kind() {
        Career career = new Career(AT_CORE, List.of());
        assertEquals("posting.duration-out-of-bounds", refused(() -> Posting.NONE.decide(
                propose(PostingKind.ROTATION, MEMBER, "2026-09-01", "2027-08-30"), career, SCHOOLS, BOUNDS)));
        assertEquals("posting.duration-out-of-bounds", refused(() -> Posting.NONE.decide(
                propose(PostingKind.ROTATION, MEMBER, "2026-09-01", "2029-09-01"), career, SCHOOLS, BOUNDS)));
        assertEquals("posting.duration-out-of-bounds", refused(() -> Posting.NONE.decide(
                propose(PostingKind.PLACEMENT_TRAINING, MEMBER, "2026-09-01", "2026-09-29"), career, SCHOOLS, BOUNDS)));
        assertEquals("posting.end-before-start", refused(() -> Posting.NONE.decide(
                propose(PostingKind.ROTATION, MEMBER, "2026-09-01", "2026-08-31"), career, SCHOOLS, BOUNDS)));
        Posting.NONE.decide(propose(PostingKind.ROTATION, MEMBER, "2026-09-01", "2029-08-31"), career, SCHOOLS, BOUNDS);
        Posting.NONE.decide(propose(PostingKind.PLACEMENT_TRAINING, MEMBER, "2026-09-01", "2026-09-30"), career,
                SCHOOLS, BOUNDS);
    }

    @Test
    void no_posting_is_proposed_while_another_is_pending() {
        Posting pending = posting(proposed(OTHER, TEACHER, PostingKind.ROTATION, CORE, MEMBER, "2028-09-01",
                "2029-08-31"));
        assertEquals("posting.pending-exists", refused(() -> Posting.NONE.decide(
                propose(PostingKind.ROTATION, MEMBER, "2026-09-01", "2027-08-31"), new Career(AT_CORE, List.of(pending)),
                SCHOOLS, BOUNDS)));
    }

    @Test
    void postings_of_one_person_do_not_overlap() {
        Posting approved = posting(proposed(OTHER, TEACHER, PostingKind.SUPPORT_TEACHING, CORE, MEMBER, "2026-02-01",
                "2026-09-01"), new PostingApproved(OTHER.toString(), "officer", "同意", d("2026-01-05")));
        assertEquals("posting.overlap", refused(() -> Posting.NONE.decide(
                propose(PostingKind.ROTATION, MEMBER, "2026-09-01", "2027-08-31"),
                new Career(AT_CORE, List.of(approved)), SCHOOLS, BOUNDS)));
        Posting.NONE.decide(propose(PostingKind.ROTATION, MEMBER, "2026-09-02", "2027-09-01"),
                new Career(AT_CORE, List.of(approved)), SCHOOLS, BOUNDS);
    }

    @Test
    void none_starts_before_the_previous_one_ends() {
        Posting running = Fixtures.started(OTHER, TEACHER, PostingKind.SUPPORT_TEACHING, CORE, MEMBER, "2026-02-01",
                "2026-08-31");
        Posting approved = posting(proposed(ID, TEACHER, PostingKind.ROTATION, CORE, MEMBER, "2026-09-01",
                "2027-08-31"), new PostingApproved(ID.toString(), "officer", "同意", d("2026-06-01")));
        assertEquals("posting.previous-not-ended", refused(() -> approved.decide(
                new PostingCommands.Start(ID, "officer", d("2026-09-01"), TODAY), new Career(AT_CORE, List.of(running, approved)))));
        Posting ended = running.apply(new PostingCompleted(OTHER.toString(), "officer", false, d("2026-08-31")));
        assertEquals(List.of(new PostingStarted(ID.toString(), "officer", d("2026-09-01"))), approved.decide(
                new PostingCommands.Start(ID, "officer", d("2026-09-01"), TODAY), new Career(AT_CORE, List.of(ended, approved))));
    }

    @Test
    void the_lifecycle_goes_step_by_step() {
        Posting proposed = posting(proposed(ID, TEACHER, PostingKind.ROTATION, CORE, MEMBER, "2026-09-01",
                "2027-08-31"));
        Career career = new Career(AT_CORE, List.of(proposed));
        assertEquals("posting.not-approved", refused(() -> proposed.decide(
                new PostingCommands.Start(ID, "officer", d("2026-09-01"), TODAY), career)));
        assertEquals("posting.not-started", refused(() -> proposed.decide(
                new PostingCommands.Complete(ID, false, "officer", d("2027-08-31"), TODAY))));
        assertEquals("posting.step-before-previous", refused(() -> proposed.decide(
                new PostingCommands.Approve(ID, "同意", "officer", d("2026-06-01")))));
        Posting approved = proposed.apply(proposed.decide(
                new PostingCommands.Approve(ID, "同意", "officer", d("2026-07-01"))).get(0));
        assertEquals("posting.not-proposed", refused(() -> approved.decide(
                new PostingCommands.Reject(ID, "不同意", "officer", d("2026-07-02")))));
        Posting started = approved.apply(approved.decide(new PostingCommands.Start(ID, "officer", d("2026-09-01"), TODAY),
                new Career(AT_CORE, List.of(approved))).get(0));
        assertEquals("posting.not-cancellable", refused(() -> started.decide(
                new PostingCommands.Cancel(ID, "取消", "officer", d("2026-09-02")))));
        assertEquals("posting.completed-before-planned-end", refused(() -> started.decide(
                new PostingCommands.Complete(ID, false, "officer", d("2027-06-30"), TODAY))));
        assertEquals("posting.early-end-out-of-range", refused(() -> started.decide(
                new PostingCommands.EndEarly(ID, "生病", "officer", d("2027-08-31"), TODAY))));
        Posting completed = started.apply(started.decide(
                new PostingCommands.Complete(ID, true, "officer", d("2027-08-31"), TODAY)).get(0));
        assertEquals(Posting.Status.COMPLETED, completed.status());
        assertEquals(4, completed.steps().size());
    }

    @Test
    void only_a_rotation_is_recorded_as_a_transfer_and_it_moves_the_person() {
        Posting support = Fixtures.started(ID, TEACHER, PostingKind.SUPPORT_TEACHING, CORE, MEMBER, "2026-09-01",
                "2027-01-31");
        assertEquals("posting.transfer-only-after-rotation", refused(() -> support.decide(
                new PostingCommands.Complete(ID, true, "officer", d("2027-01-31"), TODAY))));
        Posting rotation = Fixtures.completed(ID, TEACHER, PostingKind.ROTATION, CORE, MEMBER, "2026-09-01",
                "2027-08-31", true);
        Career career = new Career(AT_CORE, List.of(rotation));
        assertEquals(CORE, career.appointmentOn(d("2027-08-31")).orElseThrow().school());
        assertEquals(MEMBER, career.appointmentOn(d("2027-09-01")).orElseThrow().school());
        Posting back = Fixtures.completed(ID, TEACHER, PostingKind.ROTATION, CORE, MEMBER, "2026-09-01",
                "2027-08-31", false);
        assertEquals(CORE, new Career(AT_CORE, List.of(back)).appointmentOn(d("2027-09-01")).orElseThrow().school());
    }

    @Test
    void a_start_or_an_end_is_recorded_once_it_happened() {
        Posting approved = posting(proposed(ID, TEACHER, PostingKind.ROTATION, CORE, MEMBER, "2026-09-01",
                "2027-08-31"), new PostingApproved(ID.toString(), "officer", "同意", d("2026-06-01")));
        assertEquals("posting.step-in-future", refused(() -> approved.decide(
                new PostingCommands.Start(ID, "officer", d("2026-09-01"), d("2026-08-31")),
                new Career(AT_CORE, List.of(approved)))));
        Posting started = Fixtures.started(ID, TEACHER, PostingKind.ROTATION, CORE, MEMBER, "2026-09-01",
                "2027-08-31");
        assertEquals("posting.step-in-future", refused(() -> started.decide(
                new PostingCommands.Complete(ID, false, "officer", d("2027-08-31"), d("2027-06-30")))));
        assertEquals("posting.step-in-future", refused(() -> started.decide(
                new PostingCommands.EndEarly(ID, "生病", "officer", d("2027-07-31"), d("2027-06-30")))));
    }

    @Test
    void a_cancelled_or_rejected_posting_frees_its_dates() {
        Posting proposed = posting(proposed(OTHER, TEACHER, PostingKind.ROTATION, CORE, MEMBER, "2026-09-01",
                "2027-08-31"));
        Posting cancelled = proposed.apply(proposed.decide(
                new PostingCommands.Cancel(OTHER, "取消", "officer", d("2026-07-01"))).get(0));
        Posting.NONE.decide(propose(PostingKind.ROTATION, MEMBER, "2026-09-01", "2027-08-31"),
                new Career(AT_CORE, List.of(cancelled)), SCHOOLS, BOUNDS);
    }
}
