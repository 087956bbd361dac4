package edu.community.eventsourcing.security;

import edu.community.eventsourcing.api.Problem;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** The access rules' refusals as problem details, beside the ones in {@code ProblemMappers}. */
public class SecurityProblemMappers {

    @ServerExceptionMapper
    public Response outsideSchool(OutsideSchool outside) {
        Problem problem = Problem.of("outside-school", "Outside the caller's school", 403, outside.getMessage())
                .with("targetSchool", outside.target());
        if (outside.callerSchool().isPresent()) {
            problem = problem.with("callerSchool", outside.callerSchool().get());
        }
        return problem.toResponse().build();
    }
}
