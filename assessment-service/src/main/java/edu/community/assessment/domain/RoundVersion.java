package edu.community.assessment.domain;

import edu.community.contracts.assessment.ResultChange;
import edu.community.contracts.assessment.RoundResult;
import java.util.List;

/**
 * 版本 — one published version of a round's results: version 1 as published, later ones as corrections with
 * their reason and what they changed.
 *
 * @param reason the note of the publication, or why the round was corrected
 * @param changes what changed against the previous version; none for version 1
 */
public record RoundVersion(int version, String reason, List<ResultChange> changes, RoundResult result) {

    public RoundVersion {
        changes = List.copyOf(changes);
    }
}
