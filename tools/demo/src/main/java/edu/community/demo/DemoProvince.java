package edu.community.demo;

import edu.community.reference.Divisions;
import edu.community.reference.SupportCounties;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.stream.IntStream;

/**
 * A demo province, generated from a seed: the same seed, divisions and size always give the same schools and
 * communities. By default Zhejiang-like — every county of the province (GB/T 2260), about 5,400 compulsory
 * schools with an urban / township / rural mix and enrolments by kind, and communities whose models follow the
 * seeds' 17 / 71 / 12 split (融合型 / 共建型 / 协作型), the collaborative ones pairing schools of developed counties
 * with schools of the mountainous and island counties (山海协作). The scale is free: every province of the
 * reference data at 200,000 schools is a national-size run.
 */
final class DemoProvince {

    /** Share of the cores' communities by model: integrated, co-construction, collaborative (seeds: 17/71/12). */
    static final double INTEGRATED = 0.17;
    static final double CO_CONSTRUCTION = 0.71;
    static final LocalDate FIRST_FORMED = LocalDate.of(2021, 9, 1);

    private final List<DemoSchool> schools = new ArrayList<>();
    private final List<DemoCommunity> communities = new ArrayList<>();

    private DemoProvince() {
    }

    /**
     * @param provinces GB/T 2260 province codes, e.g. {@code 330000}
     * @param totalSchools about how many schools in all, spread over the counties
     */
    static DemoProvince generate(List<String> provinces, int totalSchools, long seed) {
        Divisions divisions = Divisions.gbT2260();
        SupportCounties support = SupportCounties.bundled();
        List<String> counties = new ArrayList<>();
        for (String province : provinces) {
            for (String city : divisions.childrenOf(province)) {
                divisions.childrenOf(city).stream().filter(divisions::isCounty).forEach(counties::add);
            }
        }
        if (counties.isEmpty()) {
            throw new IllegalArgumentException("no county in " + provinces);
        }
        DemoProvince demo = new DemoProvince();
        Random random = new Random(seed);
        int perCounty = Math.max(4, totalSchools / counties.size());
        Map<String, List<DemoSchool>> byCounty = new LinkedHashMap<>();
        for (String county : counties) {
            boolean district = divisions.nameOf(county).orElse("").endsWith("区");
            int count = Math.max(4, (int) Math.round(perCounty * (0.75 + random.nextDouble() / 2)));
            List<DemoSchool> inCounty = new ArrayList<>();
            for (int i = 1; i <= Math.min(count, 9999); i++) {
                inCounty.add(school(county, i, district, random));
            }
            byCounty.put(county, inCounty);
            demo.schools.addAll(inCounty);
        }
        List<String> supported = counties.stream()
                .filter(county -> support.categoryOn(county, FIRST_FORMED).isPresent()).toList();
        demo.formCommunities(byCounty, supported, random, seed);
        demo.shareLegalEntities();
        return demo;
    }

    /** Every province of the reference data that has cities. */
    static List<String> allProvinces() {
        Divisions divisions = Divisions.gbT2260();
        return IntStream.rangeClosed(11, 82).mapToObj(number -> number + "0000")
                .filter(code -> divisions.nameOf(code).isPresent() && !divisions.childrenOf(code).isEmpty()).toList();
    }

    List<DemoSchool> schools() {
        return schools;
    }

    List<DemoCommunity> communities() {
        return communities;
    }

    private static DemoSchool school(String county, int number, boolean district, Random random) {
        double draw = random.nextDouble();
        double urban = district ? 0.55 : 0.25;
        String classification = draw < urban ? "URBAN" : draw < urban + 0.35 ? "TOWNSHIP" : "RURAL";
        double kind = random.nextDouble();
        String level = kind < 0.6 ? "PRIMARY" : kind < 0.85 ? "JUNIOR" : "NINE_YEAR";
        int enrolment = switch (classification) {
            case "URBAN" -> 800 + random.nextInt(1700);
            case "TOWNSHIP" -> 300 + random.nextInt(900);
            default -> 30 + random.nextInt(370);
        };
        String code = county + String.format("%04d", number);
        String name = "演示" + suffix(classification) + (level.equals("JUNIOR") ? "初级中学" : level.equals("NINE_YEAR")
                ? "九年一贯制学校" : "小学") + number + "号";
        return new DemoSchool(code, name, county, classification, level, enrolment, null);
    }

