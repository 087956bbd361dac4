package edu.community.community.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import edu.community.community.application.SchoolImport;
import edu.community.community.application.SchoolImport.RowResult;
import edu.community.community.application.SchoolImport.ValidRow;
import edu.community.community.domain.RegisterSchool;
import edu.community.community.domain.SchoolCode;
import edu.community.eventsourcing.api.BulkRows;
import edu.community.eventsourcing.api.CommandRequests;
import edu.community.eventsourcing.api.Problem;
import edu.community.eventsourcing.security.Callers;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** 学校批量导入 — bulk import of schools as CSV or JSON lines, with a result per row. */
@Path("/api/v1/schools/import")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Schools")
@SecurityRequirement(name = "bearer")
public class SchoolImportResource {

    public static final String JSON_LINES = "application/x-ndjson";

    private final SchoolImport schoolImport;
    private final Callers callers;
    private final SecurityIdentity identity;
    private final Validator validator;
    private final ObjectMapper json;

    public SchoolImportResource(SchoolImport schoolImport, Callers callers, SecurityIdentity identity,
                                Validator validator, ObjectMapper json) {
        this.schoolImport = schoolImport;
        this.callers = callers;
        this.identity = identity;
        this.validator = validator;
        this.json = json;
    }

    /** The outcome of an import: counts per outcome and one result per row, in row order. */
    @Schema(name = "SchoolImportReport")
    public record Report(Map<SchoolImport.Outcome, Long> summary, List<RowResult> rows) {
    }

    @POST
    @Consumes("text/csv")
    @RolesAllowed({"province-officer", "city-officer", "county-officer", "system"})
    @Operation(summary = "Import schools from CSV",
            description = "A header row names the columns: schoolCode, name, countyCode, classification, level, "
                    + "enrolment, and optionally ownership, legalEntity, specialEducation, vocational, teachingPoint, "
                    + "effectiveDate. Each row is registered (CREATED), changes the school's details (CHANGED), "
                    + "changes nothing (UNCHANGED) or is REJECTED with its problem type; a rejected row never "
                    + "stops the others, and a file sent again changes nothing.")
    @RequestBody(content = @Content(mediaType = "text/csv"))
    @APIResponse(responseCode = "200", description = "Every row's outcome",
            content = @Content(schema = @Schema(implementation = Report.class)))
    @APIResponse(responseCode = "400", description = "No header row, or an unknown column",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Uni<Report> importCsv(String body, @HeaderParam(CommandRequests.CORRELATION_HEADER) String correlationId) {
        return run(parse(BulkRows.csv(body, json, RegisterSchoolRequest.class)), correlationId);
    }

    @POST
    @Consumes(JSON_LINES)
    @RolesAllowed({"province-officer", "city-officer", "county-officer", "system"})
    @Operation(summary = "Import schools from JSON lines",
            description = "One RegisterSchool object per line; outcomes as for CSV.")
    @RequestBody(content = @Content(mediaType = JSON_LINES))
    @APIResponse(responseCode = "200", description = "Every row's outcome",
            content = @Content(schema = @Schema(implementation = Report.class)))
    public Uni<Report> importJsonLines(String body, @HeaderParam(CommandRequests.CORRELATION_HEADER) String correlationId) {
        return run(parse(BulkRows.jsonLines(body, json, RegisterSchoolRequest.class)), correlationId);
    }

    private Uni<Report> run(List<Parsed> rows, String correlationId) {
        var caller = callers.of(identity);
        List<ValidRow> valid = new ArrayList<>();
        List<RowResult> rejected = new ArrayList<>();
        for (Parsed parsed : rows) {
            if (parsed.rejection() != null) {
                rejected.add(parsed.rejection());
            } else {
                valid.add(parsed.valid());
            }
        }
        return schoolImport.run(valid, caller, correlationId == null ? UUID.randomUUID().toString() : correlationId)
                .map(imported -> {
                    List<RowResult> all = Stream.concat(imported.stream(), rejected.stream())
                            .sorted(Comparator.comparingInt(RowResult::row)).toList();
                    Map<SchoolImport.Outcome, Long> summary = new LinkedHashMap<>();
                    for (SchoolImport.Outcome outcome : SchoolImport.Outcome.values()) {
                        summary.put(outcome, all.stream().filter(r -> r.outcome() == outcome).count());
                    }
                    return new Report(summary, all);
                });
    }

    private List<Parsed> parse(List<BulkRows.Row<RegisterSchoolRequest>> rows) {
        return rows.stream().map(this::parse).toList();
    }

    /** Turns one row into a command, or the reason it cannot be imported. */
    private Parsed parse(BulkRows.Row<RegisterSchoolRequest> row) {
        if (row.malformed() != null) {
            return Parsed.rejected(RowResult.rejected(row.number(), null, "malformed-request", row.malformed()));
        }
        RegisterSchoolRequest request = row.request();
        var violations = validator.validate(request);
        if (!violations.isEmpty()) {
            String detail = violations.stream()
                    .map(v -> v.getPropertyPath() + ": " + v.getMessage())
                    .sorted().collect(Collectors.joining("; "));
            return Parsed.rejected(RowResult.rejected(row.number(), request.schoolCode(), "validation", detail));
        }
        return Parsed.valid(new ValidRow(row.number(), new RegisterSchool(new SchoolCode(request.schoolCode()),
                request.countyCode(), request.details(), SchoolRequests.dateOrToday(request.effectiveDate()))));
    }

    private record Parsed(ValidRow valid, RowResult rejection) {
        static Parsed valid(ValidRow row) {
            return new Parsed(row, null);
        }

        static Parsed rejected(RowResult rejection) {
            return new Parsed(null, rejection);
        }
    }
}
