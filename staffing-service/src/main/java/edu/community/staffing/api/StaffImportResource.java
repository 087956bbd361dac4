package edu.community.staffing.api;

import edu.community.eventsourcing.api.CommandRequests;
import edu.community.eventsourcing.api.Problem;
import edu.community.eventsourcing.imports.BulkImport;
import edu.community.staffing.application.StaffCommandHandler;
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

/** 教职工批量导入 — bulk registration of staff as CSV or JSON lines, with a result per row. */
@Path("/api/v1/staff/import")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Staff")
@SecurityRequirement(name = "bearer")
public class StaffImportResource {

    private final BulkImport bulkImport;
    private final StaffCommandHandler commands;

    public StaffImportResource(BulkImport bulkImport, StaffCommandHandler commands) {
        this.bulkImport = bulkImport;
        this.commands = commands;
    }

    @POST
    @Consumes({BulkImport.CSV, BulkImport.JSON_LINES})
    @RolesAllowed({"province-officer", "city-officer", "county-officer", "school-officer", "system"})
    @Operation(summary = "Import staff from CSV or JSON lines",
            description = "CSV (text/csv): a header row names the columns name, residentId, gender, birthDate, contact, "
                    + "role, schoolCode, appointedOn, title, backbone, subjects (separated by ';'). JSON lines "
                    + "(application/x-ndjson): one row per line with the same fields. Each row is a registration "
                    + "(the same rules, division and school rules): CREATED, UNCHANGED (registered already, exactly "
                    + "so) or REJECTED with its problem type; a rejected row never stops the others, and a file sent "
                    + "again changes nothing. The key of a row is its resident ID number with the birth date hidden.")
    @RequestBody(content = {@Content(mediaType = BulkImport.CSV), @Content(mediaType = BulkImport.JSON_LINES)})
    @APIResponse(responseCode = "200", description = "Every row's outcome",
            content = @Content(schema = @Schema(implementation = BulkImport.Report.class)))
    @APIResponse(responseCode = "400", description = "No header row, an unknown column, or no row that can be read",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Uni<BulkImport.Report> importStaff(String body, @HeaderParam(HttpHeaders.CONTENT_TYPE) MediaType mediaType,
                                              @HeaderParam(CommandRequests.CORRELATION_HEADER) String correlationId) {
        return bulkImport.run(body, mediaType, StaffImportRow.class, correlationId, BulkImport.Rows.of(
                StaffImportRow::key, (row, request) -> {
                    RegisterStaffRequest registration = row.request();
                    return commands.register(StaffImports.command(registration), StaffImports.details(registration),
                            request);
                }));
    }
}
