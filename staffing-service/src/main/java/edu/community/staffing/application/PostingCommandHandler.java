package edu.community.staffing.application;

import edu.community.contracts.staffing.careers.Appointment;
import edu.community.contracts.staffing.careers.SchoolFacts;
import edu.community.eventsourcing.api.CommandRequest;
import edu.community.eventsourcing.command.CommandPipeline;
import edu.community.eventsourcing.command.Decision;
import edu.community.eventsourcing.command.Written;
import edu.community.eventsourcing.security.Caller;
import edu.community.eventsourcing.security.Division;
import edu.community.staffing.domain.Career;
import edu.community.staffing.domain.Posting;
import edu.community.staffing.domain.PostingBounds;
import edu.community.staffing.domain.PostingCommands;
import edu.community.staffing.domain.PostingId;
import edu.community.staffing.domain.Staff;
import edu.community.staffing.projection.StaffRegister;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiFunction;

/**
 * Handles commands on postings. Each takes the person's row lock first, so that the commands deciding on one
 * person's postings (one at a time, rule 7) take turns; then reads the person's career and the facts about the
 * origin and destination schools in the same transaction. A school officer proposes, starts, ends and cancels
 * for its own school (the origin); the division rule applies to the origin and the destination, so approving a
 * cross-county posting needs the city or the province.
 */
@ApplicationScoped
public class PostingCommandHandler {

    private final CommandPipeline pipeline;
    private final ReadModelSchools schools;
    private final StaffRegister register;
    private final PostingBounds bounds;

    public PostingCommandHandler(CommandPipeline pipeline, ReadModelSchools schools, StaffRegister register,
                                 PostingBounds bounds) {
        this.pipeline = pipeline;
        this.schools = schools;
        this.register = register;
        this.bounds = bounds;
    }

    public Uni<Written<Posting>> handle(PostingCommands.Propose command, CommandRequest request) {
        UUID person = command.staffId().value();
        return pipeline.run(Posting.stream(command.id()), request, (tx, loaded) -> register.lock(tx, person)
                .flatMap(locked -> register.career(tx, person))
                .flatMap(found -> {
                    Career career = found.orElse(new Career(Staff.NONE, List.of()));
                    String origin = career.appointmentOn(command.plannedStart()).map(Appointment::school).orElse(null);
                    Set<String> touched = schoolsOf(origin, command.destination());
                    return schools.about(tx, touched).map(facts -> {
                        if (origin != null) {
                            authorize(request.caller(), origin, touched, facts);
                        }
                        return Decision.of(county(facts, origin),
                                loaded.state().decide(command, found.orElse(null), facts, bounds));
                    });
                }), (tx, written) -> register.record(tx, written.state(), written.version()));
    }

    public Uni<Written<Posting>> handle(PostingCommands.Approve command, CommandRequest request) {
        return step(command.id(), request, (posting, career) -> posting.decide(command));
    }

    public Uni<Written<Posting>> handle(PostingCommands.Reject command, CommandRequest request) {
        return step(command.id(), request, (posting, career) -> posting.decide(command));
    }

    public Uni<Written<Posting>> handle(PostingCommands.Start command, CommandRequest request) {
        return step(command.id(), request, (posting, career) -> posting.decide(command, career));
    }

    public Uni<Written<Posting>> handle(PostingCommands.Complete command, CommandRequest request) {
        return step(command.id(), request, (posting, career) -> posting.decide(command));
    }

    public Uni<Written<Posting>> handle(PostingCommands.EndEarly command, CommandRequest request) {
        return step(command.id(), request, (posting, career) -> posting.decide(command));
    }

    public Uni<Written<Posting>> handle(PostingCommands.Cancel command, CommandRequest request) {
        return step(command.id(), request, (posting, career) -> posting.decide(command));
    }

    /** A step of an existing posting; one on a posting never proposed is refused by its rule, without facts. */
    private Uni<Written<Posting>> step(PostingId id, CommandRequest request,
                                       BiFunction<Posting, Career, List<? extends Record>> rule) {
        return pipeline.run(Posting.stream(id), request, (tx, loaded) -> {
            Posting posting = loaded.state();
            if (!posting.exists()) {
                return Uni.createFrom().item(Decision.of(null, rule.apply(posting, null)));
            }
            UUID person = UUID.fromString(posting.staffId());
            return register.lock(tx, person).flatMap(locked -> careerWith(tx, person, posting))
                    .flatMap(career -> {
                        Set<String> touched = schoolsOf(posting.origin(), posting.destination());
                        return schools.about(tx, touched).map(facts -> {
                            authorize(request.caller(), posting.origin(), touched, facts);
                            return Decision.of(county(facts, posting.origin()), rule.apply(posting, career));
                        });
                    });
        }, (tx, written) -> register.record(tx, written.state(), written.version()));
    }

    /** The person's career with this posting as it stands in its stream (the register may not hold it yet). */
    private Uni<Career> careerWith(SqlConnection tx, UUID person, Posting posting) {
        return register.career(tx, person).map(found -> {
            Career career = found.orElseThrow(() -> new IllegalStateException("posting " + posting.id()
                    + " names staff " + person + ", who is not in the register"));
            List<Posting> postings = new ArrayList<>(career.postings().stream()
                    .filter(other -> !other.id().equals(posting.id())).toList());
            postings.add(posting);
            return new Career(career.staff(), postings);
        });
    }

    private static Set<String> schoolsOf(String origin, String destination) {
        Set<String> touched = new LinkedHashSet<>();
        if (origin != null) {
            touched.add(origin);
        }
        touched.add(destination);
        return touched;
    }

    /** The school rule on the origin, the division rule on every known school touched. */
    private static void authorize(Caller caller, String origin, Set<String> touched, SchoolFacts facts) {
        caller.requireSchoolAccess(origin);
        caller.requireWriteAccess(touched.stream().map(facts::countyOf).flatMap(Optional::stream)
                .distinct().map(Division::new).toList());
    }

    private static String county(SchoolFacts facts, String school) {
        return school == null ? null : facts.countyOf(school).orElse(null);
    }
}
