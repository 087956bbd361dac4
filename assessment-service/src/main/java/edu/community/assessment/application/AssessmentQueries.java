package edu.community.assessment.application;

import edu.community.assessment.domain.AssessmentRound;
import edu.community.assessment.domain.AssessmentScheme;
import edu.community.assessment.domain.RoundVersion;
import edu.community.assessment.projection.AssessmentResultsRegister;
import edu.community.contracts.assessment.RoundResult;
import edu.community.eventsourcing.domain.RuleViolation;
import edu.community.eventsourcing.security.Caller;
import edu.community.eventsourcing.security.Division;
import edu.community.eventsourcing.store.EventStore;
import edu.community.eventsourcing.store.Loaded;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;

/**
 * Reads of community assessment: a scheme, a round folded from its stream, a published version as it was frozen or
 * recomputed from its frozen inputs, a school's results, and the published rounds of a division. Division rule as
 * for every read; an assessor assigned to a round also reads it.
 */
@ApplicationScoped
public class AssessmentQueries {

    private final EventStore store;
    private final AssessmentResultsRegister register;

    public AssessmentQueries(EventStore store, AssessmentResultsRegister register) {
        this.store = store;
        this.register = register;
    }

    public Uni<Loaded<AssessmentScheme>> scheme(String schemeId, Caller caller) {
        var stream = AssessmentScheme.stream(schemeId);
        return store.load(stream.id().value(), stream.initial(), stream.apply()).map(loaded -> {
            loaded.state().requireDefined(schemeId);
            caller.requireReadAccess(new Division(loaded.state().defined().division()));
            return loaded;
        });
    }

    public Uni<Loaded<AssessmentRound>> round(String roundId, Caller caller) {
        var stream = AssessmentRound.stream(roundId);
        return store.load(stream.id().value(), stream.initial(), stream.apply()).map(loaded -> {
            AssessmentRound round = loaded.state().requireOpened(roundId);
            if (!round.assessors().contains(caller.subject())) {
                caller.requireReadAccess(round.division());
            }
            return loaded;
        });
    }

    /** A published version's results as frozen. */
    public Uni<RoundVersion> version(String roundId, int version, Caller caller) {
        return round(roundId, caller).map(loaded -> versionOf(loaded.state(), roundId, version));
    }

    /** A published version's results computed again from its frozen inputs. */
    public Uni<RoundResult> recomputed(String roundId, int version, Caller caller) {
        return round(roundId, caller).map(loaded -> {
            versionOf(loaded.state(), roundId, version);
            return loaded.state().recomputed(version);
        });
    }

    /** The rounds a school was assessed in, with its community, of the rounds the caller may read. */
    public Uni<List<AssessmentResultsRegister.SchoolResult>> ofSchool(String schoolCode, Caller caller) {
        return register.ofSchool(schoolCode).map(results -> results.stream()
                .filter(result -> caller.mayRead(new Division(result.division()))).toList());
    }

    /**
     * The published rounds of a division (rounds of that division exactly, not of those within it) and school year,
     * each with its latest version's ranking of the division.
     */
    public Uni<List<PublishedRound>> published(Division division, int schoolYear, Caller caller) {
        caller.requireReadAccess(division);
        return register.publishedRounds(division.code(), schoolYear)
                .onItem().transformToMulti(rounds -> Multi.createFrom().iterable(rounds))
                .onItem().transformToUniAndConcatenate(this::published)
                .collect().asList();
    }

    private Uni<PublishedRound> published(String roundId) {
        var round = AssessmentRound.stream(roundId);
        return store.load(round.id().value(), round.initial(), round.apply()).chain(loaded -> {
            var scheme = AssessmentScheme.stream(loaded.state().opened().schemeId());
            return store.load(scheme.id().value(), scheme.initial(), scheme.apply())
                    .map(defined -> PublishedRound.of(loaded.state(), defined.state()));
        });
    }

    private static RoundVersion versionOf(AssessmentRound round, String roundId, int version) {
        if (version < 1 || version > round.versions().size()) {
            throw RuleViolation.notFound("round.version-unknown", "round " + roundId + " has " + round.versions().size()
                    + " published versions", Map.of("roundId", roundId, "version", version));
        }
        return round.versions().get(version - 1);
    }
}
