package edu.community.community.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A page of schools; {@code nextCursor} is absent on the last page. */
@Schema(name = "SchoolPage")
public record SchoolPage(
        List<SchoolView> items,
        @Schema(description = "Pass as ?cursor= to get the next page; absent on the last page") String nextCursor) {
}
