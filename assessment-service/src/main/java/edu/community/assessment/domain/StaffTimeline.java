package edu.community.assessment.domain;

import edu.community.assessment.domain.ReportTimeline.Counted;
import edu.community.assessment.domain.ReportTimeline.Span;
import edu.community.contracts.staffing.BackboneLevel;
import edu.community.contracts.staffing.careers.Appointment;
import edu.community.contracts.staffing.careers.Dated;
import edu.community.contracts.staffing.careers.RotationPolicy;
import edu.community.contracts.staffing.careers.RotationRatio;
import edu.community.contracts.staffing.careers.RuralServiceLedger;
import edu.community.contracts.staffing.careers.RuralServicePolicy;
import edu.community.contracts.staffing.careers.ServedPosting;
import edu.community.contracts.staffing.careers.ServiceHistory;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;

/**
 * 教师交流与乡村任教 — what one member of staff adds to the report by the shared rules of staffing-service
 * ({@code contracts} package {@code staffing.careers}): {@code rotation.eligible}, {@code rotation.rotated} and
 * {@code rotation.backboneRotated} (rule 5, {@link RotationRatio} of the person alone, per county of the urban school,
 * school year of the date; the subject is {@code <staff>/<county>}, so a city adds its counties up as the rule does),
 * and {@code staff.ruralServiceYear} (rule 6, {@link RuralServiceLedger}: in service with a year of rural days, in the
 * county of the person's school on the date). County and above only; the locality's policies ({@link ReportRules}).
 */
public final class StaffTimeline {

    private StaffTimeline() {
    }

    /**
     * @param facts    the person's facts in order (effective date, stream version)
     * @param postings the facts of each of the person's postings, in stream order
     * @param rotation the locality's rules 4 and 5
     * @param rural    the locality's rule 6
     */
    public static List<Span<Counted, List<UUID>>> of(String staffId, List<StaffFact> facts,
                                                     Map<String, List<PostingFact>> postings, SchoolsOnDates schools,
                                                     RotationPolicy rotation, RuralServicePolicy rural) {
        ServiceHistory career = history(staffId, facts, postings);
        List<UUID> events = new ArrayList<>();
        facts.forEach(fact -> events.add(fact.event()));
        postings.values().forEach(list -> list.forEach(fact -> events.add(fact.event())));
        TreeSet<LocalDate> changes = new TreeSet<>();
        TreeSet<String> counties = new TreeSet<>();
        facts.forEach(fact -> changes.add(fact.effectiveDate()));
        for (Appointment appointment : career.appointments()) {
            changes.addAll(schools.changes(appointment.school()));
            schools.countyOf(appointment.school()).ifPresent(counties::add);
        }
        for (ServedPosting posting : career.postings()) {
            changes.add(posting.startedOn());
            changes.add(posting.to().plusDays(1));
            changes.addAll(schools.changes(posting.origin()));
            changes.addAll(schools.changes(posting.destination()));
            schools.countyOf(posting.origin()).ifPresent(counties::add);
        }
        if (changes.isEmpty()) {
            return List.of();
        }
        List<Span<Counted, List<UUID>>> spans = new ArrayList<>(rotation(career, counties, changes, schools, events,
                rotation));
        spans.addAll(ruralServiceYear(career, changes, schools, events, rural));
        return spans;
    }

    private static List<Span<Counted, List<UUID>>> rotation(ServiceHistory career, TreeSet<String> counties,
                                                           TreeSet<LocalDate> changes, SchoolsOnDates schools,
                                                           List<UUID> events, RotationPolicy policy) {
        TreeSet<LocalDate> dates = new TreeSet<>();
        // After the last change plus the longest period of rule 4, every school year counts as the one before.
        int horizon = Math.max(policy.teacherYears(), policy.principalTermYears() * policy.principalTerms()) + 1;
        int last = RotationRatio.schoolYearOf(changes.last()) + horizon;
        for (int year = RotationRatio.schoolYearOf(changes.first()); year <= last; year++) {
            dates.add(LocalDate.of(year, 9, 1));
        }
        career.postings().forEach(posting -> dates.add(posting.startedOn()));
        return ReportTimeline.sweep(new ArrayList<>(dates), date -> {
            Map<Counted, List<UUID>> counted = new HashMap<>();
            for (String county : counties) {
                RotationRatio ratio = RotationRatio.of(county, date, List.of(career), schools, policy);
                String subject = career.staffId() + "/" + county;
                for (String unit : ProvincialTally.divisionsOf(county)) {
                    if (ratio.eligible() > 0) {
                        counted.put(new Counted(unit, "rotation.eligible", subject), events);
                    }
                    if (ratio.rotated() > 0) {
                        counted.put(new Counted(unit, "rotation.rotated", subject), events);
                    }
                    if (ratio.backboneRotated() > 0) {
                        counted.put(new Counted(unit, "rotation.backboneRotated", subject), events);
                    }
                }
            }
            return counted;
        });
    }

