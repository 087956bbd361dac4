package edu.community.assessment.domain;

import java.time.LocalDate;
import java.util.List;

/** How far a division has come toward its {@link Quota}, and the new member schools that count. */
public record QuotaProgress(Quota quota, LocalDate countedTo, List<Contribution> newMembers) {

    public QuotaProgress {
        newMembers = List.copyOf(newMembers);
    }

    public int achieved() {
        return newMembers.size();
    }

    /** Achieved over target; above 1 when the target is passed. */
    public double share() {
        return (double) achieved() / quota.target();
    }
}
