package edu.community.community.domain;

import java.util.Optional;

/**
 * What community rules need to know beyond the community itself, read in the command's transaction with the
 * locks the rules need.
 */
public interface CommunityFacts {

    /** The school as the register holds it, if registered. */
    Optional<School> school(String schoolCode);

    /**
     * The integrated or co-construction community the school belongs to now (as core or member), other than
     * {@code except}; a school belongs to at most one such community at a time.
     */
    Optional<String> exclusiveCommunityOf(String schoolCode, CommunityId except);
}
