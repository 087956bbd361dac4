package edu.community.assessment.domain;

import edu.community.assessment.domain.ReportTimeline.Counted;
import edu.community.assessment.domain.ReportTimeline.Span;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * 学生交流活动 — what one activity adds to the report: once held (its latest record: a correction replaces the date,
 * duration and participants as a whole), {@code activities.held} by kind and its participants as a sum, from the
 * date held to the end of that school year, in its community and in the divisions of its host school. A planned,
 * postponed or cancelled activity adds nothing.
 */
public final class ActivityTimeline {

    private ActivityTimeline() {
    }

    /** @param facts the activity's facts in stream order */
    public static List<Span<Counted, List<UUID>>> of(List<ActivityFact> facts, SchoolsOnDates schools) {
        ActivityFact planned = null;
        ActivityFact held = null;
        for (ActivityFact fact : facts) {
            switch (fact.kind()) {
                case PLANNED -> planned = fact;
                case HELD, CORRECTED -> held = fact;
                case CANCELLED -> held = null;
                case POSTPONED -> {
                }
            }
        }
        FlowSpans spans = new FlowSpans();
        if (planned == null || held == null) {
            return spans.spans();
        }
        LocalDate date = held.effectiveDate();
        Set<String> units = new TreeSet<>();
        units.add(ProvincialTally.communityUnit(planned.community()));
        schools.school(planned.host(), date).ifPresent(host -> units.addAll(FlowSpans.divisionsOf(host.county())));
        List<UUID> events = facts.stream().map(ActivityFact::event).toList();
        LocalDate yearEnd = FlowSpans.schoolYearEnd(date);
        String subject = planned.activity();
        spans.add(units, "activities.held", subject, 1, date, yearEnd, events);
        spans.add(units, "activities.held." + planned.activityKind(), subject, 1, date, yearEnd, events);
        spans.add(units, "activities.participants", subject, held.participants(), date, yearEnd, events);
        return spans.spans();
    }
}
