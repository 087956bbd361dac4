package edu.community.gateway.web;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.MultiMap;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The correlation id of every request: the caller's {@code X-Request-ID} (or {@code X-Correlation-Id}, the header
 * the services read), else a new UUID. It is returned in {@code X-Request-ID} on every answer and passed to the
 * services in both headers, so that their events carry it as {@code ce_correlationid}. An id that is not 1 to 128
 * letters, digits or {@code . _ : -} is refused (400) rather than carried into the event log.
 */
@ApplicationScoped
public class CorrelationIds {

    public static final String REQUEST_ID = "X-Request-ID";
    public static final String CORRELATION_ID = "X-Correlation-Id";
    private static final Pattern VALID = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    void register(@Observes Filters filters) {
        filters.register(this::handle, 2000);
    }

    void handle(RoutingContext ctx) {
        MultiMap headers = ctx.request().headers();
        String given = headers.get(REQUEST_ID) != null ? headers.get(REQUEST_ID) : headers.get(CORRELATION_ID);
        String id = given == null ? UUID.randomUUID().toString() : given;
        ctx.response().putHeader(REQUEST_ID, VALID.matcher(id).matches() ? id : UUID.randomUUID().toString());
        if (!VALID.matcher(id).matches()) {
            Problems.send(ctx, 400, "bad-request", "Bad request",
                    REQUEST_ID + " must be 1 to 128 letters, digits or . _ : - (or be left out: the gateway makes one).");
            return;
        }
        headers.set(REQUEST_ID, id);
        headers.set(CORRELATION_ID, id);
        ctx.next();
    }
}
