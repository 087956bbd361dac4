package edu.community.assessment.domain;

import java.time.LocalDate;
import java.util.UUID;

/**
 * 成员关系 — one event that made a school a member of a community (its forming, a join) or ended that (a leave,
 * or the member becoming the core). Facts are ordered by effective date, then by stream version.
 */
public record MembershipFact(UUID event, String community, String school, LocalDate effectiveDate,
                             int streamVersion, boolean member) {
}
