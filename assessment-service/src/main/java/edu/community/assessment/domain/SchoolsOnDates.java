package edu.community.assessment.domain;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The schools a posting, an activity or a lesson concerns, with their memberships and communities, as they stood
 * on any date: what the timelines of staffing and exchange count by (rule 10: the details on the event's date).
 */
public final class SchoolsOnDates {

    private final Map<String, List<SchoolFact>> schools;
    private final Map<String, List<MembershipFact>> memberships;
    private final Map<String, List<CommunityFact>> communities;
    private final Map<String, Set<String>> cored = new HashMap<>();

    /**
     * @param schools     each school's facts in order (effective date, stream version)
     * @param memberships each school's membership facts in order (community, effective date, stream version)
     * @param communities the facts of every community those schools were members or cores of, in order
     */
    public SchoolsOnDates(Map<String, List<SchoolFact>> schools, Map<String, List<MembershipFact>> memberships,
                          Map<String, List<CommunityFact>> communities) {
        this.schools = schools;
        this.memberships = memberships;
        this.communities = communities;
        communities.forEach((id, facts) -> facts.stream().map(CommunityFact::coreSchool)
                .filter(Objects::nonNull)
                .forEach(core -> cored.computeIfAbsent(core, ignored -> new TreeSet<>()).add(id)));
    }

    /** The school on the date: registered by then and open; empty otherwise or when the report does not know it. */
    public Optional<SchoolOnDate> school(String code, LocalDate date) {
        return SchoolOnDate.fold(ReportTimeline.upTo(schools.getOrDefault(code, List.of()), SchoolFact::effectiveDate,
                date));
    }

    /** The communities active on the date that have the school as core or as a member, by id. */
    public Set<String> communitiesOf(String code, LocalDate date) {
        Set<String> ids = new TreeSet<>();
        for (MembershipOnDate membership : MembershipOnDate.fold(ReportTimeline.upTo(
                memberships.getOrDefault(code, List.of()), MembershipFact::effectiveDate, date))) {
            if (onDate(membership.community(), date).isPresent()) {
                ids.add(membership.community());
            }
        }
        for (String id : cored.getOrDefault(code, Set.of())) {
            onDate(id, date).filter(community -> code.equals(community.coreSchool())).ifPresent(community -> ids.add(id));
        }
        return ids;
    }

    private Optional<CommunityOnDate> onDate(String community, LocalDate date) {
        return ReportTimeline.onDate(communities.getOrDefault(community, List.of()), date);
    }
}
