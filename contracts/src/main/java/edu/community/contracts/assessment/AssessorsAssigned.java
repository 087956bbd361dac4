package edu.community.contracts.assessment;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import edu.community.contracts.EventContract;
import edu.community.contracts.Topics;
import java.util.List;

/** 评估人员指派 — assessors were assigned to a round. */
@EventContract(topic = Topics.ASSESSMENT, name = "AssessorsAssigned", version = 1,
        description = "An officer assigned assessors (by their token subject, an opaque id) to an open round.")
public record AssessorsAssigned(
        @JsonPropertyDescription("Id of the round")
        String roundId,
        @JsonPropertyDescription("Token subjects of the assessors newly assigned")
        List<String> assessors) {
}
