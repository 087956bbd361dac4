package edu.community.assessment.domain;

import edu.community.contracts.community.CommunityModel;
import edu.community.reference.SupportCounties;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * 全省统计 — every figure of the provincial report on one date, for every unit at once: the province, each city,
 * each county (units named by their GB/T 2260 code) and each community ({@code community/<id>}). Each figure
 * keeps its contributions, so that the events behind any number can be listed.
 *
 * <p>Schools count where they are registered; a community counts in its core school's county; a member
 * school counts once per figure however many communities it belongs to (rule 9); a cross-region pairing
 * counts in the member's county, as a mountainous or island pairing when the member's county was listed so
 * on the date of the event that made the pairing (rule 10).
 */
public final class ProvincialTally {


    private final Map<String, SortedMap<String, Map<String, Contribution>>> units = new HashMap<>();

    private ProvincialTally() {
    }

    /** The unit a community's own figures are kept under. */
    public static String communityUnit(String communityId) {
        return "community/" + communityId;
    }

    /**
     * Counts the report on one date from the schools, communities and memberships as they stood that day.
     * Memberships of schools or communities not in the given collections are left out.
     */
    public static ProvincialTally count(Collection<SchoolOnDate> schools, Collection<CommunityOnDate> communities,
                                        Collection<MembershipOnDate> memberships, SupportCounties supportCounties) {
        ProvincialTally tally = new ProvincialTally();
        Map<String, CommunityOnDate> active = communities.stream()
                .collect(Collectors.toMap(CommunityOnDate::id, Function.identity()));
        Map<String, List<MembershipOnDate>> bySchool = memberships.stream()
                .filter(membership -> active.containsKey(membership.community()))
                .collect(Collectors.groupingBy(MembershipOnDate::school));
        for (CommunityOnDate community : communities) {
            tally.countCommunity(community);
        }
        for (SchoolOnDate school : schools) {
            tally.countSchool(school);
            tally.countMemberships(school, bySchool.getOrDefault(school.code(), List.of()), active, supportCounties);
        }
        return tally;
    }

    /** A unit's figures, by name; a figure nobody contributed to is absent. */
    public SortedMap<String, Long> figures(String unit) {
        SortedMap<String, Long> figures = new TreeMap<>();
        units.getOrDefault(unit, new TreeMap<>()).forEach((figure, contributions) ->
                figures.put(figure, (long) contributions.size()));
        return figures;
    }

    /** What a figure of a unit counts, in subject order. */
    public List<Contribution> contributions(String unit, String figure) {
        Map<String, Contribution> contributions = units.getOrDefault(unit, new TreeMap<>()).get(figure);
        return contributions == null ? List.of() : new ArrayList<>(new TreeMap<>(contributions).values());
    }

    /** Receives each contribution counted, with the unit and figure it counts in. */
    @FunctionalInterface
    public interface Visitor {
        void counted(String unit, String figure, Contribution contribution);
    }

    /** Hands every contribution of every unit and figure to {@code visitor}. */
    public void forEach(Visitor visitor) {
        units.forEach((unit, figures) -> figures.forEach((figure, contributions) ->
                contributions.values().forEach(contribution -> visitor.counted(unit, figure, contribution))));
    }

    /** Whether anything was counted for the unit. */
    public boolean has(String unit) {
        return units.containsKey(unit);
    }

    private void countCommunity(CommunityOnDate community) {
        if (community.coreCounty() == null) {
            return;
        }
        Contribution contribution = new Contribution(community.id(), community.events());
        for (String unit : divisionsOf(community.coreCounty())) {
            add(unit, "communities.total", contribution);
            add(unit, "communities.model." + community.model(), contribution);
        }
    }

    private void countSchool(SchoolOnDate school) {
        SchoolProfile profile = school.profile();
        Contribution contribution = new Contribution(school.code(), school.events());
        for (String unit : divisionsOf(school.county())) {
            add(unit, "schools.total", contribution);
            add(unit, "schools.classification." + profile.classification(), contribution);
            add(unit, "schools.level." + profile.level(), contribution);
            if (profile.isPublic()) {
                add(unit, "schools.public", contribution);
            }
            if (profile.isPublicCompulsory()) {
                add(unit, "schools.publicCompulsory", contribution);
            }
        }
    }

    private void countMemberships(SchoolOnDate school, List<MembershipOnDate> memberships,
                                  Map<String, CommunityOnDate> communities, SupportCounties supportCounties) {
        if (memberships.isEmpty()) {
            return;
        }
        SchoolProfile profile = school.profile();
        Set<UUID> events = new LinkedHashSet<>(school.events());
        Set<CommunityModel> models = EnumSet.noneOf(CommunityModel.class);
        for (MembershipOnDate membership : memberships) {
            CommunityOnDate community = communities.get(membership.community());
            events.add(membership.event());
            events.addAll(community.events());
            models.add(community.model());
            countPairing(school, membership, community, supportCounties);
        }
        Contribution covered = new Contribution(school.code(), List.copyOf(events));
        boolean exclusive = models.stream().anyMatch(CommunityModel::isExclusive);
        for (String unit : divisionsOf(school.county())) {
            add(unit, "coverage.members", covered);
            add(unit, "coverage.classification." + profile.classification(), covered);
            models.forEach(model -> add(unit, "coverage.model." + model, covered));
            if (exclusive) {
                add(unit, "coverage.integratedOrCoConstruction", covered);
            }
            if (models.contains(CommunityModel.COLLABORATIVE)) {
                add(unit, "coverage.collaborative", covered);
            }
            if (profile.isPublic()) {
                add(unit, "coverage.public", covered);
            }
            if (exclusive && profile.isPublicCompulsory()) {
                add(unit, "coverage.publicCompulsory", covered);
            }
        }
    }

    private void countPairing(SchoolOnDate school, MembershipOnDate membership, CommunityOnDate community,
                              SupportCounties supportCounties) {
        String unit = communityUnit(community.id());
        List<UUID> events = new ArrayList<>(school.events());
        events.add(membership.event());
        Contribution member = new Contribution(school.code(), events);
        add(unit, "members", member);
        add(unit, "members.classification." + school.profile().classification(), member);
        Pairing pairing = Pairing.of(community, school, membership, supportCounties);
        if (!pairing.crossRegion()) {
            return;
        }
        List<UUID> pairingEvents = new ArrayList<>(community.events());
        pairingEvents.addAll(events);
        Contribution paired = new Contribution(community.id() + "/" + school.code(),
                List.copyOf(new LinkedHashSet<>(pairingEvents)));
        List<String> counted = new ArrayList<>(divisionsOf(school.county()));
        counted.add(unit);
        for (String target : counted) {
            add(target, "pairings.crossRegion", paired);
            pairing.supportCategory().ifPresent(supported -> add(target, "pairings.crossRegion." + supported, paired));
        }
    }

    private void add(String unit, String figure, Contribution contribution) {
        units.computeIfAbsent(unit, ignored -> new TreeMap<>())
                .computeIfAbsent(figure, ignored -> new HashMap<>())
                .putIfAbsent(contribution.subject(), contribution);
    }

    /** The province, city and county of a county code: 330106 → 330000, 330100, 330106. */
    static List<String> divisionsOf(String county) {
        return List.of(county.substring(0, 2) + "0000", county.substring(0, 4) + "00", county);
    }
}
