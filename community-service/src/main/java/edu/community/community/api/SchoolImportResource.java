package edu.community.community.api;

import edu.community.eventsourcing.api.CommandRequests;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import edu.community.community.application.SchoolImport;
import edu.community.community.application.SchoolImport.RowResult;
import edu.community.community.application.SchoolImport.ValidRow;
import edu.community.community.domain.RegisterSchool;
import edu.community.community.domain.SchoolCode;
import edu.community.eventsourcing.api.Problem;
import edu.community.eventsourcing.security.Callers;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Validator;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
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
    private final CsvMapper csv = CsvMapper.builder().enable(CsvParser.Feature.TRIM_SPACES).build();

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
        return run(readCsv(body), correlationId);
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
        List<Parsed> rows = new ArrayList<>();
        String[] lines = body.split("\r?\n");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (!line.isBlank()) {
                rows.add(parse(i + 1, () -> json.readValue(line, RegisterSchoolRequest.class)));
            }
        }
        return run(rows, correlationId);
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

    private List<Parsed> readCsv(String body) {
        List<Parsed> rows = new ArrayList<>();
        try (MappingIterator<Map<String, String>> lines = csv.readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(body)) {
            int row = 1;
            while (lines.hasNext()) {
                row++;
                Map<String, String> values = new LinkedHashMap<>(lines.next());
                values.values().removeIf(String::isEmpty);
                int number = row;
                rows.add(parse(number, () -> json.convertValue(values, RegisterSchoolRequest.class)));
            }
        } catch (IOException | RuntimeException e) {
            throw new BadRequestException("the CSV cannot be read: " + e.getMessage());
        }
        return rows;
    }

    /** Reads one row into a command, or the reason it cannot be imported. */
    private Parsed parse(int row, RowReader reader) {
        RegisterSchoolRequest request;
        try {
            request = reader.read();
        } catch (IOException | IllegalArgumentException e) {
            Throwable cause = e instanceof IllegalArgumentException && e.getCause() != null ? e.getCause() : e;
            String where = cause instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()
                    ? mapping.getPath().get(mapping.getPath().size() - 1).getFieldName() + ": " : "";
            String message = cause instanceof JsonMappingException mapping ? mapping.getOriginalMessage() : cause.getMessage();
            return Parsed.rejected(RowResult.rejected(row, null, "malformed-request", where + message));
        }
        var violations = validator.validate(request);
        if (!violations.isEmpty()) {
            String detail = violations.stream()
                    .map(v -> v.getPropertyPath() + ": " + v.getMessage())
                    .sorted().collect(Collectors.joining("; "));
            return Parsed.rejected(RowResult.rejected(row, request.schoolCode(), "validation", detail));
        }
        return Parsed.valid(new ValidRow(row, new RegisterSchool(new SchoolCode(request.schoolCode()),
                request.countyCode(), request.details(), SchoolRequests.dateOrToday(request.effectiveDate()))));
    }

    @FunctionalInterface
    private interface RowReader {
        RegisterSchoolRequest read() throws IOException;
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
