package edu.community.assessment.domain;

import edu.community.assessment.domain.ReportTimeline.Counted;
import edu.community.assessment.domain.ReportTimeline.Span;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The spans of a posting, an activity or a lesson: each figure counted once per unit (a posting between two
 * counties of one city counts once in the city), all over one period and resting on the same events.
 */
final class FlowSpans {

    private final List<Span<Counted, List<UUID>>> spans = new ArrayList<>();
    private final Set<Counted> counted = new LinkedHashSet<>();

    /** The day after the school year of the date ends: what counts "in the school year" stops counting then. */
    static LocalDate schoolYearEnd(LocalDate date) {
        return SchoolYear.containing(date).lastDay().plusDays(1);
    }

    /** The province, city and county of a county code. */
    static List<String> divisionsOf(String county) {
        return ProvincialTally.divisionsOf(county);
    }

    /** Counts a subject with a weight in a figure of each unit, from {@code from} up to {@code to}; a zero adds nothing. */
    void add(Set<String> units, String figure, String subject, int weight, LocalDate from, LocalDate to,
             List<UUID> events) {
        if (weight == 0 || (to != null && !to.isAfter(from))) {
            return;
        }
        for (String unit : units) {
            Counted key = new Counted(unit, figure, subject, weight);
            if (counted.add(key)) {
                spans.add(new Span<>(key, from, to, List.copyOf(events)));
            }
        }
    }

    List<Span<Counted, List<UUID>>> spans() {
        return spans;
    }
}
