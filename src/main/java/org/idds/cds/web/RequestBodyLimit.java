package org.idds.cds.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
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
import java.time.Duration;
import java.util.List;
import java.util.function.BiConsumer;
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
 *
 * <p>Before any of that: a request to {@code /api/} with a body and no accepted token is answered 401 without reading
 * the body, and any request body must arrive within {@code idds.http.body-read-deadline} (issue 14, item 1).
 */
@ApplicationScoped
public class RequestBodyLimit {

    /** Most bytes of a refused body read and thrown away so the client can read the 413 (Tomcat reads 2 MB). */
    static final long DISCARD_AT_MOST = 16L * 1024 * 1024;

    private final long maxBytes;
    private final String tooLarge;
    private final String unauthenticated;
    private final String invalidToken;
    private final String tooSlow;
    private final Duration bodyReadDeadline;

    public RequestBodyLimit(
            @ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBodySize,
            @ConfigProperty(name = "idds.http.body-read-deadline", defaultValue = "10S") Duration bodyReadDeadline,
            ObjectMapper json) {
        this.maxBytes = maxBodySize.asLongValue();
        this.bodyReadDeadline = bodyReadDeadline;
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
            this.tooSlow = json.writeValueAsString(ProblemMappers.body(
                    408,
                    "request-timeout",
                    "Request body too slow",
                    "The request body did not arrive within " + bodyReadDeadline.toSeconds()
                            + " s of its headers; nothing was assessed or stored. Send the whole request at once.",
                    List.of()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the 413, 408 or 401 problem body could not be written", e);
        }
    }

    void install(@Observes Router router) {
        BodyHandler buffer = BodyHandler.create(false).setBodyLimit(maxBytes).setPreallocateBodyBuffer(false);
        router.route()
                .order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 1)
                .handler(context -> {
                    if (!carriesABody(context.request())) {
                        context.next();
                        return;
                    }
                    startTheDeadline(context);
                    if (context.request().path().startsWith("/api/")) {
                        authenticateBeforeReading(context);
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

    /**
     * 401 before the body is read: a caller without an accepted token never has its body buffered. Authentication is
     * lazy ({@code quarkus.http.auth.proactive=false}, so health and OpenAPI stay public even with a bad token): the
     * authenticator has run at its own order and left a deferred identity, asked for here while the request stays
     * paused. Its failure would go first to Quarkus's authentication failure handler, which answers an empty 401 and
     * keeps the connection (and the stalled body) open; so this route puts its own in place while it waits, and the
     * refusal is answered below.
     */
    private void authenticateBeforeReading(RoutingContext context) {
        HttpServerRequest request = context.request();
        request.pause();
        Object quarkusFailureHandler = context.get(QuarkusHttpUser.AUTH_FAILURE_HANDLER);
        BiConsumer<RoutingContext, Throwable> answeredBelow = (ignored, failure) -> {};
        context.put(QuarkusHttpUser.AUTH_FAILURE_HANDLER, answeredBelow);
        Context loop = Vertx.currentContext();
        QuarkusHttpUser.getSecurityIdentity(context, null)
                .subscribe()
                .with(
                        identity -> loop.runOnContext(go -> {
                            if (quarkusFailureHandler != null) {
                                context.put(QuarkusHttpUser.AUTH_FAILURE_HANDLER, quarkusFailureHandler);
                            }
                            if (identity == null || identity.isAnonymous()) {
                                refuseUnauthenticated(context, unauthenticated, false);
                            } else if (!context.response().ended()) {
                                context.next(); // the body handler (or JAX-RS over HTTP/2) resumes the request
                            }
                        }),
                        // any failure (a refused token, or an identity provider that could not be asked) is a 401:
                        // the body of a caller who is not known is never read
                        failure -> loop.runOnContext(go -> refuseUnauthenticated(context, invalidToken, true)));
    }

    /**
     * The body must arrive within {@code idds.http.body-read-deadline}, counted from the end of the headers; otherwise
     * the request is answered with 408 problem+json and the connection closed (over HTTP/2 only the stream is reset,
     * other streams go on). The idle timeout alone would let a client keep a connection by sending a byte now and
     * then.
     */
    private void startTheDeadline(RoutingContext context) {
        HttpServerRequest request = context.request();
        long timer = context.vertx().setTimer(bodyReadDeadline.toMillis(), fired -> {
            if (request.isEnded()) {
                return;
            }
            HttpServerResponse response = context.response();
            if (response.ended() || response.closed()) {
                return;
            }
            if (response.headWritten()) {
                request.connection().close();
                return;
            }
            response.setStatusCode(408).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE);
            if (request.version() != HttpVersion.HTTP_2) {
                response.putHeader(HttpHeaders.CONNECTION, "close");
                response.endHandler(done -> request.connection().close());
                response.end(tooSlow);
            } else {
                response.end(tooSlow).onComplete(done -> response.reset(0)); // NO_ERROR: stop sending, answer given
            }
        });
        context.addEndHandler(done -> context.vertx().cancelTimer(timer));
    }

    /** A request that has (or may have) a body. */
    private static boolean carriesABody(HttpServerRequest request) {
        if (request.isEnded()) {
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
        if (response.ended() || response.closed()) {
            return; // already answered (408 at the deadline, 401) and the connection closed: nothing left to report
        }
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
