package edu.community.assessment.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.community.assessment.domain.ReportTimeline.Counted;
import edu.community.assessment.domain.ReportTimeline.Span;
import edu.community.contracts.community.CommunityModel;
import edu.community.contracts.community.SchoolClassification;
import edu.community.contracts.community.SchoolLevel;
import edu.community.contracts.community.SchoolOwnership;
import edu.community.reference.SupportCounties;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The read model's timelines count exactly what counting the whole province on a date counts: on random histories
 * (registrations, details changes, closings and reopenings, communities formed, remodelled, re-cored and dissolved,
 * members joining and leaving, all on random dates), every unit's every figure and every contribution with its
 * events, on many dates, is the same from the spans as from {@link ProvincialTally}.
 */
class ReportTimelineEquivalenceTest {

    static final SupportCounties SUPPORT = SupportCounties.bundled();
    static final String[] COUNTIES = {"330106", "330127", "330902", "330326"};
    static final LocalDate START = LocalDate.of(2020, 1, 1);

    @Test
    void spans_count_what_the_whole_province_counts_on_every_date() {
        long compared = 0;
        for (long seed = 1; seed <= 40; seed++) {
            compared += check(new Random(seed));
        }
        assertTrue(compared > 10_000, "the histories count something on most dates: " + compared);
    }

    /** Answers how many figures of units it compared. */
    private long check(Random random) {
        long compared = 0;
        Map<String, List<SchoolFact>> schools = new TreeMap<>();
        Map<String, String> countyOf = new HashMap<>();
        for (int n = 0; n < 10; n++) {
            String county = COUNTIES[random.nextInt(COUNTIES.length)];
            String code = county + String.format("%04d", n);
            countyOf.put(code, county);
            List<SchoolFact> facts = new ArrayList<>();
            facts.add(school(code, day(random, 0, 300), 1, SchoolFact.Kind.REGISTERED, county, random));
            int version = 2;
            for (int change = random.nextInt(4); change > 0; change--) {
                SchoolFact.Kind kind = List.of(SchoolFact.Kind.DETAILS_CHANGED, SchoolFact.Kind.CLOSED,
                        SchoolFact.Kind.REOPENED).get(random.nextInt(3));
                facts.add(school(code, day(random, 0, 1500), version++, kind, null, random));
            }
            schools.put(code, sorted(facts, SchoolFact::effectiveDate, SchoolFact::streamVersion));
        }
        List<String> codes = new ArrayList<>(schools.keySet());
        Map<String, List<CommunityFact>> communities = new TreeMap<>();
        List<MembershipFact> memberships = new ArrayList<>();
        for (int c = 0; c < 4; c++) {
            String id = "c" + c;
            List<CommunityFact> facts = new ArrayList<>();
            String core = codes.get(random.nextInt(codes.size()));
            LocalDate formed = day(random, 100, 600);
            UUID forming = UUID.randomUUID();
            facts.add(new CommunityFact(forming, id, formed, 1, CommunityFact.Kind.FORMED, "community " + c,
                    CommunityModel.values()[random.nextInt(3)], core, countyOf.get(core)));
            int version = 2;
            memberships.add(new MembershipFact(forming, id, codes.get(random.nextInt(codes.size())), formed, 1, true));
            for (int change = random.nextInt(6); change > 0; change--) {
                LocalDate on = day(random, 100, 1500);
                UUID event = UUID.randomUUID();
                String school = codes.get(random.nextInt(codes.size()));
                switch (random.nextInt(5)) {
                    case 0 -> facts.add(new CommunityFact(event, id, on, version, CommunityFact.Kind.MODEL_CHANGED, null,
                            CommunityModel.values()[random.nextInt(3)], null, null));
                    case 1 -> {
                        facts.add(new CommunityFact(event, id, on, version, CommunityFact.Kind.CORE_CHANGED, null, null,
                                school, countyOf.get(school)));
                        memberships.add(new MembershipFact(event, id, school, on, version, false));
                    }
                    case 2 -> facts.add(new CommunityFact(event, id, on, version, CommunityFact.Kind.DISSOLVED, null,
                            null, null, null));
                    case 3 -> memberships.add(new MembershipFact(event, id, school, on, version, false));
                    default -> memberships.add(new MembershipFact(event, id, school, on, version, true));
                }
                version++;
            }
            communities.put(id, sorted(facts, CommunityFact::effectiveDate, CommunityFact::streamVersion));
        }
        memberships.sort(Comparator.comparing(MembershipFact::community).thenComparing(MembershipFact::school)
                .thenComparing(MembershipFact::effectiveDate).thenComparing(MembershipFact::streamVersion));

        List<Span<Counted, List<UUID>>> spans = new ArrayList<>();
        schools.forEach((code, facts) -> spans.addAll(ReportTimeline.school(facts,
                memberships.stream().filter(m -> m.school().equals(code)).toList(), communities, SUPPORT).contributions()));
        communities.forEach((id, facts) -> spans.addAll(ReportTimeline.community(id, facts, SUPPORT).contributions()));

        for (LocalDate date = START; date.isBefore(START.plusDays(1600)); date = date.plusDays(37)) {
            LocalDate on = date;
            List<SchoolOnDate> open = schools.values().stream()
                    .flatMap(facts -> SchoolOnDate.fold(upTo(facts, SchoolFact::effectiveDate, on)).stream()).toList();
            List<CommunityOnDate> active = communities.values().stream()
                    .flatMap(facts -> CommunityOnDate.fold(upTo(facts, CommunityFact::effectiveDate, on)).stream()).toList();
            ProvincialTally tally = ProvincialTally.count(open, active,
                    MembershipOnDate.fold(upTo(memberships, MembershipFact::effectiveDate, on)), SUPPORT);
            Map<String, Map<String, List<Contribution>>> expected = new TreeMap<>();
            tally.forEach((unit, figure, contribution) -> expected.computeIfAbsent(unit + " " + figure,
                    key -> new TreeMap<>()).computeIfAbsent(contribution.subject(), key -> new ArrayList<>()).add(contribution));
            Map<String, Map<String, List<Contribution>>> actual = new TreeMap<>();
            spans.stream().filter(span -> !span.from().isAfter(on) && (span.to() == null || span.to().isAfter(on)))
                    .forEach(span -> actual.computeIfAbsent(span.key().unit() + " " + span.key().figure(),
                                    key -> new TreeMap<>()).computeIfAbsent(span.key().subject(), key -> new ArrayList<>())
                            .add(new Contribution(span.key().subject(), span.value())));
            assertEquals(expected, actual, "on " + on);
            compared += expected.size();
        }
        return compared;
    }

