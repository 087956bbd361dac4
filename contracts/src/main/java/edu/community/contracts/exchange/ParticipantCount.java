package edu.community.contracts.exchange;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;

/** 参与人数 — how many students of one grade of one school take part; students are counted, never named. */
public record ParticipantCount(
        @JsonPropertyDescription("10-digit national school identification code (学校标识码) of the school")
        String schoolCode,
        @JsonPropertyDescription("Grade (年级), 1 to 12: primary 1-6, junior 7-9, senior 10-12")
        int grade,
        @JsonPropertyDescription("Number of students of that grade and school")
        int students) {
}
