package edu.community.community.domain;

import edu.community.community.domain.CommunityCommands.AddMember;
import edu.community.community.domain.CommunityCommands.AmendAgreement;
import edu.community.community.domain.CommunityCommands.ChangeCore;
import edu.community.community.domain.CommunityCommands.ChangeModel;
import edu.community.community.domain.CommunityCommands.Dissolve;
import edu.community.community.domain.CommunityCommands.Form;
import edu.community.community.domain.CommunityCommands.RemoveMember;
import edu.community.community.domain.CommunityCommands.RenewAgreement;
import edu.community.contracts.EffectiveDated;
import edu.community.contracts.community.Agreement;
import edu.community.contracts.community.AgreementAmended;
import edu.community.contracts.community.AgreementRenewed;
import edu.community.contracts.community.CommunityDissolved;
import edu.community.contracts.community.CommunityFormed;
import edu.community.contracts.community.CommunityModel;
import edu.community.contracts.community.CommunityModelChanged;
import edu.community.contracts.community.CoreSchoolChanged;
import edu.community.contracts.community.GroupType;
import edu.community.contracts.community.MemberJoined;
import edu.community.contracts.community.MemberLeft;
import edu.community.contracts.community.SchoolClassification;
import edu.community.eventsourcing.command.EventStream;
import edu.community.eventsourcing.domain.RuleViolation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * 教共体 — an education community: a core school (核心校) bound to member schools (成员校) by a signed
 * agreement, under one of three models. Folded from its stream; {@code decide} methods hold every rule.
 */
