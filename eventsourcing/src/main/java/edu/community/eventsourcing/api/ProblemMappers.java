package edu.community.eventsourcing.api;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import edu.community.eventsourcing.domain.RuleViolation;
import edu.community.eventsourcing.input.StrictUtf8Bodies;
import edu.community.eventsourcing.projection.ProjectionOutdated;
import edu.community.eventsourcing.security.OutsideDivision;
import edu.community.eventsourcing.store.IdempotencyKeyReused;
import edu.community.eventsourcing.store.StreamConflict;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Turns every failure a REST resource can meet into an RFC 9457 problem detail. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response ruleViolation(RuleViolation violation) {
        Problem problem = switch (violation.kind()) {
            case CONFLICT -> Problem.of(violation.rule(), "Conflicts with the current state", 409, violation.getMessage());
            case NOT_FOUND -> Problem.of(violation.rule(), "Not found", 404, violation.getMessage());
            case UNPROCESSABLE -> Problem.of(violation.rule(), "Rule violated", 422, violation.getMessage());
        };
        problem = problem.with("rule", violation.rule());
        for (var detail : violation.details().entrySet()) {
            problem = problem.with(detail.getKey(), detail.getValue());
        }
        return problem.toResponse().build();
    }

    @ServerExceptionMapper
    public Response streamConflict(StreamConflict conflict) {
        return Problem.of("stream-conflict", "The record changed since it was read", 409, conflict.getMessage())
                .with("expectedVersion", conflict.expectedVersion())
                .with("currentVersion", conflict.actualVersion())
                .toResponse()
                .tag(Versions.etag(conflict.actualVersion()))
                .build();
    }

    @ServerExceptionMapper
    public Response projectionOutdated(ProjectionOutdated outdated) {
        return Problem.of("read-model-rebuilding", "Read model being rebuilt", 503, outdated.getMessage())
                .with("projection", outdated.projection())
                .toResponse().header("Retry-After", "30").build();
    }

    @ServerExceptionMapper
    public Response idempotencyKeyReused(IdempotencyKeyReused reused) {
        return Problem.of("idempotency-key-reused", "Idempotency-Key already used", 422, reused.getMessage())
                .toResponse().build();
    }

    @ServerExceptionMapper
    public Response outsideDivision(OutsideDivision outside) {
        return Problem.of("outside-division", "Outside the caller's division", 403, outside.getMessage())
                .with("callerDivision", outside.callerDivision().code())
                .with("targetDivision", outside.target().code())
                .toResponse().build();
    }

    @ServerExceptionMapper
    public Response roleNotAllowed(io.quarkus.security.ForbiddenException forbidden) {
        return Problem.of("role-not-allowed", "Forbidden", 403, "The caller's roles do not allow this operation.")
                .toResponse().build();
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException invalid) {
        List<Problem.Violation> violations = invalid.getConstraintViolations().stream()
                .map(v -> new Problem.Violation(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.Violation::field))
                .collect(Collectors.toList());
        return Problem.of("validation", "Invalid request", 400,
                        violations.stream().map(v -> v.field() + ": " + v.message()).collect(Collectors.joining("; ")))
                .withViolations(violations)
                .toResponse().build();
    }

    @ServerExceptionMapper
    public Response notUtf8(StrictUtf8Bodies.NotUtf8 notUtf8) {
        return Problem.of("malformed-request", "Malformed request body", 400, notUtf8.getMessage()).toResponse().build();
    }

    @ServerExceptionMapper
    public Response unreadableImport(BulkRows.Unreadable unreadable) {
        return Problem.of("malformed-request", "Unreadable import", 400, unreadable.getMessage()).toResponse().build();
    }

    /** Declared for the exact type, so that it wins over the JSON provider's own mapper. */
    @ServerExceptionMapper
    public Response mismatched(MismatchedInputException mismatched) {
        return unreadable(mismatched);
    }

    /** Declared for the exact type, so that it wins over the JSON provider's own mapper. */
    @ServerExceptionMapper
    public Response unparsable(JsonParseException unparsable) {
        return unreadable(unparsable);
    }

    @ServerExceptionMapper
    public Response unreadable(JsonProcessingException unreadable) {
        String field = unreadable instanceof JsonMappingException mapping ? pathOf(mapping) : "";
        String message = unreadable.getOriginalMessage();
        Problem problem = Problem.of("malformed-request", "Malformed request body", 400,
                field.isEmpty() ? message : field + ": " + message);
        if (!field.isEmpty()) {
            problem = problem.withViolations(List.of(new Problem.Violation(field, "cannot be read: " + message)));
        }
        return problem.toResponse().build();
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException failure) {
        if (failure.getCause() instanceof JsonProcessingException unreadableBody) {
            return unreadable(unreadableBody);
        }
        int status = failure.getResponse().getStatus();
        String code = switch (status) {
            case 400 -> "bad-request";
            case 401 -> "unauthenticated";
            case 403 -> "forbidden";
            case 404 -> "not-found";
            case 405 -> "method-not-allowed";
            case 406 -> "not-acceptable";
            case 412 -> "precondition-failed";
            case 413 -> "payload-too-large";
            case 414 -> "uri-too-long";
            case 415 -> "unsupported-media-type";
            default -> "http-" + status;
        };
        String title = failure.getResponse().getStatusInfo().getReasonPhrase();
        return Problem.of(code, title, status, failure.getMessage()).toResponse().build();
    }

    @ServerExceptionMapper
    public Response unexpected(Exception failure) {
        LOG.error("unexpected failure", failure);
        return Problem.of("internal", "Internal error", 500, "The request failed; it was logged.")
                .toResponse().build();
    }

    private static String fieldOf(ConstraintViolation<?> violation) {
        List<String> names = new ArrayList<>();
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == jakarta.validation.ElementKind.PROPERTY
                    || node.getKind() == jakarta.validation.ElementKind.CONTAINER_ELEMENT) {
                names.add(node.getIndex() == null ? node.getName() : node.getName() + "[" + node.getIndex() + "]");
            } else if (node.getKind() == jakarta.validation.ElementKind.PARAMETER && names.isEmpty()) {
                names.clear();
            }
        }
        return names.isEmpty() ? "request" : String.join(".", names);
    }

    private static String pathOf(JsonMappingException mapping) {
        return mapping.getPath().stream()
                .map(reference -> reference.getFieldName() != null
                        ? reference.getFieldName() : "[" + reference.getIndex() + "]")
                .collect(Collectors.joining("."))
                .replace(".[", "[");
    }
}
