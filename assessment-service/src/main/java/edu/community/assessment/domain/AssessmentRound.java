package edu.community.assessment.domain;

import edu.community.contracts.assessment.AssessedCommunity;
import edu.community.contracts.assessment.AssessmentIndicatorKind;
import edu.community.contracts.assessment.AssessmentRoundCorrected;
import edu.community.contracts.assessment.AssessmentRoundOpened;
import edu.community.contracts.assessment.AssessmentRoundPublished;
import edu.community.contracts.assessment.AssessorScores;
import edu.community.contracts.assessment.AssessorsAssigned;
import edu.community.contracts.assessment.CommunityScored;
import edu.community.contracts.assessment.IndicatorScore;
import edu.community.contracts.assessment.ResultChange;
import edu.community.contracts.assessment.RoundResult;
import edu.community.contracts.assessment.RoundScoringClosed;
import edu.community.contracts.assessment.SchemeIndicator;
import edu.community.eventsourcing.command.EventStream;
import edu.community.eventsourcing.domain.RuleViolation;
import edu.community.eventsourcing.security.Division;
import edu.community.eventsourcing.store.StreamId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * 评估轮次 — a round of community assessment (教共体评估): opened under a scheme within a division with a cut-off
 * date, scored by assigned assessors, closed (scored), published with every input frozen, and corrected as new
 * versions. Each community is assessed as one unit (评估捆绑).
 *
 * @param opened    the opening; null before
 * @param status    where the round stands
 * @param assessors token subjects of the assigned assessors
 * @param scores    per community, each assessor's latest scores
 * @param versions  the published results, version 1 first
 */
