package edu.community.assessment.domain;

import edu.community.contracts.community.SchoolClassification;
import edu.community.reference.SupportCounties;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;

/**
 * 报表时间线 — what one school or one community adds to the provincial report over time, as dated spans: the
 * figures it counts in (with the events each rests on), a community's state, a member's line. Computed from all
 * the facts of that one school or community, so that a late or backdated event changes exactly the dates it
 * concerns; the report of a unit on a date then adds up the spans that cover the date, without folding anything.
 *
 * <p>A span's state is the one {@link ProvincialTally} counts from the folded facts on each day the facts change,
 * so that a figure is the same as counting the whole province on that date.
 */
public final class ReportTimeline {

    private ReportTimeline() {
    }

    /**
     * A value that held from {@code from} (inclusive) to {@code to} (exclusive; null while it still holds).
     */
    public record Span<K, V>(K key, LocalDate from, LocalDate to, V value) {
    }

    /** Where a contribution counts: a unit's figure, whom it counts, and what it adds to a sum (1 for a count). */
    public record Counted(String unit, String figure, String subject, int weight) {

        public Counted(String unit, String figure, String subject) {
            this(unit, figure, subject, 1);
        }
    }

    /** A member school's line in its community's report. */
    public record MemberLine(String name, String county, SchoolClassification classification, LocalDate since,
                             boolean crossRegion, String supportCategory) {
    }

    /** What a school adds: its contributions, and its lines in the communities it is a member of, by community. */
    public record OfSchool(List<Span<Counted, List<UUID>>> contributions, List<Span<String, MemberLine>> memberLines) {
    }

    /** What a community adds: its state on each date (absent while not active) and its own contributions. */
    public record OfCommunity(List<Span<String, CommunityOnDate>> states, List<Span<Counted, List<UUID>>> contributions) {
    }

    /**
     * A community's timeline from its facts in order (effective date, stream version).
     */
    public static OfCommunity community(String id, List<CommunityFact> facts, SupportCounties supportCounties) {
        List<Span<String, CommunityOnDate>> states = sweep(datesOf(facts, CommunityFact::effectiveDate),
                date -> onDate(facts, date).map(state -> Map.of(id, state)).orElse(Map.of()));
        List<Span<Counted, List<UUID>>> contributions = sweep(datesOf(facts, CommunityFact::effectiveDate), date -> {
            Map<Counted, List<UUID>> counted = new HashMap<>();
            onDate(facts, date).ifPresent(state -> ProvincialTally.count(List.of(), List.of(state), List.of(), supportCounties)
                    .forEach((unit, figure, contribution) ->
                            counted.put(new Counted(unit, figure, contribution.subject()), contribution.events())));
            return counted;
        });
        return new OfCommunity(states, contributions);
    }

    /**
     * A school's timeline from its facts, its membership facts and the facts of every community it was ever a
     * member of, each in order (effective date, stream version; memberships by community first).
     */
    public static OfSchool school(List<SchoolFact> facts, List<MembershipFact> memberships,
                                  Map<String, List<CommunityFact>> communities, SupportCounties supportCounties) {
        TreeSet<LocalDate> dates = new TreeSet<>(datesOf(facts, SchoolFact::effectiveDate));
        dates.addAll(datesOf(memberships, MembershipFact::effectiveDate));
        memberships.forEach(membership -> dates.addAll(datesOf(
                communities.getOrDefault(membership.community(), List.of()), CommunityFact::effectiveDate)));
        List<LocalDate> points = new ArrayList<>(dates);
        Map<LocalDate, Day> days = new HashMap<>();
        Function<LocalDate, Day> day = date -> days.computeIfAbsent(date,
                on -> Day.of(facts, memberships, communities, on, supportCounties));
        return new OfSchool(sweep(points, date -> day.apply(date).counted), sweep(points, date -> day.apply(date).lines));
    }

    /** A school's contributions and member lines on one date. */
    private record Day(Map<Counted, List<UUID>> counted, Map<String, MemberLine> lines) {

        static Day of(List<SchoolFact> facts, List<MembershipFact> memberships,
                      Map<String, List<CommunityFact>> communities, LocalDate date, SupportCounties supportCounties) {
            Optional<SchoolOnDate> school = SchoolOnDate.fold(upTo(facts, SchoolFact::effectiveDate, date));
            if (school.isEmpty()) {
                return new Day(Map.of(), Map.of());
            }
            List<MembershipOnDate> members = MembershipOnDate.fold(upTo(memberships, MembershipFact::effectiveDate, date));
            Map<String, CommunityOnDate> active = new LinkedHashMap<>();
            for (MembershipOnDate membership : members) {
                onDate(communities.getOrDefault(membership.community(), List.of()), date)
                        .ifPresent(community -> active.put(community.id(), community));
            }
            Map<Counted, List<UUID>> counted = new HashMap<>();
            ProvincialTally.count(List.of(school.get()), active.values(), members, supportCounties)
                    .forEach((unit, figure, contribution) -> {
                        if (!figure.startsWith("communities.")) { // a community's own figures are its timeline's
                            counted.put(new Counted(unit, figure, contribution.subject()), contribution.events());
                        }
                    });
            Map<String, MemberLine> lines = new HashMap<>();
            for (MembershipOnDate membership : members) {
                CommunityOnDate community = active.get(membership.community());
                if (community != null) {
                    SchoolOnDate member = school.get();
                    Pairing pairing = Pairing.of(community, member, membership, supportCounties);
                    lines.put(community.id(), new MemberLine(member.profile().name(), member.county(),
                            member.profile().classification(), membership.since(), pairing.crossRegion(),
                            pairing.supportCategory().map(Enum::name).orElse(null)));
                }
            }
            return new Day(counted, lines);
        }
    }

    static Optional<CommunityOnDate> onDate(List<CommunityFact> facts, LocalDate date) {
        return CommunityOnDate.fold(upTo(facts, CommunityFact::effectiveDate, date));
    }

    static <F> List<F> upTo(List<F> facts, Function<F, LocalDate> effective, LocalDate date) {
        return facts.stream().filter(fact -> !effective.apply(fact).isAfter(date)).toList();
    }

    private static <F> List<LocalDate> datesOf(Collection<F> facts, Function<F, LocalDate> effective) {
        TreeSet<LocalDate> dates = new TreeSet<>();
        facts.forEach(fact -> dates.add(effective.apply(fact)));
        return new ArrayList<>(dates);
    }

    /**
     * Turns the states on each date a fact changes (dates ascending) into spans of unchanged values per key.
     */
    static <K, V> List<Span<K, V>> sweep(List<LocalDate> dates, Function<LocalDate, Map<K, V>> stateOn) {
        List<Span<K, V>> spans = new ArrayList<>();
        Map<K, Span<K, V>> open = new LinkedHashMap<>();
        for (LocalDate date : dates) {
            Map<K, V> now = stateOn.apply(date);
            for (Iterator<Span<K, V>> it = open.values().iterator(); it.hasNext(); ) {
                Span<K, V> span = it.next();
                if (!span.value().equals(now.get(span.key()))) {
                    spans.add(new Span<>(span.key(), span.from(), date, span.value()));
                    it.remove();
                }
            }
            now.forEach((key, value) -> open.putIfAbsent(key, new Span<>(key, date, null, value)));
        }
        spans.addAll(open.values());
        return spans;
    }
}
