package edu.community.assessment.api;

import edu.community.assessment.application.SchoolStatisticsCommands;
import edu.community.eventsourcing.api.CommandRequests;
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
import java.util.ArrayList;
import java.util.List;
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

    private final BulkImport bulkImport;
    private final SchoolStatisticsCommands commands;

    public SchoolStatisticsImportResource(BulkImport bulkImport, SchoolStatisticsCommands commands) {
        this.bulkImport = bulkImport;
        this.commands = commands;
    }

    @POST
    @Consumes({BulkImport.CSV, BulkImport.JSON_LINES})
    @RolesAllowed({"school-officer", "county-officer", "city-officer", "province-officer", "system"})
    @Operation(summary = "Import statistics from CSV or JSON lines",
            description = "CSV (text/csv): a header row names the columns: schoolCode, schoolYear, stage and every "
                    + "figure of a single submission (students, teachers, qualifiedTeachers, backboneTeachers, "
                    + "peArtsTeachers, midTitledTeachers, multimediaClassrooms, computers, books, floorSpace, "
                    + "sportsSpace, equipmentValue), optionally effectiveDate. JSON lines (application/x-ndjson): one "
                    + "object per line with the same fields. Each row is CREATED, CHANGED, UNCHANGED or REJECTED with "
                    + "the problem type a single submission would get; a file sent again changes nothing.")
    @RequestBody(content = {@Content(mediaType = BulkImport.CSV), @Content(mediaType = BulkImport.JSON_LINES)})
    public Uni<BulkImport.Report> importStatistics(String body,
                                                   @HeaderParam(HttpHeaders.CONTENT_TYPE) MediaType mediaType,
                                                   @HeaderParam(CommandRequests.CORRELATION_HEADER) String correlationId) {
        return bulkImport.run(body, mediaType, StatisticsRequest.class, correlationId, rows());
    }

    private BulkImport.Rows<StatisticsRequest> rows() {
        return BulkImport.Rows.<StatisticsRequest>of(StatisticsRequest::schoolCode, (row, command) -> commands.submit(
                        row.statistics(row.schoolCode(), row.schoolYear(), row.stage()),
                        row.effectiveDateIn(row.schoolYear()), command))
                .requiring(SchoolStatisticsImportResource::missing);
    }

    /** A row names its school, school year and stage, which a single submission takes from its path. */
    private static List<String> missing(StatisticsRequest row) {
        List<String> missing = new ArrayList<>();
        if (row.schoolCode() == null) {
            missing.add("schoolCode: must not be null");
        }
        if (row.schoolYear() == null) {
            missing.add("schoolYear: must not be null");
        }
        if (row.stage() == null) {
            missing.add("stage: must not be null");
        }
        return missing;
    }
}
