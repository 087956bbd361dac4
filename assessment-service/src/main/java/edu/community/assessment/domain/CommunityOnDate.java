package edu.community.assessment.domain;

import edu.community.contracts.community.CommunityModel;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * 教共体 — a community as it stood on a date: formed by then and not dissolved, with the model and core school
 * in force that day.
 *
 * @param events the forming, and the events that set the model and the core in force
 */
public record CommunityOnDate(String id, String name, CommunityModel model, String coreSchool, String coreCounty,
                              List<UUID> events) {

    public CommunityOnDate {
        events = List.copyOf(events);
    }

    /** Folds a community's facts effective on or before the date, in order; empty unless active that day. */
    public static Optional<CommunityOnDate> fold(List<CommunityFact> facts) {
        CommunityFact formed = null;
        CommunityFact model = null;
        CommunityFact core = null;
        for (CommunityFact fact : facts) {
            switch (fact.kind()) {
                case FORMED -> {
                    formed = fact;
                    model = fact;
                    core = fact;
                }
                case MODEL_CHANGED -> model = fact;
                case CORE_CHANGED -> core = fact;
                case DISSOLVED -> formed = null;
            }
        }
        if (formed == null) {
            return Optional.empty();
        }
        Set<UUID> events = new LinkedHashSet<>(List.of(formed.event(), model.event(), core.event()));
        return Optional.of(new CommunityOnDate(formed.community(), formed.name(), model.model(), core.coreSchool(),
                core.coreCounty(), List.copyOf(events)));
    }
}
