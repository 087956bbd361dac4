package edu.community.staffing.domain;

import static edu.community.staffing.domain.Fixtures.CORE;
import static edu.community.staffing.domain.Fixtures.MEMBER;
import static edu.community.staffing.domain.Fixtures.d;
import static edu.community.staffing.domain.Fixtures.registered;
import static edu.community.staffing.domain.Fixtures.staff;
import static edu.community.staffing.domain.Fixtures.staffId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.community.contracts.staffing.BackboneLevel;
import edu.community.contracts.staffing.ProfessionalTitle;
import edu.community.contracts.staffing.StaffLeft;
import edu.community.contracts.staffing.StaffRole;
import edu.community.contracts.staffing.StaffRoleChanged;
import edu.community.contracts.staffing.StaffTitleChanged;
import edu.community.contracts.staffing.StaffTransferred;
import edu.community.eventsourcing.domain.RuleViolation;
import java.util.List;
import org.junit.jupiter.api.Test;

class StaffTest {

    private static final StaffId ID = staffId(1);

    private static StaffCommands.Register register(String school) {
        return new StaffCommands.Register(ID, StaffRole.TEACHER, school, d("2018-09-01"), ProfessionalTitle.FIRST_GRADE,
                BackboneLevel.NONE, List.of("数学"));
    }

    @Test
    void registering_writes_the_appointment_without_personal_data() {
        var events = Staff.NONE.decide(register(CORE));
        assertEquals(List.of(registered(ID, StaffRole.TEACHER, CORE, "2018-09-01")), events);
    }

    @Test
    void registering_again_as_registered_changes_nothing_and_otherwise_is_refused() {
        Staff staff = staff(registered(ID, StaffRole.TEACHER, CORE, "2018-09-01"));
        assertTrue(staff.decide(register(CORE)).isEmpty());
        var refused = assertThrows(RuleViolation.class, () -> staff.decide(register(MEMBER)));
        assertEquals("staff.already-registered", refused.rule());
        assertEquals(RuleViolation.Kind.CONFLICT, refused.kind());
    }

    @Test
    void a_backdated_transfer_changes_the_school_from_its_date() {
        Staff staff = staff(registered(ID, StaffRole.TEACHER, CORE, "2018-09-01"));
        var events = staff.decide(new StaffCommands.Transfer(ID, MEMBER, StaffRole.TEACHER, d("2020-09-01")));
        assertEquals(List.of(new StaffTransferred(ID.toString(), CORE, MEMBER, StaffRole.TEACHER, d("2020-09-01"))),
                events);
        Staff after = staff.apply(events.get(0));
        assertEquals(CORE, after.appointmentOn(d("2020-08-31")).orElseThrow().school());
        assertEquals(MEMBER, after.appointmentOn(d("2020-09-01")).orElseThrow().school());
    }

    @Test
    void a_transfer_to_the_same_school_is_refused() {
        Staff staff = staff(registered(ID, StaffRole.TEACHER, CORE, "2018-09-01"));
        var refused = assertThrows(RuleViolation.class, () -> staff.decide(
                new StaffCommands.Transfer(ID, CORE, StaffRole.TEACHER, d("2020-09-01"))));
        assertEquals("staff.transfer-to-same-school", refused.rule());
    }

    @Test
    void a_second_appointment_on_the_same_day_is_refused() {
        Staff staff = staff(registered(ID, StaffRole.TEACHER, CORE, "2018-09-01"),
                new StaffTransferred(ID.toString(), CORE, MEMBER, StaffRole.TEACHER, d("2020-09-01")));
        var refused = assertThrows(RuleViolation.class, () -> staff.decide(
                new StaffCommands.Transfer(ID, Fixtures.OUTSIDER, StaffRole.TEACHER, d("2020-09-01"))));
        assertEquals("staff.appointment-on-date-exists", refused.rule());
        assertTrue(staff.decide(new StaffCommands.Transfer(ID, MEMBER, StaffRole.TEACHER, d("2020-09-01"))).isEmpty());
    }

