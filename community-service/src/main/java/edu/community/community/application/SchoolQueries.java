package edu.community.community.application;

import edu.community.community.domain.School;
import edu.community.community.domain.SchoolCode;
import edu.community.eventsourcing.security.Caller;
import edu.community.eventsourcing.security.Division;
import edu.community.eventsourcing.store.EventStore;
import edu.community.eventsourcing.store.Loaded;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/** Reads schools from their streams. */
@ApplicationScoped
public class SchoolQueries {

    private final EventStore store;

    public SchoolQueries(EventStore store) {
        this.store = store;
    }

    /** The school with its stream version, if registered and readable by the caller. */
    public Uni<Optional<Loaded<School>>> get(SchoolCode code, Caller caller) {
        return store.load(code.streamId(), School.NONE, School::apply).map(loaded -> {
            if (!loaded.exists()) {
                return Optional.empty();
            }
            caller.requireReadAccess(new Division(loaded.state().countyCode()));
            return Optional.of(loaded);
        });
    }
}
