package edu.community.community.domain;

import edu.community.contracts.community.SchoolClosed;
import edu.community.contracts.community.SchoolDetailsChanged;
import edu.community.contracts.community.SchoolRegistered;
import edu.community.contracts.community.SchoolReopened;
import edu.community.eventsourcing.command.EventStream;
import edu.community.eventsourcing.domain.RuleViolation;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * 学校 — a school as the system of record knows it, folded from its stream.
 *
 * @param registeredOn the effective date of its registration
 * @param closedOn     the effective date it closed, while it is closed; otherwise null
 */
public record School(
        Status status,
        String code,
        String countyCode,
        SchoolDetails details,
        LocalDate registeredOn,
        LocalDate closedOn) {

    /** Where a school stands in the register. */
    public enum Status {
        UNREGISTERED,
        /** 在办 */
        OPEN,
        /** 已撤销 */
        CLOSED
    }

    /** The state before the first event of a stream. */
    public static final School NONE = new School(Status.UNREGISTERED, null, null, null, null, null);

    /** The school's event stream. */
    public static EventStream<School> stream(SchoolCode code) {
        return new EventStream<>(code.streamId(), NONE, School::apply);
    }

    public boolean registered() {
        return status != Status.UNREGISTERED;
    }

    /** A school code is registered once, in a county-level division that exists. */
    public List<SchoolRegistered> decide(RegisterSchool command, DivisionDirectory divisions) {
        if (registered()) {
            throw RuleViolation.conflict("school.already-registered",
                    "school " + command.code() + " is already registered", Map.of("schoolCode", command.code().value()));
        }
        if (!divisions.isCounty(command.countyCode())) {
            throw RuleViolation.of("division.unknown",
                    command.countyCode() + " is not a county-level division in GB/T 2260",
                    Map.of("countyCode", command.countyCode()));
        }
        SchoolDetails d = command.details();
        return List.of(new SchoolRegistered(command.code().value(), d.name(), command.countyCode(), d.classification(),
                d.level(), d.ownership(), d.legalEntity(), d.enrolment(), d.specialEducation(), d.vocational(),
                d.teachingPoint(), command.effectiveDate()));
    }

    /**
     * A row of a bulk import (学校批量导入): registers a new school, changes the details of a known one, or
     * does nothing when the register already says the same, so that a file sent twice changes nothing twice.
     */
    public List<? extends Record> decideImport(RegisterSchool command, DivisionDirectory divisions) {
        if (!registered()) {
            return decide(command, divisions);
        }
        if (!countyCode.equals(command.countyCode())) {
            throw RuleViolation.conflict("school.county-differs",
                    "school " + code + " is registered in " + countyCode + ", not " + command.countyCode(),
                    Map.of("schoolCode", code, "countyCode", countyCode));
        }
        if (command.details().equals(details)) {
            return List.of();
        }
        return decide(new ChangeSchoolDetails(command.code(), command.details(), command.effectiveDate()));
    }

    /** New details of an open school; nothing happens when they are the ones it has. */
    public List<SchoolDetailsChanged> decide(ChangeSchoolDetails command) {
        requireOpen(command.code());
        requireNotBeforeRegistration(command.effectiveDate());
        SchoolDetails d = command.details();
        if (d.equals(details)) {
            return List.of();
        }
        return List.of(new SchoolDetailsChanged(code, d.name(), d.classification(), d.level(), d.ownership(), d.legalEntity(),
                d.enrolment(), d.specialEducation(), d.vocational(), d.teachingPoint(), command.effectiveDate()));
    }

    /**
     * Closes an open school that belongs to no active community: it leaves its communities first (or they are
     * dissolved), so that no active community ever counts a closed school.
     *
     * @param activeCommunities the communities the school belongs to now, as core or member
     */
    public List<SchoolClosed> decide(CloseSchool command, Set<String> activeCommunities) {
        requireRegistered(command.code());
        if (status == Status.CLOSED) {
            throw RuleViolation.conflict("school.already-closed", "school " + code + " closed on " + closedOn,
                    Map.of("schoolCode", code, "closedOn", closedOn.toString()));
        }
        if (!activeCommunities.isEmpty()) {
            throw RuleViolation.conflict("school.in-active-community", "school " + code + " belongs to "
                            + activeCommunities.size() + " active communities; it leaves them before it closes",
                    Map.of("schoolCode", code, "communities", activeCommunities.stream().sorted().toList()));
        }
        requireNotBeforeRegistration(command.effectiveDate());
        return List.of(new SchoolClosed(code, command.effectiveDate(), command.reason()));
    }

    /** Reopens a closed school, not before the day it closed. */
    public List<SchoolReopened> decide(ReopenSchool command) {
        requireRegistered(command.code());
        if (status != Status.CLOSED) {
            throw RuleViolation.conflict("school.not-closed", "school " + code + " is open",
                    Map.of("schoolCode", code));
        }
        if (command.effectiveDate().isBefore(closedOn)) {
            throw RuleViolation.of("school.reopened-before-closed",
                    "school " + code + " closed on " + closedOn + " and cannot reopen before",
                    Map.of("closedOn", closedOn.toString()));
        }
        return List.of(new SchoolReopened(code, command.effectiveDate()));
    }

    /** Applies an event of this school's stream. */
    public School apply(Record event) {
        if (event instanceof SchoolRegistered e) {
            return new School(Status.OPEN, e.schoolCode(), e.countyCode(),
                    new SchoolDetails(e.name(), e.classification(), e.level(), e.ownership(), e.legalEntity(), e.enrolment(),
                            e.specialEducation(), e.vocational(), e.teachingPoint()),
                    e.effectiveDate(), null);
        }
        if (event instanceof SchoolDetailsChanged e) {
            return new School(status, code, countyCode,
                    new SchoolDetails(e.name(), e.classification(), e.level(), e.ownership(), e.legalEntity(), e.enrolment(),
                            e.specialEducation(), e.vocational(), e.teachingPoint()),
                    registeredOn, closedOn);
        }
        if (event instanceof SchoolClosed e) {
            return new School(Status.CLOSED, code, countyCode, details, registeredOn, e.effectiveDate());
        }
        if (event instanceof SchoolReopened) {
            return new School(Status.OPEN, code, countyCode, details, registeredOn, null);
        }
        throw new IllegalArgumentException("not an event of a school: " + event.getClass().getSimpleName());
    }

    private void requireRegistered(SchoolCode asked) {
        if (!registered()) {
            throw RuleViolation.notFound("school.not-registered", "no school " + asked + " is registered",
                    Map.of("schoolCode", asked.value()));
        }
    }

    private void requireOpen(SchoolCode asked) {
        requireRegistered(asked);
        if (status == Status.CLOSED) {
            throw RuleViolation.conflict("school.closed", "school " + code + " closed on " + closedOn,
                    Map.of("schoolCode", code, "closedOn", closedOn.toString()));
        }
    }

    private void requireNotBeforeRegistration(LocalDate effectiveDate) {
        if (effectiveDate.isBefore(registeredOn)) {
            throw RuleViolation.of("effective-date.before-registration",
                    "school " + code + " was registered on " + registeredOn + "; " + effectiveDate + " is earlier",
                    Map.of("registeredOn", registeredOn.toString()));
        }
    }
}
