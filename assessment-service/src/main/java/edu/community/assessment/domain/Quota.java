package edu.community.assessment.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * 任务指标 — a division's target of new integrated or co-construction member schools or campuses over a period
 * (e.g. Zhejiang's 2021 quota, Hangzhou 174). Collaborative communities do not count toward it.
 *
 * @param to the last day of the period
 */
public record Quota(String division, String name, LocalDate from, LocalDate to, int target) {

    /** The figure a quota counts. */
    public static final String COUNTED = "coverage.integratedOrCoConstruction";

    public Quota {
        Objects.requireNonNull(division, "division");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException(division + ": a quota period ends on or after its first day");
        }
        if (target <= 0) {
            throw new IllegalArgumentException(division + ": a quota's target is positive");
        }
    }

    /** Whether the period has begun by {@code date} and overlaps the school year. */
    public boolean appliesTo(SchoolYear year, LocalDate date) {
        return !from.isAfter(date) && !from.isAfter(year.lastDay()) && !to.isBefore(year.firstDay());
    }

    /** The last day progress is counted to, for a report on {@code date}. */
    public LocalDate countedTo(LocalDate date) {
        return date.isAfter(to) ? to : date;
    }

    /**
     * Progress: the schools counted by an integrated or co-construction community on the last counted day
     * that were not counted on the eve of the period; a school counts once, whatever it did in between.
     */
    public QuotaProgress progress(ProvincialTally onEve, ProvincialTally onCountedDay, LocalDate countedTo) {
        return progress(onEve.contributions(division, COUNTED), onCountedDay.contributions(division, COUNTED), countedTo);
    }

    /** The same from the division's {@link #COUNTED} contributions on the eve and on the last counted day. */
    public QuotaProgress progress(List<Contribution> onEve, List<Contribution> onCountedDay, LocalDate countedTo) {
        Set<String> before = onEve.stream().map(Contribution::subject).collect(Collectors.toSet());
        List<Contribution> added = onCountedDay.stream()
                .filter(contribution -> !before.contains(contribution.subject()))
                .toList();
        return new QuotaProgress(this, countedTo, added);
    }
}
