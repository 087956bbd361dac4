package edu.community.community.api;

import edu.community.contracts.community.SchoolCodes;
import edu.community.community.domain.SchoolDetails;
import edu.community.contracts.community.SchoolClassification;
import edu.community.contracts.community.SchoolLevel;
import edu.community.contracts.community.SchoolOwnership;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of {@code POST /api/v1/schools}. */
@Schema(name = "RegisterSchool", description = "学校登记 — a school to enter into the system of record")
public record RegisterSchoolRequest(
        @Schema(description = "10-digit national school identification code (学校标识码)", example = "3301060001")
        @NotNull @Pattern(regexp = SchoolCodes.PATTERN, message = SchoolCodes.MESSAGE)
        String schoolCode,

        @Schema(description = "Official name", example = "杭州市西湖区文新小学")
        @NotBlank @Size(max = 200)
        String name,

        @Schema(description = "6-digit GB/T 2260 code of the county-level division", example = "330106")
        @NotNull @Pattern(regexp = "\\d{6}", message = "must be a 6-digit GB/T 2260 division code")
        String countyCode,

        @NotNull
        SchoolClassification classification,

        @NotNull
        SchoolLevel level,

        @Schema(description = "PUBLIC (公办, when left out) or PRIVATE (民办)")

        SchoolOwnership ownership,


        @Schema(description = "Unified social credit code (统一社会信用代码) of the legal entity, 18 characters")
        @Pattern(regexp = SchoolRequests.CREDIT_CODE, message = "must be an 18-character unified social credit code")
        String legalEntity,

        @Schema(description = "Students enrolled (在校生数)", example = "1200")
        @NotNull @PositiveOrZero @Max(100_000)
        Integer enrolment,

        @Schema(description = "特殊教育学校; false when left out") Boolean specialEducation,
        @Schema(description = "职业学校; false when left out") Boolean vocational,
        @Schema(description = "教学点; false when left out") Boolean teachingPoint,

        @Schema(description = "Date the registration holds from; today (Asia/Shanghai) when left out")
        LocalDate effectiveDate) {

    SchoolDetails details() {
        return SchoolRequests.details(name, classification, level, ownership, legalEntity, enrolment, specialEducation,
                vocational, teachingPoint);
    }
}
