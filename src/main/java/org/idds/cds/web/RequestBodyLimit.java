package org.idds.cds.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.idds.cds.web.Problem.FieldError;

/**
 * Bounds every request body at {@code quarkus.http.limits.max-body-size} and answers a larger one with 413 and a
 * problem+json body. Quarkus enforces the same limit itself, but in a Vert.x route (and, for a body without
 * Content-Length, inside the JAX-RS input stream) that ends the response with no body, before any exception mapper
 * could run. So this route runs just ahead of Quarkus's own: it buffers the body up to the limit (a declared
 * Content-Length above it is refused without reading anything; a chunked body is refused as soon as it passes the
 * limit) and JAX-RS then reads the buffered body.
 *
 * <p>The answer is sent as soon as the limit is passed; the rest of the body is read and thrown away (up to
 * {@link #DISCARD_AT_MOST}) so that a client still sending can read it, then the connection is closed.
 */
@ApplicationScoped
public class RequestBodyLimit {

    /** Most bytes of a refused body read and thrown away so the client can read the 413 (Tomcat reads 2 MB). */
    static final long DISCARD_AT_MOST = 16L * 1024 * 1024;

    private final long maxBytes;
    private final String tooLarge;
    private final String unauthenticated;
    private final String invalidToken;

    public RequestBodyLimit(
            @ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBodySize, ObjectMapper json) {
        this.maxBytes = maxBodySize.asLongValue();
        Problem problem = ProblemMappers.body(
                413,
                "payload-too-large",
                "Request body too large",
                "The request body is larger than this API accepts; nothing was assessed or stored.",
                List.of(new FieldError(
                        ReadProblems.BODY,
                        "is larger than " + describe(maxBytes)
                                + "; a request is a few kilobytes even with many medications")));
        try {
            this.tooLarge = json.writeValueAsString(problem); // the same for every refusal: written once
            this.unauthenticated = json.writeValueAsString(ProblemMappers.body(
                    401,
                    "unauthenticated",
                    "Authentication required",
                    "Send a bearer token for this service in the Authorization header.",
                    List.of()));
            this.invalidToken = json.writeValueAsString(ProblemMappers.body(
                    401,
                    "invalid-token",
                    "Authentication required",
                    "The bearer token was not accepted: it may have expired or not have been issued for this service. "
                            + "Get a new token and try again.",
                    List.of()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the 413 or 401 problem body could not be written", e);
        }
    }

    void install(@Observes Router router) {
        BodyHandler buffer = BodyHandler.create(false).setBodyLimit(maxBytes).setPreallocateBodyBuffer(false);
        router.route()
                .order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 1)
                .handler(context -> {
                    if (carriesAnApiBody(context.request())) {
                        // 401 before the body is read: a caller without an accepted token never has its body
                        // buffered (the authenticator has run at its own order; authentication is lazy, so it is
                        // asked for here, and the request stays paused meanwhile)
                        io.vertx.core.Context loop = io.vertx.core.Vertx.currentContext();
                        io.quarkus.vertx.http.runtime.security.QuarkusHttpUser.getSecurityIdentity(context, null)
                                .subscribe()
                                .with(
                                        identity -> loop.runOnContext(go -> {
                                            if (identity.isAnonymous()) {
                                                refuseUnauthenticated(context, unauthenticated, false);
                                            } else {
                                                context.next();
                                            }
                                        }),
                                        failure -> loop.runOnContext(
                                                go -> refuseUnauthenticated(context, invalidToken, true)));
                    } else {
                        context.next();
                    }
                })
                .handler(context -> {
                    if (context.request().version() != HttpVersion.HTTP_2) {
                        buffer.handle(context);
                    } else if (declaredAbove(context.request(), maxBytes)) {
                        // HTTP/2 (h2c): JAX-RS pauses the request it is given, which an HTTP/2 request refuses once
                        // its body has been read; so here only a declared length is checked, and Quarkus's own limit
                        // applies while JAX-RS reads the body
                        context.fail(413);
                    } else {
                        context.next();
                    }
                })
                .handler(RequestBodyLimit::emptyBodyIsAnEmptyBuffer)
                .failureHandler(this::refuseIfTooLarge);
    }

    /** A request to the API that has (or may have) a body: authenticated before a byte of it is read. */
    private static boolean carriesAnApiBody(HttpServerRequest request) {
        if (!request.path().startsWith("/api/") || request.isEnded()) {
            return false;
        }
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        return length == null
                ? request.getHeader(HttpHeaders.TRANSFER_ENCODING) != null
                        || request.version() == HttpVersion.HTTP_2
                                && !request.method().equals(io.vertx.core.http.HttpMethod.GET)
                : !length.strip().equals("0");
    }

    /**
     * The same 401 problem+json the JAX-RS mappers give ({@link SecurityProblemMappers}), sent without reading the body;
     * the connection is closed once it is written, so a stalled client holds nothing.
     */
    private static void refuseUnauthenticated(RoutingContext context, String body, boolean tokenRefused) {
        HttpServerResponse response = context.response();
        if (response.ended() || response.headWritten()) {
            return;
        }
        response.setStatusCode(401)
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(
                        "WWW-Authenticate",
                        tokenRefused
                                ? SecurityProblemMappers.CHALLENGE + ", error=\"invalid_token\""
                                : SecurityProblemMappers.CHALLENGE);
        if (context.request().version() != HttpVersion.HTTP_2) {
            response.putHeader(HttpHeaders.CONNECTION, "close");
            response.endHandler(done -> context.request().connection().close());
        }
        response.end(body);
    }

    private static boolean declaredAbove(HttpServerRequest request, long limit) {
        String declared = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        return declared != null && parsesAbove(declared, limit);
    }

    /** Without a byte (and without Content-Length) the body handler leaves no body, and JAX-RS would wait for one. */
    private static void emptyBodyIsAnEmptyBuffer(RoutingContext context) {
        if (context.request().version() != HttpVersion.HTTP_2 && context.body().buffer() == null) {
            context.setBody(Buffer.buffer());
        }
        context.next();
    }

    private void refuseIfTooLarge(RoutingContext context) {
        HttpServerResponse response = context.response();
        if (context.statusCode() != 413 || response.headWritten()) {
            context.next();
            return;
        }
        discardTheRest(context.request());
        response.setStatusCode(413)
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaders.CONNECTION, "close")
                .end(tooLarge);
    }

    /**
     * Reads and discards what is still coming of the refused body, up to {@link #DISCARD_AT_MOST}, then closes the
     * connection. Closing at once would reset a connection the client is still writing to, and most clients then
     * lose the answer; past the cap the connection is closed anyway.
     */
    private static void discardTheRest(HttpServerRequest request) {
        String declared = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        if (request.isEnded() || declared != null && parsesAbove(declared, DISCARD_AT_MOST)) {
            request.response().endHandler(done -> request.connection().close());
            return;
        }
        long[] discarded = {0};
        request.handler(chunk -> {
            discarded[0] += chunk.length();
            if (discarded[0] > DISCARD_AT_MOST) {
                request.connection().close();
            }
        });
        request.endHandler(done -> request.connection().close());
        request.resume();
    }

    private static boolean parsesAbove(String number, long limit) {
        try {
            return Long.parseLong(number.trim()) > limit;
        } catch (NumberFormatException e) {
            return true;
        }
    }

    private static String describe(long bytes) {
        return bytes % 1024 == 0 ? bytes / 1024 + " KB (" + bytes + " bytes)" : bytes + " bytes";
    }
}
