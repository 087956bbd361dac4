package edu.community.staffing.api;

import edu.community.contracts.community.SchoolCodes;
import edu.community.contracts.staffing.BackboneLevel;
import edu.community.contracts.staffing.ProfessionalTitle;
import edu.community.contracts.staffing.StaffRole;
import edu.community.staffing.projection.PersonalData;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of {@code POST /api/v1/staff}, and one row of a staff import. */
@Schema(name = "RegisterStaff", description = "教职工登记 — the post and appointment, and the personal data kept in "
        + "this service's personal-data register only")
public record RegisterStaffRequest(
        @Schema(description = "Full name (姓名); personal data") @NotBlank @Size(max = 100) String name,
        @Schema(description = "18-character resident ID number (公民身份号码), GB 11643 check character; personal data",
                example = "11010519491231002X")
        @NotNull @Pattern(regexp = "\\d{17}[\\dX]", message = "must be 17 digits and a check digit or X") String residentId,
        @Schema(description = "Gender (性别); personal data") @NotNull PersonalData.Gender gender,
        @Schema(description = "Birth date; personal data") @NotNull LocalDate birthDate,
        @Schema(description = "Telephone or e-mail; personal data") @NotBlank @Size(max = 200) String contact,
        @NotNull StaffRole role,
        @Schema(description = "School code of the school of appointment", example = "3301060001")
        @NotNull @Pattern(regexp = SchoolCodes.PATTERN, message = SchoolCodes.MESSAGE) String schoolCode,
        @Schema(description = "The date of appointment at the school") @NotNull LocalDate appointedOn,
        @NotNull ProfessionalTitle title,
        @NotNull BackboneLevel backbone,
        @Schema(description = "Subjects taught (任教学科)") @NotNull @Size(max = 20)
        List<@NotBlank @Size(max = 50) String> subjects) {
}
