package edu.community.assessment.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import edu.community.assessment.application.SchoolStatisticsCommands;
import edu.community.eventsourcing.api.BulkRows;
import edu.community.eventsourcing.api.CommandRequest;
import edu.community.eventsourcing.api.CommandRequests;
import edu.community.eventsourcing.domain.RuleViolation;
import edu.community.eventsourcing.security.Caller;
import edu.community.eventsourcing.security.Callers;
import edu.community.eventsourcing.security.OutsideDivision;
import edu.community.eventsourcing.security.OutsideSchool;
import edu.community.eventsourcing.store.StreamConflict;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** 学校年度统计批量报送 — statistics of many schools at once, as CSV or JSON lines, with a result per row. */
@Path("/api/v1/school-statistics/import")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Balance indicators")
@SecurityRequirement(name = "bearer")
public class SchoolStatisticsImportResource {

    public static final String JSON_LINES = "application/x-ndjson";

    private final SchoolStatisticsCommands commands;
    private final Callers callers;
    private final SecurityIdentity identity;
    private final Validator validator;
    private final ObjectMapper json;

    public SchoolStatisticsImportResource(SchoolStatisticsCommands commands, Callers callers,
                                          SecurityIdentity identity, Validator validator, ObjectMapper json) {
        this.commands = commands;
        this.callers = callers;
        this.identity = identity;
        this.validator = validator;
        this.json = json;
    }

    public enum Outcome { CREATED, CHANGED, UNCHANGED, REJECTED }

    /** One row's outcome; a rejected row names its problem type and what was wrong. */
    public record Row(int row, String schoolCode, Outcome outcome, String problem, String detail) {
    }

    public record Report(Map<Outcome, Long> summary, List<Row> rows) {
    }

    @POST
    @Consumes("text/csv")
    @RolesAllowed({"school-officer", "county-officer", "city-officer", "province-officer", "system"})
    @Operation(summary = "Import statistics from CSV",
            description = "A header row names the columns: schoolCode, schoolYear, stage and every figure of a "
                    + "single submission (students, teachers, qualifiedTeachers, backboneTeachers, peArtsTeachers, "
                    + "midTitledTeachers, multimediaClassrooms, computers, books, floorSpace, sportsSpace, "
                    + "equipmentValue), optionally effectiveDate. Each row is CREATED, CHANGED, UNCHANGED or "
                    + "REJECTED with the problem type a single submission would get; a file sent again changes nothing.")
    @RequestBody(content = @Content(mediaType = "text/csv"))
    public Uni<Report> importCsv(String body, @HeaderParam(CommandRequests.CORRELATION_HEADER) String correlationId) {
        return run(parse(BulkRows.csv(body, json, StatisticsRequest.class)), correlationId);
    }

    @POST
    @Consumes(JSON_LINES)
    @RolesAllowed({"school-officer", "county-officer", "city-officer", "province-officer", "system"})
    @Operation(summary = "Import statistics from JSON lines", description = "One object per line, as in CSV.")
    @RequestBody(content = @Content(mediaType = JSON_LINES))
    public Uni<Report> importJsonLines(String body, @HeaderParam(CommandRequests.CORRELATION_HEADER) String correlationId) {
        return run(parse(BulkRows.jsonLines(body, json, StatisticsRequest.class)), correlationId);
    }

    private Uni<Report> run(List<Parsed> parsed, String correlationId) {
        Caller caller = callers.of(identity);
        String correlation = correlationId == null ? UUID.randomUUID().toString() : correlationId;
        CommandRequest request = new CommandRequest(caller, Optional.empty(), correlation, OptionalInt.empty());
        return Multi.createFrom().iterable(parsed)
                .onItem().transformToUni(row -> row.rejection() != null ? Uni.createFrom().item(row.rejection())
                        : submit(row.row(), row.request(), request))
                .merge(4)
                .collect().asList()
                .map(results -> {
                    List<Row> sorted = results.stream().sorted(Comparator.comparingInt(Row::row)).toList();
                    Map<Outcome, Long> summary = new LinkedHashMap<>();
                    for (Outcome outcome : Outcome.values()) {
                        summary.put(outcome, sorted.stream().filter(r -> r.outcome() == outcome).count());
                    }
                    return new Report(summary, sorted);
                });
    }

    private Uni<Row> submit(int row, StatisticsRequest body, CommandRequest request) {
        return Uni.createFrom().deferred(() -> commands.submit(
                        body.statistics(body.schoolCode(), body.schoolYear(), body.stage()),
                        body.effectiveDateIn(body.schoolYear()), request))
                .map(done -> new Row(row, body.schoolCode(), done.created() ? Outcome.CREATED
                        : done.changed() ? Outcome.CHANGED : Outcome.UNCHANGED, null, null))
                .onFailure(RuleViolation.class).recoverWithItem(failure -> new Row(row, body.schoolCode(),
                        Outcome.REJECTED, ((RuleViolation) failure).rule(), failure.getMessage()))
                .onFailure(OutsideDivision.class).recoverWithItem(failure -> new Row(row, body.schoolCode(),
                        Outcome.REJECTED, "outside-division", failure.getMessage()))
                .onFailure(OutsideSchool.class).recoverWithItem(failure -> new Row(row, body.schoolCode(),
                        Outcome.REJECTED, "outside-school", failure.getMessage()))
                .onFailure(StreamConflict.class).recoverWithItem(failure -> new Row(row, body.schoolCode(),
                        Outcome.REJECTED, "stream-conflict", "another row of this import submitted the same school, "
                        + "year and stage at the same time"));
    }

    private List<Parsed> parse(List<BulkRows.Row<StatisticsRequest>> rows) {
        return rows.stream().map(this::parse).toList();
    }

    private Parsed parse(BulkRows.Row<StatisticsRequest> row) {
        if (row.malformed() != null) {
            return new Parsed(row.number(), null, new Row(row.number(), null, Outcome.REJECTED, "malformed-request",
                    row.malformed()));
        }
        StatisticsRequest request = row.request();
        List<String> problems = validator.validate(request).stream()
                .map(v -> v.getPropertyPath() + ": " + v.getMessage()).sorted().collect(Collectors.toList());
        if (request.schoolCode() == null) {
            problems.add("schoolCode: must not be null");
        }
        if (request.schoolYear() == null) {
            problems.add("schoolYear: must not be null");
        }
        if (request.stage() == null) {
            problems.add("stage: must not be null");
        }
        if (!problems.isEmpty()) {
            return new Parsed(row.number(), null, new Row(row.number(), request.schoolCode(), Outcome.REJECTED,
                    "validation", String.join("; ", problems)));
        }
        return new Parsed(row.number(), request, null);
    }

    private record Parsed(int row, StatisticsRequest request, Row rejection) {
    }
}
