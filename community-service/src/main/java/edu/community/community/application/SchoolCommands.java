package edu.community.community.application;

import edu.community.community.domain.ChangeSchoolDetails;
import edu.community.community.domain.CloseSchool;
import edu.community.community.domain.RegisterSchool;
import edu.community.community.domain.ReopenSchool;
import edu.community.community.domain.School;
import edu.community.community.domain.SchoolCode;
import edu.community.community.projection.CommunityRegister;
import edu.community.community.projection.SchoolRegister;
import edu.community.eventsourcing.api.CommandRequest;
import edu.community.eventsourcing.command.CommandPipeline;
import edu.community.eventsourcing.command.Decision;
import edu.community.eventsourcing.command.Written;
import edu.community.eventsourcing.security.Caller;
import edu.community.eventsourcing.security.Division;
import edu.community.eventsourcing.store.Loaded;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.function.Function;

/** Handles commands on schools: the caller's division, the rule, and the school register kept with each append. */
@ApplicationScoped
public class SchoolCommands {

    private final CommandPipeline pipeline;
    private final ReferenceDivisions divisions;
    private final SchoolRegister register;
    private final CommunityRegister communities;

    public SchoolCommands(CommandPipeline pipeline, ReferenceDivisions divisions, SchoolRegister register,
                          CommunityRegister communities) {
        this.pipeline = pipeline;
        this.divisions = divisions;
        this.register = register;
        this.communities = communities;
    }

    public Uni<Written<School>> handle(RegisterSchool command, CommandRequest request) {
        return handle(command.code(), request, command.countyCode(), school -> school.decide(command, divisions));
    }

    /** One row of a bulk import: registered, changed or left as it is. */
    public Uni<Written<School>> handleImport(RegisterSchool command, CommandRequest request) {
        return handle(command.code(), request, command.countyCode(), school -> school.decideImport(command, divisions));
    }

    public Uni<Written<School>> handle(ChangeSchoolDetails command, CommandRequest request) {
        return handle(command.code(), request, null, school -> school.decide(command));
    }

    /**
     * Closing reads the school's communities with its register row locked {@code FOR UPDATE}: a community
     * command that found the school open holds the row {@code FOR SHARE} until it commits, so the two never
     * both succeed on facts the other changes.
     */
    public Uni<Written<School>> handle(CloseSchool command, CommandRequest request) {
        String code = command.code().value();
        return pipeline.run(School.stream(command.code()), request,
                (tx, loaded) -> register.lock(tx, List.of(code), SchoolRegister.Lock.UPDATE)
                        .flatMap(locked -> communities.activeCommunitiesOf(tx, code))
                        .map(active -> decide(loaded, request.caller(), null,
                                school -> school.decide(command, active))),
                (tx, written) -> register.record(tx, written.state(), written.version()));
    }

    public Uni<Written<School>> handle(ReopenSchool command, CommandRequest request) {
        return handle(command.code(), request, null, school -> school.decide(command));
    }

    /**
     * @param commandCounty the county a registration names (the caller must cover it and, for a known school,
     *                      the school's own county too); null for commands on a registered school
     */
    private Uni<Written<School>> handle(SchoolCode code, CommandRequest request, String commandCounty,
                                        Function<School, List<? extends Record>> rule) {
        return pipeline.run(School.stream(code), request,
                (tx, loaded) -> Uni.createFrom().item(decide(loaded, request.caller(), commandCounty, rule)),
                (tx, written) -> register.record(tx, written.state(), written.version()));
    }

    private static Decision decide(Loaded<School> loaded, Caller caller, String commandCounty,
                                   Function<School, List<? extends Record>> rule) {
        if (commandCounty != null) {
            caller.requireWriteAccess(List.of(new Division(commandCounty)));
        }
        if (loaded.exists()) {
            caller.requireWriteAccess(List.of(new Division(loaded.state().countyCode())));
        }
        return Decision.of(loaded.exists() ? loaded.state().countyCode() : commandCounty, rule.apply(loaded.state()));
    }
}
