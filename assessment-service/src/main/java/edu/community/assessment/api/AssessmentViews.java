package edu.community.assessment.api;

import edu.community.assessment.domain.AssessmentRound;
import edu.community.assessment.domain.AssessmentScheme;
import edu.community.assessment.domain.RoundCalculation;
import edu.community.assessment.projection.AssessmentResultsRegister;
import edu.community.contracts.assessment.AssessedCommunity;
import edu.community.contracts.assessment.CommunityScored;
import edu.community.contracts.assessment.RoundResult;
import edu.community.contracts.assessment.SchemeIndicator;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answers of community assessment. */
final class AssessmentViews {

    private AssessmentViews() {
    }

    @Schema(name = "AssessmentScheme", description = "评估方案 — a scheme; ETag is its stream version")
    record SchemeView(String schemeId, String name, String division, int schoolYear, List<SchemeIndicator> indicators,
                      @Schema(description = "Stepped rewards in yuan by rank") List<Long> rewards, int version) {

        static SchemeView of(AssessmentScheme scheme, int version) {
            var defined = scheme.defined();
            return new SchemeView(defined.schemeId(), defined.name(), defined.division(), defined.schoolYear(),
                    defined.indicators(), defined.rewards(), version);
        }
    }

    @Schema(name = "AssessmentRound", description = "评估轮次 — a round: OPEN, SCORED or PUBLISHED; ETag is its stream version")
    record RoundView(String roundId, String schemeId, String division, int schoolYear, LocalDate cutOffDate,
                     String status, List<SchemeIndicator> indicators, List<Long> rewards,
                     List<AssessedCommunity> communities, List<String> assessors, List<CommunityScored> scores,
                     @Schema(description = "How many published versions there are") int versions,
                     @Schema(description = "The latest published version's results, when published") RoundResult latest,
                     String tieRule, int version) {

        static RoundView of(AssessmentRound round, int version) {
            var opened = round.opened();
            List<CommunityScored> scores = round.scores().values().stream()
                    .flatMap(byAssessor -> byAssessor.values().stream()).toList();
            return new RoundView(opened.roundId(), opened.schemeId(), opened.division(), opened.schoolYear(),
                    opened.cutOffDate(), round.status().name(), opened.indicators(), opened.rewards(),
                    opened.communities(), List.copyOf(round.assessors()), scores, round.versions().size(),
                    round.versions().isEmpty() ? null : round.versions().get(round.versions().size() - 1).result(),
                    RoundCalculation.TIE_RULE, version);
        }
    }

    @Schema(name = "SchoolAssessment", description = "捆绑考核 — with which community a school was assessed in a round")
    record SchoolResultView(String roundId, int version, String communityId,
                            @Schema(description = "CORE or MEMBER") String role, String division, int schoolYear,
                            LocalDate cutOffDate, double communityTotal, int communityRank, long communityReward) {

        static SchoolResultView of(AssessmentResultsRegister.SchoolResult result) {
            return new SchoolResultView(result.roundId(), result.version(), result.communityId(), result.role(),
                    result.division(), result.schoolYear(), result.cutOffDate(), result.total(), result.rank(),
                    result.reward());
        }
    }
}
