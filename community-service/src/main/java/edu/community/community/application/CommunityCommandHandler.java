package edu.community.community.application;

import edu.community.community.domain.Community;
import edu.community.community.domain.CommunityCommands.AddMember;
import edu.community.community.domain.CommunityCommands.AmendAgreement;
import edu.community.community.domain.CommunityCommands.ChangeCore;
import edu.community.community.domain.CommunityCommands.ChangeModel;
import edu.community.community.domain.CommunityCommands.Dissolve;
import edu.community.community.domain.CommunityCommands.Form;
import edu.community.community.domain.CommunityCommands.RemoveMember;
import edu.community.community.domain.CommunityCommands.RenewAgreement;
import edu.community.community.domain.CommunityFacts;
import edu.community.community.domain.CommunityId;
import edu.community.community.domain.School;
import edu.community.community.projection.CommunityRegister;
import edu.community.eventsourcing.api.CommandRequest;
import edu.community.eventsourcing.command.CommandPipeline;
import edu.community.eventsourcing.command.Decision;
import edu.community.eventsourcing.command.Written;
import edu.community.eventsourcing.domain.RuleViolation;
import edu.community.eventsourcing.security.Division;
import io.smallrye.mutiny.Uni;
import io.vertx.pgclient.PgException;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * Handles commands on communities: the facts about every school the command touches (read in its
 * transaction, the schools locked against closing), the caller's division over each of them, the rule, and
 * the community register kept with each append.
 */
@ApplicationScoped
public class CommunityCommandHandler {

    private static final String ONE_EXCLUSIVE = "community_membership_one_exclusive";

    private final CommandPipeline pipeline;
    private final RegisterFacts facts;
    private final CommunityRegister register;

    public CommunityCommandHandler(CommandPipeline pipeline, RegisterFacts facts, CommunityRegister register) {
        this.pipeline = pipeline;
        this.facts = facts;
        this.register = register;
    }

    public Uni<Written<Community>> handle(Form command, CommandRequest request) {
        Set<String> touched = new LinkedHashSet<>(command.members());
        touched.add(command.coreSchool());
        return handle(command.id(), request, touched, (community, known) -> community.decide(command, known));
    }

    public Uni<Written<Community>> handle(AddMember command, CommandRequest request) {
        return handle(command.id(), request, Set.of(command.schoolCode()),
                (community, known) -> community.decide(command, known));
    }

    public Uni<Written<Community>> handle(RemoveMember command, CommandRequest request) {
        return handle(command.id(), request, Set.of(), (community, known) -> community.decide(command, known));
    }

    public Uni<Written<Community>> handle(ChangeCore command, CommandRequest request) {
        return handle(command.id(), request, Set.of(command.coreSchool()),
                (community, known) -> community.decide(command, known));
    }

    public Uni<Written<Community>> handle(ChangeModel command, CommandRequest request) {
        return handle(command.id(), request, Set.of(), (community, known) -> community.decide(command, known));
    }

    public Uni<Written<Community>> handle(RenewAgreement command, CommandRequest request) {
        return handle(command.id(), request, Set.of(), (community, known) -> community.decide(command));
    }

    public Uni<Written<Community>> handle(AmendAgreement command, CommandRequest request) {
        return handle(command.id(), request, Set.of(), (community, known) -> community.decide(command));
    }

    public Uni<Written<Community>> handle(Dissolve command, CommandRequest request) {
        return handle(command.id(), request, Set.of(), (community, known) -> community.decide(command));
    }

    private Uni<Written<Community>> handle(CommunityId id, CommandRequest request, Set<String> alsoTouched,
                                           BiFunction<Community, CommunityFacts, List<? extends Record>> rule) {
        return pipeline.run(Community.stream(id), request,
                        (tx, loaded) -> {
                            Set<String> touched = new LinkedHashSet<>(loaded.state().schools());
                            touched.addAll(alsoTouched);
                            return facts.about(tx, touched).map(known -> {
                                requireDivisionCovers(request, touched, known);
                                List<? extends Record> events = rule.apply(loaded.state(), known);
                                String core = events.isEmpty() ? loaded.state().core()
                                        : after(loaded.state(), events).core();
                                return Decision.of(known.school(core).map(School::countyCode).orElse(null), events);
                            });
                        },
                        (tx, written) -> register.record(tx, written.state(), written.version(), written.events()))
                .onFailure(PgException.class).transform(CommunityCommandHandler::exclusiveMembership);
    }

    private static Community after(Community before, List<? extends Record> events) {
        Community after = before;
        for (Record event : events) {
            after = after.apply(event);
        }
        return after;
    }

    /** The division rule: the caller's division must cover every school the write touches. */
    private static void requireDivisionCovers(CommandRequest request, Set<String> touched, CommunityFacts known) {
        for (String code : touched) {
            known.school(code).ifPresent(school ->
                    request.caller().requireWriteAccess(List.of(new Division(school.countyCode()))));
        }
    }

    /** A concurrent write put a school into another exclusive community between our read and our commit. */
    private static Throwable exclusiveMembership(Throwable failure) {
        PgException pg = (PgException) failure;
        if ("23505".equals(pg.getSqlState()) && String.valueOf(pg.getErrorMessage()).contains(ONE_EXCLUSIVE)) {
            return RuleViolation.conflict("school.in-another-community",
                    "a school of this community joined another integrated or co-construction community meanwhile",
                    Map.of());
        }
        return failure;
    }
}
