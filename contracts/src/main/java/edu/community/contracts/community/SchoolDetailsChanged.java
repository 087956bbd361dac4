package edu.community.contracts.community;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import edu.community.contracts.EffectiveDated;
import edu.community.contracts.EventContract;
import edu.community.contracts.Optional;
import edu.community.contracts.Topics;
import java.time.LocalDate;

/** 学校信息变更 — a school's details changed; the event carries all of them as they are from now on. */
@EventContract(topic = Topics.COMMUNITY, name = "SchoolDetailsChanged", version = 1,
        description = "A registered school's details changed; every detail is given as it stands from the effective date.")
public record SchoolDetailsChanged(
        @JsonPropertyDescription("10-digit national school identification code (学校标识码)")
        String schoolCode,
        @JsonPropertyDescription("Official name of the school")
        String name,
        @JsonPropertyDescription("Urban, township or rural (城乡类别)")
        SchoolClassification classification,
        @JsonPropertyDescription("Stage of education (学段)")
        SchoolLevel level,
        @JsonPropertyDescription("Public (公办) or private (民办)")
        SchoolOwnership ownership,
        @JsonPropertyDescription("Unified social credit code (统一社会信用代码) of the legal entity, when known")
        @Optional
        String legalEntity,
        @JsonPropertyDescription("Number of students enrolled (在校生数)")
        int enrolment,
        @JsonPropertyDescription("A special-education school (特殊教育学校)")
        boolean specialEducation,
        @JsonPropertyDescription("A vocational school (职业学校)")
        boolean vocational,
        @JsonPropertyDescription("A teaching point (教学点)")
        boolean teachingPoint,
        @JsonPropertyDescription("The date from which the new details hold")
        LocalDate effectiveDate) implements EffectiveDated {
}
