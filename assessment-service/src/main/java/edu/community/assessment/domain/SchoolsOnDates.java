package edu.community.assessment.domain;

import edu.community.contracts.community.SchoolClassification;
import edu.community.contracts.staffing.careers.Dated;
import edu.community.contracts.staffing.careers.SchoolFacts;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The schools a posting, an activity or a lesson concerns, with their memberships and communities, as they stood
 * on any date: what the timelines of staffing and exchange count by (rule 10: the details on the event's date), and
 * what the shared rules 4–6 ask about schools ({@link SchoolFacts}).
 */
public final class SchoolsOnDates implements SchoolFacts {

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

    @Override
    public Optional<String> countyOf(String school) {
        return schools.getOrDefault(school, List.of()).stream()
                .filter(fact -> fact.kind() == SchoolFact.Kind.REGISTERED).map(SchoolFact::county).findFirst();
    }

    @Override
    public List<Dated<SchoolClassification>> classifications(String school) {
        List<Dated<SchoolClassification>> history = new ArrayList<>();
        for (SchoolFact fact : schools.getOrDefault(school, List.of())) {
            if (fact.profile() != null) {
                history = Dated.with(history, fact.effectiveDate(), fact.profile().classification());
            }
        }
        return history;
    }

    @Override
    public List<Membership> communitiesOn(String school, LocalDate on) {
        List<Membership> found = new ArrayList<>();
        for (String id : communitiesOf(school, on)) {
            onDate(id, on).ifPresent(community -> found.add(new Membership(id, community.model(),
                    school.equals(community.coreSchool()))));
        }
        return found;
    }

    /** The dates the school's facts take effect. */
    public List<LocalDate> changes(String school) {
        return schools.getOrDefault(school, List.of()).stream().map(SchoolFact::effectiveDate).toList();
    }

    private Optional<CommunityOnDate> onDate(String community, LocalDate date) {
        return ReportTimeline.onDate(communities.getOrDefault(community, List.of()), date);
    }
}
