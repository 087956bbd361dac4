package edu.community.assessment.application;

import edu.community.assessment.domain.AssessmentRound;
import edu.community.assessment.domain.AssessmentScheme;
import edu.community.contracts.assessment.AssessedCommunity;
import edu.community.contracts.assessment.RankEntry;
import edu.community.contracts.assessment.Reward;
import edu.community.contracts.assessment.RoundResult;
import java.time.LocalDate;
import java.util.List;

/**
 * A published round as a division's dashboard lists it: the latest version's ranking of the round's own division.
 *
 * @param schemeName null when the scheme cannot be read
 * @param versions   published versions; the ranking is the last one's
 */
public record PublishedRound(String roundId, String schemeId, String schemeName,
                             String division, int schoolYear, LocalDate cutOffDate, int versions, List<Place> ranking) {

    /** A place of the ranking, with the reward of the rank in yuan (0 beyond the rewarded ranks). */
    public record Place(int rank, String communityId, String communityName, double total,
                        long reward) {
    }

    static PublishedRound of(AssessmentRound round, AssessmentScheme scheme) {
        RoundResult latest = round.versions().get(round.versions().size() - 1).result();
        List<Place> ranking = latest.rankings().get(0).entries().stream()
                .map(entry -> place(round, latest, entry)).toList();
        return new PublishedRound(round.opened().roundId(), round.opened().schemeId(),
                scheme.exists() ? scheme.defined().name() : null, round.opened().division(),
                round.opened().schoolYear(), round.opened().cutOffDate(), round.versions().size(), ranking);
    }

    private static Place place(AssessmentRound round, RoundResult result, RankEntry entry) {
        String name = round.opened().communities().stream()
                .filter(community -> community.communityId().equals(entry.communityId()))
                .map(AssessedCommunity::name).findFirst().orElse(null);
        long reward = result.rewards().stream().filter(candidate -> candidate.communityId().equals(entry.communityId()))
                .mapToLong(Reward::yuan).sum();
        return new Place(entry.rank(), entry.communityId(), name, entry.total(), reward);
    }
}
