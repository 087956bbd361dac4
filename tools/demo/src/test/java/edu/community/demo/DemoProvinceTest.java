package edu.community.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.community.reference.SupportCounties;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DemoProvinceTest {

    private static final DemoProvince ZHEJIANG = DemoProvince.generate(List.of("330000"), 5400, 2026);

    @Test
    void zhejiang_has_every_county_and_about_5400_schools_with_a_realistic_mix() {
        Set<String> counties = ZHEJIANG.schools().stream().map(DemoSchool::county).collect(Collectors.toSet());
        assertEquals(90, counties.size());
        assertEquals(11, counties.stream().map(county -> county.substring(0, 4)).distinct().count());
        int schools = ZHEJIANG.schools().size();
        assertTrue(schools > 5000 && schools < 5800, "about 5,400 schools: " + schools);
        Map<String, Long> mix = ZHEJIANG.schools().stream()
                .collect(Collectors.groupingBy(DemoSchool::classification, Collectors.counting()));
        mix.values().forEach(count -> assertTrue(count > schools / 5, "each classification at least a fifth: " + mix));
        ZHEJIANG.schools().forEach(school -> {
            assertTrue(school.code().matches("\\d{10}") && school.code().startsWith(school.county()), school.code());
            assertTrue(school.enrolment() > 0);
        });
        assertEquals(schools, ZHEJIANG.schools().stream().map(DemoSchool::code).distinct().count(), "codes are unique");
    }

    @Test
    void the_same_seed_gives_the_same_province_and_another_seed_another() {
        DemoProvince again = DemoProvince.generate(List.of("330000"), 5400, 2026);
        assertEquals(ZHEJIANG.schools(), again.schools());
        assertEquals(ZHEJIANG.communities(), again.communities());
        assertFalse(ZHEJIANG.schools().equals(DemoProvince.generate(List.of("330000"), 5400, 7).schools()));
    }

    @Test
    void communities_follow_the_seeds_model_split_and_each_school_is_in_one_at_most() {
        List<DemoCommunity> communities = ZHEJIANG.communities();
        Map<String, Long> byModel = communities.stream()
                .collect(Collectors.groupingBy(DemoCommunity::model, Collectors.counting()));
        assertShare(0.17, byModel.get("INTEGRATED"), communities.size());
        assertShare(0.71, byModel.get("CO_CONSTRUCTION"), communities.size());
        assertShare(0.12, byModel.get("COLLABORATIVE"), communities.size());

        Map<String, DemoSchool> schools = ZHEJIANG.schools().stream()
                .collect(Collectors.toMap(DemoSchool::code, Function.identity()));
        Set<String> seen = new HashSet<>();
        for (DemoCommunity community : communities) {
            assertTrue(seen.add(community.core()), "a core leads one community: " + community.core());
            assertEquals("URBAN", schools.get(community.core()).classification());
            assertFalse(community.members().isEmpty());
            for (String member : community.members()) {
                assertTrue(seen.add(member), "a school is in one community at most: " + member);
                assertFalse(schools.get(member).classification().equals("URBAN"));
            }
            if (community.model().equals("INTEGRATED")) {
                assertTrue(community.members().size() <= 2, "an integrated community has at most two members");
                String entity = schools.get(community.core()).legalEntity();
                assertTrue(entity.matches("[0-9A-HJ-NPQRTUWXY]{2}\\d{6}[0-9A-HJ-NPQRTUWXY]{10}"), entity);
                community.members().forEach(member -> assertEquals(entity, schools.get(member).legalEntity(),
                        "an integrated community is one legal entity"));
            }
        }
    }

    @Test
    void collaborative_communities_pair_developed_counties_with_mountainous_and_island_counties() {
        SupportCounties support = SupportCounties.bundled();
        List<DemoCommunity> collaborative = ZHEJIANG.communities().stream()
                .filter(community -> community.model().equals("COLLABORATIVE")).toList();
        assertFalse(collaborative.isEmpty());
        for (DemoCommunity community : collaborative) {
            assertTrue(community.crossesCounty());
            assertTrue(support.categoryOn(community.core().substring(0, 6), DemoProvince.FIRST_FORMED).isEmpty());
            community.members().forEach(member ->
                    assertTrue(support.categoryOn(member.substring(0, 6), DemoProvince.FIRST_FORMED).isPresent(), member));
        }
    }

    @Test
    void a_national_run_spreads_200000_schools_over_every_province() {
        DemoProvince national = DemoProvince.generate(DemoProvince.allProvinces(), 200_000, 2026);
        int schools = national.schools().size();
        assertTrue(schools > 180_000 && schools < 220_000, "about 200,000 schools: " + schools);
        assertTrue(national.schools().stream().map(school -> school.code().substring(0, 2)).distinct().count() >= 31);
    }

    private static void assertShare(double expected, Long count, int total) {
        double share = count == null ? 0 : (double) count / total;
        assertEquals(expected, share, 0.04, "share of communities");
    }
}
