package edu.community.assessment.domain;

import java.util.List;
import java.util.UUID;

/**
 * What one thing adds to a report figure, and the events it rests on: a school, a community, or a pairing
 * ({@code <community>/<school>}). A figure is the number of its contributions.
 */
public record Contribution(String subject, List<UUID> events) {

    public Contribution {
        events = List.copyOf(events);
    }
}
