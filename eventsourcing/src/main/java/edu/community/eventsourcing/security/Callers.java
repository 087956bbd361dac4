package edu.community.eventsourcing.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ForbiddenException;
import java.util.Optional;
import java.util.regex.Pattern;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Reads the {@link Caller} from the verified token of the current request. */
@ApplicationScoped
public class Callers {

    /** The token claim that carries the caller's GB/T 2260 division code. */
    public static final String DIVISION_CLAIM = "division";

    /** The token claim that carries a school officer's 10-digit national school identification code. */
    public static final String SCHOOL_CLAIM = "school";

    private static final Pattern SCHOOL_CODE = Pattern.compile("\\d{10}");

    private final SecurityIdentity current;

    /** {@code current} is the identity of whichever request is being served (a request-scoped proxy). */
    public Callers(SecurityIdentity current) {
        this.current = current;
    }

    /** The caller of the request being served. */
    public Caller current() {
        return of(current);
    }

    private static Caller of(SecurityIdentity identity) {
        if (!(identity.getPrincipal() instanceof JsonWebToken token)) {
            throw new ForbiddenException("a bearer token is required");
        }
        Object claim = token.getClaim(DIVISION_CLAIM);
        if (claim == null) {
            throw new ForbiddenException("the token has no division claim");
        }
        String code = unquoted(claim);
        Division division;
        try {
            division = new Division(code);
        } catch (IllegalArgumentException e) {
            throw new ForbiddenException("the token's division claim is not a GB/T 2260 code");
        }
        return new Caller(token.getSubject(), identity.getRoles(), division, school(token));
    }

    private static Optional<String> school(JsonWebToken token) {
        Object claim = token.getClaim(SCHOOL_CLAIM);
        if (claim == null) {
            return Optional.empty();
        }
        String code = unquoted(claim);
        if (!SCHOOL_CODE.matcher(code).matches()) {
            throw new ForbiddenException("the token's school claim is not a 10-digit school identification code");
        }
        return Optional.of(code);
    }

    private static String unquoted(Object claim) {
        return claim.toString().replace("\"", "");
    }
}
