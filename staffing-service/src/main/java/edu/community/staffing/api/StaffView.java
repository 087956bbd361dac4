package edu.community.staffing.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import edu.community.contracts.staffing.BackboneLevel;
import edu.community.contracts.staffing.ProfessionalTitle;
import edu.community.contracts.staffing.careers.Appointment;
import edu.community.contracts.staffing.careers.Dated;
import edu.community.staffing.domain.Staff;
import edu.community.staffing.projection.PersonalData;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A member of staff as the API shows it: the record from the events, and the personal data unless erased. */
@Schema(name = "Staff")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record StaffView(
        String staffId,
        @Schema(description = "Personal data (个人信息); absent once erased") Personal personalData,
        @Schema(description = "True once the personal data was erased (个人信息已删除)") boolean personalDataErased,
        @Schema(description = "School code of the latest appointment") String schoolCode,
        List<Appointment> appointments,
        List<Dated<ProfessionalTitle>> titles,
        List<Dated<BackboneLevel>> backbones,
        List<String> subjects,
        @Schema(description = "First day no longer in service, once left") LocalDate leftOn,
        @Schema(description = "Stream version; also the ETag") int version) {

    /** 个人信息 */
    @Schema(name = "PersonalData")
    public record Personal(String name, String residentId, PersonalData.Gender gender, LocalDate birthDate,
                           String contact) {
    }

    /**
     * @param data the personal data, or null when the register holds none or the caller may not see it (an analyst
     *             or assessor sees the record without it)
     */
    static StaffView of(Staff staff, int version, PersonalData data) {
        boolean shown = data != null && !data.erased();
        return new StaffView(staff.id(), shown ? new Personal(data.name, data.residentId, data.gender, data.birthDate,
                data.contact) : null, data != null && data.erased(), staff.currentSchool(), staff.appointments(),
                staff.titles(), staff.backbones(), staff.subjects(), staff.leftOn(), version);
    }
}
