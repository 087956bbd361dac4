package edu.community.staffing.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import edu.community.contracts.staffing.MentorshipMode;
import edu.community.staffing.domain.Mentorship;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A mentor–apprentice pair as the API shows it. */
@Schema(name = "Mentorship")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MentorshipView(String mentorshipId, String mentorId, String apprenticeId, String mentorSchool,
                             String apprenticeSchool, MentorshipMode mode, LocalDate from,
                             @Schema(description = "The last day, once ended") LocalDate endedOn,
                             String endReason,
                             @Schema(description = "Stream version; also the ETag") int version) {

    static MentorshipView of(Mentorship pair, int version) {
        return new MentorshipView(pair.id(), pair.mentorId(), pair.apprenticeId(), pair.mentorSchool(),
                pair.apprenticeSchool(), pair.mode(), pair.from(), pair.endedOn(), pair.endReason(), version);
    }
}
