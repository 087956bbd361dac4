package edu.community.community.domain;

import edu.community.contracts.community.SchoolClassification;
import edu.community.contracts.community.SchoolLevel;
import edu.community.contracts.community.SchoolRegistered;
import edu.community.eventsourcing.domain.RuleViolation;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * 学校 — a school as the system of record knows it, folded from its stream.
 *
 * @param registered whether the school has been registered; an unregistered school is {@link #NONE}
 */
public record School(
        boolean registered,
        String code,
        String name,
        String countyCode,
        SchoolClassification classification,
        SchoolLevel level,
        int enrolment,
        LocalDate registeredOn) {

    /** The state before the first event of a stream. */
    public static final School NONE = new School(false, null, null, null, null, null, 0, null);

    /** Decides a registration: a school code is registered once, in a county that exists. */
    public List<SchoolRegistered> decide(RegisterSchool command, DivisionDirectory divisions) {
        if (registered) {
            throw RuleViolation.conflict("school.already-registered",
                    "school " + command.code() + " is already registered", Map.of("schoolCode", command.code().value()));
        }
        if (!divisions.isCounty(command.countyCode())) {
            throw RuleViolation.of("division.unknown",
                    command.countyCode() + " is not a county-level division in GB/T 2260",
                    Map.of("countyCode", command.countyCode()));
        }
        return List.of(new SchoolRegistered(command.code().value(), command.name(), command.countyCode(),
                command.classification(), command.level(), command.enrolment(), command.effectiveDate()));
    }

    /** Applies an event of this school's stream. */
    public School apply(Record event) {
        if (event instanceof SchoolRegistered e) {
            return new School(true, e.schoolCode(), e.name(), e.countyCode(), e.classification(), e.level(),
                    e.enrolment(), e.effectiveDate());
        }
        throw new IllegalArgumentException("not an event of a school: " + event.getClass().getSimpleName());
    }
}
