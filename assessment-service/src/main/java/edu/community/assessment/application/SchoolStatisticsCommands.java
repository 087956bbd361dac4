package edu.community.assessment.application;

import edu.community.assessment.domain.AnnualStatistics;
import edu.community.assessment.domain.PlausibleBounds;
import edu.community.assessment.domain.SchoolOnDate;
import edu.community.assessment.domain.SchoolStatistics;
import edu.community.assessment.messaging.ReportFacts;
import edu.community.assessment.projection.StatisticsRegister;
import edu.community.contracts.assessment.SchoolStatisticsSubmitted;
import edu.community.eventsourcing.api.CommandRequest;
import edu.community.eventsourcing.command.CommandPipeline;
import edu.community.eventsourcing.command.Decision;
import edu.community.eventsourcing.command.Written;
import edu.community.eventsourcing.domain.RuleViolation;
import edu.community.eventsourcing.security.Division;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Submits a school's annual statistics: the school as community-service's events describe it (an eventually
 * checked fact: the read model follows that topic), the caller's division, the rule, and the register.
 */
@ApplicationScoped
public class SchoolStatisticsCommands {

    private final CommandPipeline pipeline;
    private final ReportFacts schools;
    private final StatisticsRegister register;
    private final PlausibleBounds bounds = PlausibleBounds.defaults();

    public SchoolStatisticsCommands(CommandPipeline pipeline, ReportFacts schools, StatisticsRegister register) {
        this.pipeline = pipeline;
        this.schools = schools;
        this.register = register;
    }

    public Uni<Written<AnnualStatistics>> submit(SchoolStatistics statistics, LocalDate effectiveDate,
                                                 CommandRequest request) {
        request.caller().requireSchoolAccess(statistics.schoolCode());
        return schools.school(statistics.schoolCode(), effectiveDate).flatMap(found -> {
            SchoolOnDate school = found.orElseThrow(() -> RuleViolation.of("statistics.unknown-school",
                    statistics.schoolCode() + " was not a registered, open school on " + effectiveDate,
                    Map.of("field", "schoolCode", "schoolCode", statistics.schoolCode())));
            request.caller().requireWriteAccess(List.of(new Division(school.county())));
            return pipeline.run(
                    AnnualStatistics.stream(statistics.schoolCode(), statistics.schoolYear(), statistics.stage()),
                    request,
                    (tx, loaded) -> Uni.createFrom().item(Decision.of(school.county(),
                            loaded.state().decide(statistics, effectiveDate, school, bounds))),
                    (tx, written) -> register.record(tx, (SchoolStatisticsSubmitted) written.events().get(0),
                            written.version()));
        });
    }
}
