package edu.community.community.application;

import edu.community.eventsourcing.api.CommandRequest;
import edu.community.community.domain.RegisterSchool;
import edu.community.contracts.community.SchoolDetailsChanged;
import edu.community.contracts.community.SchoolRegistered;
import edu.community.eventsourcing.domain.RuleViolation;
import edu.community.eventsourcing.security.Caller;
import edu.community.eventsourcing.security.OutsideDivision;
import edu.community.eventsourcing.store.StreamConflict;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.jboss.logging.Logger;

/**
 * 学校批量导入 — imports many schools at once. Each row stands alone: it is registered, changed, left
 * unchanged or rejected with its reason, and a rejected row never stops the others. Sending the same file
 * again changes nothing.
 */
@ApplicationScoped
public class SchoolImport {

    private static final Logger LOG = Logger.getLogger(SchoolImport.class);
    /** Rows in flight at once: enough to keep the database busy without taking every connection. */
    private static final int CONCURRENCY = 8;

    private final SchoolCommands commands;

    public SchoolImport(SchoolCommands commands) {
        this.commands = commands;
    }

    /** What happened to one row. */
    public enum Outcome {
        CREATED,
        CHANGED,
        UNCHANGED,
        REJECTED
    }

    /**
     * The result of one row; when it was rejected, {@code problem} is the problem code (as in the type
     * {@code urn:edu-community:problem:<code>} of the single-school API) and {@code detail} says why.
     */
    public record RowResult(int row, String schoolCode, Outcome outcome, String problem, String detail) {

        public static RowResult rejected(int row, String schoolCode, String problem, String detail) {
            return new RowResult(row, schoolCode, Outcome.REJECTED, problem, detail);
        }
    }

    /** A row that was read and validated, ready to import. */
    public record ValidRow(int row, RegisterSchool command) {
    }

    /** Imports the valid rows; the results come back in row order. */
    public Uni<List<RowResult>> run(List<ValidRow> rows, Caller caller, String correlationId) {
        CommandRequest request = new CommandRequest(caller, Optional.empty(), correlationId,
                OptionalInt.empty());
        return Multi.createFrom().iterable(rows)
                .onItem().transformToUni(row -> importRow(row, request)).merge(CONCURRENCY)
                .collect().asList()
                .map(results -> results.stream().sorted(Comparator.comparingInt(RowResult::row)).toList());
    }

    private Uni<RowResult> importRow(ValidRow row, CommandRequest request) {
        String code = row.command().code().value();
        return Uni.createFrom().deferred(() -> commands.handleImport(row.command(), request))
                .map(decided -> new RowResult(row.row(), code, outcomeOf(decided.events()), null, null))
                .onFailure().recoverWithItem(failure -> rejection(row.row(), code, failure));
    }

    private static Outcome outcomeOf(List<? extends Record> events) {
        if (events.isEmpty()) {
            return Outcome.UNCHANGED;
        }
        if (events.get(0) instanceof SchoolRegistered) {
            return Outcome.CREATED;
        }
        if (events.get(0) instanceof SchoolDetailsChanged) {
            return Outcome.CHANGED;
        }
        throw new IllegalStateException("an import does not write " + events.get(0).getClass().getSimpleName());
    }

    private static RowResult rejection(int row, String code, Throwable failure) {
        if (failure instanceof RuleViolation violation) {
            return RowResult.rejected(row, code, violation.rule(), violation.getMessage());
        }
        if (failure instanceof OutsideDivision outside) {
            return RowResult.rejected(row, code, "outside-division", outside.getMessage());
        }
        if (failure instanceof StreamConflict conflict) {
            return RowResult.rejected(row, code, "stream-conflict", conflict.getMessage() + "; send the row again");
        }
        LOG.errorf(failure, "import row %d (%s) failed", row, code);
        return RowResult.rejected(row, code, "internal", "the row failed; it was logged");
    }
}
