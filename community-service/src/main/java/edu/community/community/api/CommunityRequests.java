package edu.community.community.api;

import edu.community.contracts.community.Agreement;
import edu.community.contracts.community.CommunityModel;
import edu.community.contracts.community.GroupType;
import edu.community.eventsourcing.input.FreeText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The bodies of the community endpoints. Every effectiveDate is today (Asia/Shanghai) when left out. */
public final class CommunityRequests {

    static final String SCHOOL_CODE = "\\d{10}";
    static final String SCHOOL_CODE_MESSAGE = "must be the 10-digit national school identification code";

    private CommunityRequests() {
    }

    @Schema(name = "Agreement", description = "协议 — the signed agreement")
    public record AgreementBody(@NotNull LocalDate signedOn, @NotBlank @Size(max = 4000) @FreeText String goals,
                                @NotBlank @Size(max = 20000) @FreeText String content, @NotNull LocalDate termStart,
                                @NotNull LocalDate termEnd) {

        Agreement toAgreement() {
            return new Agreement(signedOn, goals.strip(), content.strip(), termStart, termEnd);
        }
    }

    @Schema(name = "FormCommunity", description = "教共体组建 — form an education community")
    public record Form(
            @Schema(description = "The community's id; chosen by the service when left out. Sending your own makes a "
                    + "retry safe even without Idempotency-Key") UUID communityId,
            @NotBlank @Size(max = 200) String name,
            @NotNull CommunityModel model,
            @Schema(description = "CLOSE (紧密型, a co-construction community) or COOPERATIVE (合作型, a collaborative one)")
            GroupType groupType,
            @NotNull @Pattern(regexp = SCHOOL_CODE, message = SCHOOL_CODE_MESSAGE) String coreSchool,
            @NotEmpty List<@NotNull @Pattern(regexp = SCHOOL_CODE, message = SCHOOL_CODE_MESSAGE) String> members,
            @NotNull @Valid AgreementBody agreement,
            LocalDate effectiveDate) {
    }

    @Schema(name = "AddMember")
    public record AddMember(@NotNull @Pattern(regexp = SCHOOL_CODE, message = SCHOOL_CODE_MESSAGE) String schoolCode,
                            LocalDate effectiveDate) {
    }

    @Schema(name = "EffectiveDate")
    public record Effective(LocalDate effectiveDate) {
    }

    @Schema(name = "ChangeCore")
    public record ChangeCore(@NotNull @Pattern(regexp = SCHOOL_CODE, message = SCHOOL_CODE_MESSAGE) String coreSchool,
                             LocalDate effectiveDate) {
    }

    @Schema(name = "ChangeModel")
    public record ChangeModel(@NotNull CommunityModel model, LocalDate effectiveDate) {
    }

    @Schema(name = "RenewAgreement")
    public record Renew(@NotNull LocalDate termEnd, LocalDate effectiveDate) {
    }

    @Schema(name = "AmendAgreement")
    public record Amend(@NotBlank @Size(max = 4000) @FreeText String goals,
                        @NotBlank @Size(max = 20000) @FreeText String content,
                        LocalDate effectiveDate) {
    }

    @Schema(name = "DissolveCommunity")
    public record Dissolve(@Size(max = 500) String reason, LocalDate effectiveDate) {
    }
}
