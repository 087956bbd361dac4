package edu.community.community.api;

import edu.community.community.domain.School;
import edu.community.contracts.community.SchoolClassification;
import edu.community.contracts.community.SchoolLevel;
import edu.community.contracts.community.SchoolOwnership;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A school as the API shows it. */
@Schema(name = "School")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SchoolView(
        String schoolCode,
        String name,
        String countyCode,
        SchoolClassification classification,
        SchoolLevel level,
        SchoolOwnership ownership,
        @Schema(description = "统一社会信用代码 of the legal entity, when known") String legalEntity,
        int enrolment,
        boolean specialEducation,
        boolean vocational,
        boolean teachingPoint,
        @Schema(description = "OPEN or CLOSED") School.Status status,
        LocalDate registeredOn,
        @Schema(description = "Set while the school is closed") LocalDate closedOn,
        @Schema(description = "Stream version; also the ETag") int version,
        @Schema(description = "The communities the school belongs to now; only on GET of one school")
        List<MembershipView> communities) {

    static SchoolView of(School school, int version) {
        var d = school.details();
        return new SchoolView(school.code(), d.name(), school.countyCode(), d.classification(), d.level(),
                d.ownership(), d.legalEntity(), d.enrolment(), d.specialEducation(), d.vocational(), d.teachingPoint(),
                school.status(), school.registeredOn(), school.closedOn(), version, null);
    }

    SchoolView withCommunities(List<MembershipView> current) {
        return new SchoolView(schoolCode, name, countyCode, classification, level, ownership, legalEntity, enrolment,
                specialEducation, vocational, teachingPoint, status, registeredOn, closedOn, version, current);
    }
}