public record AssessmentRound(AssessmentRoundOpened opened, Status status, Set<String> assessors,
                              Map<String, Map<String, CommunityScored>> scores, List<RoundVersion> versions) {

    /** Open → scored → published. */
    public enum Status {
        NONE,
        OPEN,
        SCORED,
        PUBLISHED
    }

    public static final AssessmentRound NONE = new AssessmentRound(null, Status.NONE, Set.of(), Map.of(), List.of());

    public static EventStream<AssessmentRound> stream(String roundId) {
        return new EventStream<>(StreamId.of("assessment-round", roundId), NONE, AssessmentRound::apply);
    }

    public Division division() {
        return new Division(opened.division());
    }

    /**
     * The round, when it was opened.
     *
     * @throws RuleViolation {@code round.unknown} (404)
     */
    public AssessmentRound requireOpened(String roundId) {
        if (status == Status.NONE) {
            throw RuleViolation.notFound("round.unknown", "no round " + roundId, Map.of("roundId", roundId));
        }
        return this;
    }

    /**
     * Opens the round under {@code scheme} with the communities the report gives for its division on the cut-off
     * date; {@code rewards} replace the scheme's when given.
     *
     * @throws RuleViolation {@code round.already-opened}, {@code round.scheme-unknown},
     *                       {@code round.outside-scheme-division}, {@code round.cut-off-outside-school-year},
     *                       {@code round.no-communities}, {@code rewards.not-stepped}
     */
    public List<AssessmentRoundOpened> open(String roundId, AssessmentScheme scheme, String schemeId, Division division,
                                            LocalDate cutOffDate, List<Long> rewards,
                                            List<AssessedCommunity> communities) {
        if (status != Status.NONE) {
            throw RuleViolation.conflict("round.already-opened", "round " + roundId + " is open already",
                    Map.of("roundId", roundId));
        }
        if (!scheme.exists()) {
            throw RuleViolation.of("round.scheme-unknown", "no scheme " + schemeId,
                    Map.of("field", "schemeId", "schemeId", schemeId));
        }
        if (!new Division(scheme.defined().division()).covers(division)) {
            throw RuleViolation.of("round.outside-scheme-division", "the round's division " + division
                    + " is not within the scheme's " + scheme.defined().division(), Map.of("field", "division"));
        }
        SchoolYear year = new SchoolYear(scheme.defined().schoolYear());
        if (!year.contains(cutOffDate)) {
            throw RuleViolation.of("round.cut-off-outside-school-year", "cut-off date " + cutOffDate
                    + " is not in the scheme's school year " + year, Map.of("field", "cutOffDate"));
        }
        if (communities.isEmpty()) {
            throw RuleViolation.of("round.no-communities", "no community of " + division + " was active on "
                    + cutOffDate, Map.of("field", "division"));
        }
        List<Long> stepped = rewards == null ? scheme.defined().rewards() : rewards;
        AssessmentScheme.requireStepped(stepped);
        return List.of(new AssessmentRoundOpened(roundId, schemeId, division.code(), year.startYear(), cutOffDate,
                scheme.defined().indicators(), stepped, communities));
    }

    /**
     * Assigns assessors by token subject; those already assigned are left as they are.
     *
     * @throws RuleViolation {@code round.not-open}
     */
    public List<AssessorsAssigned> assign(List<String> subjects) {
        requireStatus(Status.OPEN, "round.not-open");
        List<String> added = subjects.stream().distinct().filter(subject -> !assessors.contains(subject)).toList();
        return added.isEmpty() ? List.of() : List.of(new AssessorsAssigned(opened.roundId(), added));
    }

    /**
     * An assessor's scores of one community: every scored indicator once, 0 to 100. Scoring the same again writes
     * nothing; other scores replace the assessor's earlier ones.
     *
     * @throws RuleViolation {@code round.not-open}, {@code round.assessor-not-assigned},
     *                       {@code round.community-not-assessed}, {@code round.conflict-of-interest} (the core
     *                       school's county lies within the assessor's division), {@code round.scores-incomplete},
     *                       {@code round.score-out-of-range}
     */
    public List<CommunityScored> score(String assessor, Division assessorDivision, String communityId,
                                       List<IndicatorScore> given, String comment) {
        requireStatus(Status.OPEN, "round.not-open");
        if (!assessors.contains(assessor)) {
            throw RuleViolation.of("round.assessor-not-assigned", "the caller is not an assessor of round "
                    + opened.roundId(), Map.of("roundId", opened.roundId()));
        }
        AssessedCommunity community = opened.communities().stream()
                .filter(candidate -> candidate.communityId().equals(communityId)).findFirst()
                .orElseThrow(() -> RuleViolation.of("round.community-not-assessed", "community " + communityId
                        + " is not assessed in round " + opened.roundId(), Map.of("communityId", communityId)));
        if (assessorDivision.covers(new Division(community.coreCounty()))) {
            throw RuleViolation.of("round.conflict-of-interest", "the core school of " + communityId + " lies in "
                            + community.coreCounty() + ", within the assessor's division " + assessorDivision,
                    Map.of("communityId", communityId, "coreCounty", community.coreCounty()));
        }
        Set<String> scored = opened.indicators().stream()
                .filter(indicator -> indicator.kind() == AssessmentIndicatorKind.SCORED)
                .map(SchemeIndicator::code).collect(Collectors.toCollection(LinkedHashSet::new));
        Set<String> named = given.stream().map(IndicatorScore::code).collect(Collectors.toSet());
        if (named.size() != given.size() || !named.equals(scored)) {
            throw RuleViolation.of("round.scores-incomplete", "score each scored indicator once: " + scored,
                    Map.of("field", "scores", "indicators", List.copyOf(scored)));
        }
        for (IndicatorScore score : given) {
            if (!(score.score() >= 0 && score.score() <= 100)) {
                throw RuleViolation.of("round.score-out-of-range", "score of " + score.code() + " must be 0 to 100",
                        Map.of("field", "scores", "code", score.code()));
            }
        }
        List<IndicatorScore> ordered = given.stream()
                .sorted((a, b) -> a.code().compareTo(b.code())).toList();
        CommunityScored event = new CommunityScored(opened.roundId(), communityId, assessor, ordered, comment);
        CommunityScored earlier = scores.getOrDefault(communityId, Map.of()).get(assessor);
        return event.equals(earlier) ? List.of() : List.of(event);
    }

    /**
     * Closes scoring: the round is scored.
     *
     * @throws RuleViolation {@code round.not-open}, {@code round.scores-missing} (a community no assessor scored,
     *                       when the scheme has scored indicators)
     */
    public List<RoundScoringClosed> closeScoring(String note) {
        requireStatus(Status.OPEN, "round.not-open");
        boolean scoredIndicators = opened.indicators().stream()
                .anyMatch(indicator -> indicator.kind() == AssessmentIndicatorKind.SCORED);
        List<String> missing = opened.communities().stream().map(AssessedCommunity::communityId)
                .filter(id -> scoredIndicators && scores.getOrDefault(id, Map.of()).isEmpty()).toList();
        if (!missing.isEmpty()) {
            throw RuleViolation.of("round.scores-missing", "no assessor scored " + missing,
                    Map.of("communities", missing));
        }
        return List.of(new RoundScoringClosed(opened.roundId(), note));
    }

    /**
     * Publishes version 1: every measured input read from {@code facts} (the report as of the cut-off date), every
     * score, the results, rankings and rewards.
     *
     * @throws RuleViolation {@code round.not-scored}
     */
    public List<AssessmentRoundPublished> publish(String note, Measures.Facts facts) {
        requireStatus(Status.SCORED, "round.not-scored");
        return List.of(new AssessmentRoundPublished(opened.roundId(), 1, opened.cutOffDate(), note, results(facts)));
    }

    /**
     * A correction: the next version, recomputed from the report as of the cut-off date now and the same scores,
     * listing what changed and why.
     *
     * @throws RuleViolation {@code round.not-published}, {@code round.correction-needs-reason},
     *                       {@code round.correction-changes-nothing}
     */
    public List<AssessmentRoundCorrected> correct(String reason, Measures.Facts facts) {
        requireStatus(Status.PUBLISHED, "round.not-published");
        if (reason == null || reason.isBlank()) {
            throw RuleViolation.of("round.correction-needs-reason", "a correction says why",
                    Map.of("field", "reason"));
        }
        RoundResult latest = versions.get(versions.size() - 1).result();
        RoundResult result = results(facts);
        List<ResultChange> changes = RoundCalculation.changes(latest, result);
        if (changes.isEmpty()) {
            throw RuleViolation.of("round.correction-changes-nothing", "recomputed as of " + opened.cutOffDate()
                    + ", round " + opened.roundId() + " is as version " + versions.size() + " says",
                    Map.of("version", versions.size()));
        }
        return List.of(new AssessmentRoundCorrected(opened.roundId(), versions.size() + 1, opened.cutOffDate(),
                reason, changes, result));
    }

    /** Version {@code version}'s results recomputed from its frozen inputs alone. */
    public RoundResult recomputed(int version) {
        return RoundCalculation.recompute(division(), opened.indicators(), opened.rewards(),
                versions.get(version - 1).result());
    }

    private RoundResult results(Measures.Facts facts) {
        List<RoundCalculation.Inputs> inputs = new ArrayList<>();
        for (AssessedCommunity community : opened.communities()) {
            List<String> members = facts.membersOf(community.communityId());
            List<AssessorScores> given = scores.getOrDefault(community.communityId(), Map.of()).values().stream()
                    .map(scored -> new AssessorScores(scored.assessor(), scored.scores(), scored.comment()))
                    .toList();
            inputs.add(new RoundCalculation.Inputs(community, members,
                    Measures.measure(opened.indicators(), community, members, facts), given));
        }
        return RoundCalculation.compute(division(), opened.indicators(), opened.rewards(), inputs);
    }

    private void requireStatus(Status required, String rule) {
        if (status != required) {
            throw RuleViolation.conflict(rule, "round " + (opened == null ? "" : opened.roundId()) + " is "
                    + status + ", not " + required, Map.of("status", status.name()));
        }
    }

    public AssessmentRound apply(Record event) {
        if (event instanceof AssessmentRoundOpened e) {
            return new AssessmentRound(e, Status.OPEN, Set.of(), Map.of(), List.of());
        }
        if (event instanceof AssessorsAssigned e) {
            Set<String> all = new LinkedHashSet<>(assessors);
            all.addAll(e.assessors());
            return new AssessmentRound(opened, status, all, scores, versions);
        }
        if (event instanceof CommunityScored e) {
            Map<String, Map<String, CommunityScored>> all = new TreeMap<>(scores);
            Map<String, CommunityScored> ofCommunity = new TreeMap<>(all.getOrDefault(e.communityId(), Map.of()));
            ofCommunity.put(e.assessor(), e);
            all.put(e.communityId(), ofCommunity);
            return new AssessmentRound(opened, status, assessors, all, versions);
        }
        if (event instanceof RoundScoringClosed) {
            return new AssessmentRound(opened, Status.SCORED, assessors, scores, versions);
        }
        if (event instanceof AssessmentRoundPublished e) {
            return new AssessmentRound(opened, Status.PUBLISHED, assessors, scores,
                    List.of(new RoundVersion(1, e.note(), List.of(), e.result())));
        }
        if (event instanceof AssessmentRoundCorrected e) {
            List<RoundVersion> all = new ArrayList<>(versions);
            all.add(new RoundVersion(e.version(), e.reason(), e.changes(), e.result()));
            return new AssessmentRound(opened, status, assessors, scores, all);
        }
        return this;
    }
}
