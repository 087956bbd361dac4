package edu.community.contracts.staffing;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import edu.community.contracts.EffectiveDated;
import edu.community.contracts.EventContract;
import edu.community.contracts.Topics;
import java.time.LocalDate;

/** 师徒结对 — a mentor and an apprentice were paired. The stream id is {@code mentorship-<mentorshipId>}. */
@EventContract(topic = Topics.STAFFING, name = "MentorshipFormed", version = 1,
        description = "A mentor and an apprentice of schools of one community (or a collaborative community) were paired, on site or remotely (远程师徒结对).")
public record MentorshipFormed(
        @JsonPropertyDescription("Id of the pair (UUID); the stream id is mentorship-<mentorshipId>")
        String mentorshipId,
        @JsonPropertyDescription("Opaque staff id of the mentor (师傅)")
        String mentorId,
        @JsonPropertyDescription("Opaque staff id of the apprentice (徒弟)")
        String apprenticeId,
        @JsonPropertyDescription("School code of the mentor's school on the start date")
        String mentorSchool,
        @JsonPropertyDescription("School code of the apprentice's school on the start date")
        String apprenticeSchool,
        @JsonPropertyDescription("On site or remote")
        MentorshipMode mode,
        @JsonPropertyDescription("The first day of the pairing")
        LocalDate effectiveDate) implements EffectiveDated {
}
