package edu.community.community.application;

import edu.community.eventsourcing.api.CommandRequest;
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
import edu.community.community.projection.RegisterFacts;
import edu.community.eventsourcing.domain.RuleViolation;
import edu.community.eventsourcing.security.Division;
import edu.community.eventsourcing.store.Append;
import edu.community.eventsourcing.store.Appended;
import edu.community.eventsourcing.store.EventMetadata;
import edu.community.eventsourcing.store.EventStore;
import io.smallrye.mutiny.Uni;
import io.vertx.pgclient.PgException;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * Handles commands on communities: load the stream, read the facts about every school the command
 * touches, check the caller's division covers each of them, decide, and append with the registers.
 */
@ApplicationScoped
public class CommunityCommandHandler {

    private static final String ONE_EXCLUSIVE = "community_membership_one_exclusive";

    private final EventStore store;
    private final RegisterFacts facts;
    private final CommunityRegister register;

    public CommunityCommandHandler(EventStore store, RegisterFacts facts, CommunityRegister register) {
        this.store = store;
        this.facts = facts;
        this.register = register;
    }

    public Uni<Appended> handle(Form command, CommandRequest request) {
        Set<String> touched = new LinkedHashSet<>(command.members());
        touched.add(command.coreSchool());
        return decideAndAppend(command.id(), request, touched, (community, known) -> community.decide(command, known));
    }

    public Uni<Appended> handle(AddMember command, CommandRequest request) {
        return decideAndAppend(command.id(), request, Set.of(command.schoolCode()),
                (community, known) -> community.decide(command, known));
    }

    public Uni<Appended> handle(RemoveMember command, CommandRequest request) {
        return decideAndAppend(command.id(), request, Set.of(), (community, known) -> community.decide(command, known));
    }

    public Uni<Appended> handle(ChangeCore command, CommandRequest request) {
        return decideAndAppend(command.id(), request, Set.of(command.coreSchool()),
                (community, known) -> community.decide(command, known));
    }

    public Uni<Appended> handle(ChangeModel command, CommandRequest request) {
        return decideAndAppend(command.id(), request, Set.of(), (community, known) -> community.decide(command, known));
    }

    public Uni<Appended> handle(RenewAgreement command, CommandRequest request) {
        return decideAndAppend(command.id(), request, Set.of(), (community, known) -> community.decide(command));
    }

    public Uni<Appended> handle(AmendAgreement command, CommandRequest request) {
        return decideAndAppend(command.id(), request, Set.of(), (community, known) -> community.decide(command));
    }

    public Uni<Appended> handle(Dissolve command, CommandRequest request) {
        return decideAndAppend(command.id(), request, Set.of(), (community, known) -> community.decide(command));
    }

    private Uni<Appended> decideAndAppend(CommunityId id, CommandRequest request, Set<String> alsoTouched,
                                          BiFunction<Community, CommunityFacts, List<? extends Record>> decide) {
        String stream = id.streamId();
        return store.idempotent(request.idempotencyKey(), () -> store.load(stream, Community.NONE, Community::apply)
                .flatMap(loaded -> {
                    Set<String> touched = new LinkedHashSet<>(loaded.state().schools());
                    touched.addAll(alsoTouched);
                    return facts.about(touched).flatMap(known -> {
                        requireDivisionCovers(request, touched, known);
                        List<? extends Record> events = decide.apply(loaded.state(), known);
                        if (events.isEmpty()) {
                            return Uni.createFrom().item(new Appended(stream, loaded.version(), false));
                        }
                        Community after = loaded.state();
                        for (Record event : events) {
                            after = after.apply(event);
                        }
                        Community recorded = after;
                        int expected = request.expectedVersion().orElse(loaded.version());
                        return store.append(new Append(stream, expected, events,
                                                new EventMetadata(request.correlationId(), null, request.caller().subject(),
                                                        regionOf(recorded.core(), known)),
                                                request.idempotencyKey()),
                                        tx -> register.record(tx, recorded, expected + events.size(), events))
                                .onFailure(PgException.class).transform(CommunityCommandHandler::exclusiveMembership);
                    });
                }), earlier -> earlier);
    }

    /** The division rule: the caller's division must cover every school the write touches. */
    private static void requireDivisionCovers(CommandRequest request, Set<String> touched, CommunityFacts known) {
        for (String code : touched) {
            known.school(code).ifPresent(school ->
                    request.caller().requireWriteAccess(List.of(new Division(school.countyCode()))));
        }
    }

    private static String regionOf(String core, CommunityFacts known) {
        return known.school(core).map(School::countyCode).orElse(null);
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
