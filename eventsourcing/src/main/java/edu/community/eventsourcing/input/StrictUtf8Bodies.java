package edu.community.eventsourcing.input;

import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * A body is UTF-8 to the byte before any reader decodes it: overlong forms, encoded surrogates and stray bytes
 * are refused. Jackson reads an overlong sequence as the character it disguises ({@code C0 AF} as {@code /}),
 * and a text reader replaces what it cannot decode, so neither may see such a body.
 */
@Provider
public class StrictUtf8Bodies implements ReaderInterceptor {

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        byte[] body = context.getInputStream().readAllBytes();
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body));
        } catch (CharacterCodingException e) {
            throw new NotUtf8();
        }
        context.setInputStream(new ByteArrayInputStream(body));
        return context.proceed();
    }

    /** A body that is not UTF-8: a malformed request. */
    public static class NotUtf8 extends RuntimeException {
        NotUtf8() {
            super("The body is not valid UTF-8.");
        }
    }
}
