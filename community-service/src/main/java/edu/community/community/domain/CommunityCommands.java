package edu.community.community.domain;

import edu.community.contracts.community.Agreement;
import edu.community.contracts.community.CommunityModel;
import edu.community.contracts.community.GroupType;
import java.time.LocalDate;
import java.util.List;

/** The commands on an education community (教共体). */
public final class CommunityCommands {

    private CommunityCommands() {
    }

    /** 组建 — form a community; {@code groupType} may be null. */
    public record Form(CommunityId id, String name, CommunityModel model, GroupType groupType, String coreSchool,
                       List<String> members, Agreement agreement, LocalDate effectiveDate) {
    }

    /** 成员校加入 */
    public record AddMember(CommunityId id, String schoolCode, LocalDate effectiveDate) {
    }

    /** 成员校退出 */
    public record RemoveMember(CommunityId id, String schoolCode, LocalDate effectiveDate) {
    }

    /** 核心校变更 */
    public record ChangeCore(CommunityId id, String coreSchool, LocalDate effectiveDate) {
    }

    /** 模式变更 */
    public record ChangeModel(CommunityId id, CommunityModel model, LocalDate effectiveDate) {
    }

    /** 协议续签 */
    public record RenewAgreement(CommunityId id, LocalDate termEnd, LocalDate effectiveDate) {
    }

    /** 协议修订 */
    public record AmendAgreement(CommunityId id, String goals, String content, LocalDate effectiveDate) {
    }

    /** 解散; {@code reason} may be null. */
    public record Dissolve(CommunityId id, String reason, LocalDate effectiveDate) {
    }
}
