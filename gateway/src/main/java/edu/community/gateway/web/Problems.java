package edu.community.gateway.web;

import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/**
 * Answers with an RFC 9457 problem detail shaped like the services' ({@code type} =
 * {@code urn:edu-community:problem:<code>}), so that a caller handles the gateway's errors as the services'.
 */
public final class Problems {

    public static final String MEDIA_TYPE = "application/problem+json";
    private static final String TYPE_PREFIX = "urn:edu-community:problem:";

    private Problems() {
    }

    public static void send(RoutingContext ctx, int status, String code, String title, String detail) {
        send(ctx, status, code, title, detail, new JsonObject());
    }

    /** Sends the problem with extension members; does nothing when an answer has already begun. */
    public static void send(RoutingContext ctx, int status, String code, String title, String detail,
                            JsonObject extensions) {
        HttpServerResponse response = ctx.response();
        if (response.headWritten() || response.ended() || response.closed()) {
            return;
        }
        JsonObject body = new JsonObject()
                .put("type", TYPE_PREFIX + code)
                .put("title", title)
                .put("status", status)
                .put("detail", detail)
                .put("instance", ctx.request().path());
        extensions.forEach(entry -> body.put(entry.getKey(), entry.getValue()));
        response.setStatusCode(status).putHeader("Content-Type", MEDIA_TYPE).end(body.encode());
    }
}
