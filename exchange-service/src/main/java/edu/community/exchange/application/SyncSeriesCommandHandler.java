package edu.community.exchange.application;

import edu.community.eventsourcing.api.CommandRequest;
import edu.community.eventsourcing.command.CommandPipeline;
import edu.community.eventsourcing.command.Decision;
import edu.community.eventsourcing.command.Written;
import edu.community.eventsourcing.security.Division;
import edu.community.exchange.domain.ActivityBounds;
import edu.community.exchange.domain.ActivityFacts;
import edu.community.exchange.domain.SyncSeries;
import edu.community.exchange.domain.SyncSeriesCommands;
import edu.community.exchange.domain.SyncSeriesId;
import edu.community.exchange.projection.SyncSeriesRegister;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Handles commands on synchronous-classroom series: the facts about the teaching and receiving schools on the
 * series' first day, the division rule on every one of them (the school rule on the teaching school), the
 * decision, and the register kept in the append's transaction.
 */
@ApplicationScoped
public class SyncSeriesCommandHandler {

    private final CommandPipeline pipeline;
    private final ReadModelFacts facts;
    private final SyncSeriesRegister register;
    private final ActivityBounds bounds;

    public SyncSeriesCommandHandler(CommandPipeline pipeline, ReadModelFacts facts, SyncSeriesRegister register,
                                    @ConfigProperty(name = "exchange.activity.max-duration-minutes") int maxDurationMinutes,
                                    @ConfigProperty(name = "exchange.activity.max-students-per-grade") int maxStudentsPerGrade) {
        this.pipeline = pipeline;
        this.facts = facts;
        this.register = register;
        this.bounds = new ActivityBounds(maxDurationMinutes, maxStudentsPerGrade);
    }

    public Uni<Written<SyncSeries>> handle(SyncSeriesCommands.Plan command, CommandRequest request) {
        Set<String> schools = new LinkedHashSet<>();
        schools.add(command.teachingSchool());
        command.receivingClassrooms().forEach(classroom -> schools.add(classroom.schoolCode()));
        return pipeline.run(SyncSeries.stream(command.id()), request,
                (tx, loaded) -> facts.about(tx, command.communityId(), schools, command.firstDay())
                        .map(known -> decide(request, command.teachingSchool(), schools, known,
                                (series, k) -> series.decide(command, k, bounds), loaded.state())),
                (tx, written) -> register.record(tx, written.state(), written.version(), written.events()));
    }

    public Uni<Written<SyncSeries>> handle(SyncSeriesCommands.RecordSession command, CommandRequest request) {
        return onSeries(command.id(), request, (series, known) -> series.decide(command));
    }

    public Uni<Written<SyncSeries>> handle(SyncSeriesCommands.CorrectSession command, CommandRequest request) {
        return onSeries(command.id(), request, (series, known) -> series.decide(command));
    }

    private Uni<Written<SyncSeries>> onSeries(SyncSeriesId id, CommandRequest request,
                                             BiFunction<SyncSeries, ActivityFacts, List<? extends Record>> rule) {
        return pipeline.run(SyncSeries.stream(id), request, (tx, loaded) -> {
            SyncSeries series = loaded.state();
            if (!series.exists()) {
                // A command on a series never planned: the rule refuses it without facts.
                return Uni.createFrom().item(Decision.of(null, rule.apply(series, null)));
            }
            return facts.about(tx, series.communityId(), series.schools(), series.firstDay())
                    .map(known -> decide(request, series.teachingSchool(), series.schools(), known, rule, series));
        }, (tx, written) -> register.record(tx, written.state(), written.version(), written.events()));
    }

    private static Decision decide(CommandRequest request, String teachingSchool, Set<String> schools,
                                   ActivityFacts known, BiFunction<SyncSeries, ActivityFacts, List<? extends Record>> rule,
                                   SyncSeries series) {
        request.caller().requireSchoolAccess(teachingSchool);
        request.caller().requireWriteAccess(schools.stream().map(known::countyOf).flatMap(Optional::stream)
                .distinct().map(Division::new).toList());
        return Decision.of(known.countyOf(teachingSchool).orElse(null), rule.apply(series, known));
    }
}