    private static <F> List<F> sorted(List<F> facts, java.util.function.Function<F, LocalDate> date,
                                      java.util.function.ToIntFunction<F> version) {
        List<F> copy = new ArrayList<>(facts);
        copy.sort(Comparator.comparing(date).thenComparingInt(version));
        return copy;
    }

    private static <F> List<F> upTo(List<F> facts, java.util.function.Function<F, LocalDate> date, LocalDate on) {
        return facts.stream().filter(fact -> !date.apply(fact).isAfter(on)).toList();
    }

    private static LocalDate day(Random random, int from, int to) {
        return START.plusDays(from + random.nextInt(to - from));
    }

    private static SchoolFact school(String code, LocalDate on, int version, SchoolFact.Kind kind, String county,
                                     Random random) {
        SchoolProfile profile = kind == SchoolFact.Kind.REGISTERED || kind == SchoolFact.Kind.DETAILS_CHANGED
                ? new SchoolProfile("school " + code, SchoolClassification.values()[random.nextInt(3)],
                SchoolLevel.values()[random.nextInt(4)], random.nextBoolean() ? SchoolOwnership.PUBLIC : SchoolOwnership.PRIVATE,
                false, false, false) : null;
        return new SchoolFact(UUID.randomUUID(), code, on, version, kind, county, profile);
    }
}
