package edu.community.assessment.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import edu.community.assessment.domain.ReportTimeline.Counted;
import edu.community.assessment.domain.ReportTimeline.Span;
import edu.community.contracts.community.CommunityModel;
import edu.community.contracts.community.SchoolClassification;
import edu.community.contracts.community.SchoolLevel;
import edu.community.contracts.community.SchoolOwnership;
import edu.community.reference.SupportCounties;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ReportTimelineTest {

    static final SupportCounties SUPPORT = SupportCounties.bundled();
    static final String SCHOOL = "3301060002";
    static final String COMMUNITY = "c1";
    static final UUID REGISTERED = UUID.randomUUID(), RECLASSIFIED = UUID.randomUUID(), FORMED = UUID.randomUUID(),
            CORE = UUID.randomUUID(), LEFT = UUID.randomUUID();

    @Test
    void a_backdated_change_splits_the_spans_on_the_date_it_took_effect_and_a_departure_ends_them() {
        List<SchoolFact> facts = List.of(
                school(REGISTERED, LocalDate.of(2020, 9, 1), 1, SchoolFact.Kind.REGISTERED, SchoolClassification.TOWNSHIP),
                school(RECLASSIFIED, LocalDate.of(2024, 9, 1), 2, SchoolFact.Kind.DETAILS_CHANGED, SchoolClassification.RURAL));
        List<MembershipFact> memberships = List.of(
                new MembershipFact(FORMED, COMMUNITY, SCHOOL, LocalDate.of(2021, 3, 1), 1, true),
                new MembershipFact(LEFT, COMMUNITY, SCHOOL, LocalDate.of(2025, 1, 15), 2, false));
        Map<String, List<CommunityFact>> communities = Map.of(COMMUNITY, List.of(new CommunityFact(FORMED, COMMUNITY,
                LocalDate.of(2021, 3, 1), 1, CommunityFact.Kind.FORMED, "C1", CommunityModel.CO_CONSTRUCTION,
                "3301270001", "330127")));

        ReportTimeline.OfSchool timeline = ReportTimeline.school(facts, memberships, communities, SUPPORT);

        assertEquals(List.of(span("330106", "schools.classification.TOWNSHIP", SCHOOL, "2020-09-01", "2024-09-01", REGISTERED)),
                spans(timeline, "330106", "schools.classification.TOWNSHIP"));
        assertEquals(List.of(span("330106", "schools.classification.RURAL", SCHOOL, "2024-09-01", null, REGISTERED, RECLASSIFIED)),
                spans(timeline, "330106", "schools.classification.RURAL"));
        assertEquals(List.of(
                span("330000", "coverage.members", SCHOOL, "2021-03-01", "2024-09-01", REGISTERED, FORMED),
                span("330000", "coverage.members", SCHOOL, "2024-09-01", "2025-01-15", REGISTERED, RECLASSIFIED, FORMED)),
                spans(timeline, "330000", "coverage.members"));
        assertEquals(2, spans(timeline, "330106", "pairings.crossRegion").size(),
                "a pairing counts in the member's county while it lasts, its evidence changing with the details");
        assertEquals(List.of(LocalDate.of(2021, 3, 1), LocalDate.of(2025, 1, 15)),
                List.of(timeline.memberLines().get(0).from(), timeline.memberLines().get(timeline.memberLines().size() - 1).to()));
    }

    @Test
    void a_community_counts_in_its_core_county_from_its_forming_until_it_dissolves() {
        List<CommunityFact> facts = List.of(
                new CommunityFact(FORMED, COMMUNITY, LocalDate.of(2021, 3, 1), 1, CommunityFact.Kind.FORMED, "C1",
                        CommunityModel.INTEGRATED, "3301060001", "330106"),
                new CommunityFact(CORE, COMMUNITY, LocalDate.of(2023, 1, 1), 2, CommunityFact.Kind.DISSOLVED, null,
                        null, null, null));

        ReportTimeline.OfCommunity timeline = ReportTimeline.community(COMMUNITY, facts, SUPPORT);

        assertEquals(1, timeline.states().size());
        assertEquals(LocalDate.of(2023, 1, 1), timeline.states().get(0).to());
        assertEquals(List.of(span("330100", "communities.model.INTEGRATED", COMMUNITY, "2021-03-01", "2023-01-01", FORMED)),
                timeline.contributions().stream().filter(span -> span.key().unit().equals("330100")
                        && span.key().figure().equals("communities.model.INTEGRATED")).toList());
    }

    private static List<Span<Counted, List<UUID>>> spans(ReportTimeline.OfSchool timeline, String unit, String figure) {
        return timeline.contributions().stream()
                .filter(span -> span.key().unit().equals(unit) && span.key().figure().equals(figure))
                .sorted((a, b) -> a.from().compareTo(b.from()))
                .toList();
    }

    private static Span<Counted, List<UUID>> span(String unit, String figure, String subject, String from, String to,
                                                 UUID... events) {
        return new Span<>(new Counted(unit, figure, subject), LocalDate.parse(from), to == null ? null : LocalDate.parse(to),
                List.of(events));
    }

    private static SchoolFact school(UUID event, LocalDate date, int version, SchoolFact.Kind kind,
                                     SchoolClassification classification) {
        return new SchoolFact(event, SCHOOL, date, version, kind, kind == SchoolFact.Kind.REGISTERED ? "330106" : null,
                new SchoolProfile("school " + SCHOOL, classification, SchoolLevel.PRIMARY, SchoolOwnership.PUBLIC,
                        false, false, false));
    }
}
