package edu.community.exchange.domain;

import java.time.LocalDate;
import java.util.Optional;

/** What the activity rules need to know about schools and communities (from community-service's events). */
public interface ActivityFacts {

    /** The county-level division of a known school; empty when the school is not known. */
    Optional<String> countyOf(String schoolCode);

    /** Whether the school belongs to the community (as core or member) on the date, the community being active. */
    boolean belongs(String communityId, String schoolCode, LocalDate on);
}