    @Test
    void a_teacher_appointed_principal_stays_at_the_school_in_another_post() {
        Staff staff = staff(registered(ID, StaffRole.TEACHER, CORE, "2018-09-01"));
        var events = staff.decide(new StaffCommands.ChangeRole(ID, StaffRole.PRINCIPAL, d("2021-09-01")));
        assertEquals(List.of(new StaffRoleChanged(ID.toString(), CORE, StaffRole.PRINCIPAL, d("2021-09-01"))), events);
        Staff after = staff.apply(events.get(0));
        assertEquals(StaffRole.TEACHER, after.appointmentOn(d("2021-08-31")).orElseThrow().role());
        assertEquals(StaffRole.PRINCIPAL, after.appointmentOn(d("2021-09-01")).orElseThrow().role());
        assertEquals(CORE, after.appointmentOn(d("2021-09-01")).orElseThrow().school());
        assertTrue(after.decide(new StaffCommands.ChangeRole(ID, StaffRole.PRINCIPAL, d("2022-01-01"))).isEmpty());
        assertEquals("staff.appointment-on-date-exists", assertThrows(RuleViolation.class, () -> after.decide(
                new StaffCommands.ChangeRole(ID, StaffRole.VICE_PRINCIPAL, d("2021-09-01")))).rule());
    }

    @Test
    void a_change_before_the_appointment_is_refused() {
        Staff staff = staff(registered(ID, StaffRole.TEACHER, CORE, "2018-09-01"));
        var refused = assertThrows(RuleViolation.class, () -> staff.decide(
                new StaffCommands.ChangeTitle(ID, ProfessionalTitle.SENIOR, d("2018-08-31"))));
        assertEquals("staff.before-appointment", refused.rule());
    }

    @Test
    void a_backdated_title_holds_from_its_date_and_the_same_title_changes_nothing() {
        Staff staff = staff(registered(ID, StaffRole.TEACHER, CORE, "2018-09-01"));
        var events = staff.decide(new StaffCommands.ChangeTitle(ID, ProfessionalTitle.SENIOR, d("2021-01-01")));
        assertEquals(List.of(new StaffTitleChanged(ID.toString(), ProfessionalTitle.SENIOR, d("2021-01-01"))), events);
        Staff after = staff.apply(events.get(0));
        assertEquals(ProfessionalTitle.FIRST_GRADE, after.titleOn(d("2020-12-31")));
        assertEquals(ProfessionalTitle.SENIOR, after.titleOn(d("2021-01-01")));
        assertTrue(after.decide(new StaffCommands.ChangeTitle(ID, ProfessionalTitle.SENIOR, d("2021-06-01")))
                .isEmpty());
    }

    @Test
    void a_backbone_level_holds_from_its_date() {
        Staff staff = staff(registered(ID, StaffRole.TEACHER, CORE, "2018-09-01"));
        Staff after = staff.apply(staff.decide(new StaffCommands.ChangeBackbone(ID, BackboneLevel.COUNTY,
                d("2022-03-01"))).get(0));
        assertEquals(BackboneLevel.NONE, after.backboneOn(d("2022-02-28")));
        assertEquals(BackboneLevel.COUNTY, after.backboneOn(d("2022-03-01")));
    }

    @Test
    void nothing_changes_after_leaving() {
        Staff staff = staff(registered(ID, StaffRole.TEACHER, CORE, "2018-09-01"),
                new StaffLeft(ID.toString(), "退休", d("2025-09-01")));
        var refused = assertThrows(RuleViolation.class, () -> staff.decide(
                new StaffCommands.Transfer(ID, MEMBER, StaffRole.TEACHER, d("2025-09-01"))));
        assertEquals("staff.left", refused.rule());
        assertTrue(staff.appointmentOn(d("2025-09-01")).isEmpty());
        assertTrue(staff.decide(new StaffCommands.Leave(ID, "退休", d("2025-09-01"))).isEmpty());
        assertEquals("staff.left", assertThrows(RuleViolation.class, () -> staff.decide(
                new StaffCommands.Leave(ID, "退休", d("2025-10-01")))).rule());
    }

    @Test
    void a_command_on_an_unknown_person_is_not_found() {
        var refused = assertThrows(RuleViolation.class, () -> Staff.NONE.decide(
                new StaffCommands.Leave(ID, "退休", d("2025-10-01"))));
        assertEquals("staff.not-found", refused.rule());
        assertEquals(RuleViolation.Kind.NOT_FOUND, refused.kind());
    }
}
