package edu.community.staffing.domain;

import edu.community.contracts.staffing.MentorshipEnded;
import edu.community.contracts.staffing.MentorshipFormed;
import edu.community.contracts.staffing.MentorshipMode;
import edu.community.contracts.staffing.careers.Appointment;
import edu.community.contracts.staffing.careers.SchoolFacts;
import edu.community.eventsourcing.command.EventStream;
import edu.community.eventsourcing.domain.RuleViolation;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * 师徒结对 — a mentor (师傅) and an apprentice (徒弟) of schools of one community, or of a collaborative community,
 * paired on site or remotely (远程师徒结对) from a start date until it ends.
 */
public record Mentorship(String id, String mentorId, String apprenticeId, String mentorSchool, String apprenticeSchool,
                         MentorshipMode mode, LocalDate from, LocalDate endedOn, String endReason) {

    public static final Mentorship NONE = new Mentorship(null, null, null, null, null, null, null, null, null);

    public static EventStream<Mentorship> stream(MentorshipId id) {
        return new EventStream<>(id.streamId(), NONE, Mentorship::apply);
    }

    public boolean exists() {
        return id != null;
    }

    /**
     * Pairs two registered people in service on the start, of schools that share an active community on that day
     * (the same school also qualifies; a collaborative community may span counties, cities and provinces).
     */
    public List<MentorshipFormed> decide(MentorshipCommands.Pair command, Career mentor, Career apprentice,
                                         SchoolFacts schools) {
        if (exists()) {
            throw RuleViolation.conflict("mentorship.already-formed", "mentorship " + id + " exists",
                    Map.of("mentorshipId", id));
        }
        if (command.mentor().equals(command.apprentice())) {
            throw RuleViolation.of("mentorship.same-person", "a mentor cannot be the own apprentice");
        }
        String mentorSchool = schoolOn(mentor, command.mentor(), command.from());
        String apprenticeSchool = schoolOn(apprentice, command.apprentice(), command.from());
        if (!mentorSchool.equals(apprenticeSchool)) {
            Set<String> shared = schools.communitiesOn(apprenticeSchool, command.from()).stream()
                    .map(SchoolFacts.Membership::communityId).collect(Collectors.toSet());
            boolean together = schools.communitiesOn(mentorSchool, command.from()).stream()
                    .anyMatch(m -> shared.contains(m.communityId()));
            if (!together) {
                throw RuleViolation.of("mentorship.outside-community", "schools " + mentorSchool + " and "
                                + apprenticeSchool + " share no community on " + command.from(),
                        Map.of("mentorSchool", mentorSchool, "apprenticeSchool", apprenticeSchool));
            }
        }
        return List.of(new MentorshipFormed(command.id().toString(), command.mentor().toString(),
                command.apprentice().toString(), mentorSchool, apprenticeSchool, command.mode(), command.from()));
    }

    public List<MentorshipEnded> decide(MentorshipCommands.End command) {
        if (!exists()) {
            throw RuleViolation.notFound("mentorship.not-found", "no mentorship " + command.id() + " is formed",
                    Map.of("mentorshipId", command.id().toString()));
        }
        if (endedOn != null) {
            if (endedOn.equals(command.on())) {
                return List.of();
            }
            throw RuleViolation.conflict("mentorship.ended", "mentorship " + id + " ended on " + endedOn,
                    Map.of("endedOn", endedOn.toString()));
        }
        if (command.on().isBefore(from)) {
            throw RuleViolation.of("mentorship.end-before-start", "mentorship " + id + " started on " + from,
                    Map.of("from", from.toString()));
        }
        return List.of(new MentorshipEnded(id, command.reason(), command.on()));
    }

    public Mentorship apply(Record event) {
        if (event instanceof MentorshipFormed e) {
            return new Mentorship(e.mentorshipId(), e.mentorId(), e.apprenticeId(), e.mentorSchool(),
                    e.apprenticeSchool(), e.mode(), e.effectiveDate(), null, null);
        }
        if (event instanceof MentorshipEnded e) {
            return new Mentorship(id, mentorId, apprenticeId, mentorSchool, apprenticeSchool, mode, from,
                    e.effectiveDate(), e.reason());
        }
        throw new IllegalArgumentException("not an event of a mentorship: " + event.getClass().getSimpleName());
    }

    private static String schoolOn(Career career, StaffId who, LocalDate on) {
        if (career == null || !career.staff().exists()) {
            throw RuleViolation.of("mentorship.staff-unknown", "no staff " + who + " is registered",
                    Map.of("staffId", who.toString()));
        }
        return career.appointmentOn(on).map(Appointment::school).orElseThrow(() -> RuleViolation.of(
                "mentorship.not-appointed", "staff " + who + " is appointed at no school on " + on,
                Map.of("staffId", who.toString(), "date", on.toString())));
    }
}
