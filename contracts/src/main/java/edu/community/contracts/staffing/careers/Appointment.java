package edu.community.contracts.staffing.careers;

import edu.community.contracts.staffing.StaffRole;
import java.time.LocalDate;

/** 任职 — a member of staff holds a post at a school from a date until the next appointment or leaving. */
public record Appointment(String school, StaffRole role, LocalDate from) {
}
