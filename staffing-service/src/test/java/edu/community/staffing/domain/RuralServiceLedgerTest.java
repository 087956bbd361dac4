package edu.community.staffing.domain;

import edu.community.contracts.staffing.careers.RuralServiceLedger;
import edu.community.contracts.staffing.careers.RuralServicePolicy;
import static edu.community.staffing.domain.Fixtures.CORE;
import static edu.community.staffing.domain.Fixtures.MEMBER;
import static edu.community.staffing.domain.Fixtures.d;
import static edu.community.staffing.domain.Fixtures.postingId;
import static edu.community.staffing.domain.Fixtures.registered;
import static edu.community.staffing.domain.Fixtures.staff;
import static edu.community.staffing.domain.Fixtures.staffId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.community.contracts.staffing.PostingKind;
import edu.community.contracts.staffing.StaffRole;
import java.util.List;
import org.junit.jupiter.api.Test;

class RuralServiceLedgerTest {

    private static final StaffId ID = staffId(1);
    private static final RuralServiceLedger.WeakSchools MEMBERS = (school, on) -> school.equals(MEMBER);

    private static RuralServiceLedger ledger(Career career, RuralServicePolicy policy, String asOf) {
        return RuralServiceLedger.of(career.history(), Fixtures.schools(), MEMBERS, policy, d(asOf));
    }

    @Test
    void a_support_teaching_posting_at_a_rural_school_counts_up_to_the_date() {
        Career career = new Career(staff(registered(ID, StaffRole.TEACHER, CORE, "2016-09-01")), List.of(
                Fixtures.started(postingId(1), ID, PostingKind.SUPPORT_TEACHING, CORE, MEMBER, "2023-09-01",
                        "2024-08-31")));
        RuralServiceLedger during = ledger(career, RuralServicePolicy.national(), "2024-03-01");
        assertEquals(183, during.ruralDays());
        assertFalse(during.seniorTitleEligible());
        assertEquals("rural-service.insufficient", during.rule());
        RuralServiceLedger after = ledger(career, RuralServicePolicy.national(), "2025-01-01");
        assertEquals(366, after.ruralDays());
        assertTrue(after.seniorTitleEligible());
        assertEquals("rural-service.one-year-rural", after.rule());
    }

    @Test
    void days_count_by_the_schools_classification_on_each_day() {
        // MEMBER is rural until 2024-08-31 and township from 2024-09-01.
        Career career = new Career(staff(registered(ID, StaffRole.TEACHER, MEMBER, "2024-03-01")), List.of());
        assertEquals(184, ledger(career, RuralServicePolicy.national(), "2025-06-01").ruralDays());
    }

    @Test
    void days_posted_away_from_a_rural_school_and_placement_training_do_not_count() {
        Career career = new Career(staff(registered(ID, StaffRole.TEACHER, MEMBER, "2023-09-01")), List.of(
                Fixtures.completed(postingId(1), ID, PostingKind.PLACEMENT_TRAINING, MEMBER, CORE, "2023-10-01",
                        "2023-10-31", false)));
        // 2023-09-01..2024-08-31 is 366 days at the rural member, 31 of them at the core in training.
        assertEquals(335, ledger(career, RuralServicePolicy.national(), "2024-08-31").ruralDays());
    }

    @Test
    void three_years_at_a_weak_school_count_where_the_locality_accepts_them() {
        Career career = new Career(staff(registered(ID, StaffRole.TEACHER, MEMBER, "2024-09-01")), List.of());
        RuralServiceLedger national = ledger(career, RuralServicePolicy.national(), "2027-09-01");
        assertEquals(0, national.ruralDays());
        assertFalse(national.seniorTitleEligible());
        RuralServiceLedger local = ledger(career, new RuralServicePolicy(365, 3), "2027-09-01");
        assertEquals(1096, local.weakSchoolDays());
        assertTrue(local.seniorTitleEligible());
        assertEquals("rural-service.weak-school-years", local.rule());
    }
}
