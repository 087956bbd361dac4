package edu.community.community.api;

import edu.community.community.projection.CommunityRegister;
import edu.community.contracts.community.CommunityModel;
import java.time.LocalDate;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** 覆盖率 — coverage of a division on a date, each school counted once per measure. */
@Schema(name = "Coverage")
public record CoverageView(
        String division,
        LocalDate date,
        Map<CommunityModel, Long> memberSchoolsByModel,
        long integratedOrCoConstructionMembers,
        long collaborativeMembers,
        long ruralMembers,
        @Schema(description = "Public compulsory schools (公办义务教育学校) of the division") long publicSchools,
        @Schema(description = "Of those, the members of an integrated or co-construction community")
        long publicSchoolsCovered) {

    static CoverageView of(CommunityRegister.Coverage coverage) {
        return new CoverageView(coverage.division(), coverage.date(), coverage.memberSchoolsByModel(),
                coverage.integratedOrCoConstructionMembers(), coverage.collaborativeMembers(), coverage.ruralMembers(),
                coverage.publicSchools(), coverage.publicSchoolsCovered());
    }
}