    private static String suffix(String classification) {
        return switch (classification) {
            case "URBAN" -> "城区";
            case "TOWNSHIP" -> "镇";
            default -> "乡村";
        };
    }

    /**
     * Each urban school of a county leads a community of the county's township and rural schools (integrated:
     * one or two members; co-construction: two to four); then collaborative communities pair urban schools of
     * counties that are not supported with schools of the mountainous and island counties.
     */
    private void formCommunities(Map<String, List<DemoSchool>> byCounty, List<String> supported, Random random, long seed) {
        List<DemoSchool> spareCores = new ArrayList<>();
        Map<String, List<DemoSchool>> freeInSupported = new LinkedHashMap<>();
        for (Map.Entry<String, List<DemoSchool>> county : byCounty.entrySet()) {
            List<DemoSchool> cores = new ArrayList<>(county.getValue().stream()
                    .filter(school -> school.classification().equals("URBAN")).toList());
            List<DemoSchool> free = new ArrayList<>(county.getValue().stream()
                    .filter(school -> !school.classification().equals("URBAN")).toList());
            for (DemoSchool core : cores) {
                double draw = random.nextDouble() * (INTEGRATED + CO_CONSTRUCTION + 0.12);
                if (draw >= INTEGRATED + CO_CONSTRUCTION || free.isEmpty()) {
                    spareCores.add(core);
                    continue;
                }
                boolean integrated = draw < INTEGRATED;
                int size = integrated ? 1 + random.nextInt(2) : 2 + random.nextInt(3);
                List<String> members = take(free, size);
                communities.add(new DemoCommunity(id(seed, core.code()), core.name() + (integrated ? "融合型教共体" : "共建型教共体"),
                        integrated ? "INTEGRATED" : "CO_CONSTRUCTION", integrated ? null : "CLOSE", core.code(), members,
                        formedOn(random)));
            }
            if (supported.contains(county.getKey())) {
                freeInSupported.put(county.getKey(), free);
            }
        }
        List<String> targets = new ArrayList<>(freeInSupported.keySet());
        spareCores.sort(Comparator.comparing(DemoSchool::code));
        int next = 0;
        for (DemoSchool core : spareCores) {
            if (targets.isEmpty() || supported.contains(core.county())) {
                continue;
            }
            String county = targets.get(next++ % targets.size());
            List<String> members = take(freeInSupported.get(county), 1 + random.nextInt(2));
            if (members.isEmpty()) {
                continue;
            }
            communities.add(new DemoCommunity(id(seed, core.code()), core.name() + "山海协作教共体", "COLLABORATIVE",
                    "COOPERATIVE", core.code(), members, formedOn(random)));
        }
    }

    /** The schools of an integrated community are one legal entity (一校多区): the core school's. */
    private void shareLegalEntities() {
        Map<String, String> entities = new LinkedHashMap<>();
        for (DemoCommunity community : communities) {
            if (community.model().equals("INTEGRATED")) {
                String entity = "12" + community.core().substring(0, 6) + "0" + community.core().substring(6) + "0000X";
                entities.put(community.core(), entity);
                community.members().forEach(member -> entities.put(member, entity));
            }
        }
        schools.replaceAll(school -> entities.containsKey(school.code())
                ? school.withLegalEntity(entities.get(school.code())) : school);
    }

    private static List<String> take(List<DemoSchool> free, int count) {
        List<String> taken = new ArrayList<>();
        while (taken.size() < count && !free.isEmpty()) {
            taken.add(free.remove(free.size() - 1).code());
        }
        return taken;
    }

    private static LocalDate formedOn(Random random) {
        return FIRST_FORMED.plusYears(random.nextInt(4));
    }

    private static UUID id(long seed, String core) {
        return UUID.nameUUIDFromBytes(("edu-community demo " + seed + " " + core).getBytes(StandardCharsets.UTF_8));
    }
}
