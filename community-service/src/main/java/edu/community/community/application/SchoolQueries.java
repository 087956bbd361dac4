package edu.community.community.application;

import edu.community.community.domain.School;
import edu.community.community.domain.SchoolCode;
import edu.community.community.projection.SchoolRegister;
import edu.community.eventsourcing.security.Caller;
import edu.community.eventsourcing.security.Division;
import edu.community.eventsourcing.store.EventStore;
import edu.community.eventsourcing.store.Loaded;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

/** Reads schools: one from its stream, many from the register. */
@ApplicationScoped
public class SchoolQueries {

    private final EventStore store;
    private final SchoolRegister register;

    public SchoolQueries(EventStore store, SchoolRegister register) {
        this.store = store;
        this.register = register;
    }

    /** The school with its stream version, if registered and readable by the caller. */
    public Uni<Optional<Loaded<School>>> get(SchoolCode code, Caller caller) {
        return store.load(code.streamId().value(), School.NONE, School::apply).map(loaded -> {
            if (!loaded.exists()) {
                return Optional.empty();
            }
            caller.requireReadAccess(new Division(loaded.state().countyCode()));
            return Optional.of(loaded);
        });
    }

    /**
     * A page of the register. Without a division, a caller who may read the whole province gets all of it
     * and any other caller gets its own division; a division the caller may not read is refused.
     */
    public Uni<List<SchoolRegister.Entry>> search(SchoolRegister.Search search, Caller caller) {
        Division division = search.division() != null ? search.division()
                : caller.mayRead(caller.division().province()) ? null : caller.division();
        if (division != null) {
            caller.requireReadAccess(division);
        }
        return register.search(new SchoolRegister.Search(division, search.classification(), search.level(),
                search.status(), search.after(), search.limit()));
    }
}
