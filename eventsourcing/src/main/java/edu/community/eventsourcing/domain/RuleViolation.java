package edu.community.eventsourcing.domain;

import java.util.Map;

/**
 * A command refused by a business rule. {@link #rule()} is a stable code such as
 * {@code integrated.at-most-two-members}; the API turns it into a problem type and callers may rely on it.
 */
public class RuleViolation extends RuntimeException {

    private final String rule;
    private final Kind kind;
    private final Map<String, Object> details;

    /**
     * Whether the command broke a rule about the request ({@code 422}), clashes with the current state
     * ({@code 409}) or names something that does not exist ({@code 404}).
     */
    public enum Kind {
        UNPROCESSABLE,
        CONFLICT,
        NOT_FOUND
    }

    private RuleViolation(String rule, Kind kind, String message, Map<String, Object> details) {
        super(message);
        this.rule = rule;
        this.kind = kind;
        this.details = Map.copyOf(details);
    }

    /** A request that cannot be carried out as asked: answered with 422. */
    public static RuleViolation of(String rule, String message, Map<String, Object> details) {
        return new RuleViolation(rule, Kind.UNPROCESSABLE, message, details);
    }

    public static RuleViolation of(String rule, String message) {
        return of(rule, message, Map.of());
    }

    /** A request that clashes with what already exists: answered with 409. */
    public static RuleViolation conflict(String rule, String message, Map<String, Object> details) {
        return new RuleViolation(rule, Kind.CONFLICT, message, details);
    }

    /** A command on something that does not exist: answered with 404. */
    public static RuleViolation notFound(String rule, String message, Map<String, Object> details) {
        return new RuleViolation(rule, Kind.NOT_FOUND, message, details);
    }

    public String rule() {
        return rule;
    }

    public Kind kind() {
        return kind;
    }

    public Map<String, Object> details() {
        return details;
    }
}
