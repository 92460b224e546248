package org.idds.cds.web;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * 401 and 403 as problem+json. Kept apart from {@link ProblemMappers} (input and audit failures). Authentication is
 * lazy ({@code quarkus.http.auth.proactive=false}) so these failures reach the JAX-RS mappers. The answers never say
 * which token check failed (expiry, issuer, audience, signature, algorithm): that helps an attacker, not a user.
 */
public class SecurityProblemMappers {

    /** RFC 6750: a 401 names the scheme; {@code invalid_token} when a token was sent but refused. */
    static final String CHALLENGE = "Bearer realm=\"idds-cds\"";

    @ServerExceptionMapper
    public Response unauthenticated(UnauthorizedException e) {
        return withChallenge(
                ProblemMappers.problem(
                        401,
                        "unauthenticated",
                        "Authentication required",
                        "Send a bearer token for this service in the Authorization header.",
                        List.of()),
                CHALLENGE);
    }

    @ServerExceptionMapper
    public Response invalidToken(AuthenticationFailedException e) {
        return withChallenge(
                ProblemMappers.problem(
                        401,
                        "invalid-token",
                        "Authentication required",
                        "The bearer token was not accepted: it may have expired or not have been issued for this service. "
                                + "Get a new token and try again.",
                        List.of()),
                CHALLENGE + ", error=\"invalid_token\"");
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return ProblemMappers.problem(
                403,
                "forbidden",
                "Not permitted",
                "Your role does not permit this request. docs/security.md lists which role may use which endpoint.",
                List.of());
    }

    private static Response withChallenge(Response problem, String challenge) {
        return Response.fromResponse(problem)
                .header(HttpHeaders.WWW_AUTHENTICATE, challenge)
                .build();
    }
}
