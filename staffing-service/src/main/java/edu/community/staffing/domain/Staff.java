package edu.community.staffing.domain;

import edu.community.contracts.staffing.BackboneLevel;
import edu.community.contracts.staffing.ProfessionalTitle;
import edu.community.contracts.staffing.StaffBackboneChanged;
import edu.community.contracts.staffing.StaffLeft;
import edu.community.contracts.staffing.StaffRegistered;
import edu.community.contracts.staffing.StaffRoleChanged;
import edu.community.contracts.staffing.StaffTitleChanged;
import edu.community.contracts.staffing.StaffTransferred;
import edu.community.contracts.staffing.careers.Appointment;
import edu.community.contracts.staffing.careers.Dated;
import edu.community.eventsourcing.command.EventStream;
import edu.community.eventsourcing.domain.RuleViolation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * 教职工 — a teacher or principal, folded from its stream: the dated appointments (school and post; a transfer or
 * another post at the same school adds one), the dated
 * professional titles (职称) and backbone levels (骨干), the subjects and the date of leaving. Every change has an
 * effective date and may be backdated; a question "on date D" takes the value in force on D. No personal data.
 *
 * @param appointments by date; a transfer (调动) adds one
 * @param leftOn       the first day no longer in service, once left
 */
public record Staff(String id, List<Appointment> appointments, List<Dated<ProfessionalTitle>> titles,
                    List<Dated<BackboneLevel>> backbones, List<String> subjects, LocalDate leftOn) {

    public static final Staff NONE = new Staff(null, List.of(), List.of(), List.of(), List.of(), null);

    public static EventStream<Staff> stream(StaffId id) {
        return new EventStream<>(id.streamId(), NONE, Staff::apply);
    }

    public boolean exists() {
        return id != null;
    }

    public LocalDate appointedOn() {
        return appointments.get(0).from();
    }

    /** The appointment in force on a date; empty before the first one and from the day of leaving. */
    public Optional<Appointment> appointmentOn(LocalDate date) {
        return exists() ? Appointment.inForce(appointments, leftOn, date) : Optional.empty();
    }

    /** The school of appointment now: that of the latest appointment. */
    public String currentSchool() {
        return appointments.get(appointments.size() - 1).school();
    }

    public ProfessionalTitle titleOn(LocalDate date) {
        return Dated.on(titles, date).orElse(ProfessionalTitle.NONE);
    }

    public BackboneLevel backboneOn(LocalDate date) {
        return Dated.on(backbones, date).orElse(BackboneLevel.NONE);
    }

    /** Registering again exactly as registered changes nothing; otherwise the person is registered already. */
    public List<StaffRegistered> decide(StaffCommands.Register command) {
        StaffRegistered registered = new StaffRegistered(command.id().toString(), command.role(), command.school(),
                command.title(), command.backbone(), List.copyOf(command.subjects()), command.appointedOn());
        if (exists()) {
            if (registered.equals(registeredAs())) {
                return List.of();
            }
            throw RuleViolation.conflict("staff.already-registered", "staff " + id + " is registered already",
                    Map.of("staffId", id));
        }
        return List.of(registered);
    }

    public List<StaffTransferred> decide(StaffCommands.Transfer command) {
        requireInService(command.id(), command.effectiveDate());
        Appointment before = appointmentOn(command.effectiveDate()).orElseThrow();
        if (before.from().equals(command.effectiveDate())) {
            if (before.school().equals(command.toSchool()) && before.role() == command.role()) {
                return List.of();
            }
            throw RuleViolation.conflict("staff.appointment-on-date-exists", "staff " + id
                    + " already has an appointment from " + command.effectiveDate(),
                    Map.of("school", before.school(), "date", command.effectiveDate().toString()));
        }
        if (before.school().equals(command.toSchool())) {
            throw RuleViolation.of("staff.transfer-to-same-school", "staff " + id + " is appointed at "
                    + before.school() + " on " + command.effectiveDate(), Map.of("school", before.school()));
        }
        return List.of(new StaffTransferred(id, before.school(), command.toSchool(), command.role(),
                command.effectiveDate()));
    }

    /** The post held on the date again changes nothing; another post starts an appointment at the same school. */
    public List<StaffRoleChanged> decide(StaffCommands.ChangeRole command) {
        requireInService(command.id(), command.effectiveDate());
        Appointment before = appointmentOn(command.effectiveDate()).orElseThrow();
        if (before.role() == command.role()) {
            return List.of();
        }
        if (before.from().equals(command.effectiveDate())) {
            throw RuleViolation.conflict("staff.appointment-on-date-exists", "staff " + id
                    + " already has an appointment from " + command.effectiveDate(),
                    Map.of("school", before.school(), "date", command.effectiveDate().toString()));
        }
        return List.of(new StaffRoleChanged(id, before.school(), command.role(), command.effectiveDate()));
    }

    public List<StaffTitleChanged> decide(StaffCommands.ChangeTitle command) {
        requireInService(command.id(), command.effectiveDate());
        if (Dated.on(titles, command.effectiveDate()).orElse(null) == command.title()) {
            return List.of();
        }
        return List.of(new StaffTitleChanged(id, command.title(), command.effectiveDate()));
    }

    public List<StaffBackboneChanged> decide(StaffCommands.ChangeBackbone command) {
        requireInService(command.id(), command.effectiveDate());
        if (Dated.on(backbones, command.effectiveDate()).orElse(null) == command.backbone()) {
            return List.of();
        }
        return List.of(new StaffBackboneChanged(id, command.backbone(), command.effectiveDate()));
    }

    /** Leaving again on the same day changes nothing. */
    public List<StaffLeft> decide(StaffCommands.Leave command) {
        requireRegistered(command.id());
        if (leftOn != null) {
            if (leftOn.equals(command.effectiveDate())) {
                return List.of();
            }
            throw RuleViolation.conflict("staff.left", "staff " + id + " left on " + leftOn,
                    Map.of("leftOn", leftOn.toString()));
        }
        requireAfterAppointment(command.effectiveDate());
        if (command.effectiveDate().equals(appointedOn())) {
            throw RuleViolation.of("staff.before-appointment", "staff " + id + " cannot leave on the day of appointment",
                    Map.of("appointedOn", appointedOn().toString()));
        }
        return List.of(new StaffLeft(id, command.reason(), command.effectiveDate()));
    }

    public Staff apply(Record event) {
        if (event instanceof StaffRegistered e) {
            return new Staff(e.staffId(), List.of(new Appointment(e.schoolCode(), e.role(), e.effectiveDate())),
                    List.of(new Dated<>(e.effectiveDate(), e.title())),
                    List.of(new Dated<>(e.effectiveDate(), e.backbone())), List.copyOf(e.subjects()), null);
        }
        if (event instanceof StaffTransferred e) {
            List<Appointment> changed = new ArrayList<>(appointments);
            changed.add(new Appointment(e.toSchool(), e.role(), e.effectiveDate()));
            changed.sort(Comparator.comparing(Appointment::from));
            return new Staff(id, List.copyOf(changed), titles, backbones, subjects, leftOn);
        }
        if (event instanceof StaffRoleChanged e) {
            List<Appointment> changed = new ArrayList<>(appointments);
            changed.add(new Appointment(e.schoolCode(), e.role(), e.effectiveDate()));
            changed.sort(Comparator.comparing(Appointment::from));
            return new Staff(id, List.copyOf(changed), titles, backbones, subjects, leftOn);
        }
        if (event instanceof StaffTitleChanged e) {
            return new Staff(id, appointments, Dated.with(titles, e.effectiveDate(), e.title()), backbones, subjects,
                    leftOn);
        }
        if (event instanceof StaffBackboneChanged e) {
            return new Staff(id, appointments, titles, Dated.with(backbones, e.effectiveDate(), e.backbone()), subjects,
                    leftOn);
        }
        if (event instanceof StaffLeft e) {
            return new Staff(id, appointments, titles, backbones, subjects, e.effectiveDate());
        }
        throw new IllegalArgumentException("not an event of a member of staff: " + event.getClass().getSimpleName());
    }

    private StaffRegistered registeredAs() {
        Appointment first = appointments.get(0);
        return new StaffRegistered(id, first.role(), first.school(), titles.get(0).value(), backbones.get(0).value(),
                subjects, first.from());
    }

    private void requireRegistered(StaffId asked) {
        if (!exists()) {
            throw RuleViolation.notFound("staff.not-found", "no staff " + asked + " is registered",
                    Map.of("staffId", asked.toString()));
        }
    }

    /** A change takes effect while in service: on or after the appointment, before leaving. */
    private void requireInService(StaffId asked, LocalDate date) {
        requireRegistered(asked);
        requireAfterAppointment(date);
        if (leftOn != null && !date.isBefore(leftOn)) {
            throw RuleViolation.conflict("staff.left", "staff " + id + " left on " + leftOn + ", before " + date,
                    Map.of("leftOn", leftOn.toString()));
        }
    }

    private void requireAfterAppointment(LocalDate date) {
        if (date.isBefore(appointedOn())) {
            throw RuleViolation.of("staff.before-appointment", "staff " + id + " was appointed on " + appointedOn()
                    + ", after " + date, Map.of("appointedOn", appointedOn().toString()));
        }
    }
}