public record Community(
        Status status,
        CommunityId id,
        String name,
        CommunityModel model,
        GroupType groupType,
        String core,
        Set<String> members,
        Agreement agreement,
        LocalDate formedOn,
        LocalDate dissolvedOn) {

    /** Where a community stands. */
    public enum Status {
        NOT_FORMED,
        ACTIVE,
        /** 已解散 */
        DISSOLVED
    }

    /** The community's event stream. */
    public static EventStream<Community> stream(CommunityId id) {
        return new EventStream<>(id.streamId(), NONE, Community::apply);
    }

    public static final Community NONE = new Community(Status.NOT_FORMED, null, null, null, null, null, Set.of(),
            null, null, null);

    public Community {
        members = Set.copyOf(members);
    }

    /** Every school of the community: the core first, then the members. */
    public List<String> schools() {
        List<String> schools = new ArrayList<>();
        if (core != null) {
            schools.add(core);
        }
        schools.addAll(members.stream().sorted().toList());
        return schools;
    }

    public List<CommunityFormed> decide(Form command, CommunityFacts facts) {
        if (status != Status.NOT_FORMED) {
            throw RuleViolation.conflict("community.already-formed", "community " + command.id() + " exists",
                    Map.of("communityId", command.id().toString()));
        }
        Set<String> members = new LinkedHashSet<>(command.members());
        if (members.size() != command.members().size()) {
            throw RuleViolation.of("community.duplicate-member", "a school is listed twice among the members");
        }
        if (members.isEmpty()) {
            throw RuleViolation.of("community.no-member", "a community has at least one member school");
        }
        if (members.contains(command.coreSchool())) {
            throw RuleViolation.of("community.core-is-member", "the core school cannot also be a member",
                    Map.of("schoolCode", command.coreSchool()));
        }
        requireAgreementTerm(command.agreement().termStart(), command.agreement().termEnd());
        requireGroupTypeFits(command.groupType(), command.model());
        List<String> schools = new ArrayList<>(List.of(command.coreSchool()));
        schools.addAll(members);
        for (String school : schools) {
            requireOpen(school, facts);
        }
        requireShape(command.model(), command.coreSchool(), members, facts);
        requireNotInAnotherCommunity(command.model(), schools, command.id(), facts);
        return List.of(new CommunityFormed(command.id().toString(), command.name(), command.model(),
                command.groupType(), command.coreSchool(), List.copyOf(members), command.agreement(),
                command.effectiveDate()));
    }

    public List<MemberJoined> decide(AddMember command, CommunityFacts facts) {
        requireActive(command.effectiveDate());
        if (command.schoolCode().equals(core) || members.contains(command.schoolCode())) {
            throw RuleViolation.conflict("community.already-member",
                    command.schoolCode() + " already belongs to community " + id, Map.of("schoolCode", command.schoolCode()));
        }
        requireOpen(command.schoolCode(), facts);
        Set<String> after = new LinkedHashSet<>(members);
        after.add(command.schoolCode());
        requireShape(model, core, after, facts);
        requireNotInAnotherCommunity(model, List.of(command.schoolCode()), id, facts);
        return List.of(new MemberJoined(id.toString(), command.schoolCode(), command.effectiveDate()));
    }

    public List<MemberLeft> decide(RemoveMember command, CommunityFacts facts) {
        requireActive(command.effectiveDate());
        if (!members.contains(command.schoolCode())) {
            throw RuleViolation.notFound("community.not-a-member",
                    command.schoolCode() + " is not a member of community " + id, Map.of("schoolCode", command.schoolCode()));
        }
        if (members.size() == 1) {
            throw RuleViolation.conflict("community.last-member",
                    "the last member cannot leave; dissolve the community instead", Map.of("schoolCode", command.schoolCode()));
        }
        return List.of(new MemberLeft(id.toString(), command.schoolCode(), command.effectiveDate()));
    }

    public List<CoreSchoolChanged> decide(ChangeCore command, CommunityFacts facts) {
        requireActive(command.effectiveDate());
        if (command.coreSchool().equals(core)) {
            throw RuleViolation.conflict("community.already-core", command.coreSchool() + " is the core school already",
                    Map.of("schoolCode", core));
        }
        requireOpen(command.coreSchool(), facts);
        Set<String> after = new LinkedHashSet<>(members);
        after.remove(command.coreSchool());
        if (after.isEmpty()) {
            throw RuleViolation.of("community.no-member", "the community would be left without a member school");
        }
        requireShape(model, command.coreSchool(), after, facts);
        requireNotInAnotherCommunity(model, List.of(command.coreSchool()), id, facts);
        return List.of(new CoreSchoolChanged(id.toString(), command.coreSchool(), core, command.effectiveDate()));
    }

    public List<CommunityModelChanged> decide(ChangeModel command, CommunityFacts facts) {
        requireActive(command.effectiveDate());
        if (command.model() == model) {
            throw RuleViolation.conflict("community.same-model", "community " + id + " is " + model + " already",
                    Map.of("model", model.name()));
        }
        requireGroupTypeFits(groupType, command.model());
        requireShape(command.model(), core, members, facts);
        requireNotInAnotherCommunity(command.model(), schools(), id, facts);
        return List.of(new CommunityModelChanged(id.toString(), command.model(), command.effectiveDate()));
    }

    public List<AgreementRenewed> decide(RenewAgreement command) {
        requireActive(command.effectiveDate());
        if (!command.termEnd().isAfter(agreement.termEnd())) {
            throw RuleViolation.of("agreement.renewal-not-later",
                    "a renewal ends after the current term, which ends on " + agreement.termEnd(),
                    Map.of("termEnd", agreement.termEnd().toString()));
        }
        return List.of(new AgreementRenewed(id.toString(), command.termEnd(), command.effectiveDate()));
    }

    public List<AgreementAmended> decide(AmendAgreement command) {
        requireActive(command.effectiveDate());
        if (command.goals().equals(agreement.goals()) && command.content().equals(agreement.content())) {
            return List.of();
        }
        return List.of(new AgreementAmended(id.toString(), command.goals(), command.content(), command.effectiveDate()));
    }

    public List<CommunityDissolved> decide(Dissolve command) {
        requireActive(command.effectiveDate());
        return List.of(new CommunityDissolved(id.toString(), command.reason(), command.effectiveDate()));
    }

    /** Applies an event of this community's stream. */
    public Community apply(Record event) {
        if (event instanceof CommunityFormed e) {
            return new Community(Status.ACTIVE, CommunityId.parse(e.communityId()), e.name(), e.model(), e.groupType(),
                    e.coreSchool(), Set.copyOf(e.members()), e.agreement(), e.effectiveDate(), null);
        }
        if (event instanceof MemberJoined e) {
            return withMembers(plus(members, e.schoolCode()));
        }
        if (event instanceof MemberLeft e) {
            return withMembers(minus(members, e.schoolCode()));
        }
        if (event instanceof CoreSchoolChanged e) {
            return new Community(status, id, name, model, groupType, e.coreSchool(), minus(members, e.coreSchool()),
                    agreement, formedOn, dissolvedOn);
        }
        if (event instanceof CommunityModelChanged e) {
            return new Community(status, id, name, e.model(), groupType, core, members, agreement, formedOn, dissolvedOn);
        }
        if (event instanceof AgreementRenewed e) {
            return withAgreement(new Agreement(agreement.signedOn(), agreement.goals(), agreement.content(),
                    agreement.termStart(), e.termEnd()));
        }
        if (event instanceof AgreementAmended e) {
            return withAgreement(new Agreement(agreement.signedOn(), e.goals(), e.content(), agreement.termStart(),
                    agreement.termEnd()));
        }
        if (event instanceof CommunityDissolved e) {
            return new Community(Status.DISSOLVED, id, name, model, groupType, core, members, agreement, formedOn,
                    e.effectiveDate());
        }
        throw new IllegalArgumentException("not an event of a community: " + event.getClass().getSimpleName());
    }

    /**
     * docs/domain.md rule 8. Integrated: an urban core and one or two township or rural members, one county, one
     * legal entity. Co-construction: one county. Collaborative: across any lines.
     */
    private static void requireShape(CommunityModel model, String core, Set<String> members, CommunityFacts facts) {
        if (!model.isExclusive()) {
            return;
        }
        School coreSchool = facts.school(core).orElseThrow();
        for (String member : members) {
            School school = facts.school(member).orElseThrow();
            if (!school.countyCode().equals(coreSchool.countyCode())) {
                throw RuleViolation.of(model == CommunityModel.INTEGRATED ? "integrated.one-county" : "co-construction.one-county",
                        member + " is in " + school.countyCode() + ", the core school in " + coreSchool.countyCode(),
                        Map.of("schoolCode", member, "countyCode", school.countyCode()));
            }
        }
        if (model != CommunityModel.INTEGRATED) {
            return;
        }
        if (coreSchool.details().classification() != SchoolClassification.URBAN) {
            throw RuleViolation.of("integrated.core-not-urban", "the core school of an integrated community is urban",
                    Map.of("schoolCode", core));
        }
        if (members.size() > 2) {
            throw RuleViolation.of("integrated.at-most-two-members", "an integrated community has one or two members",
                    Map.of("members", members.size()));
        }
        for (String member : members) {
            School school = facts.school(member).orElseThrow();
            if (school.details().classification() == SchoolClassification.URBAN) {
                throw RuleViolation.of("integrated.member-not-rural",
                        "members of an integrated community are township or rural schools", Map.of("schoolCode", member));
            }
            if (coreSchool.details().legalEntity() == null
                    || !coreSchool.details().legalEntity().equals(school.details().legalEntity())) {
                throw RuleViolation.of("integrated.one-legal-entity",
                        "an integrated community is one legal entity; " + member + " is not that of the core school",
                        Map.of("schoolCode", member));
            }
        }
    }

    private static void requireOpen(String schoolCode, CommunityFacts facts) {
        School school = facts.school(schoolCode).orElseThrow(() -> RuleViolation.of("school.not-registered",
                "no school " + schoolCode + " is registered", Map.of("schoolCode", schoolCode)));
        if (school.status() == School.Status.CLOSED) {
            throw RuleViolation.of("school.closed", "school " + schoolCode + " is closed and cannot join a community",
                    Map.of("schoolCode", schoolCode));
        }
    }

    private static void requireNotInAnotherCommunity(CommunityModel model, List<String> schools, CommunityId id,
                                                     CommunityFacts facts) {
        if (!model.isExclusive()) {
            return;
        }
        for (String school : schools) {
            facts.exclusiveCommunityOf(school, id).ifPresent(other -> {
                throw RuleViolation.conflict("school.in-another-community", school
                                + " already belongs to integrated or co-construction community " + other,
                        Map.of("schoolCode", school, "communityId", other));
            });
        }
    }

    private static void requireGroupTypeFits(GroupType groupType, CommunityModel model) {
        if (groupType == GroupType.CLOSE && model != CommunityModel.CO_CONSTRUCTION
                || groupType == GroupType.COOPERATIVE && model != CommunityModel.COLLABORATIVE) {
            throw RuleViolation.of("group.type-mismatch", "a " + groupType + " group is a "
                    + (groupType == GroupType.CLOSE ? "co-construction" : "collaborative") + " community",
                    Map.of("groupType", groupType.name(), "model", model.name()));
        }
    }

    private static void requireAgreementTerm(LocalDate start, LocalDate end) {
        if (!end.isAfter(start)) {
            throw RuleViolation.of("agreement.term-invalid", "the agreement's term ends after it starts");
        }
    }

    private void requireActive(LocalDate effectiveDate) {
        if (status == Status.NOT_FORMED) {
            throw RuleViolation.notFound("community.not-formed", "no such community", Map.of());
        }
        if (status == Status.DISSOLVED) {
            throw RuleViolation.conflict("community.dissolved", "community " + id + " was dissolved on " + dissolvedOn,
                    Map.of("dissolvedOn", dissolvedOn.toString()));
        }
        if (effectiveDate.isBefore(formedOn)) {
            throw RuleViolation.of("effective-date.before-formation",
                    "community " + id + " was formed on " + formedOn + "; " + effectiveDate + " is earlier",
                    Map.of("formedOn", formedOn.toString()));
        }
    }

    private Community withMembers(Set<String> next) {
        return new Community(status, id, name, model, groupType, core, next, agreement, formedOn, dissolvedOn);
    }

    private Community withAgreement(Agreement next) {
        return new Community(status, id, name, model, groupType, core, members, next, formedOn, dissolvedOn);
    }

    private static Set<String> plus(Set<String> set, String value) {
        Set<String> next = new LinkedHashSet<>(set);
        next.add(value);
        return next;
    }

    private static Set<String> minus(Set<String> set, String value) {
        Set<String> next = new LinkedHashSet<>(set);
        next.remove(value);
        return next;
    }

    /** The community as it stood on {@code date}: only events effective by then count. */
    public static Community asOf(List<? extends Record> events, LocalDate date) {
        Community community = NONE;
        for (Record event : events) {
            if (!((EffectiveDated) event).effectiveDate().isAfter(date)) {
                community = community.apply(event);
            }
        }
        return community;
    }
}
