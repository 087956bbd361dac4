package edu.community.eventsourcing.security;

import java.util.Collection;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Who is calling: the token subject (an opaque id), the realm roles, the {@code division} claim and, for a school
 * officer, the {@code school} claim (the 10-digit national school identification code of its school).
 */
public record Caller(String subject, Set<String> roles, Division division, Optional<String> school) {

    /** The role of a school's own official, who writes only its school's records. */
    public static final String SCHOOL_OFFICER = "school-officer";

    /** Roles that may read across every division. */
    private static final Set<String> PROVINCE_WIDE_READERS = Set.of("province-officer", "analyst");

    /** Roles that write anywhere in their division, whatever school officer role the caller also has. */
    private static final Set<String> DIVISION_WRITERS = Set.of("province-officer", "city-officer", "county-officer",
            "system");

    public Caller {
        roles = Set.copyOf(roles);
        Objects.requireNonNull(school, "school");
    }

    /** Whether the caller may write records of {@code target}. */
    public boolean mayWrite(Division target) {
        return division.covers(target);
    }

    /** Whether the caller may read records of {@code target}. */
    public boolean mayRead(Division target) {
        return roles.stream().anyMatch(PROVINCE_WIDE_READERS::contains) || division.covers(target);
    }

    /**
     * The division rule for writes: every division the write touches must lie within the caller's.
     *
     * @throws OutsideDivision naming the first division outside
     */
    public void requireWriteAccess(Collection<Division> touched) {
        for (Division target : touched) {
            if (!mayWrite(target)) {
                throw new OutsideDivision(this, target);
            }
        }
    }

    /** The division rule for reads. */
    public void requireReadAccess(Division target) {
        if (!mayRead(target)) {
            throw new OutsideDivision(this, target);
        }
    }

    /** Whether the caller writes as a school officer only, so only its own school's records. */
    public boolean isSchoolScoped() {
        return roles.contains(SCHOOL_OFFICER) && roles.stream().noneMatch(DIVISION_WRITERS::contains);
    }

    /**
     * The school rule for writes: a school officer writes only the records of the school in its {@code school}
     * claim, and nothing without one. Other callers pass (the division rule still applies to them).
     *
     * @throws OutsideSchool when a school officer writes another school's record
     */
    public void requireSchoolAccess(String schoolCode) {
        if (isSchoolScoped() && !school.map(schoolCode::equals).orElse(false)) {
            throw new OutsideSchool(this, schoolCode);
        }
    }
}
