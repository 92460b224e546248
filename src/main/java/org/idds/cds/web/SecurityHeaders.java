package org.idds.cds.web;

import io.quarkus.vertx.http.ManagementInterface;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Security headers on every answer of the HTTP server, whoever writes it: API resources, problem answers, the
 * security layer's 401/403, health (on the management interface), OpenAPI, Swagger UI and the server's own 404s. Set just before the headers are
 * sent (a headers-end handler on the first route), so no later handler can skip them.
 *
 * <ul>
 *   <li>everywhere: {@code X-Content-Type-Options: nosniff}, {@code Referrer-Policy: no-referrer},
 *       {@code X-Frame-Options: DENY};</li>
 *   <li>everywhere but Swagger UI: {@code Content-Security-Policy: default-src 'none'; frame-ancestors 'none'} (JSON
 *       answers load nothing) and {@code Cache-Control: no-store} (clinical data are never cached);</li>
 *   <li>Swagger UI: a CSP that lets its own scripts, styles and images load (its page has an inline script and
 *       inline styles) and calls only this origin; its static files keep their own caching;</li>
 *   <li>under {@value #CONTENT_ADDRESSED} (ruleset text by content hash): the resource's own {@code Cache-Control}
 *       (immutable for a found entry, {@code no-store} for a 404) is left alone; {@code no-store} when an answer
 *       there has none (401, 403);</li>
 *   <li>over HTTPS (TLS here, or a proxy's {@code X-Forwarded-Proto} when {@code quarkus.http.proxy.*} trusts
 *       it): {@code Strict-Transport-Security: max-age=31536000}.</li>
 * </ul>
 */
@ApplicationScoped
public class SecurityHeaders {

    static final String API_CSP = "default-src 'none'; frame-ancestors 'none'";
    static final String SWAGGER_UI_CSP = "default-src 'none'; script-src 'self' 'unsafe-inline'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; "
            + "frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
    static final String SWAGGER_UI_PATH = "/q/swagger-ui";
    static final String HSTS = "max-age=31536000";
    static final String CONTENT_ADDRESSED = "/api/v1/rulesets/";
    static final String CACHE_CONTROL = "Cache-Control";
    static final String NO_STORE = "no-store";

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::addOnHeadersEnd);
    }

    /** The same headers on the management interface (health, on its own port). */
    void install(@Observes ManagementInterface management) {
        management.router().route().order(Integer.MIN_VALUE).handler(this::addOnHeadersEnd);
    }

    private void addOnHeadersEnd(RoutingContext context) {
        context.addHeadersEndHandler(ignored -> {
            String path = normalizedPath(context);
            var headers = context.response().headers();
            forRequest(path, "https".equals(context.request().scheme())).forEach(headers::set);
            if (path != null && path.startsWith(CONTENT_ADDRESSED) && !headers.contains(CACHE_CONTROL)) {
                headers.set(CACHE_CONTROL, NO_STORE);
            }
        });
        context.next();
    }

    /** The normalised path, or the raw one when it has a bad escape (answered 400 by {@link RequestUriCheck}). */
    private static String normalizedPath(RoutingContext context) {
        try {
            return context.normalizedPath();
        } catch (IllegalArgumentException badEscape) {
            return context.request().path();
        }
    }

    /** The headers for an answer to {@code path}, over HTTPS or not: one of four sets built once. */
    static Map<String, String> forRequest(String path, boolean https) {
        boolean swaggerUi = path != null && (path.equals(SWAGGER_UI_PATH) || path.startsWith(SWAGGER_UI_PATH + "/"));
        if (path != null && path.startsWith(CONTENT_ADDRESSED)) {
            return https ? CONTENT_ADDRESSED_HTTPS : CONTENT_ADDRESSED_HTTP;
        }
        return swaggerUi ? (https ? SWAGGER_UI_HTTPS : SWAGGER_UI_HTTP) : (https ? API_HTTPS : API_HTTP);
    }

    private static final Map<String, String> API_HTTP = headers(false, false);
    private static final Map<String, String> API_HTTPS = headers(false, true);
    private static final Map<String, String> SWAGGER_UI_HTTP = headers(true, false);
    private static final Map<String, String> SWAGGER_UI_HTTPS = headers(true, true);
    private static final Map<String, String> CONTENT_ADDRESSED_HTTP = withoutCacheControl(API_HTTP);
    private static final Map<String, String> CONTENT_ADDRESSED_HTTPS = withoutCacheControl(API_HTTPS);

    private static Map<String, String> withoutCacheControl(Map<String, String> headers) {
        Map<String, String> copy = new LinkedHashMap<>(headers);
        copy.remove(CACHE_CONTROL);
        return java.util.Collections.unmodifiableMap(copy);
    }

    private static Map<String, String> headers(boolean swaggerUi, boolean https) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("X-Content-Type-Options", "nosniff");
        headers.put("Referrer-Policy", "no-referrer");
        headers.put("X-Frame-Options", "DENY");
        if (swaggerUi) {
            headers.put("Content-Security-Policy", SWAGGER_UI_CSP);
        } else {
            headers.put("Content-Security-Policy", API_CSP);
            headers.put("Cache-Control", "no-store");
        }
        if (https) {
            headers.put("Strict-Transport-Security", HSTS);
        }
        return java.util.Collections.unmodifiableMap(headers);
    }
}
