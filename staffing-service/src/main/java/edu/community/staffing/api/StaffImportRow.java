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
import java.util.Arrays;
import java.util.List;

/**
 * One row of a staff import (CSV or JSON lines): a registration, with the subjects taught in one cell separated by
 * {@code ;} (数学;科学). Not in the OpenAPI document: the import's description names the columns.
 */
public record StaffImportRow(
        @NotBlank @Size(max = 100) String name,
        @NotNull @Pattern(regexp = "\\d{17}[\\dX]", message = "must be 17 digits and a check digit or X") String residentId,
        @NotNull PersonalData.Gender gender,
        @NotNull LocalDate birthDate,
        @NotBlank @Size(max = 200) String contact,
        @NotNull StaffRole role,
        @NotNull @Pattern(regexp = SchoolCodes.PATTERN, message = SchoolCodes.MESSAGE) String schoolCode,
        @NotNull LocalDate appointedOn,
        @NotNull ProfessionalTitle title,
        @NotNull BackboneLevel backbone,
        @NotBlank @Size(max = 500)
        @Pattern(regexp = SUBJECTS, message = "must be subject names (letters, digits, spaces) separated by ';'")
        String subjects) {

    static final String SUBJECTS = "[\\p{L}\\p{N} ·()（）-]+(;[\\p{L}\\p{N} ·()（）-]+)*";

    RegisterStaffRequest request() {
        List<String> each = Arrays.stream(subjects.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        return new RegisterStaffRequest(name, residentId, gender, birthDate, contact, role, schoolCode, appointedOn,
                title, backbone, each);
    }

    /** The row's key in the report: the resident ID number with its birth date hidden. */
    String key() {
        return residentId != null && residentId.length() == 18
                ? residentId.substring(0, 6) + "********" + residentId.substring(14) : null;
    }
}
