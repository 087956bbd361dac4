package edu.community.assessment.domain;

import static edu.community.assessment.domain.Schemes.community;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.community.contracts.assessment.AssessedCommunity;
import edu.community.contracts.assessment.AssessmentRoundCorrected;
import edu.community.contracts.assessment.AssessmentRoundPublished;
import edu.community.contracts.assessment.IndicatorScore;
import edu.community.contracts.assessment.ResultChange;
import edu.community.eventsourcing.domain.RuleViolation;
import edu.community.eventsourcing.security.Division;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class AssessmentRoundTest {

    static final String ROUND = "round-1";
    static final AssessedCommunity K1 = community("k1", "3305020001", "330502");
    static final AssessedCommunity K2 = community("k2", "3305220001", "330522");
    static final Division HUZHOU = new Division("330500");
    static final Division JINHUA = new Division("330700");
    static final LocalDate CUT_OFF = LocalDate.of(2026, 6, 30);

    @Test
    void a_round_opens_under_a_scheme_with_its_indicators_and_rewards() {
        var opened = AssessmentRound.NONE.open(ROUND, Schemes.defined(), Schemes.SCHEME, HUZHOU, CUT_OFF, null,
                List.of(K1, K2)).get(0);
        assertEquals(Schemes.huzhou(), opened.indicators());
        assertEquals(List.of(1_000_000L, 500_000L, 300_000L), opened.rewards());
        assertEquals(2025, opened.schoolYear());
        var ownRewards = AssessmentRound.NONE.open(ROUND, Schemes.defined(), Schemes.SCHEME, HUZHOU, CUT_OFF,
                List.of(200L, 100L), List.of(K1)).get(0);
        assertEquals(List.of(200L, 100L), ownRewards.rewards(), "a round may set its own rewards");
    }

    @Test
    void opening_is_refused_when_a_rule_is_broken() {
        var scheme = Schemes.defined();
        assertEquals("round.scheme-unknown", refused(() -> AssessmentRound.NONE.open(ROUND, AssessmentScheme.NONE,
                "none", HUZHOU, CUT_OFF, null, List.of(K1))));
        assertEquals("round.outside-scheme-division", refused(() -> AssessmentRound.NONE.open(ROUND, scheme,
                Schemes.SCHEME, JINHUA, CUT_OFF, null, List.of(K1))));
        assertEquals("round.cut-off-outside-school-year", refused(() -> AssessmentRound.NONE.open(ROUND, scheme,
                Schemes.SCHEME, HUZHOU, LocalDate.of(2026, 9, 1), null, List.of(K1))));
        assertEquals("round.no-communities", refused(() -> AssessmentRound.NONE.open(ROUND, scheme, Schemes.SCHEME,
                HUZHOU, CUT_OFF, null, List.of())));
        assertEquals("rewards.not-stepped", refused(() -> AssessmentRound.NONE.open(ROUND, scheme, Schemes.SCHEME,
                HUZHOU, CUT_OFF, List.of(1L, 2L), List.of(K1))));
        assertEquals("round.already-opened", refused(() -> opened().open(ROUND, scheme, Schemes.SCHEME, HUZHOU,
                CUT_OFF, null, List.of(K1))));
    }

    @Test
    void assessors_are_assigned_once() {
        var round = opened();
        assertEquals(List.of(), round.assign(List.of("a1")), "a1 is assigned already");
        assertEquals(List.of("a3"), round.assign(List.of("a1", "a3", "a3")).get(0).assessors());
    }

    @Test
    void only_assigned_assessors_score() {
        assertEquals("round.assessor-not-assigned", refused(() -> opened().score("a9", JINHUA, "k1", teaching(80), "c")));
    }

    @Test
    void an_assessor_never_scores_a_community_whose_core_school_lies_in_their_division() {
        var round = opened();
        assertEquals("round.conflict-of-interest", refused(() -> round.score("a2", new Division("330502"), "k1",
                teaching(80), "c")));
        assertEquals("round.conflict-of-interest", refused(() -> round.score("a2", HUZHOU, "k2", teaching(80), "c")),
                "a city covers its counties");
        assertEquals("round.conflict-of-interest", refused(() -> round.score("a2", new Division("330000"), "k2",
                teaching(80), "c")));
        assertEquals(1, round.score("a2", new Division("330502"), "k2", teaching(80), "c").size(),
                "another county is no conflict");
    }

    @Test
    void scores_cover_every_scored_indicator_once_within_0_to_100() {
        var round = opened();
        assertEquals("round.community-not-assessed", refused(() -> round.score("a1", JINHUA, "k9", teaching(80), "c")));
        assertEquals("round.scores-incomplete", refused(() -> round.score("a1", JINHUA, "k1", List.of(), "c")));
        assertEquals("round.scores-incomplete", refused(() -> round.score("a1", JINHUA, "k1",
                List.of(new IndicatorScore("coverage", 80)), "c")));
        assertEquals("round.scores-incomplete", refused(() -> round.score("a1", JINHUA, "k1",
                List.of(new IndicatorScore("teaching", 80), new IndicatorScore("teaching", 70)), "c")));
        assertEquals("round.score-out-of-range", refused(() -> round.score("a1", JINHUA, "k1", teaching(100.5), "c")));
        assertEquals("round.score-out-of-range", refused(() -> round.score("a1", JINHUA, "k1", teaching(-1), "c")));
    }

    @Test
    void the_same_score_again_writes_nothing_and_another_replaces_it() {
        var round = apply(opened(), opened().score("a1", JINHUA, "k1", teaching(80), "c"));
        assertEquals(List.of(), round.score("a1", JINHUA, "k1", teaching(80), "c"));
        var replaced = apply(round, round.score("a1", JINHUA, "k1", teaching(70), "c"));
        assertEquals(70.0, replaced.scores().get("k1").get("a1").scores().get(0).score());
    }

    @Test
    void scoring_closes_when_every_community_is_scored_and_then_takes_no_score() {
        var round = apply(opened(), opened().score("a1", JINHUA, "k1", teaching(80), "c"));
        var missing = assertThrows(RuleViolation.class, () -> round.closeScoring("n"));
        assertEquals("round.scores-missing", missing.rule());
        assertEquals(List.of("k2"), missing.details().get("communities"));
        var closed = scored();
        assertEquals(AssessmentRound.Status.SCORED, closed.status());
        assertEquals("round.not-open", refused(() -> closed.score("a1", JINHUA, "k1", teaching(90), "c")));
        assertEquals("round.not-open", refused(() -> closed.assign(List.of("a5"))));
        assertEquals("round.not-open", refused(() -> closed.closeScoring("n")));
    }

    @Test
    void only_a_scored_round_is_published_and_only_a_published_one_corrected() {
        assertEquals("round.not-scored", refused(() -> opened().publish("n", facts(2, 2))));
        assertEquals("round.not-published", refused(() -> scored().correct("why", facts(2, 2))));
    }

    @Test
    void publication_freezes_inputs_and_a_correction_lists_what_changed_and_why() {
        var round = scored();
        AssessmentRoundPublished published = round.publish("Huzhou 2025", facts(2, 2)).get(0);
        assertEquals(1, published.version());
        var result = published.result();
        assertEquals(List.of("k1", "k2"), result.rankings().get(0).entries().stream().map(e -> e.communityId()).toList(),
                "equal totals, equal measured and scored totals: the community id decides");
        var afterPublication = round.apply(published);
        assertEquals(result, afterPublication.recomputed(1), "recomputed from the frozen inputs");

        assertEquals("round.correction-needs-reason", refused(() -> afterPublication.correct(" ", facts(2, 3))));
        assertEquals("round.correction-changes-nothing", refused(() -> afterPublication.correct("why", facts(2, 2))));

        AssessmentRoundCorrected corrected = afterPublication.correct("a member recorded late", facts(2, 3)).get(0);
        assertEquals(2, corrected.version());
        assertTrue(corrected.changes().contains(new ResultChange("k2", "measured.coverage", "2", "3")),
                corrected.changes().toString());
        assertTrue(corrected.changes().contains(new ResultChange("k2", "rank", "2", "1")));
        assertTrue(corrected.changes().contains(new ResultChange("k1", "reward", "1000000", "500000")));
        var twice = afterPublication.apply(corrected);
        assertEquals(2, twice.versions().size());
        assertEquals(result, twice.versions().get(0).result(), "version 1 stays as it was");
        assertEquals("a member recorded late", twice.versions().get(1).reason());
        assertEquals(corrected.result(), twice.recomputed(2));
    }

    /** The report as of the cut-off date: k1 and k2 with these many members. */
    static Measures.Facts facts(int k1Members, int k2Members) {
        Map<String, java.util.SortedMap<String, Long>> figures = new TreeMap<>();
        figures.put("community/k1", new TreeMap<>(Map.of("members", (long) k1Members)));
        figures.put("community/k2", new TreeMap<>(Map.of("members", (long) k2Members)));
        return new Measures.Facts(figures, Map.of("k1", members("3305020", k1Members), "k2", members("3305220", k2Members)),
                Map.of());
    }

    private static List<String> members(String prefix, int count) {
        return java.util.stream.IntStream.rangeClosed(2, count + 1).mapToObj(i -> prefix + "00" + i).toList();
    }

    static List<IndicatorScore> teaching(double score) {
        return List.of(new IndicatorScore("teaching", score));
    }

    /** Opened in Huzhou over k1 and k2, assessors a1 (Jinhua) and a2 (Wuxing) assigned. */
    static AssessmentRound opened() {
        var round = apply(AssessmentRound.NONE, AssessmentRound.NONE.open(ROUND, Schemes.defined(), Schemes.SCHEME,
                HUZHOU, CUT_OFF, null, List.of(K1, K2)));
        return apply(round, round.assign(List.of("a1", "a2")));
    }

    /** Both communities scored 80 by a1; scoring closed. */
    static AssessmentRound scored() {
        var round = opened();
        round = apply(round, round.score("a1", JINHUA, "k1", teaching(80), "c"));
        round = apply(round, round.score("a1", JINHUA, "k2", teaching(80), "c"));
        return apply(round, round.closeScoring("all scored"));
    }

    static AssessmentRound apply(AssessmentRound round, List<? extends Record> events) {
        for (Record event : events) {
            round = round.apply(event);
        }
        return round;
    }

    private static String refused(Supplier<?> decision) {
        return assertThrows(RuleViolation.class, decision::get).rule();
    }

    private static String refused(Supplier<?> decision, String message) {
        return assertThrows(RuleViolation.class, decision::get, message).rule();
    }
}
