package edu.community.contracts.community;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.time.LocalDate;

/** 协议 — the signed agreement behind a community: shared goals, content and path, and its term. */
public record Agreement(
        @JsonPropertyDescription("Date the agreement was signed")
        LocalDate signedOn,
        @JsonPropertyDescription("Shared goals (共同目标)")
        String goals,
        @JsonPropertyDescription("Content and path of the cooperation (内容与路径)")
        String content,
        @JsonPropertyDescription("First day of the term")
        LocalDate termStart,
        @JsonPropertyDescription("Last day of the term")
        LocalDate termEnd) {
}
