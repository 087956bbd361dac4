package edu.community.community.api;

import edu.community.community.domain.School;
import edu.community.contracts.community.SchoolClassification;
import edu.community.contracts.community.SchoolLevel;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A school as the API shows it. */
@Schema(name = "School")
public record SchoolView(
        String schoolCode,
        String name,
        String countyCode,
        SchoolClassification classification,
        SchoolLevel level,
        int enrolment,
        LocalDate registeredOn,
        @Schema(description = "Stream version; also the ETag") int version) {

    static SchoolView of(School school, int version) {
        return new SchoolView(school.code(), school.name(), school.countyCode(), school.classification(),
                school.level(), school.enrolment(), school.registeredOn(), version);
    }
}
