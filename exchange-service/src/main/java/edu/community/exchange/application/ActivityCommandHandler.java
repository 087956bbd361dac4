package edu.community.exchange.application;

import edu.community.contracts.exchange.ParticipantCount;
import edu.community.eventsourcing.api.CommandRequest;
import edu.community.eventsourcing.command.CommandPipeline;
import edu.community.eventsourcing.command.Decision;
import edu.community.eventsourcing.command.Written;
import edu.community.eventsourcing.security.Caller;
import edu.community.eventsourcing.security.Division;
import edu.community.exchange.domain.Activity;
import edu.community.exchange.domain.ActivityBounds;
import edu.community.exchange.domain.ActivityCommands;
import edu.community.exchange.domain.ActivityFacts;
import edu.community.exchange.domain.ActivityId;
import edu.community.exchange.projection.ActivityRegister;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Handles commands on activities: reads the facts about every school the activity touches, applies the
 * division rule to each of them (and the school rule to the host), decides, and keeps the activity register
 * in the append's transaction.
 */
@ApplicationScoped
public class ActivityCommandHandler {

    private final CommandPipeline pipeline;
    private final ReadModelFacts facts;
    private final ActivityRegister register;
    private final ActivityBounds bounds;

    public ActivityCommandHandler(CommandPipeline pipeline, ReadModelFacts facts, ActivityRegister register,
                                  @ConfigProperty(name = "exchange.activity.max-duration-minutes") int maxDurationMinutes,
                                  @ConfigProperty(name = "exchange.activity.max-students-per-grade") int maxStudentsPerGrade) {
        this.pipeline = pipeline;
        this.facts = facts;
        this.register = register;
        this.bounds = new ActivityBounds(maxDurationMinutes, maxStudentsPerGrade);
    }

    public Uni<Written<Activity>> handle(ActivityCommands.Plan command, CommandRequest request) {
        return run(command.id(), request, activity -> command.communityId(), activity -> command.hostSchool(),
                activity -> command.date(), command.plannedParticipants(),
                (activity, known) -> activity.decide(command, known, bounds));
    }

    public Uni<Written<Activity>> handle(ActivityCommands.Postpone command, CommandRequest request) {
        return run(command.id(), request, Activity::communityId, Activity::hostSchool, activity -> command.newDate(),
                List.of(), (activity, known) -> activity.decide(command, known));
    }

    public Uni<Written<Activity>> handle(ActivityCommands.Cancel command, CommandRequest request) {
        return run(command.id(), request, Activity::communityId, Activity::hostSchool, Activity::date, List.of(),
                (activity, known) -> activity.decide(command));
    }

    public Uni<Written<Activity>> handle(ActivityCommands.RecordHeld command, CommandRequest request) {
        return run(command.id(), request, Activity::communityId, Activity::hostSchool, activity -> command.heldOn(),
                command.participants(), (activity, known) -> activity.decide(command, known, bounds));
    }

    public Uni<Written<Activity>> handle(ActivityCommands.CorrectRecord command, CommandRequest request) {
        return run(command.id(), request, Activity::communityId, Activity::hostSchool, activity -> command.heldOn(),
                command.participants(), (activity, known) -> activity.decide(command, known, bounds));
    }

    /**
     * @param community the community the command concerns, from the command or the activity
     * @param host      the host school, from the command or the activity
     * @param date      the date the facts are asked for
     * @param counts    the participants the command names
     */
    private Uni<Written<Activity>> run(ActivityId id, CommandRequest request,
                                       Function<Activity, String> community,
                                       Function<Activity, String> host,
                                       Function<Activity, LocalDate> date,
                                       List<ParticipantCount> counts,
                                       BiFunction<Activity, ActivityFacts, List<? extends Record>> rule) {
        return pipeline.run(Activity.stream(id), request, (tx, loaded) -> {
            Activity activity = loaded.state();
            if (!activity.exists() && community.apply(activity) == null) {
                // A command on an activity never planned: the rule refuses it without facts.
                return Uni.createFrom().item(Decision.of(null, rule.apply(activity, null)));
            }
            Set<String> schools = new LinkedHashSet<>(activity.schools());
            schools.add(host.apply(activity));
            counts.forEach(count -> schools.add(count.schoolCode()));
            return facts.about(tx, community.apply(activity), schools, date.apply(activity))
                    .map(known -> decide(request.caller(), host.apply(activity), schools, known,
                            () -> rule.apply(activity, known)));
        }, (tx, written) -> register.record(tx, written.state(), written.version()));
    }

    private static Decision decide(Caller caller, String host, Set<String> schools, ActivityFacts known,
                                   Supplier<List<? extends Record>> rule) {
        caller.requireSchoolAccess(host);
        caller.requireWriteAccess(schools.stream().map(known::countyOf).flatMap(Optional::stream)
                .distinct().map(Division::new).toList());
        return Decision.of(known.countyOf(host).orElse(null), rule.get());
    }
}
