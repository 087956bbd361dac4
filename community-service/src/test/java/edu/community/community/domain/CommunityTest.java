package edu.community.community.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import edu.community.community.domain.CommunityCommands.AddMember;
import edu.community.community.domain.CommunityCommands.AmendAgreement;
import edu.community.community.domain.CommunityCommands.ChangeCore;
import edu.community.community.domain.CommunityCommands.ChangeModel;
import edu.community.community.domain.CommunityCommands.Dissolve;
import edu.community.community.domain.CommunityCommands.Form;
import edu.community.community.domain.CommunityCommands.RemoveMember;
import edu.community.community.domain.CommunityCommands.RenewAgreement;
import edu.community.contracts.community.Agreement;
import edu.community.contracts.community.CommunityDissolved;
import edu.community.contracts.community.CommunityFormed;
import edu.community.contracts.community.CommunityModel;
import edu.community.contracts.community.GroupType;
import edu.community.contracts.community.MemberJoined;
import edu.community.contracts.community.MemberLeft;
import edu.community.contracts.community.SchoolClassification;
import edu.community.contracts.community.SchoolLevel;
import edu.community.contracts.community.SchoolOwnership;
import edu.community.eventsourcing.domain.RuleViolation;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CommunityTest {

    private static final CommunityId ID = new CommunityId(UUID.fromString("00000000-0000-0000-0000-000000000001"));
    private static final LocalDate FORMED = LocalDate.of(2026, 9, 1);
    private static final Agreement AGREEMENT = new Agreement(LocalDate.of(2026, 8, 20), "同步提升", "同步课堂, 教师交流",
            LocalDate.of(2026, 9, 1), LocalDate.of(2029, 8, 31));
    private static final String ENTITY = "12330106MB0000000X";

    /** Schools of the register, by code: Xihu (330106) and Chun'an (330127). */
    private final Map<String, School> schools = new HashMap<>();
    private final Map<String, String> exclusive = new HashMap<>();
    private final CommunityFacts facts = new CommunityFacts() {
        @Override
        public Optional<School> school(String code) {
            return Optional.ofNullable(schools.get(code));
        }

        @Override
        public Optional<String> exclusiveCommunityOf(String code, CommunityId except) {
            return Optional.ofNullable(exclusive.get(code)).filter(other -> !other.equals(except.toString()));
        }
    };

    CommunityTest() {
        school("3301060001", "330106", SchoolClassification.URBAN, ENTITY);
        school("3301060002", "330106", SchoolClassification.RURAL, ENTITY);
        school("3301060003", "330106", SchoolClassification.TOWNSHIP, ENTITY);
        school("3301060004", "330106", SchoolClassification.RURAL, ENTITY);
        school("3301060005", "330106", SchoolClassification.RURAL, null);
        school("3301060006", "330106", SchoolClassification.URBAN, ENTITY);
        school("3301270001", "330127", SchoolClassification.RURAL, ENTITY);
    }

    private void school(String code, String county, SchoolClassification classification, String legalEntity) {
        schools.put(code, new School(School.Status.OPEN, code, county, new SchoolDetails("学校" + code, classification,
                SchoolLevel.PRIMARY, SchoolOwnership.PUBLIC, legalEntity, 300, false, false, false), LocalDate.of(2020, 9, 1), null));
    }

    private static Form form(CommunityModel model, String core, String... members) {
        return new Form(ID, "文新教共体", model, null, core, List.of(members), AGREEMENT, FORMED);
    }

    private Community formed(CommunityModel model, String core, String... members) {
        Community community = Community.NONE;
        for (Record event : Community.NONE.decide(form(model, core, members), facts)) {
            community = community.apply(event);
        }
        return community;
    }

    private String refused(Runnable command) {
        return assertThrows(RuleViolation.class, command::run).rule();
    }

    @Test
    void an_integrated_community_is_an_urban_core_with_one_or_two_rural_members_of_one_county_and_legal_entity() {
        List<CommunityFormed> events = Community.NONE.decide(
                form(CommunityModel.INTEGRATED, "3301060001", "3301060002", "3301060003"), facts);

        assertEquals(List.of(new CommunityFormed(ID.toString(), "文新教共体", CommunityModel.INTEGRATED, null, "3301060001",
                List.of("3301060002", "3301060003"), AGREEMENT, FORMED)), events);
    }

    @Test
    void each_integrated_shape_rule_is_named_when_broken() {
        assertEquals("integrated.at-most-two-members", refused(() -> Community.NONE.decide(
                form(CommunityModel.INTEGRATED, "3301060001", "3301060002", "3301060003", "3301060004"), facts)));
        assertEquals("integrated.core-not-urban", refused(() -> Community.NONE.decide(
                form(CommunityModel.INTEGRATED, "3301060002", "3301060003"), facts)));
        assertEquals("integrated.member-not-rural", refused(() -> Community.NONE.decide(
                form(CommunityModel.INTEGRATED, "3301060001", "3301060006"), facts)));
        assertEquals("integrated.one-county", refused(() -> Community.NONE.decide(
                form(CommunityModel.INTEGRATED, "3301060001", "3301270001"), facts)));
        assertEquals("integrated.one-legal-entity", refused(() -> Community.NONE.decide(
                form(CommunityModel.INTEGRATED, "3301060001", "3301060005"), facts)));
    }

    @Test
    void co_construction_stays_in_one_county_and_collaborative_may_cross_it() {
        assertEquals("co-construction.one-county", refused(() -> Community.NONE.decide(
                form(CommunityModel.CO_CONSTRUCTION, "3301060001", "3301060002", "3301270001"), facts)));
        assertEquals(1, Community.NONE.decide(
                form(CommunityModel.COLLABORATIVE, "3301060001", "3301270001"), facts).size());
    }

    @Test
    void a_school_belongs_to_at_most_one_integrated_or_co_construction_community_but_may_also_collaborate() {
        exclusive.put("3301060002", "another-community");

        assertEquals("school.in-another-community", refused(() -> Community.NONE.decide(
                form(CommunityModel.CO_CONSTRUCTION, "3301060001", "3301060002"), facts)));
        assertEquals(1, Community.NONE.decide(form(CommunityModel.COLLABORATIVE, "3301060001", "3301060002"), facts).size());
    }

    @Test
    void a_closed_or_unknown_school_cannot_join() {
        School open = schools.get("3301060004");
        schools.put("3301060004", new School(School.Status.CLOSED, open.code(), open.countyCode(), open.details(),
                open.registeredOn(), LocalDate.of(2026, 7, 1)));
        Community community = formed(CommunityModel.CO_CONSTRUCTION, "3301060001", "3301060002");

        assertEquals("school.closed", refused(() -> community.decide(new AddMember(ID, "3301060004", FORMED), facts)));
        assertEquals("school.not-registered",
                refused(() -> community.decide(new AddMember(ID, "3301069999", FORMED), facts)));
    }

    @Test
    void the_list_of_schools_is_consistent() {
        assertEquals("community.core-is-member", refused(() -> Community.NONE.decide(
                form(CommunityModel.COLLABORATIVE, "3301060001", "3301060001"), facts)));
        assertEquals("community.duplicate-member", refused(() -> Community.NONE.decide(
                form(CommunityModel.COLLABORATIVE, "3301060001", "3301060002", "3301060002"), facts)));
        assertEquals("group.type-mismatch", refused(() -> Community.NONE.decide(new Form(ID, "x",
                CommunityModel.INTEGRATED, GroupType.CLOSE, "3301060001", List.of("3301060002"), AGREEMENT, FORMED), facts)));
        assertEquals("community.already-formed", refused(() -> formed(CommunityModel.COLLABORATIVE, "3301060001",
                "3301060002").decide(form(CommunityModel.COLLABORATIVE, "3301060001", "3301060002"), facts)));
    }

    @Test
    void members_join_and_leave_under_the_shape_rules_and_the_last_one_cannot_leave() {
        Community community = formed(CommunityModel.INTEGRATED, "3301060001", "3301060002");

        assertEquals(List.of(new MemberJoined(ID.toString(), "3301060003", LocalDate.of(2027, 2, 1))),
                community.decide(new AddMember(ID, "3301060003", LocalDate.of(2027, 2, 1)), facts));
        Community two = community.apply(new MemberJoined(ID.toString(), "3301060003", LocalDate.of(2027, 2, 1)));
        assertEquals("integrated.at-most-two-members",
                refused(() -> two.decide(new AddMember(ID, "3301060004", LocalDate.of(2027, 3, 1)), facts)));
        assertEquals("community.already-member",
                refused(() -> two.decide(new AddMember(ID, "3301060002", LocalDate.of(2027, 3, 1)), facts)));
        assertEquals(List.of(new MemberLeft(ID.toString(), "3301060003", LocalDate.of(2027, 7, 1))),
                two.decide(new RemoveMember(ID, "3301060003", LocalDate.of(2027, 7, 1)), facts));
        assertEquals("community.last-member",
                refused(() -> community.decide(new RemoveMember(ID, "3301060002", LocalDate.of(2027, 7, 1)), facts)));
        assertEquals("effective-date.before-formation",
                refused(() -> community.decide(new AddMember(ID, "3301060003", LocalDate.of(2026, 8, 1)), facts)));
    }

    @Test
    void the_core_changes_and_a_member_that_becomes_core_is_no_longer_a_member() {
        Community community = formed(CommunityModel.COLLABORATIVE, "3301060001", "3301060002", "3301270001");

        Community changed = community.apply(community.decide(new ChangeCore(ID, "3301270001", LocalDate.of(2027, 9, 1)),
                facts).get(0));

        assertEquals("3301270001", changed.core());
        assertEquals(Set.of("3301060002"), changed.members());
        assertEquals("community.already-core",
                refused(() -> changed.decide(new ChangeCore(ID, "3301270001", LocalDate.of(2027, 9, 2)), facts)));
    }

    @Test
    void co_construction_becomes_integrated_only_when_the_integrated_shape_holds() {
        Community fits = formed(CommunityModel.CO_CONSTRUCTION, "3301060001", "3301060002");
        assertEquals(CommunityModel.INTEGRATED, fits.apply(fits.decide(
                new ChangeModel(ID, CommunityModel.INTEGRATED, LocalDate.of(2027, 9, 1)), facts).get(0)).model());

        Community tooMany = formed(CommunityModel.CO_CONSTRUCTION, "3301060001", "3301060002", "3301060003", "3301060004");
        assertEquals("integrated.at-most-two-members", refused(() -> tooMany.decide(
                new ChangeModel(ID, CommunityModel.INTEGRATED, LocalDate.of(2027, 9, 1)), facts)));
        assertEquals("community.same-model", refused(() -> fits.decide(
                new ChangeModel(ID, CommunityModel.CO_CONSTRUCTION, LocalDate.of(2027, 9, 1)), facts)));
    }

    @Test
    void the_agreement_is_renewed_to_a_later_end_and_amended_and_a_dissolved_community_takes_no_change() {
        Community community = formed(CommunityModel.COLLABORATIVE, "3301060001", "3301060002");

        assertEquals("agreement.renewal-not-later", refused(() -> community.decide(
                new RenewAgreement(ID, LocalDate.of(2029, 8, 31), LocalDate.of(2029, 6, 1)))));
        Community renewed = community.apply(community.decide(
                new RenewAgreement(ID, LocalDate.of(2032, 8, 31), LocalDate.of(2029, 6, 1))).get(0));
        assertEquals(LocalDate.of(2032, 8, 31), renewed.agreement().termEnd());
        assertEquals(List.of(), renewed.decide(new AmendAgreement(ID, AGREEMENT.goals(), AGREEMENT.content(),
                LocalDate.of(2029, 6, 1))));

        Community dissolved = renewed.apply(new CommunityDissolved(ID.toString(), null, LocalDate.of(2030, 1, 1)));
        assertEquals("community.dissolved", refused(() -> dissolved.decide(new Dissolve(ID, null, LocalDate.of(2030, 2, 1)))));
    }

    @Test
    void as_of_a_date_only_changes_effective_by_then_count_even_when_recorded_later() {
        CommunityFormed formed = new CommunityFormed(ID.toString(), "x", CommunityModel.COLLABORATIVE, null,
                "3301060001", List.of("3301060002"), AGREEMENT, FORMED);
        MemberJoined joined = new MemberJoined(ID.toString(), "3301060003", LocalDate.of(2027, 2, 1));
        MemberLeft backdated = new MemberLeft(ID.toString(), "3301060002", LocalDate.of(2026, 12, 1));
        List<Record> log = List.of(formed, joined, backdated);

        assertEquals(Set.of("3301060002"), Community.asOf(log, LocalDate.of(2026, 11, 30)).members());
        assertEquals(Set.of(), Community.asOf(log, LocalDate.of(2026, 12, 1)).members());
        assertEquals(Set.of("3301060003"), Community.asOf(log, LocalDate.of(2027, 2, 1)).members());
        assertEquals(Community.Status.NOT_FORMED, Community.asOf(log, LocalDate.of(2026, 8, 31)).status());
    }
}