    private static List<Span<Counted, List<UUID>>> ruralServiceYear(ServiceHistory career, TreeSet<LocalDate> changes,
                                                                   SchoolsOnDates schools, List<UUID> events,
                                                                   RuralServicePolicy policy) {
        LocalDate reached = firstDayOfARuralYear(career, schools, changes.first(),
                changes.last().plusDays(policy.requiredDays() + 1L), policy);
        if (reached == null) {
            return List.of();
        }
        TreeSet<LocalDate> dates = new TreeSet<>(List.of(reached));
        career.appointments().forEach(appointment -> dates.add(appointment.from()));
        if (career.leftOn() != null) {
            dates.add(career.leftOn());
        }
        return ReportTimeline.sweep(new ArrayList<>(dates.tailSet(reached)), date -> {
            Map<Counted, List<UUID>> counted = new HashMap<>();
            career.appointmentOn(date).flatMap(at -> schools.countyOf(at.school())).ifPresent(county ->
                    ProvincialTally.divisionsOf(county).forEach(unit ->
                            counted.put(new Counted(unit, "staff.ruralServiceYear", career.staffId()), events)));
            return counted;
        });
    }

    /** The first day on which the ledger holds a year of rural days (it never shrinks), up to {@code bound}. */
    private static LocalDate firstDayOfARuralYear(ServiceHistory career, SchoolsOnDates schools, LocalDate from,
                                                  LocalDate bound, RuralServicePolicy policy) {
        if (!ruralYear(career, schools, bound, policy)) {
            return null;
        }
        long low = 0;
        long high = ChronoUnit.DAYS.between(from, bound);
        while (low < high) {
            long middle = (low + high) / 2;
            if (ruralYear(career, schools, from.plusDays(middle), policy)) {
                high = middle;
            } else {
                low = middle + 1;
            }
        }
        return from.plusDays(low);
    }

    private static boolean ruralYear(ServiceHistory career, SchoolsOnDates schools, LocalDate on,
                                     RuralServicePolicy policy) {
        RuralServiceLedger ledger = RuralServiceLedger.of(career, schools, (school, day) -> false, policy, on);
        return ledger.ruralDays() >= ledger.requiredDays();
    }

    /** The person's career as the shared rules read it, from the report's facts. */
    static ServiceHistory history(String staffId, List<StaffFact> facts, Map<String, List<PostingFact>> postings) {
        List<Appointment> appointed = new ArrayList<>();
        List<Dated<BackboneLevel>> backbones = new ArrayList<>();
        LocalDate leftOn = null;
        for (StaffFact fact : facts) {
            switch (fact.kind()) {
                case REGISTERED, TRANSFERRED, ROLE_CHANGED -> {
                    String school = fact.school() != null ? fact.school()
                            : appointed.isEmpty() ? null : appointed.get(appointed.size() - 1).school();
                    if (school != null && fact.role() != null) {
                        appointed.add(new Appointment(school, fact.role(), fact.effectiveDate()));
                    }
                    if (fact.kind() == StaffFact.Kind.REGISTERED) {
                        leftOn = null;
                    }
                }
                case LEFT -> leftOn = fact.effectiveDate();
                case BACKBONE_CHANGED -> {
                }
            }
            if (fact.backbone() != null) {
                backbones = Dated.with(backbones, fact.effectiveDate(), fact.backbone());
            }
        }
        List<ServedPosting> served = new ArrayList<>();
        postings.forEach((id, list) -> served(id, list).ifPresent(served::add));
        served.sort((a, b) -> a.startedOn().compareTo(b.startedOn()));
        return new ServiceHistory(staffId, appointed, backbones, leftOn, served);
    }

    private static Optional<ServedPosting> served(String id, List<PostingFact> facts) {
        PostingFact proposed = null;
        LocalDate started = null;
        PostingFact ended = null;
        for (PostingFact fact : facts) {
            switch (fact.kind()) {
                case PROPOSED -> proposed = fact;
                case STARTED -> started = fact.effectiveDate();
                case COMPLETED, ENDED_EARLY -> ended = fact;
                case APPROVED, REJECTED, CANCELLED -> {
                }
            }
        }
        if (proposed == null || started == null) {
            return Optional.empty();
        }
        return Optional.of(new ServedPosting(id, proposed.postingKind(), proposed.origin(), proposed.destination(),
                started, proposed.plannedEnd(), ended == null ? null : ended.effectiveDate(),
                ended != null && ended.asTransfer()));
    }
}
