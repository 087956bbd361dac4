package edu.community.eventsourcing.imports;

import com.fasterxml.jackson.databind.ObjectMapper;
import edu.community.eventsourcing.api.BulkRows;
import edu.community.eventsourcing.api.CommandRequest;
import edu.community.eventsourcing.api.ProblemCodes;
import edu.community.eventsourcing.command.Written;
import edu.community.eventsourcing.security.Caller;
import edu.community.eventsourcing.security.Callers;
import edu.community.eventsourcing.tracing.TraceParents;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Validator;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * 批量导入 — the one way a service imports many records at once, as CSV (a header row naming the columns) or
 * JSON lines. The body is parsed off the event loop; each row is validated like a single request and run as
 * one command of its own, a few at a time; every row gets a result in row order, and a rejected row names
 * the problem code a single request would get and never stops the others. Sending the same file again
 * changes nothing, because each row's command decides on the state it finds.
 */
@ApplicationScoped
public class BulkImport {

    public static final String CSV = "text/csv";
    public static final String JSON_LINES = "application/x-ndjson";

    private static final Logger LOG = Logger.getLogger(BulkImport.class);
    /** Rows in flight at once: enough to keep the database busy without taking every connection. */
    private static final int CONCURRENCY = 8;

    private final Validator validator;
    private final ObjectMapper json;
    private final Callers callers;

    public BulkImport(Validator validator, ObjectMapper json, Callers callers) {
        this.validator = validator;
        this.json = json;
        this.callers = callers;
    }

    /** What happened to one row. */
    public enum Outcome {
        CREATED,
        CHANGED,
        UNCHANGED,
        REJECTED
    }

    /**
     * The result of one row.
     *
     * @param row     the line of the body (the header of a CSV is line 1)
     * @param key     the natural key of the row's record, when it could be read (a school code)
     * @param problem the problem code of a rejected row, as in {@code urn:edu-community:problem:<code>}
     * @param detail  why it was rejected
     */
    public record RowResult(int row, String key, Outcome outcome, String problem, String detail) {

        static RowResult rejected(int row, String key, String problem, String detail) {
            return new RowResult(row, key, Outcome.REJECTED, problem, detail);
        }
    }

    /** The outcome of an import: the number of rows per outcome, and one result per row in row order. */
    public record Report(Map<Outcome, Long> summary, List<RowResult> rows) {
    }

    /**
     * How a service turns one row into its command.
     *
     * @param keyOf   the row's natural key, shown in its result
     * @param missing what a row lacks beyond its bean-validation constraints, as {@code field: message}
     * @param run     runs the row's command
     */
    public record Rows<T>(Function<T, String> keyOf, Function<T, List<String>> missing,
                          BiFunction<T, CommandRequest, Uni<? extends Written<?>>> run) {

        public static <T> Rows<T> of(Function<T, String> keyOf,
                                     BiFunction<T, CommandRequest, Uni<? extends Written<?>>> run) {
            return new Rows<>(keyOf, row -> List.of(), run);
        }

        public Rows<T> requiring(Function<T, List<String>> missing) {
            return new Rows<>(keyOf, missing, run);
        }
    }

    /**
     * Imports a body of {@code mediaType}, {@link #CSV} or {@link #JSON_LINES} (the resource's {@code @Consumes}
     * admits no other), for the caller of the request.
     */
    public <T> Uni<Report> run(String body, MediaType mediaType, Class<T> type, String correlationId, Rows<T> rows) {
        boolean csv = mediaType.isCompatible(MediaType.valueOf(CSV));
        return run(() -> csv ? BulkRows.csv(body, json, type) : BulkRows.jsonLines(body, json, type),
                callers.current(), correlationId, rows);
    }

    private <T> Uni<Report> run(Supplier<List<BulkRows.Row<T>>> parse, Caller caller, String correlationId,
                                Rows<T> rows) {
        CommandRequest request = new CommandRequest(caller, Optional.empty(),
                correlationId == null ? UUID.randomUUID().toString() : correlationId, OptionalInt.empty(),
                TraceParents.current());
        return Uni.createFrom().item(parse)
                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool())
                .onItem().transformToMulti(parsed -> Multi.createFrom().iterable(parsed))
                .onItem().transformToUni(row -> importRow(row, rows, request)).merge(CONCURRENCY)
                .collect().asList()
                .map(BulkImport::report);
    }

    private <T> Uni<RowResult> importRow(BulkRows.Row<T> row, Rows<T> rows, CommandRequest request) {
        if (row.malformed() != null) {
            return Uni.createFrom().item(RowResult.rejected(row.number(), null, "malformed-request", row.malformed()));
        }
        T parsed = row.request();
        String key = rows.keyOf().apply(parsed);
        List<String> problems = new ArrayList<>(rows.missing().apply(parsed));
        validator.validate(parsed).forEach(v -> problems.add(v.getPropertyPath() + ": " + v.getMessage()));
        if (!problems.isEmpty()) {
            return Uni.createFrom().item(RowResult.rejected(row.number(), key, "validation",
                    String.join("; ", problems.stream().sorted().toList())));
        }
        return Uni.createFrom().deferred(() -> rows.run().apply(parsed, request))
                .map(written -> new RowResult(row.number(), key, outcomeOf(written), null, null))
                .onFailure().recoverWithItem(failure -> rejected(row.number(), key, failure));
    }

    private static Outcome outcomeOf(Written<?> written) {
        return written.created() ? Outcome.CREATED : written.changed() ? Outcome.CHANGED : Outcome.UNCHANGED;
    }

    private static RowResult rejected(int row, String key, Throwable failure) {
        String code = ProblemCodes.of(failure);
        if (ProblemCodes.INTERNAL.equals(code)) {
            LOG.errorf(failure, "import row %d (%s) failed", row, key);
            return RowResult.rejected(row, key, code, "the row failed; it was logged");
        }
        return RowResult.rejected(row, key, code, failure.getMessage());
    }

    private static Report report(List<RowResult> results) {
        List<RowResult> sorted = results.stream().sorted(Comparator.comparingInt(RowResult::row)).toList();
        Map<Outcome, Long> summary = new EnumMap<>(Outcome.class);
        for (Outcome outcome : Outcome.values()) {
            summary.put(outcome, sorted.stream().filter(result -> result.outcome() == outcome).count());
        }
        return new Report(summary, sorted);
    }
}
