package edu.community.community.api;

import edu.community.community.application.SchoolCommands;
import edu.community.community.domain.RegisterSchool;
import edu.community.community.domain.SchoolCode;
import edu.community.eventsourcing.api.CommandRequests;
import edu.community.eventsourcing.api.Problem;
import edu.community.eventsourcing.imports.BulkImport;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
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

    private final BulkImport bulkImport;
    private final SchoolCommands commands;

    public SchoolImportResource(BulkImport bulkImport, SchoolCommands commands) {
        this.bulkImport = bulkImport;
        this.commands = commands;
    }

    @POST
    @Consumes({BulkImport.CSV, BulkImport.JSON_LINES})
    @RolesAllowed({"province-officer", "city-officer", "county-officer", "system"})
    @Operation(summary = "Import schools from CSV or JSON lines",
            description = "CSV (text/csv): a header row names the columns: schoolCode, name, countyCode, classification, "
                    + "level, enrolment, and optionally ownership, legalEntity, specialEducation, vocational, "
                    + "teachingPoint, effectiveDate. JSON lines (application/x-ndjson): one registration per line. "
                    + "Each row is registered (CREATED), changes the school's details (CHANGED), changes nothing "
                    + "(UNCHANGED) or is REJECTED with its problem type; a rejected row never stops the others, and a "
                    + "file sent again changes nothing.")
    @RequestBody(content = {@Content(mediaType = BulkImport.CSV), @Content(mediaType = BulkImport.JSON_LINES)})
    @APIResponse(responseCode = "200", description = "Every row's outcome",
            content = @Content(schema = @Schema(implementation = BulkImport.Report.class)))
    @APIResponse(responseCode = "400", description = "No header row, an unknown column, or no row that can be read",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Uni<BulkImport.Report> importSchools(String body, @HeaderParam(HttpHeaders.CONTENT_TYPE) MediaType mediaType,
                                                @HeaderParam(CommandRequests.CORRELATION_HEADER) String correlationId) {
        return bulkImport.run(body, mediaType, RegisterSchoolRequest.class, correlationId, rows());
    }

    private BulkImport.Rows<RegisterSchoolRequest> rows() {
        return BulkImport.Rows.of(RegisterSchoolRequest::schoolCode, (request, command) -> commands.handleImport(
                new RegisterSchool(new SchoolCode(request.schoolCode()), request.countyCode(), request.details(),
                        SchoolRequests.dateOrToday(request.effectiveDate())), command));
    }
}
