package edu.community.staffing.domain;

import edu.community.contracts.staffing.careers.Appointment;
import edu.community.contracts.staffing.careers.ServiceHistory;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * 任职经历 — a person and the person's postings together, as the commands see them; rules 4–6 read its
 * {@link #history()}, the form the provincial report builds from the events too.
 */
public record Career(Staff staff, List<Posting> postings) {

    public Career {
        postings = List.copyOf(postings);
    }

    /** What rules 4–6 read: the appointments, backbone levels and started postings. */
    public ServiceHistory history() {
        return new ServiceHistory(staff.id(), staff.appointments(), staff.backbones(), staff.leftOn(),
                postings.stream().filter(posting -> posting.startedOn() != null).map(Posting::served).toList());
    }

    /** Every appointment in date order, the transfers of completed postings included. */
    public List<Appointment> appointments() {
        return history().appointments();
    }

    /** The appointment in force on a date; empty before the first and from the day of leaving. */
    public Optional<Appointment> appointmentOn(LocalDate date) {
        return staff.exists() ? history().appointmentOn(date) : Optional.empty();
    }
}
