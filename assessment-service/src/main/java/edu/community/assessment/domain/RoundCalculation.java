package edu.community.assessment.domain;

import edu.community.contracts.assessment.AssessedCommunity;
import edu.community.contracts.assessment.AssessmentIndicatorKind;
import edu.community.contracts.assessment.AssessorScores;
import edu.community.contracts.assessment.CommunityResult;
import edu.community.contracts.assessment.IndicatorResult;
import edu.community.contracts.assessment.IndicatorScore;
import edu.community.contracts.assessment.MeasuredInput;
import edu.community.contracts.assessment.RankEntry;
import edu.community.contracts.assessment.Ranking;
import edu.community.contracts.assessment.ResultChange;
import edu.community.contracts.assessment.Reward;
import edu.community.contracts.assessment.RoundResult;
import edu.community.contracts.assessment.SchemeIndicator;
import edu.community.contracts.assessment.ScoringBand;
import edu.community.eventsourcing.security.Division;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * 评估计分与排名 — a round's results from its frozen inputs: each indicator's points (the band a measured value falls
 * in, or the mean of the assessors' scores), weighted, summed per community (捆绑考核: the community is one unit),
 * ranked per division with the tie rule, and the stepped rewards (阶梯式奖励) by rank in the round's division.
 */
public final class RoundCalculation {

    /** How equal totals are ordered; stated in the README and the API. */
    public static final String TIE_RULE = "higher total first; on equal totals the higher measured total, then the"
            + " higher scored total, then the community id in ascending order";

    private static final Comparator<CommunityResult> ORDER = Comparator
            .comparingDouble(CommunityResult::total).reversed()
            .thenComparing(Comparator.comparingDouble(CommunityResult::measuredTotal).reversed())
            .thenComparing(Comparator.comparingDouble(CommunityResult::scoredTotal).reversed())
            .thenComparing(CommunityResult::communityId);

    private RoundCalculation() {
    }

    /** One community's frozen inputs: its members on the cut-off date, its measured inputs and its scores. */
    public record Inputs(AssessedCommunity community, List<String> members, List<MeasuredInput> measured,
                         List<AssessorScores> scores) {
    }

    /** The results of a round over these inputs. */
    public static RoundResult compute(Division division, List<SchemeIndicator> indicators, List<Long> rewards,
                                      List<Inputs> inputs) {
        List<CommunityResult> communities = inputs.stream()
                .sorted(Comparator.comparing(in -> in.community().communityId()))
                .map(in -> result(indicators, in))
                .toList();
        List<Ranking> rankings = new ArrayList<>();
        for (Division scope : scopes(division, communities)) {
            rankings.add(ranking(scope, communities.stream()
                    .filter(community -> scope.covers(new Division(community.coreCounty())))
                    .sorted(ORDER).toList()));
        }
        List<Reward> rewarded = new ArrayList<>();
        for (RankEntry entry : rankings.get(0).entries()) {
            if (entry.rank() <= rewards.size()) {
                rewarded.add(new Reward(entry.rank(), entry.communityId(), rewards.get(entry.rank() - 1)));
            }
        }
        return new RoundResult(communities, rankings, rewarded, TIE_RULE);
    }

    /**
     * The results again from a version's frozen inputs alone: each measured value from its raw figures, the
     * scores as they were. Equal to the version's results whatever the report says now.
     */
    public static RoundResult recompute(Division division, List<SchemeIndicator> indicators, List<Long> rewards,
                                        RoundResult version) {
        Map<String, SchemeIndicator> byCode = indicators.stream()
                .collect(Collectors.toMap(SchemeIndicator::code, Function.identity()));
        List<Inputs> inputs = version.communities().stream().map(community -> new Inputs(
                new AssessedCommunity(community.communityId(), community.name(), community.coreSchool(),
                        community.coreCounty()),
                community.members(),
                community.measured().stream().map(measured -> new MeasuredInput(measured.code(),
                        Measures.value(byCode.get(measured.code()), measured.figures()), measured.figures())).toList(),
                community.scores())).toList();
        return compute(division, indicators, rewards, inputs);
    }

    private static CommunityResult result(List<SchemeIndicator> indicators, Inputs in) {
        Map<String, MeasuredInput> measured = in.measured().stream()
                .collect(Collectors.toMap(MeasuredInput::code, Function.identity()));
        List<IndicatorResult> results = new ArrayList<>();
        double measuredTotal = 0;
        double scoredTotal = 0;
        for (SchemeIndicator indicator : indicators) {
            Double value;
            double points;
            if (indicator.kind() == AssessmentIndicatorKind.MEASURED) {
                value = measured.get(indicator.code()).value();
                points = value == null ? 0 : pointsOf(indicator.bands(), value);
            } else {
                OptionalDouble mean = in.scores().stream()
                        .flatMap(assessor -> assessor.scores().stream())
                        .filter(score -> score.code().equals(indicator.code()))
                        .mapToDouble(IndicatorScore::score).average();
                value = mean.isPresent() ? rounded(mean.getAsDouble()) : null;
                points = value == null ? 0 : value;
            }
            double weighted = rounded(indicator.weight() * points / 100);
            results.add(new IndicatorResult(indicator.code(), value, points, weighted));
            if (indicator.kind() == AssessmentIndicatorKind.MEASURED) {
                measuredTotal += weighted;
            } else {
                scoredTotal += weighted;
            }
        }
        AssessedCommunity community = in.community();
        return new CommunityResult(community.communityId(), community.name(), community.coreSchool(),
                community.coreCounty(), in.members().stream().sorted().toList(), in.measured(), in.scores(), results,
                rounded(measuredTotal), rounded(scoredTotal), rounded(measuredTotal + scoredTotal));
    }

    /** The points of the band [from, to) the value falls in; 0 outside every band. */
    static int pointsOf(List<ScoringBand> bands, double value) {
        for (ScoringBand band : bands) {
            if (value >= band.from() && (band.to() == null || value < band.to())) {
                return band.points();
            }
        }
        return 0;
    }

    /** The round's division, then each city (under a province) and each county below it that has communities. */
    private static List<Division> scopes(Division division, List<CommunityResult> communities) {
        List<Division> scopes = new ArrayList<>(List.of(division));
        TreeSet<String> cities = new TreeSet<>();
        TreeSet<String> counties = new TreeSet<>();
        for (CommunityResult community : communities) {
            Division county = new Division(community.coreCounty());
            if (division.isProvince() && !county.isCity()) {
                cities.add(county.city().code());
            }
            if (!county.equals(division)) {
                counties.add(county.code());
            }
        }
        cities.forEach(city -> scopes.add(new Division(city)));
        counties.forEach(county -> scopes.add(new Division(county)));
        return scopes;
    }

    private static Ranking ranking(Division scope, List<CommunityResult> ordered) {
        List<RankEntry> entries = new ArrayList<>();
        for (int i = 0; i < ordered.size(); i++) {
            CommunityResult community = ordered.get(i);
            String brokenBy = null;
            if (i > 0 && ordered.get(i - 1).total() == community.total()) {
                brokenBy = separating(ordered.get(i - 1), community);
            } else if (i + 1 < ordered.size() && ordered.get(i + 1).total() == community.total()) {
                brokenBy = separating(community, ordered.get(i + 1));
            }
            entries.add(new RankEntry(i + 1, community.communityId(), community.total(), brokenBy));
        }
        String level = scope.isProvince() ? "province" : scope.isCity() ? "city" : "county";
        return new Ranking(scope.code(), level, entries);
    }

    private static String separating(CommunityResult higher, CommunityResult lower) {
        if (higher.measuredTotal() != lower.measuredTotal()) {
            return "measuredTotal";
        }
        return higher.scoredTotal() != lower.scoredTotal() ? "scoredTotal" : "communityId";
    }

    /** What changed from one version's results to the next: members, measured values, totals, ranks, rewards. */
    public static List<ResultChange> changes(RoundResult before, RoundResult after) {
        Map<String, CommunityResult> was = byId(before);
        Map<String, CommunityResult> is = byId(after);
        TreeSet<String> ids = new TreeSet<>(was.keySet());
        ids.addAll(is.keySet());
        List<ResultChange> changes = new ArrayList<>();
        for (String id : ids) {
            CommunityResult old = was.get(id);
            CommunityResult now = is.get(id);
            if (old == null || now == null) {
                changes.add(new ResultChange(id, "assessed", String.valueOf(old != null), String.valueOf(now != null)));
                continue;
            }
            change(changes, id, "members", String.join(",", old.members()), String.join(",", now.members()));
            Map<String, MeasuredInput> oldMeasured = old.measured().stream()
                    .collect(Collectors.toMap(MeasuredInput::code, Function.identity()));
            for (MeasuredInput measured : now.measured()) {
                MeasuredInput previous = oldMeasured.get(measured.code());
                change(changes, id, "measured." + measured.code(),
                        text(previous == null ? null : previous.value()), text(measured.value()));
            }
            change(changes, id, "total", text(old.total()), text(now.total()));
            change(changes, id, "rank", rankOf(before, id), rankOf(after, id));
            change(changes, id, "reward", rewardOf(before, id), rewardOf(after, id));
        }
        return changes;
    }

    private static void change(List<ResultChange> changes, String id, String item, String before, String after) {
        if (!Objects.equals(before, after)) {
            changes.add(new ResultChange(id, item, before, after));
        }
    }

    private static Map<String, CommunityResult> byId(RoundResult result) {
        Map<String, CommunityResult> byId = new LinkedHashMap<>();
        result.communities().forEach(community -> byId.put(community.communityId(), community));
        return byId;
    }

    private static String rankOf(RoundResult result, String id) {
        return result.rankings().get(0).entries().stream().filter(entry -> entry.communityId().equals(id))
                .map(entry -> String.valueOf(entry.rank())).findFirst().orElse("none");
    }

    private static String rewardOf(RoundResult result, String id) {
        return result.rewards().stream().filter(reward -> reward.communityId().equals(id))
                .map(reward -> String.valueOf(reward.yuan())).findFirst().orElse("0");
    }

    private static String text(Double value) {
        return value == null ? "none" : BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    /** Rounded to 2 decimals, half up, so that totals compare as they are shown. */
    static double rounded(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).doubleValue();
    }
}
