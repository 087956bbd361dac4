package edu.community.staffing.domain;

import edu.community.contracts.staffing.BackboneLevel;
import edu.community.contracts.staffing.ProfessionalTitle;
import edu.community.contracts.staffing.StaffRole;
import java.time.LocalDate;
import java.util.List;

/** The commands on a member of staff (教职工). Personal data is not part of them: it goes to its register. */
public final class StaffCommands {

    private StaffCommands() {
    }

    /** 登记 — appointed at a school on a date with a post, title, backbone level and subjects. */
    public record Register(StaffId id, StaffRole role, String school, LocalDate appointedOn, ProfessionalTitle title,
                           BackboneLevel backbone, List<String> subjects) {
    }

    /** 调动 — appointed at another school from a date (backdating allowed). */
    public record Transfer(StaffId id, String toSchool, StaffRole role, LocalDate effectiveDate) {
    }

    /** 岗位变动 — another post at the same school from a date (a teacher appointed principal). */
    public record ChangeRole(StaffId id, StaffRole role, LocalDate effectiveDate) {
    }

    /** 职称变更 */
    public record ChangeTitle(StaffId id, ProfessionalTitle title, LocalDate effectiveDate) {
    }

    /** 骨干级别变更 */
    public record ChangeBackbone(StaffId id, BackboneLevel backbone, LocalDate effectiveDate) {
    }

    /** 离职 — the first day no longer in service. */
    public record Leave(StaffId id, String reason, LocalDate effectiveDate) {
    }
}
