package edu.community.community.application;

import edu.community.community.domain.RegisterSchool;
import edu.community.community.domain.School;
import edu.community.eventsourcing.security.Caller;
import edu.community.eventsourcing.security.Division;
import edu.community.eventsourcing.store.Append;
import edu.community.eventsourcing.store.Appended;
import edu.community.eventsourcing.store.EventMetadata;
import edu.community.eventsourcing.store.EventStore;
import edu.community.eventsourcing.store.IdempotencyKey;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

/** Handles commands on schools: check the caller's division, load the stream, decide, append. */
@ApplicationScoped
public class SchoolCommands {

    private final EventStore store;
    private final ReferenceDivisions divisions;

    public SchoolCommands(EventStore store, ReferenceDivisions divisions) {
        this.store = store;
        this.divisions = divisions;
    }

    public Uni<Appended> handle(RegisterSchool command, Caller caller, Optional<IdempotencyKey> idempotencyKey,
                                String correlationId) {
        caller.requireWriteAccess(List.of(new Division(command.countyCode())));
        String stream = command.code().streamId();
        return store.idempotent(idempotencyKey, () -> store.load(stream, School.NONE, School::apply)
                .flatMap(school -> store.append(new Append(stream, school.version(),
                        school.state().decide(command, divisions),
                        new EventMetadata(correlationId, null, caller.subject(), command.countyCode()),
                        idempotencyKey))));
    }
}
