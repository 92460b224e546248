package org.idds.cds.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.idds.cds.web.Problem.FieldError;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Keeps the bytes of every POST body exactly as received (after the body is read, before JSON parsing), so the
 * audit stores the request as sent beside its parsed form. Bound by name to the {@link CapturesBody} endpoints. The body size is already bounded by the HTTP layer.
 *
 * <p>The bytes must be well-formed UTF-8, the only encoding of JSON: a strict decoder (errors reported, never replaced)
 * refuses invalid bytes and overlong forms (such as {@code C0 AF}, which a lenient reader takes for {@code /}) with a
 * 400 problem before Jackson reads anything.
 */
public class ReceivedBodyCapture {

    static final String NOT_UTF8 = "is not well-formed UTF-8 (invalid or overlong byte sequence); send JSON in UTF-8";

    @Inject
    ReceivedBody received;

    @CapturesBody
    @ServerRequestFilter(readBody = true)
    public Optional<Response> capture(ContainerRequestContext context) throws IOException {
        if (!context.hasEntity()) {
            return Optional.empty();
        }
        byte[] body = context.getEntityStream().readAllBytes();
        if (!wellFormedUtf8(body)) {
            return Optional.of(ProblemMappers.problem(
                    400,
                    "invalid-request",
                    "Invalid request",
                    "The request body could not be read; nothing was assessed or stored.",
                    List.of(new FieldError(ReadProblems.BODY, NOT_UTF8))));
        }
        received.set(body);
        context.setEntityStream(new ByteArrayInputStream(body));
        return Optional.empty();
    }

    static boolean wellFormedUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
