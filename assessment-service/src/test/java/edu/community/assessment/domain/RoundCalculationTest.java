package edu.community.assessment.domain;

import static edu.community.assessment.domain.Schemes.community;
import static org.junit.jupiter.api.Assertions.assertEquals;

import edu.community.contracts.assessment.AssessedCommunity;
import edu.community.contracts.assessment.AssessorScores;
import edu.community.contracts.assessment.IndicatorScore;
import edu.community.contracts.assessment.InputFigure;
import edu.community.contracts.assessment.MeasuredInput;
import edu.community.contracts.assessment.RankEntry;
import edu.community.contracts.assessment.Reward;
import edu.community.contracts.assessment.RoundResult;
import edu.community.eventsourcing.security.Division;
import java.util.List;
import org.junit.jupiter.api.Test;

class RoundCalculationTest {

    static final List<Long> ZHENGDONG = List.of(1_000_000L, 500_000L, 300_000L);

    @Test
    void a_measured_value_earns_the_points_of_the_band_it_falls_in() {
        var bands = Schemes.huzhou().get(0).bands();
        assertEquals(0, RoundCalculation.pointsOf(bands, 1.9));
        assertEquals(50, RoundCalculation.pointsOf(bands, 2));
        assertEquals(100, RoundCalculation.pointsOf(bands, 3));
        assertEquals(100, RoundCalculation.pointsOf(bands, 30), "the last band is open");
        assertEquals(0, RoundCalculation.pointsOf(List.of(Schemes.band(1, 2, 100)), 0.5), "outside every band: 0");
    }

    @Test
    void a_community_scores_weight_times_points_and_the_mean_of_its_assessors() {
        var result = compute(new Division("330500"), inputs(community("k1", "3305020001", "330502"), 3, 1, 80, 85));
        var k1 = result.communities().get(0);
        assertEquals(List.of(40.0, 10.0, 41.25), k1.indicators().stream().map(i -> i.weighted()).toList());
        assertEquals(82.5, k1.indicators().get(2).value(), "the mean of 80 and 85");
        assertEquals(50.0, k1.measuredTotal());
        assertEquals(41.25, k1.scoredTotal());
        assertEquals(91.25, k1.total());
    }

    @Test
    void ties_go_to_the_higher_measured_total_then_the_higher_scored_total_then_the_community_id() {
        // b: 40 measured + 40 scored = 80; a: 50 + 30 = 80 → a first (measured); c and d equal in everything → c first.
        var a = inputs(community("d-a", "3305020001", "330502"), 3, 1, 60);
        var b = inputs(community("c-b", "3305020002", "330502"), 3, 0, 80);
        var c = inputs(community("b-c", "3305220001", "330522"), 2, 0, 60);
        var d = inputs(community("a-d", "3305220002", "330522"), 2, 0, 60);
        var ranking = compute(new Division("330500"), a, b, c, d).rankings().get(0).entries();
        assertEquals(List.of(
                new RankEntry(1, "d-a", 80, "measuredTotal"),
                new RankEntry(2, "c-b", 80, "measuredTotal"),
                new RankEntry(3, "a-d", 50, "communityId"),
                new RankEntry(4, "b-c", 50, "communityId")), ranking);
    }

    @Test
    void equal_measured_totals_fall_to_the_scored_total_which_then_decides_nothing_else() {
        var a = inputs(community("a", "3305020001", "330502"), 3, 0, 60);
        var b = inputs(community("b", "3305020002", "330502"), 2, 1, 60);
        // a: 40 + 0 = 40 measured, b: 20 + 10 = 30; make totals equal with scores: a 60 → 30, b 80 → 40: 70 both.
        var bScored = inputs(community("b", "3305020002", "330502"), 2, 1, 80);
        var ranking = compute(new Division("330502"), a, bScored).rankings().get(0).entries();
        assertEquals("measuredTotal", ranking.get(0).tieBrokenBy());
        assertEquals("a", ranking.get(0).communityId());
        assertEquals(null, compute(new Division("330502"), a, b).rankings().get(0).entries().get(0).tieBrokenBy(),
                "no tie, nothing to break");
    }

    @Test
    void rankings_cover_the_division_then_each_city_and_county_below_it() {
        var result = compute(new Division("330000"),
                inputs(community("k1", "3305020001", "330502"), 3, 1, 90),
                inputs(community("k2", "3305220001", "330522"), 2, 0, 90),
                inputs(community("k3", "3307020001", "330702"), 3, 0, 70));
        assertEquals(List.of("330000", "330500", "330700", "330502", "330522", "330702"),
                result.rankings().stream().map(r -> r.division()).toList());
        assertEquals(List.of("province", "city", "city", "county", "county", "county"),
                result.rankings().stream().map(r -> r.level()).toList());
        assertEquals(List.of("k1", "k3", "k2"), ids(result, 0));
        assertEquals(List.of("k1", "k2"), ids(result, 1));
        assertEquals(List.of("k3"), ids(result, 2));
    }

    @Test
    void the_top_ranks_of_the_division_earn_the_stepped_rewards() {
        var result = compute(new Division("330500"),
                inputs(community("k1", "3305020001", "330502"), 3, 1, 90),
                inputs(community("k2", "3305220001", "330522"), 2, 0, 90),
                inputs(community("k3", "3305220002", "330522"), 3, 0, 70),
                inputs(community("k4", "3305220003", "330522"), 0, 0, 10));
        assertEquals(List.of(new Reward(1, "k1", 1_000_000), new Reward(2, "k3", 500_000), new Reward(3, "k2", 300_000)),
                result.rewards(), "the fourth earns nothing");
    }

    @Test
    void recomputing_from_frozen_figures_gives_the_same_results() {
        var result = compute(new Division("330500"), inputs(community("k1", "3305020001", "330502"), 3, 1, 90),
                inputs(community("k2", "3305220001", "330522"), 2, 0, 90));
        assertEquals(result, RoundCalculation.recompute(new Division("330500"), Schemes.huzhou(), ZHENGDONG, result));
    }

    private static List<String> ids(RoundResult result, int ranking) {
        return result.rankings().get(ranking).entries().stream().map(RankEntry::communityId).toList();
    }

    private static RoundResult compute(Division division, RoundCalculation.Inputs... inputs) {
        return RoundCalculation.compute(division, Schemes.huzhou(), ZHENGDONG, List.of(inputs));
    }

    /** A community with these members and postings started, scored on teaching by one assessor per score. */
    private static RoundCalculation.Inputs inputs(AssessedCommunity community, int members, int postings,
                                                  double... teaching) {
        String unit = "community/" + community.communityId();
        List<AssessorScores> scores = new java.util.ArrayList<>();
        for (int i = 0; i < teaching.length; i++) {
            scores.add(new AssessorScores("a" + i, List.of(new IndicatorScore("teaching", teaching[i])), "c"));
        }
        return new RoundCalculation.Inputs(community, List.of(),
                List.of(new MeasuredInput("coverage", (double) members, List.of(new InputFigure(unit, "members", members))),
                        new MeasuredInput("postings", (double) postings,
                                List.of(new InputFigure(unit, "postings.started", postings)))),
                scores);
    }
}
