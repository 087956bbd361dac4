package edu.community.community.application;

import edu.community.eventsourcing.api.CommandRequest;
import edu.community.community.domain.ChangeSchoolDetails;
import edu.community.community.domain.CloseSchool;
import edu.community.community.domain.RegisterSchool;
import edu.community.community.domain.ReopenSchool;
import edu.community.community.domain.School;
import edu.community.community.domain.SchoolCode;
import edu.community.community.projection.SchoolRegister;
import edu.community.eventsourcing.security.Caller;
import edu.community.eventsourcing.security.Division;
import edu.community.eventsourcing.store.Append;
import edu.community.eventsourcing.store.Appended;
import edu.community.eventsourcing.store.EventMetadata;
import edu.community.eventsourcing.store.EventStore;
import edu.community.eventsourcing.store.Loaded;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.function.Function;

/** Handles commands on schools: check the caller's division, load the stream, decide, append. */
@ApplicationScoped
public class SchoolCommands {

    private final EventStore store;
    private final ReferenceDivisions divisions;
    private final SchoolRegister register;

    public SchoolCommands(EventStore store, ReferenceDivisions divisions, SchoolRegister register) {
        this.store = store;
        this.divisions = divisions;
        this.register = register;
    }

    /** What a command did: the append (or the current version when nothing changed) and the events written. */
    public record Decided(Appended appended, List<? extends Record> events) {
    }

    public Uni<Appended> handle(RegisterSchool command, CommandRequest request) {
        request.caller().requireWriteAccess(List.of(new Division(command.countyCode())));
        return decideAndAppend(command.code(), command.countyCode(), request,
                school -> school.decide(command, divisions)).map(Decided::appended);
    }

    /** One row of a bulk import: registered, changed or left as it is. */
    public Uni<Decided> handleImport(RegisterSchool command, CommandRequest request) {
        request.caller().requireWriteAccess(List.of(new Division(command.countyCode())));
        return decideAndAppend(command.code(), command.countyCode(), request,
                school -> school.decideImport(command, divisions));
    }

    public Uni<Appended> handle(ChangeSchoolDetails command, CommandRequest request) {
        return decideAndAppend(command.code(), null, request, school -> school.decide(command)).map(Decided::appended);
    }

    public Uni<Appended> handle(CloseSchool command, CommandRequest request) {
        return decideAndAppend(command.code(), null, request, school -> school.decide(command)).map(Decided::appended);
    }

    public Uni<Appended> handle(ReopenSchool command, CommandRequest request) {
        return decideAndAppend(command.code(), null, request, school -> school.decide(command)).map(Decided::appended);
    }

    /**
     * @param newSchoolCounty the county of a school being registered (the event's region before the stream
     *                        exists); null for commands on a registered school
     */
    private Uni<Decided> decideAndAppend(SchoolCode code, String newSchoolCounty, CommandRequest request,
                                         Function<School, List<? extends Record>> decide) {
        String stream = code.streamId();
        return store.idempotent(request.idempotencyKey(), () -> store.load(stream, School.NONE, School::apply)
                .flatMap(loaded -> {
                    requireCovered(loaded, request.caller());
                    List<? extends Record> events = decide.apply(loaded.state());
                    int expected = request.expectedVersion().orElse(loaded.version());
                    if (events.isEmpty()) {
                        return Uni.createFrom().item(new Decided(new Appended(stream, loaded.version(), false), events));
                    }
                    School after = loaded.state();
                    for (Record event : events) {
                        after = after.apply(event);
                    }
                    School recorded = after;
                    return store.append(new Append(stream, expected, events,
                                    new EventMetadata(request.correlationId(), null, request.caller().subject(),
                                            loaded.exists() ? loaded.state().countyCode() : newSchoolCounty),
                                    request.idempotencyKey()),
                            tx -> register.record(tx, recorded, expected + events.size()))
                            .map(appended -> new Decided(appended, events));
                }), earlier -> new Decided(earlier, List.of()));
    }

    private static void requireCovered(Loaded<School> loaded, Caller caller) {
        if (loaded.exists()) {
            caller.requireWriteAccess(List.of(new Division(loaded.state().countyCode())));
        }
    }
}
