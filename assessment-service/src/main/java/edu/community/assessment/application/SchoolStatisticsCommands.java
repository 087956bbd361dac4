package edu.community.assessment.application;

import edu.community.assessment.domain.AnnualStatistics;
import edu.community.assessment.domain.PlausibleBounds;
import edu.community.assessment.domain.SchoolStatistics;
import edu.community.assessment.projection.ReportFacts;
import edu.community.assessment.projection.StatisticsRegister;
import edu.community.contracts.assessment.SchoolStatisticsSubmitted;
import edu.community.eventsourcing.api.CommandRequest;
import edu.community.eventsourcing.domain.RuleViolation;
import edu.community.eventsourcing.security.Division;
import edu.community.eventsourcing.store.Append;
import edu.community.eventsourcing.store.Appended;
import edu.community.eventsourcing.store.EventMetadata;
import edu.community.eventsourcing.store.EventStore;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Submits a school's annual statistics: check the school and the caller's division, decide, append. */
@ApplicationScoped
public class SchoolStatisticsCommands {

    private final EventStore store;
    private final ReportFacts schools;
    private final StatisticsRegister register;
    private final PlausibleBounds bounds = PlausibleBounds.defaults();

    public SchoolStatisticsCommands(EventStore store, ReportFacts schools, StatisticsRegister register) {
        this.store = store;
        this.schools = schools;
        this.register = register;
    }

    /** What a submission did: the append (or the current version when nothing changed), and whether it wrote. */
    public record Submitted(Appended appended, boolean created, boolean changed) {
    }

    public Uni<Submitted> submit(SchoolStatistics statistics, LocalDate effectiveDate, CommandRequest request) {
        request.caller().requireSchoolAccess(statistics.schoolCode());
        String stream = AnnualStatistics.streamId(statistics.schoolCode(), statistics.schoolYear(), statistics.stage());
        return schools.school(statistics.schoolCode(), effectiveDate).flatMap(found -> {
            if (found.isEmpty()) {
                throw RuleViolation.of("statistics.unknown-school", statistics.schoolCode()
                                + " was not a registered, open school on " + effectiveDate,
                        Map.of("field", "schoolCode", "schoolCode", statistics.schoolCode()));
            }
            var school = found.get();
            request.caller().requireWriteAccess(List.of(new Division(school.county())));
            return store.idempotent(request.idempotencyKey(), () -> store
                    .load(stream, AnnualStatistics.NONE, AnnualStatistics::apply)
                    .flatMap(loaded -> {
                        List<SchoolStatisticsSubmitted> events = loaded.state().decide(statistics, effectiveDate,
                                school, bounds);
                        int expected = request.expectedVersion().orElse(loaded.version());
                        if (events.isEmpty()) {
                            return Uni.createFrom().item(new Submitted(new Appended(stream, loaded.version(), false),
                                    false, false));
                        }
                        return store.append(new Append(stream, expected, events,
                                                new EventMetadata(request.correlationId(), null,
                                                        request.caller().subject(), school.county()),
                                                request.idempotencyKey()),
                                        tx -> register.record(tx, events.get(0), expected + 1))
                                .map(appended -> new Submitted(appended, !loaded.exists(), loaded.exists()));
                    }), earlier -> new Submitted(earlier, false, false));
        });
    }
}
