package edu.community.assessment.domain;

import edu.community.assessment.domain.ReportTimeline.Counted;
import edu.community.assessment.domain.ReportTimeline.Span;
import edu.community.contracts.community.SchoolClassification;
import edu.community.contracts.staffing.BackboneLevel;
import edu.community.contracts.staffing.StaffRole;
import edu.community.reference.SupportCounties;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * 教师流动 — what one posting adds to the report: {@code postings.active} while it serves (from its start up to its
 * last day), {@code postings.started} and its directions for the rest of the school year of its start. It counts
 * in the divisions of its origin and of its destination school (once per unit) and in every community that has
 * both schools on the start date; classifications, counties, the support-county list, the person's post and
 * backbone level are those of the start date (rule 10), so a late event about a school changes nothing else.
 */
public final class PostingTimeline {

    private PostingTimeline() {
    }

    /**
     * @param facts the posting's facts in stream order
     * @param staff the person's facts in order (effective date, stream version)
     */
    public static List<Span<Counted, List<UUID>>> of(List<PostingFact> facts, List<StaffFact> staff,
                                                     SchoolsOnDates schools, SupportCounties supportCounties) {
        PostingFact proposed = null;
        PostingFact started = null;
        PostingFact ended = null;
        for (PostingFact fact : facts) {
            switch (fact.kind()) {
                case PROPOSED -> proposed = fact;
                case STARTED -> started = fact;
                case COMPLETED, ENDED_EARLY -> ended = fact;
                case APPROVED, REJECTED, CANCELLED -> {
                }
            }
        }
        FlowSpans spans = new FlowSpans();
        if (proposed == null || started == null) {
            return spans.spans();
        }
        LocalDate start = started.effectiveDate();
        Optional<SchoolOnDate> origin = schools.school(proposed.origin(), start);
        Optional<SchoolOnDate> destination = schools.school(proposed.destination(), start);
        Set<String> units = new TreeSet<>();
        origin.ifPresent(school -> units.addAll(FlowSpans.divisionsOf(school.county())));
        destination.ifPresent(school -> units.addAll(FlowSpans.divisionsOf(school.county())));
        Set<String> shared = new TreeSet<>(schools.communitiesOf(proposed.origin(), start));
        shared.retainAll(schools.communitiesOf(proposed.destination(), start));
        shared.forEach(id -> units.add(ProvincialTally.communityUnit(id)));

        Set<UUID> events = new LinkedHashSet<>();
        facts.forEach(fact -> events.add(fact.event()));
        origin.ifPresent(school -> events.addAll(school.events()));
        destination.ifPresent(school -> events.addAll(school.events()));
        List<UUID> evidence = new ArrayList<>(events);
        String subject = proposed.posting();
        String kind = proposed.postingKind().name();

        LocalDate end = ended == null ? null : ended.effectiveDate().plusDays(1);
        spans.add(units, "postings.active", subject, 1, start, end, evidence);
        spans.add(units, "postings.active." + kind, subject, 1, start, end, evidence);

        LocalDate yearEnd = FlowSpans.schoolYearEnd(start);
        List<String> startedIn = new ArrayList<>(List.of("postings.started", "postings.started." + kind));
        if (origin.isPresent() && destination.isPresent()) {
            SchoolClassification from = origin.get().profile().classification();
            SchoolClassification to = destination.get().profile().classification();
            if (from == SchoolClassification.URBAN && to != SchoolClassification.URBAN) {
                startedIn.add("postings.started.urbanToRural");
            }
            if (from != SchoolClassification.URBAN && to == SchoolClassification.URBAN) {
                startedIn.add("postings.started.ruralToUrban");
            }
            String destinationCounty = destination.get().county();
            if (!destinationCounty.equals(origin.get().county())) {
                startedIn.add("postings.started.crossRegion");
                supportCounties.categoryOn(destinationCounty, start)
                        .ifPresent(category -> startedIn.add("postings.started.crossRegion." + category));
            }
        }
        if (!shared.isEmpty()) {
            startedIn.add("postings.started.withinCommunity");
        }
        Person person = Person.on(staff, start);
        if (person.role() == StaffRole.PRINCIPAL) {
            startedIn.add("postings.started.principals");
        }
        if (person.backbone() != null && person.backbone() != BackboneLevel.NONE) {
            startedIn.add("postings.started.backbone");
        }
        startedIn.forEach(figure -> spans.add(units, figure, subject, 1, start, yearEnd, evidence));
        return spans.spans();
    }

    /** The person's post and backbone level on a date; both null when not in service. */
    private record Person(StaffRole role, BackboneLevel backbone) {

        static Person on(List<StaffFact> facts, LocalDate date) {
            StaffRole role = null;
            BackboneLevel backbone = null;
            for (StaffFact fact : ReportTimeline.upTo(facts, StaffFact::effectiveDate, date)) {
                if (fact.kind() == StaffFact.Kind.LEFT) {
                    role = null;
                    backbone = null;
                    continue;
                }
                if (fact.role() != null) {
                    role = fact.role();
                }
                if (fact.backbone() != null) {
                    backbone = fact.backbone();
                }
            }
            return new Person(role, backbone);
        }
    }
}
