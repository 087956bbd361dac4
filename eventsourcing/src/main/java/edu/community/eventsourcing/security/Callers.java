package edu.community.eventsourcing.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ForbiddenException;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Reads the {@link Caller} from the verified token of the current request. */
@ApplicationScoped
public class Callers {

    /** The token claim that carries the caller's GB/T 2260 division code. */
    public static final String DIVISION_CLAIM = "division";

    public Caller of(SecurityIdentity identity) {
        if (!(identity.getPrincipal() instanceof JsonWebToken token)) {
            throw new ForbiddenException("a bearer token is required");
        }
        Object claim = token.getClaim(DIVISION_CLAIM);
        if (claim == null) {
            throw new ForbiddenException("the token has no division claim");
        }
        String code = claim.toString().replace("\"", "");
        try {
            return new Caller(token.getSubject(), identity.getRoles(), new Division(code));
        } catch (IllegalArgumentException e) {
            throw new ForbiddenException("the token's division claim is not a GB/T 2260 code");
        }
    }
}
