package edu.community.assessment.domain;

import java.util.List;
import java.util.UUID;

/**
 * What one thing adds to a report figure, and the events it rests on: a school, a community, a pairing
 * ({@code <community>/<school>}), a posting, an activity or a lesson. A figure is the sum of its contributions'
 * weights: 1 each for a count, participants, minutes or students for a sum.
 */
public record Contribution(String subject, List<UUID> events, int weight) {

    public Contribution {
        events = List.copyOf(events);
    }

    public Contribution(String subject, List<UUID> events) {
        this(subject, events, 1);
    }
}
