package edu.community.assessment.domain;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A school as it stood on a date: registered by then, open, with the details in force that day.
 *
 * @param events the events this state rests on: the registration, the details in force and the last change
 *               of status
 */
public record SchoolOnDate(String code, String county, SchoolProfile profile, List<UUID> events) {

    public SchoolOnDate {
        events = List.copyOf(events);
    }

    /**
     * Folds a school's facts effective on or before the date, in order; empty when the school was not
     * registered by then or was closed on that day.
     */
    public static Optional<SchoolOnDate> fold(List<SchoolFact> facts) {
        SchoolFact registration = null;
        SchoolFact details = null;
        SchoolFact status = null;
        for (SchoolFact fact : facts) {
            switch (fact.kind()) {
                case REGISTERED -> {
                    registration = fact;
                    details = fact;
                    status = fact;
                }
                case DETAILS_CHANGED -> details = fact;
                case CLOSED, REOPENED -> status = fact;
            }
        }
        if (registration == null || status.kind() == SchoolFact.Kind.CLOSED) {
            return Optional.empty();
        }
        Set<UUID> events = new LinkedHashSet<>(List.of(registration.event(), details.event(), status.event()));
        return Optional.of(new SchoolOnDate(registration.school(), registration.county(), details.profile(),
                new ArrayList<>(events)));
    }
}
