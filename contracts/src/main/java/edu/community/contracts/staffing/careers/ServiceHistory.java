package edu.community.contracts.staffing.careers;

import edu.community.contracts.staffing.BackboneLevel;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * 任职经历 — a person's appointments and started postings together, as rules 4–6 read them: where the person is
 * appointed on a date (a completed posting recorded as a transfer appoints the person at the destination from the
 * next day) and on which posting the person serves. Built by staffing-service from its aggregates and by the
 * provincial report from the events of edu.staffing.events, so that both apply the rules of one code.
 *
 * @param appointed   the appointments the person's own events made (registration, transfers, changes of post),
 *                    in date order
 * @param backbones   the backbone levels (骨干教师级别), each from its date
 * @param leftOn      the first day no longer in service, once left
 * @param postings    the postings that started
 */
public record ServiceHistory(String staffId, List<Appointment> appointed, List<Dated<BackboneLevel>> backbones,
                             LocalDate leftOn, List<ServedPosting> postings) {

    public ServiceHistory {
        appointed = List.copyOf(appointed);
        backbones = List.copyOf(backbones);
        postings = List.copyOf(postings);
    }

    /** Every appointment in date order, the transfers of completed postings included. */
    public List<Appointment> appointments() {
        List<Appointment> all = new ArrayList<>(appointed);
        for (ServedPosting posting : postings) {
            if (posting.completedAsTransfer()) {
                Appointment.inForce(appointed, leftOn, posting.endedOn()).ifPresent(at -> all.add(
                        new Appointment(posting.destination(), at.role(), posting.endedOn().plusDays(1))));
            }
        }
        all.sort(Comparator.comparing(Appointment::from));
        return all;
    }

    /** The appointment in force on a date; empty before the first and from the day of leaving. */
    public Optional<Appointment> appointmentOn(LocalDate date) {
        return Appointment.inForce(appointments(), leftOn, date);
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
    public Optional<ServedPosting> servingOn(LocalDate date) {
        return postings.stream().filter(posting -> posting.serves(date)).findFirst();
    }

    public BackboneLevel backboneOn(LocalDate date) {
        return Dated.on(backbones, date).orElse(BackboneLevel.NONE);
    }
}
