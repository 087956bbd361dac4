package edu.community.assessment.api;

import edu.community.contracts.assessment.AssessmentIndicatorKind;
import edu.community.contracts.assessment.AssessmentMeasure;
import edu.community.contracts.assessment.AssessmentSchemeDefined;
import edu.community.contracts.assessment.IndicatorScore;
import edu.community.contracts.assessment.SchemeIndicator;
import edu.community.contracts.assessment.SchoolStage;
import edu.community.contracts.assessment.ScoringBand;
import edu.community.assessment.domain.SchoolYear;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The request bodies of community assessment (教共体评估). */
final class AssessmentRequests {

    static final String UUID_PATTERN = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
    static final String UUID_MESSAGE = "must be a UUID in lower case";
    static final String DIVISION_PATTERN = "\\d{6}";
    static final String DIVISION_MESSAGE = "must be a 6-digit GB/T 2260 division code";

    private AssessmentRequests() {
    }

    /** A scheme (评估方案); {@code schemeId} is made when not given; rewards default to Zhengdong's. */
    record Scheme(
            @Pattern(regexp = UUID_PATTERN, message = UUID_MESSAGE) String schemeId,
            @NotBlank @Size(max = 200) String name,
            @NotNull @Pattern(regexp = DIVISION_PATTERN, message = DIVISION_MESSAGE) String division,
            @NotNull @Min(SchoolYear.EARLIEST) @Max(SchoolYear.LATEST) Integer schoolYear,
            @NotNull @Size(min = 1, max = 50) List<@Valid @NotNull Indicator> indicators,
            @Size(max = 50) List<@NotNull Long> rewards) {

        AssessmentSchemeDefined toEvent() {
            return new AssessmentSchemeDefined(schemeId == null ? UUID.randomUUID().toString() : schemeId,
                    division, schoolYear, name.strip(), indicators.stream().map(Indicator::toIndicator).toList(), rewards);
        }
    }

    /** One indicator: measured (a measure and scoring bands) or scored by assessors (no measure, no bands). */
    record Indicator(
            @NotNull @Pattern(regexp = "[a-z][a-z0-9-]{0,39}", message = "lower-case letters, digits and '-', up to 40")
            String code,
            @NotBlank @Size(max = 200) String name,
            @NotNull AssessmentIndicatorKind kind,
            AssessmentMeasure measure,
            @Pattern(regexp = "[A-Z_]{1,40}", message = "a balance indicator such as BOOKS") String balanceIndicator,
            SchoolStage stage,
            @NotNull Integer weight,
            @Size(max = 20) List<@Valid @NotNull Band> bands) {

        SchemeIndicator toIndicator() {
            return new SchemeIndicator(code, name.strip(), kind, measure, balanceIndicator, stage, weight,
                    bands == null ? List.of() : bands.stream().map(Band::toBand).toList());
        }
    }

    /** A scoring band: a value in [from, to) earns {@code points} out of 100; {@code to} absent for the last. */
    record Band(@NotNull Double from, Double to, @NotNull Integer points) {

        ScoringBand toBand() {
            return new ScoringBand(from, to, points);
        }
    }

    /** A round (评估轮次) under a scheme; {@code rewards} replace the scheme's when given. */
    record Round(
            @Pattern(regexp = UUID_PATTERN, message = UUID_MESSAGE) String roundId,
            @NotNull @Pattern(regexp = UUID_PATTERN, message = UUID_MESSAGE) String schemeId,
            @NotNull @Pattern(regexp = DIVISION_PATTERN, message = DIVISION_MESSAGE) String division,
            @NotNull LocalDate cutOffDate,
            @Size(max = 50) List<@NotNull Long> rewards) {
    }

    /** Assessors by their token subject. */
    record Assessors(@NotNull @Size(min = 1, max = 50) List<@NotBlank @Size(max = 100) String> assessors) {
    }

    /** An assessor's scores of one community: every scored indicator, 0 to 100, and a comment. */
    record Scores(@NotNull @Size(min = 1, max = 50) List<@Valid @NotNull Score> scores,
                  @NotBlank @Size(max = 2000) String comment) {

        List<IndicatorScore> toScores() {
            return scores.stream().map(score -> new IndicatorScore(score.code(), score.score())).toList();
        }
    }

    record Score(@NotNull @Size(max = 40) String code, @NotNull Double score) {
    }

    /** The officer's note on closing scoring or publishing. */
    record Note(@NotBlank @Size(max = 2000) String note) {
    }

    /** Why a published round is corrected. */
    record Correction(@NotBlank @Size(max = 2000) String reason) {
    }
}
