package edu.community.assessment.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A school's membership of a community on a date.
 *
 * @param since the effective date of the event that made the school a member (a forming or a join)
 * @param event that event
 */
public record MembershipOnDate(String community, String school, LocalDate since, UUID event) {

    /** The memberships in force after the facts effective on or before the date, given in order. */
    public static List<MembershipOnDate> fold(List<MembershipFact> facts) {
        Map<String, MembershipFact> latest = new LinkedHashMap<>();
        for (MembershipFact fact : facts) {
            latest.put(fact.community() + "/" + fact.school(), fact);
        }
        List<MembershipOnDate> memberships = new ArrayList<>();
        for (MembershipFact fact : latest.values()) {
            if (fact.member()) {
                memberships.add(new MembershipOnDate(fact.community(), fact.school(), fact.effectiveDate(), fact.event()));
            }
        }
        return memberships;
    }
}
