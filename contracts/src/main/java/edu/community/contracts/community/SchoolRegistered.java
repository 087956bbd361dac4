package edu.community.contracts.community;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import edu.community.contracts.EffectiveDated;
import edu.community.contracts.EventContract;
import edu.community.contracts.Optional;
import edu.community.contracts.Topics;
import java.time.LocalDate;

/** 学校登记 — a school entered the system of record. The stream id is {@code school-<schoolCode>}. */
@EventContract(topic = Topics.COMMUNITY, name = "SchoolRegistered", version = 1,
        description = "A school was registered in the system of record.")
public record SchoolRegistered(
        @JsonPropertyDescription("10-digit national school identification code (学校标识码)")
        String schoolCode,
        @JsonPropertyDescription("Official name of the school")
        String name,
        @JsonPropertyDescription("6-digit GB/T 2260 code of the county-level division the school belongs to")
        String countyCode,
        @JsonPropertyDescription("Urban, township or rural (城乡类别)")
        SchoolClassification classification,
        @JsonPropertyDescription("Stage of education (学段)")
        SchoolLevel level,
        @JsonPropertyDescription("Public (公办) or private (民办)")
        SchoolOwnership ownership,
        @JsonPropertyDescription("Unified social credit code (统一社会信用代码) of the legal entity the school belongs to, when known")
        @Optional
        String legalEntity,
        @JsonPropertyDescription("Number of students enrolled (在校生数)")
        int enrolment,
        @JsonPropertyDescription("A special-education school (特殊教育学校); left out of difference coefficients")
        boolean specialEducation,
        @JsonPropertyDescription("A vocational school (职业学校); left out of difference coefficients")
        boolean vocational,
        @JsonPropertyDescription("A teaching point (教学点) rather than a full school")
        boolean teachingPoint,
        @JsonPropertyDescription("The date from which the registration holds")
        LocalDate effectiveDate) implements EffectiveDated {
}
