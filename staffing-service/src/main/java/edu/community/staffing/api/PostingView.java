package edu.community.staffing.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import edu.community.contracts.staffing.PostingKind;
import edu.community.staffing.domain.Posting;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A posting as the API shows it, with every step of its lifecycle. */
@Schema(name = "Posting")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PostingView(
        String postingId,
        String staffId,
        PostingKind kind,
        @Schema(description = "PROPOSED, APPROVED, REJECTED, STARTED, COMPLETED, ENDED_EARLY or CANCELLED")
        Posting.Status status,
        String originSchool,
        String destinationSchool,
        LocalDate plannedStart,
        LocalDate plannedEnd,
        @Schema(description = "First day at the destination, once started") LocalDate startedOn,
        @Schema(description = "Last day at the destination, once ended") LocalDate endedOn,
        boolean recordedAsTransfer,
        @Schema(description = "Each step: what it led to, its date, who decided (token subject) and why")
        List<Posting.Step> steps,
        @Schema(description = "Stream version; also the ETag") int version) {

    static PostingView of(Posting posting, int version) {
        return new PostingView(posting.id(), posting.staffId(), posting.kind(), posting.status(), posting.origin(),
                posting.destination(), posting.plannedStart(), posting.plannedEnd(), posting.startedOn(),
                posting.endedOn(), posting.recordedAsTransfer(), posting.steps(), version);
    }
}
