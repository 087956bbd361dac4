package edu.community.assessment.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The schools a posting, an activity or a lesson concerns, with their memberships and communities, as they stood
 * on any date: what the timelines of staffing and exchange count by (rule 10: the details on the event's date).
 *
 * @param schools     each school's facts in order (effective date, stream version)
 * @param memberships each school's membership facts in order (community, effective date, stream version)
 * @param communities the facts of every community those schools were members or cores of, in order
 */
public record SchoolsOnDates(Map<String, List<SchoolFact>> schools, Map<String, List<MembershipFact>> memberships,
                             Map<String, List<CommunityFact>> communities) {

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
            if (ReportTimeline.onDate(communities.getOrDefault(membership.community(), List.of()), date).isPresent()) {
                ids.add(membership.community());
            }
        }
        communities.forEach((id, facts) -> ReportTimeline.onDate(facts, date)
                .filter(community -> code.equals(community.coreSchool()))
                .ifPresent(community -> ids.add(id)));
        return ids;
    }
}
