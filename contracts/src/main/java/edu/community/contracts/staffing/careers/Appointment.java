package edu.community.contracts.staffing.careers;

import edu.community.contracts.staffing.StaffRole;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** 任职 — a member of staff holds a post at a school from a date until the next appointment or leaving. */
public record Appointment(String school, StaffRole role, LocalDate from) {

    /**
     * The appointment in force on a date among a person's appointments in date order; empty before the first and
     * from the day of leaving ({@code leftOn}, null while in service).
     */
    public static Optional<Appointment> inForce(List<Appointment> appointments, LocalDate leftOn, LocalDate date) {
        if (leftOn != null && !date.isBefore(leftOn)) {
            return Optional.empty();
        }
        Appointment found = null;
        for (Appointment appointment : appointments) {
            if (!appointment.from().isAfter(date)) {
                found = appointment;
            }
        }
        return Optional.ofNullable(found);
    }
}
