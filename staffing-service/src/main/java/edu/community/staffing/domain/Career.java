package edu.community.staffing.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * 任职经历 — a person's appointments and postings together: where the person is appointed on a date (a
 * completed rotation recorded as a transfer appoints the person at the destination from the next day) and on
 * which posting the person serves.
 */
public record Career(Staff staff, List<Posting> postings) {

    public Career {
        postings = List.copyOf(postings);
    }

    /** Every appointment in date order, the transfers of completed postings included. */
    public List<Appointment> appointments() {
        List<Appointment> all = new ArrayList<>(staff.appointments());
        for (Posting posting : postings) {
            if (posting.status() == Posting.Status.COMPLETED && posting.recordedAsTransfer()) {
                LocalDate from = posting.endedOn().plusDays(1);
                staff.appointmentOn(posting.endedOn()).ifPresent(at -> all.add(
                        new Appointment(posting.destination(), at.role(), from)));
            }
        }
        all.sort(Comparator.comparing(Appointment::from));
        return all;
    }

    /** The appointment in force on a date; empty before the first and from the day of leaving. */
    public Optional<Appointment> appointmentOn(LocalDate date) {
        if (staff.leftOn() != null && !date.isBefore(staff.leftOn())) {
            return Optional.empty();
        }
        Appointment found = null;
        for (Appointment appointment : appointments()) {
            if (!appointment.from().isAfter(date)) {
                found = appointment;
            }
        }
        return Optional.ofNullable(found);
    }

    /** The first day of the uninterrupted appointment at the school held on the date. */
    public Optional<LocalDate> atSchoolSince(LocalDate date) {
        Optional<Appointment> now = appointmentOn(date);
        if (now.isEmpty()) {
            return Optional.empty();
        }
        LocalDate since = now.get().from();
        List<Appointment> all = appointments();
        for (int i = all.size() - 1; i >= 0; i--) {
            Appointment appointment = all.get(i);
            if (appointment.from().isAfter(date)) {
                continue;
            }
            if (!appointment.school().equals(now.get().school())) {
                break;
            }
            since = appointment.from();
        }
        return Optional.of(since);
    }

    /** The posting the person serves on the date (started, and not yet ended on it). */
    public Optional<Posting> servingOn(LocalDate date) {
        return postings.stream().filter(posting -> posting.serves(date)).findFirst();
    }
}
