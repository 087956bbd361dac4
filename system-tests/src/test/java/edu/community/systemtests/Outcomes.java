package edu.community.systemtests;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Set;

/**
 * An answer as a matrix cell writes it: {@code 2xx} for a success (an import's row CREATED or CHANGED), the problem
 * type of a 403 ({@code role-not-allowed}, {@code outside-division}, {@code outside-school}), {@code row <type>} for an
 * import whose row was rejected (an import answers 200 with each row's outcome), else {@code <status> <type>}.
 */
final class Outcomes {

    private static final Set<String> REFUSALS = Set.of("role-not-allowed", "outside-division", "outside-school");

    private Outcomes() {
    }

    static String of(Api.Answer answer, boolean isImport) {
        if (isImport && answer.status() == 200) {
            JsonNode row = answer.json().path("rows").path(0);
            String outcome = row.path("outcome").asText();
            if (outcome.equals("CREATED") || outcome.equals("CHANGED")) {
                return "2xx";
            }
            return "row " + (outcome.equals("REJECTED") ? row.path("problem").asText() : outcome);
        }
        if (answer.status() / 100 == 2) {
            return "2xx";
        }
        String problem = answer.problem();
        if (answer.status() == 403 && REFUSALS.contains(problem)) {
            return problem;
        }
        return answer.status() + (problem.isEmpty() ? "" : " " + problem);
    }
}
