package org.idds.cds.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.vertx.http.ManagementInterface;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;

/**
 * A request URI that is not valid (a raw {@code {}, {@code |} or {@code ^}, a {@code %} not followed by two hex digits,
 * a non-ASCII character) is answered 400 problem+json, with the security headers, and the connection closed.
 *
 * <p>Quarkus checks the URI itself (with {@code java.net.URI}) before any route and answers an invalid one with an
 * empty 400 and no headers; {@code -Dvertx.disableURIValidation=true} (set by {@code Main}, and for tests by the
 * surefire configuration) turns that check off so the URI reaches the router, and this route, the first after the
 * security headers and ahead of every route with a path, checks it instead. It must: with Quarkus's check off, a bad
 * escape such as {@code %zz} makes the router's path matching throw, and the request was left unanswered.
 */
@ApplicationScoped
public class RequestUriCheck {

    private final String invalid;

    public RequestUriCheck(ObjectMapper json) {
        try {
            this.invalid = json.writeValueAsString(ProblemMappers.body(
                    400,
                    "invalid-uri",
                    "Invalid request URI",
                    "The request URI is not valid: characters outside RFC 3986 (such as {, }, | or ^) must be "
                            + "percent-encoded, and % must be followed by two hexadecimal digits.",
                    List.of()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the 400 problem body could not be written", e);
        }
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 1).handler(this::check);
    }

    void install(@Observes ManagementInterface management) {
        management.router().route().order(Integer.MIN_VALUE + 1).handler(this::check);
    }

    private void check(RoutingContext context) {
        if (valid(context.request().uri())) {
            context.next();
            return;
        }
        HttpServerResponse response = context.response();
        response.setStatusCode(400).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE);
        if (context.request().version() != HttpVersion.HTTP_2) {
            response.putHeader(HttpHeaders.CONNECTION, "close");
            response.endHandler(done -> context.request().connection().close());
        }
        response.end(invalid);
    }

    /**
     * Whether {@code uri} (a request target: origin form, absolute form or {@code *}) has only the characters RFC 3986
     * allows in a path and query, and only well-formed percent-escapes. Stricter than {@code java.net.URI}, which also
     * lets non-ASCII characters through.
     */
    static boolean valid(String uri) {
        if (uri == null || uri.isEmpty()) {
            return false;
        }
        for (int i = 0; i < uri.length(); i++) {
            char c = uri.charAt(i);
            if (c == '%') {
                if (i + 2 >= uri.length() || !hex(uri.charAt(i + 1)) || !hex(uri.charAt(i + 2))) {
                    return false;
                }
                i += 2;
            } else if (!allowed(c)) {
                return false;
            }
        }
        return true;
    }

    private static boolean allowed(char c) {
        return c >= 'a' && c <= 'z'
                || c >= 'A' && c <= 'Z'
                || c >= '0' && c <= '9'
                || "-._~!$&'()*+,;=:@/?".indexOf(c) >= 0;
    }

    private static boolean hex(char c) {
        return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
    }
}
