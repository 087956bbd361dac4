package edu.community.staffing.domain;

import static edu.community.staffing.domain.Fixtures.CORE;
import static edu.community.staffing.domain.Fixtures.MEMBER;
import static edu.community.staffing.domain.Fixtures.OUTSIDER;
import static edu.community.staffing.domain.Fixtures.d;
import static edu.community.staffing.domain.Fixtures.registered;
import static edu.community.staffing.domain.Fixtures.staff;
import static edu.community.staffing.domain.Fixtures.staffId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.community.contracts.staffing.MentorshipFormed;
import edu.community.contracts.staffing.MentorshipMode;
import edu.community.contracts.staffing.StaffRole;
import edu.community.eventsourcing.domain.RuleViolation;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class MentorshipTest {

    private static final MentorshipId ID = new MentorshipId(new UUID(2, 1));
    private static final StaffId MENTOR = staffId(1);
    private static final StaffId APPRENTICE = staffId(2);
    private static final Career AT_CORE = new Career(staff(registered(MENTOR, StaffRole.TEACHER, CORE, "2010-09-01")),
            List.of());
    private static final Career AT_MEMBER = new Career(staff(registered(APPRENTICE, StaffRole.TEACHER, MEMBER,
            "2024-09-01")), List.of());

    private static MentorshipCommands.Pair pair(StaffId apprentice, String from) {
        return new MentorshipCommands.Pair(ID, MENTOR, apprentice, MentorshipMode.REMOTE, d(from));
    }

    @Test
    void a_pair_of_one_community_is_formed_with_the_schools_of_the_day() {
        var events = Mentorship.NONE.decide(pair(APPRENTICE, "2025-03-01"), AT_CORE, AT_MEMBER, Fixtures.schools());
        assertEquals(List.of(new MentorshipFormed(ID.toString(), MENTOR.toString(), APPRENTICE.toString(), CORE, MEMBER,
                MentorshipMode.REMOTE, d("2025-03-01"))), events);
    }

    @Test
    void schools_sharing_no_community_are_refused() {
        Career outsider = new Career(staff(registered(APPRENTICE, StaffRole.TEACHER, OUTSIDER, "2024-09-01")),
                List.of());
        var refused = assertThrows(RuleViolation.class, () -> Mentorship.NONE.decide(pair(APPRENTICE, "2025-03-01"),
                AT_CORE, outsider, Fixtures.schools()));
        assertEquals("mentorship.outside-community", refused.rule());
    }

    @Test
    void a_mentor_is_not_the_own_apprentice_and_both_are_appointed_on_the_start() {
        assertEquals("mentorship.same-person", assertThrows(RuleViolation.class, () -> Mentorship.NONE.decide(
                pair(MENTOR, "2025-03-01"), AT_CORE, AT_CORE, Fixtures.schools())).rule());
        assertEquals("mentorship.not-appointed", assertThrows(RuleViolation.class, () -> Mentorship.NONE.decide(
                pair(APPRENTICE, "2024-03-01"), AT_CORE, AT_MEMBER, Fixtures.schools())).rule());
        assertEquals("mentorship.staff-unknown", assertThrows(RuleViolation.class, () -> Mentorship.NONE.decide(
                pair(APPRENTICE, "2025-03-01"), AT_CORE, new Career(Staff.NONE, List.of()), Fixtures.schools())).rule());
    }

    @Test
    void a_pair_ends_once_on_or_after_its_start() {
        Mentorship formed = Mentorship.NONE.apply(Mentorship.NONE.decide(pair(APPRENTICE, "2025-03-01"), AT_CORE,
                AT_MEMBER, Fixtures.schools()).get(0));
        assertEquals("mentorship.end-before-start", assertThrows(RuleViolation.class, () -> formed.decide(
                new MentorshipCommands.End(ID, "结业", d("2025-02-28")))).rule());
        Mentorship ended = formed.apply(formed.decide(new MentorshipCommands.End(ID, "结业", d("2026-01-31"))).get(0));
        assertTrue(ended.decide(new MentorshipCommands.End(ID, "结业", d("2026-01-31"))).isEmpty());
        assertEquals("mentorship.ended", assertThrows(RuleViolation.class, () -> ended.decide(
                new MentorshipCommands.End(ID, "结业", d("2026-02-28")))).rule());
    }
}
