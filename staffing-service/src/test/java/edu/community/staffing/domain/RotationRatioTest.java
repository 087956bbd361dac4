package edu.community.staffing.domain;

import edu.community.contracts.staffing.careers.RotationPolicy;
import edu.community.contracts.staffing.careers.RotationRatio;
import edu.community.contracts.staffing.careers.ServiceHistory;
import static edu.community.staffing.domain.Fixtures.CORE;
import static edu.community.staffing.domain.Fixtures.MEMBER;
import static edu.community.staffing.domain.Fixtures.XIHU;
import static edu.community.staffing.domain.Fixtures.d;
import static edu.community.staffing.domain.Fixtures.postingId;
import static edu.community.staffing.domain.Fixtures.registered;
import static edu.community.staffing.domain.Fixtures.staff;
import static edu.community.staffing.domain.Fixtures.staffId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.community.contracts.staffing.BackboneLevel;
import edu.community.contracts.staffing.PostingKind;
import edu.community.contracts.staffing.StaffBackboneChanged;
import edu.community.contracts.staffing.StaffRole;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RotationRatioTest {

    /** Ten teachers at the urban core since 2016 (eligible on 2025-09-01); one rotates in 2025-26, a backbone. */
    private static List<ServiceHistory> county(boolean backboneBeforeStart) {
        List<Career> careers = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            careers.add(new Career(staff(registered(staffId(i), StaffRole.TEACHER, CORE, "2016-09-01")), List.of()));
        }
        Staff rotating = careers.get(0).staff().apply(new StaffBackboneChanged(staffId(1).toString(),
                BackboneLevel.COUNTY, backboneBeforeStart ? d("2025-01-01") : d("2025-10-01")));
        careers.set(0, new Career(rotating, List.of(Fixtures.started(postingId(1), staffId(1), PostingKind.ROTATION,
                CORE, MEMBER, "2025-09-15", "2026-08-31"))));
        // A member-school teacher rotating does not count: the rule is about urban schools.
        careers.add(new Career(staff(registered(staffId(11), StaffRole.TEACHER, MEMBER, "2010-09-01")),
                List.of(Fixtures.started(postingId(2), staffId(11), PostingKind.ROTATION, MEMBER, CORE, "2025-09-15",
                        "2026-08-31"))));
        return careers.stream().map(Career::history).toList();
    }

    @Test
    void eligible_on_the_first_of_september_rotated_and_backbone_rotated() {
        RotationRatio ratio = RotationRatio.of(XIHU, d("2026-06-30"), county(true), Fixtures.schools(),
                RotationPolicy.national());
        assertEquals(2025, ratio.schoolYear());
        assertEquals(10, ratio.eligible());
        assertEquals(1, ratio.rotated());
        assertEquals(1, ratio.backboneRotated());
        assertEquals(0.1, ratio.rotationRatio(), 1e-9);
        assertEquals(1.0, ratio.backboneRatio(), 1e-9);
        assertTrue(ratio.rotationTargetMet());
        assertTrue(ratio.backboneTargetMet());
    }

    @Test
    void the_backbone_level_on_the_postings_start_counts() {
        RotationRatio ratio = RotationRatio.of(XIHU, d("2026-06-30"), county(false), Fixtures.schools(),
                RotationPolicy.national());
        assertEquals(0, ratio.backboneRotated());
        assertFalse(ratio.backboneTargetMet());
    }

    @Test
    void postings_count_up_to_the_date_asked_and_the_base_is_configurable() {
        RotationRatio before = RotationRatio.of(XIHU, d("2025-09-14"), county(true), Fixtures.schools(),
                RotationPolicy.national());
        assertEquals(0, before.rotated());
        assertNull(before.backboneRatio());
        RotationRatio onEligible = RotationRatio.of(XIHU, d("2026-06-30"), county(true), Fixtures.schools(),
                new RotationPolicy(6, 3, 2, RotationPolicy.Base.ELIGIBLE));
        assertEquals(0.1, onEligible.backboneRatio(), 1e-9);
        assertFalse(onEligible.backboneTargetMet());
    }
}
