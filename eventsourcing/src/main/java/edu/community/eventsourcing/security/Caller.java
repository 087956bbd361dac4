package edu.community.eventsourcing.security;

import java.util.Collection;
import java.util.Set;

/**
 * Who is calling: the token subject (an opaque id), the realm roles and the {@code division} claim.
 */
public record Caller(String subject, Set<String> roles, Division division) {

    /** Roles that may read across every division. */
    private static final Set<String> PROVINCE_WIDE_READERS = Set.of("province-officer", "analyst");

    public Caller {
        roles = Set.copyOf(roles);
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
}
