package edu.community.eventsourcing.input;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import edu.community.eventsourcing.api.CommandRequests;
import edu.community.eventsourcing.api.Problem;
import io.netty.handler.codec.http.QueryStringDecoder;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What every request must be before any endpoint sees it, checked on the HTTP server itself: a request line of
 * bounded length, a path without matrix parameters or control characters, a well-formed correlation id, a body no
 * larger than {@code quarkus.http.limits.max-body-size} declared by its Content-Length and, on a write with a body,
 * a media type in UTF-8. Refusals are problem details like every other error; so are the 405, 406, 411, 413, 414
 * and 415 that the server raises by itself.
 */
@ApplicationScoped
public class StrictHttp {

    /** Runs before authentication and routing: a malformed request is refused as such. */
    private static final int PRIORITY = 20_000;
    private static final Set<HttpMethod> WRITES = Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH);
    /** A correlation id travels into every event of the request: bounded visible ASCII, as an idempotency key. */
    private static final Pattern CORRELATION_ID = Pattern.compile("[\\x21-\\x7e]{1,200}");
    private static final Set<Integer> RAISED = Set.of(405, 406, 411, 413, 414, 415);

    private final ObjectMapper json;
    private final StrictInputConfig config;
    private final long maxBodySize;

    public StrictHttp(ObjectMapper json, StrictInputConfig config,
                      @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10240K")
                      MemorySize maxBodySize) {
        this.json = json;
        this.config = config;
        this.maxBodySize = maxBodySize.asLongValue();
    }

    void filter(@Observes Filters filters) {
        filters.register(this::check, PRIORITY);
    }

    /** Ahead of the server's own failure handler, which would answer these statuses with an empty body. */
    void failures(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).failureHandler(context -> {
            if (RAISED.contains(context.statusCode())) {
                answer(context, raised(context.statusCode()));
            } else {
                context.next();
            }
        });
    }

    private void check(RoutingContext context) {
        Optional<Problem> refused = requestRefusal(context.request());
        if (refused.isPresent()) {
            answer(context, refused.get());
        } else {
            context.next();
        }
    }

    private Optional<Problem> requestRefusal(HttpServerRequest request) {
        String uri = request.uri();
        if (uri.length() > config.maxUriLength()) {
            return Optional.of(Problem.of("uri-too-long", "URI Too Long", 414,
                    "The request line is longer than " + config.maxUriLength() + " characters."));
        }
        String path = request.path() == null ? "" : request.path();
        if (path.indexOf(';') >= 0) {
            return Optional.of(Problem.of("malformed-request", "Bad Request", 400,
                    "A path takes no matrix parameters (';')."));
        }
        try {
            TextRules.oneLine(QueryStringDecoder.decodeComponent(path, StandardCharsets.UTF_8), uri.length());
        } catch (IllegalArgumentException invalid) { // TextRules.InvalidText, or a malformed escape
            return Optional.of(Problem.of("malformed-request", "Bad Request", 400,
                    "The path " + invalid.getMessage() + "."));
        }
        String correlationId = request.getHeader(CommandRequests.CORRELATION_HEADER);
        if (correlationId != null && !CORRELATION_ID.matcher(correlationId).matches()) {
            return Optional.of(Problem.of("malformed-request", "Bad Request", 400,
                    CommandRequests.CORRELATION_HEADER + " must be 1 to 200 visible ASCII characters."));
        }
        return WRITES.contains(request.method()) ? bodyRefusal(request) : Optional.empty();
    }

    /**
     * A write declares the length of its body, at most the limit, so that it is refused before it is read; a body
     * needs a media type in UTF-8.
     */
    private Optional<Problem> bodyRefusal(HttpServerRequest request) {
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length == null) {
            boolean undeclared = request.getHeader(HttpHeaders.TRANSFER_ENCODING) != null
                    || request.version() == HttpVersion.HTTP_2 && !request.isEnded();
            return undeclared ? Optional.of(Problem.of("length-required", "Length Required", 411,
                    "A body needs a Content-Length (at most " + maxBodySize + " bytes).")) : Optional.empty();
        }
        if (!length.chars().allMatch(Character::isDigit) || length.length() > 18
                || Long.parseLong(length) > maxBodySize) {
            return Optional.of(tooLarge());
        }
        return Long.parseLong(length) > 0
                ? mediaTypeRefusal(request.getHeader(HttpHeaders.CONTENT_TYPE)) : Optional.empty();
    }

    private static Optional<Problem> mediaTypeRefusal(String type) {
        if (type == null || type.isBlank()) {
            return Optional.of(Problem.of("unsupported-media-type", "Unsupported Media Type", 415,
                    "A body needs a Content-Type: application/json (imports: text/csv or application/x-ndjson)."));
        }
        if (!MediaTypes.isConcrete(type)) {
            return Optional.of(Problem.of("unsupported-media-type", "Unsupported Media Type", 415,
                    "A body's Content-Type names one media type, such as application/json, not " + type + "."));
        }
        Optional<String> charset = MediaTypes.charset(type);
        if (charset.isPresent() && !charset.get().equalsIgnoreCase("UTF-8")) {
            return Optional.of(Problem.of("unsupported-media-type", "Unsupported Media Type", 415,
                    "A body must be UTF-8, not " + charset.get() + "."));
        }
        return Optional.empty();
    }

    private Problem tooLarge() {
        return Problem.of("payload-too-large", "Content Too Large", 413,
                "The body is larger than " + maxBodySize + " bytes.");
    }

    /** The problem of a status the HTTP server or the REST layer raises by itself. */
    private Problem raised(int status) {
        return switch (status) {
            case 405 -> Problem.of("method-not-allowed", "Method Not Allowed", 405,
                    "The resource does not take this method.");
            case 406 -> Problem.of("not-acceptable", "Not Acceptable", 406,
                    "The resource cannot answer in the accepted media types.");
            case 411 -> Problem.of("length-required", "Length Required", 411, "A body needs a Content-Length.");
            case 413 -> tooLarge();
            case 414 -> Problem.of("uri-too-long", "URI Too Long", 414, "The request line is too long.");
            default -> Problem.of("unsupported-media-type", "Unsupported Media Type", 415,
                    "The body's media type is not accepted here.");
        };
    }

    private void answer(RoutingContext context, Problem problem) {
        if (context.response().headWritten()) {
            context.response().end();
            return;
        }
        try {
            context.response().setStatusCode(problem.status())
                    .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .end(json.writeValueAsString(problem));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
