package edu.community.staffing.domain;

import edu.community.contracts.staffing.careers.RotationEligibility;
import edu.community.contracts.staffing.careers.RotationPolicy;
import static edu.community.staffing.domain.Fixtures.CORE;
import static edu.community.staffing.domain.Fixtures.MEMBER;
import static edu.community.staffing.domain.Fixtures.d;
import static edu.community.staffing.domain.Fixtures.postingId;
import static edu.community.staffing.domain.Fixtures.registered;
import static edu.community.staffing.domain.Fixtures.staff;
import static edu.community.staffing.domain.Fixtures.staffId;
import static org.junit.jupiter.api.Assertions.assertEquals;

import edu.community.contracts.staffing.PostingKind;
import edu.community.contracts.staffing.StaffRole;
import edu.community.contracts.staffing.StaffRoleChanged;
import edu.community.contracts.staffing.StaffTransferred;
import edu.community.contracts.staffing.careers.RotationEligibility.Outcome;
import java.util.List;
import org.junit.jupiter.api.Test;

class RotationEligibilityTest {

    private static final StaffId ID = staffId(1);
    private static final RotationPolicy NATIONAL = RotationPolicy.national();

    private static RotationEligibility on(Career career, String date) {
        return RotationEligibility.of(career.history(), NATIONAL, d(date));
    }

    @Test
    void a_teacher_is_eligible_on_the_day_exactly_six_years_after_the_appointment() {
        Career career = new Career(staff(registered(ID, StaffRole.TEACHER, CORE, "2018-09-01")), List.of());
        assertEquals(Outcome.NOT_YET, on(career, "2024-08-31").outcome());
        RotationEligibility eligible = on(career, "2024-09-01");
        assertEquals(Outcome.ELIGIBLE, eligible.outcome());
        assertEquals("rotation.teacher-years", eligible.rule());
        assertEquals(d("2018-09-01"), eligible.countedFrom());
        assertEquals(d("2024-09-01"), eligible.eligibleFrom());
    }

    @Test
    void a_transfer_starts_the_count_again() {
        Career career = new Career(staff(registered(ID, StaffRole.TEACHER, CORE, "2010-09-01"),
                new StaffTransferred(ID.toString(), CORE, MEMBER, StaffRole.TEACHER, d("2020-09-01"))), List.of());
        assertEquals(d("2026-09-01"), on(career, "2025-09-01").eligibleFrom());
    }

    @Test
    void a_completed_rotation_starts_the_count_again_from_its_end() {
        Posting rotation = Fixtures.completed(postingId(1), ID, PostingKind.ROTATION, CORE, MEMBER, "2016-09-01",
                "2018-08-31", false);
        Career career = new Career(staff(registered(ID, StaffRole.TEACHER, CORE, "2010-09-01")), List.of(rotation));
        RotationEligibility answer = on(career, "2024-08-30");
        assertEquals(d("2018-08-31"), answer.countedFrom());
        assertEquals(d("2018-08-31"), answer.lastPostingEnd());
        assertEquals(Outcome.NOT_YET, answer.outcome());
        assertEquals(Outcome.ELIGIBLE, on(career, "2024-08-31").outcome());
    }

    @Test
    void placement_training_does_not_restart_the_count() {
        Posting training = Fixtures.completed(postingId(1), ID, PostingKind.PLACEMENT_TRAINING, CORE, MEMBER,
                "2016-09-01", "2016-12-31", false);
        Career career = new Career(staff(registered(ID, StaffRole.TEACHER, CORE, "2010-09-01")), List.of(training));
        assertEquals(d("2010-09-01"), on(career, "2020-01-01").countedFrom());
    }

    @Test
    void a_person_on_a_posting_is_not_counted_as_eligible() {
        Posting running = Fixtures.started(postingId(1), ID, PostingKind.SUPPORT_TEACHING, CORE, MEMBER, "2024-02-01",
                "2024-12-31");
        Career career = new Career(staff(registered(ID, StaffRole.TEACHER, CORE, "2010-09-01")), List.of(running));
        RotationEligibility answer = on(career, "2024-09-01");
        assertEquals(Outcome.ON_POSTING, answer.outcome());
        assertEquals(running.id(), answer.postingId());
    }

    @Test
    void a_principal_is_eligible_after_two_terms_as_principal_of_the_school() {
        Career career = new Career(staff(registered(ID, StaffRole.PRINCIPAL, CORE, "2019-09-01")), List.of());
        assertEquals(Outcome.NOT_YET, on(career, "2025-08-31").outcome());
        RotationEligibility answer = on(career, "2025-09-01");
        assertEquals(Outcome.ELIGIBLE, answer.outcome());
        assertEquals("rotation.principal-terms", answer.rule());
        RotationPolicy fourYearTerms = new RotationPolicy(6, 4, 2, RotationPolicy.Base.ROTATED);
        assertEquals(d("2027-09-01"), RotationEligibility.of(career.history(), fourYearTerms, d("2025-09-01")).eligibleFrom());
    }

    @Test
    void a_teacher_appointed_principal_counts_the_terms_from_the_new_post_and_the_years_at_the_school_go_on() {
        Staff staff = staff(registered(ID, StaffRole.TEACHER, CORE, "2015-09-01"),
                new StaffRoleChanged(ID.toString(), CORE, StaffRole.PRINCIPAL, d("2020-09-01")));
        RotationEligibility principal = on(new Career(staff, List.of()), "2025-09-01");
        assertEquals("rotation.principal-terms", principal.rule());
        assertEquals(d("2020-09-01"), principal.countedFrom());
        assertEquals(d("2026-09-01"), principal.eligibleFrom());
        Staff teacherAgain = staff.apply(new StaffRoleChanged(ID.toString(), CORE, StaffRole.TEACHER, d("2023-09-01")));
        assertEquals(d("2015-09-01"), on(new Career(teacherAgain, List.of()), "2024-01-01").countedFrom());
    }

    @Test
    void a_person_not_in_service_is_not_eligible() {
        Career career = new Career(staff(registered(ID, StaffRole.TEACHER, CORE, "2018-09-01")), List.of());
        assertEquals(Outcome.NOT_IN_SERVICE, on(career, "2018-08-31").outcome());
    }
}
