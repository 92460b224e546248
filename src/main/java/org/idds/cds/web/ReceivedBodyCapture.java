package org.idds.cds.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Keeps the bytes of every POST body exactly as received (after the body is read, before JSON parsing), so the
 * audit stores the request as sent beside its parsed form. Bound by name to the {@link CapturesBody} endpoints. The body size is already bounded by the HTTP layer.
 */
public class ReceivedBodyCapture {

    @Inject
    ReceivedBody received;

    @CapturesBody
    @ServerRequestFilter(readBody = true)
    public void capture(ContainerRequestContext context) throws IOException {
        if (!context.hasEntity()) {
            return;
        }
        byte[] body = context.getEntityStream().readAllBytes();
        received.set(body);
        context.setEntityStream(new ByteArrayInputStream(body));
    }
}
