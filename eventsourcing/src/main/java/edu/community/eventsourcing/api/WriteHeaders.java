package edu.community.eventsourcing.api;

import jakarta.ws.rs.HeaderParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The headers every write takes. */
public class WriteHeaders {

    @HeaderParam("If-Match")
    @Parameter(description = "Apply the write only to this version (an ETag this API returned)")
    public String ifMatch;

    @HeaderParam(IdempotencyKeys.HEADER)
    @Parameter(description = "Makes a retried request return the first answer")
    public String idempotencyKey;

    @HeaderParam(CommandRequests.CORRELATION_HEADER)
    @Parameter(description = "Carried into the events' correlation id; one is made when left out")
    public String correlationId;
}
