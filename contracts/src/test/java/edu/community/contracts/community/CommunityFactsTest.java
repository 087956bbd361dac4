package edu.community.contracts.community;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CommunityFactsTest {

    private static final LocalDate DAY = LocalDate.of(2026, 9, 1);

    @Test
    void a_registered_school_has_its_county_and_classification_from_its_date() {
        var event = new SchoolRegistered("3301060001", "文新小学", "330106", SchoolClassification.URBAN,
                SchoolLevel.PRIMARY, SchoolOwnership.PUBLIC, null, 1200, false, false, false, DAY);
        assertEquals(List.of(new CommunityFacts.SchoolCounty("3301060001", "330106"),
                new CommunityFacts.Classification("3301060001", DAY, 1, SchoolClassification.URBAN)),
                CommunityFacts.of(event, 1));
    }

    @Test
    void a_formed_community_is_active_with_its_model_core_and_members() {
        var event = new CommunityFormed("c-1", "教共体", CommunityModel.COLLABORATIVE, null, "3301060001",
                List.of("3301270002"), new Agreement(DAY, "goals", "content", DAY, DAY.plusYears(3)), DAY);
        assertEquals(List.of(new CommunityFacts.Status("c-1", DAY, 1, "3301060001", true),
                new CommunityFacts.Model("c-1", DAY, 1, CommunityModel.COLLABORATIVE),
                new CommunityFacts.Membership("c-1", "3301060001", DAY, 1, true),
                new CommunityFacts.Membership("c-1", "3301270002", DAY, 1, true)), CommunityFacts.of(event, 1));
    }

    @Test
    void a_new_core_school_joins_and_the_previous_one_leaves_unless_it_joins_again() {
        var event = new CoreSchoolChanged("c-1", "3301060003", "3301060001", DAY);
        assertEquals(List.of(new CommunityFacts.Status("c-1", DAY, 4, "3301060003", true),
                new CommunityFacts.Membership("c-1", "3301060003", DAY, 4, true),
                new CommunityFacts.Membership("c-1", "3301060001", DAY, 4, false)), CommunityFacts.of(event, 4));
    }

    @Test
    void a_dissolved_community_is_inactive_and_other_events_bring_no_facts() {
        assertEquals(List.of(new CommunityFacts.Status("c-1", DAY, 5, null, false)),
                CommunityFacts.of(new CommunityDissolved("c-1", "合并", DAY), 5));
        assertEquals(List.of(new CommunityFacts.Model("c-1", DAY, 6, CommunityModel.INTEGRATED)),
                CommunityFacts.of(new CommunityModelChanged("c-1", CommunityModel.INTEGRATED, DAY), 6));
        assertEquals(List.of(), CommunityFacts.of(new SchoolClosed("3301060001", DAY, "撤并"), 2));
    }
}
