package edu.community.assessment.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.community.contracts.community.CommunityModel;
import edu.community.contracts.community.SchoolClassification;
import edu.community.contracts.community.SchoolLevel;
import edu.community.contracts.community.SchoolOwnership;
import edu.community.eventsourcing.domain.RuleViolation;
import edu.community.reference.SupportCategory;
import edu.community.reference.SupportCounties;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ProvincialTallyTest {

    private static final SupportCounties SUPPORT = new SupportCounties(List.of(
            new SupportCounties.Listing("330326", "平阳县", SupportCategory.MOUNTAIN, LocalDate.of(2021, 1, 1),
                    LocalDate.of(2024, 8, 20))));

    @Test
    void a_school_in_two_communities_counts_once_per_figure_and_once_in_each_model() {
        var school = school("3301060002", "330106", SchoolClassification.RURAL);
        var tally = ProvincialTally.count(List.of(school("3301060001", "330106", SchoolClassification.URBAN), school),
                List.of(community("c1", CommunityModel.CO_CONSTRUCTION, "330106"),
                        community("c2", CommunityModel.COLLABORATIVE, "330106")),
                List.of(member("c1", "3301060002", LocalDate.of(2022, 9, 1)),
                        member("c2", "3301060002", LocalDate.of(2022, 9, 1))), SUPPORT);

        var county = tally.figures("330106");
        assertEquals(1, county.get("coverage.members"));
        assertEquals(1, county.get("coverage.integratedOrCoConstruction"));
        assertEquals(1, county.get("coverage.collaborative"));
        assertEquals(2, county.get("communities.total"));
        assertEquals(county, tally.figures("330100"), "the city holds its one county");
        assertEquals(2, tally.figures("330000").get("schools.total"));
    }

    @Test
    void a_cross_region_pairing_takes_the_support_status_of_the_date_it_was_made() {
        var before = school("3303260001", "330326", SchoolClassification.RURAL);
        var after = school("3303260002", "330326", SchoolClassification.RURAL);
        var tally = ProvincialTally.count(List.of(before, after),
                List.of(community("c3", CommunityModel.COLLABORATIVE, "330106")),
                List.of(member("c3", "3303260001", LocalDate.of(2024, 8, 19)),
                        member("c3", "3303260002", LocalDate.of(2024, 8, 20))), SUPPORT);

        assertEquals(2, tally.figures("330326").get("pairings.crossRegion"));
        assertEquals(List.of("c3/3303260001"), tally.contributions("330326", "pairings.crossRegion.MOUNTAIN")
                .stream().map(Contribution::subject).toList());
        assertEquals(2, tally.figures(ProvincialTally.communityUnit("c3")).get("pairings.crossRegion"));
    }

    @Test
    void a_closed_school_drops_out_and_backdated_details_win_from_their_date() {
        var registered = fact(SchoolFact.Kind.REGISTERED, LocalDate.of(2020, 9, 1), 1, SchoolClassification.TOWNSHIP);
        var backdated = fact(SchoolFact.Kind.DETAILS_CHANGED, LocalDate.of(2024, 9, 1), 3, SchoolClassification.RURAL);
        var closed = fact(SchoolFact.Kind.CLOSED, LocalDate.of(2025, 1, 1), 2, null);

        assertEquals(SchoolClassification.RURAL,
                SchoolOnDate.fold(List.of(registered, backdated)).orElseThrow().profile().classification());
        assertEquals(SchoolClassification.TOWNSHIP,
                SchoolOnDate.fold(List.of(registered)).orElseThrow().profile().classification());
        assertTrue(SchoolOnDate.fold(List.of(registered, backdated, closed)).isEmpty());
    }

    @Test
    void the_last_membership_fact_of_a_date_decides() {
        var joined = new MembershipFact(UUID.randomUUID(), "c1", "3301060002", LocalDate.of(2021, 3, 1), 1, true);
        var left = new MembershipFact(UUID.randomUUID(), "c1", "3301060002", LocalDate.of(2025, 1, 15), 4, false);
        assertEquals(1, MembershipOnDate.fold(List.of(joined)).size());
        assertEquals(0, MembershipOnDate.fold(List.of(joined, left)).size());
    }

    @Test
    void quota_progress_counts_schools_new_to_integrated_or_co_construction_in_the_period() {
        var quota = new Quota("330100", "杭州市", LocalDate.of(2021, 1, 1), LocalDate.of(2021, 12, 31), 174);
        var old = school("3301060001", "330106", SchoolClassification.RURAL);
        var fresh = school("3301060002", "330106", SchoolClassification.RURAL);
        var exclusive = List.of(community("c1", CommunityModel.INTEGRATED, "330106"));
        var eve = ProvincialTally.count(List.of(old, fresh), exclusive,
                List.of(member("c1", old.code(), LocalDate.of(2020, 3, 1))), SUPPORT);
        var end = ProvincialTally.count(List.of(old, fresh), exclusive,
                List.of(member("c1", old.code(), LocalDate.of(2020, 3, 1)),
                        member("c1", fresh.code(), LocalDate.of(2021, 5, 1))), SUPPORT);

        QuotaProgress progress = quota.progress(eve, end, LocalDate.of(2021, 12, 31));
        assertEquals(1, progress.achieved());
        assertEquals(1.0 / 174, progress.share(), 1e-12);
    }

    @Test
    void a_school_year_runs_from_september_to_august_and_a_report_date_must_lie_in_it() {
        assertEquals(new SchoolYear(2024), SchoolYear.containing(LocalDate.of(2025, 8, 31)));
        assertEquals(new SchoolYear(2025), SchoolYear.containing(LocalDate.of(2025, 9, 1)));
        assertEquals(new SchoolYear(2024), SchoolYear.parse("2024-2025"));
        assertThrows(IllegalArgumentException.class, () -> SchoolYear.parse("2024-2026"));
        assertEquals(LocalDate.of(2025, 8, 31),
                ReportPeriod.of(new SchoolYear(2024), null, LocalDate.of(2026, 11, 22)).asOf());
        var refused = assertThrows(RuleViolation.class,
                () -> ReportPeriod.of(new SchoolYear(2024), LocalDate.of(2024, 6, 30), LocalDate.of(2026, 11, 22)));
        assertEquals("report.as-of-outside-school-year", refused.rule());
    }

    private static SchoolOnDate school(String code, String county, SchoolClassification classification) {
        return new SchoolOnDate(code, county, new SchoolProfile("school " + code, classification, SchoolLevel.PRIMARY,
                SchoolOwnership.PUBLIC, false, false, false), List.of(UUID.randomUUID()));
    }

    private static CommunityOnDate community(String id, CommunityModel model, String coreCounty) {
        return new CommunityOnDate(id, "community " + id, model, coreCounty + "0099", coreCounty,
                List.of(UUID.randomUUID()));
    }

    private static MembershipOnDate member(String community, String school, LocalDate since) {
        return new MembershipOnDate(community, school, since, UUID.randomUUID());
    }

    private static SchoolFact fact(SchoolFact.Kind kind, LocalDate date, int version, SchoolClassification classification) {
        SchoolProfile profile = classification == null ? null : new SchoolProfile("s", classification,
                SchoolLevel.PRIMARY, SchoolOwnership.PUBLIC, false, false, false);
        return new SchoolFact(UUID.randomUUID(), "3301060002", date, version, kind,
                kind == SchoolFact.Kind.REGISTERED ? "330106" : null, profile);
    }
}
