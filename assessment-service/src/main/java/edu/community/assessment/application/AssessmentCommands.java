package edu.community.assessment.application;

import edu.community.assessment.domain.AssessmentRound;
import edu.community.assessment.domain.AssessmentScheme;
import edu.community.assessment.projection.AssessmentResultsRegister;
import edu.community.contracts.assessment.AssessmentSchemeDefined;
import edu.community.contracts.assessment.IndicatorScore;
import edu.community.eventsourcing.api.CommandRequest;
import edu.community.eventsourcing.command.CommandPipeline;
import edu.community.eventsourcing.command.Decision;
import edu.community.eventsourcing.command.Written;
import edu.community.eventsourcing.security.Division;
import edu.community.eventsourcing.store.EventStore;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

/**
 * 教共体评估 — the commands of community assessment: schemes, rounds, assessors, scores, publication and
 * corrections. Each names its stream, the caller's division rule and its decision in {@code domain/}; the library's
 * pipeline does the rest. Publication and corrections read the report as of the round's cut-off date.
 */
@ApplicationScoped
public class AssessmentCommands {

    private final CommandPipeline pipeline;
    private final EventStore store;
    private final RoundFacts facts;
    private final AssessmentResultsRegister register;

    public AssessmentCommands(CommandPipeline pipeline, EventStore store, RoundFacts facts,
                              AssessmentResultsRegister register) {
        this.pipeline = pipeline;
        this.store = store;
        this.facts = facts;
        this.register = register;
    }

    public Uni<Written<AssessmentScheme>> defineScheme(AssessmentSchemeDefined scheme, CommandRequest request) {
        request.caller().requireWriteAccess(List.of(new Division(scheme.division())));
        return pipeline.run(AssessmentScheme.stream(scheme.schemeId()), request,
                (tx, loaded) -> Uni.createFrom().item(Decision.of(scheme.division(), loaded.state().decide(scheme))),
                CommandPipeline.Keep.nothing());
    }

    public Uni<Written<AssessmentRound>> open(String roundId, String schemeId, Division division, LocalDate cutOffDate,
                                              List<Long> rewards, CommandRequest request) {
        request.caller().requireWriteAccess(List.of(division));
        var schemeStream = AssessmentScheme.stream(schemeId);
        return pipeline.run(AssessmentRound.stream(roundId), request,
                (tx, loaded) -> store.load(tx, schemeStream.id().value(), Integer.MAX_VALUE, schemeStream.initial(),
                                schemeStream.apply())
                        .flatMap(scheme -> facts.communities(division, cutOffDate)
                                .map(communities -> Decision.of(division.code(), loaded.state().open(roundId,
                                        scheme.state(), schemeId, division, cutOffDate, rewards, communities)))),
                CommandPipeline.Keep.nothing());
    }

    public Uni<Written<AssessmentRound>> assign(String roundId, List<String> assessors, CommandRequest request) {
        return byOfficer(roundId, request, round -> Uni.createFrom().item(round.assign(assessors)));
    }

    public Uni<Written<AssessmentRound>> score(String roundId, String communityId, List<IndicatorScore> scores,
                                               String comment, CommandRequest request) {
        var caller = request.caller();
        return pipeline.run(AssessmentRound.stream(roundId), request, (tx, loaded) -> {
            AssessmentRound round = loaded.state().requireOpened(roundId);
            return Uni.createFrom().item(Decision.of(round.division().code(),
                    round.score(caller.subject(), caller.division(), communityId, scores, comment)));
        }, CommandPipeline.Keep.nothing());
    }

    public Uni<Written<AssessmentRound>> closeScoring(String roundId, String note, CommandRequest request) {
        return byOfficer(roundId, request, round -> Uni.createFrom().item(round.closeScoring(note)));
    }

    public Uni<Written<AssessmentRound>> publish(String roundId, String note, CommandRequest request) {
        return byOfficer(roundId, request, round -> facts.of(round).map(read -> round.publish(note, read)));
    }

    public Uni<Written<AssessmentRound>> correct(String roundId, String reason, CommandRequest request) {
        return byOfficer(roundId, request, round -> facts.of(round).map(read -> round.correct(reason, read)));
    }

    private Uni<Written<AssessmentRound>> byOfficer(String roundId, CommandRequest request,
                                                    Function<AssessmentRound, Uni<? extends List<? extends Record>>> decide) {
        return pipeline.run(AssessmentRound.stream(roundId), request, (tx, loaded) -> {
            AssessmentRound round = loaded.state().requireOpened(roundId);
            request.caller().requireWriteAccess(List.of(round.division()));
            return decide.apply(round).map(events -> Decision.of(round.division().code(), events));
        }, (tx, written) -> register.record(tx, written));
    }
}
