package edu.community.contracts.staffing;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import edu.community.contracts.EffectiveDated;
import edu.community.contracts.EventContract;
import edu.community.contracts.Topics;
import java.time.LocalDate;
import java.util.List;

/** 教职工登记 — a teacher or principal entered the register. The stream id is {@code staff-<staffId>}. */
@EventContract(topic = Topics.STAFFING, name = "StaffRegistered", version = 1,
        description = "A teacher or principal was registered at a school, with post, professional title, backbone level and subjects; personal data stays in staffing-service.")
public record StaffRegistered(
        @JsonPropertyDescription("Opaque id of the member of staff (UUID); the stream id is staff-<staffId>. No personal data travels on a topic")
        String staffId,
        @JsonPropertyDescription("Post at the school (岗位)")
        StaffRole role,
        @JsonPropertyDescription("School code of the school of appointment (任职学校)")
        String schoolCode,
        @JsonPropertyDescription("Professional title (职称)")
        ProfessionalTitle title,
        @JsonPropertyDescription("Backbone-teacher level (骨干教师级别)")
        BackboneLevel backbone,
        @JsonPropertyDescription("Subjects taught (任教学科)")
        List<String> subjects,
        @JsonPropertyDescription("The date of appointment at the school")
        LocalDate effectiveDate) implements EffectiveDated {
}
