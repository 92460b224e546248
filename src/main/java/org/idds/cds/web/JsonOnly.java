package org.idds.cds.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.idds.cds.web.Problem.FieldError;
import org.idds.cds.web.input.Excerpt;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * An endpoint that consumes JSON answers 415 unless the request says {@code Content-Type: application/json} (in UTF-8,
 * the only JSON encoding): JAX-RS refuses a wrong content type itself, but would read a body with none as JSON. Bound
 * by name to the endpoints that read a JSON body ({@link CapturesBody}); replay reads none and is not concerned.
 */
public class JsonOnly {

    static final String FIELD = "Content-Type";

    static final String MISSING = "is missing; send the body as application/json";

    @CapturesBody
    @ServerRequestFilter
    public Optional<Response> requireJson(ContainerRequestContext request) {
        String header = request.getHeaderString(HttpHeaders.CONTENT_TYPE);
        if (header == null || header.isBlank()) { // JAX-RS would report a missing type as */*
            return Optional.of(unsupported(MISSING));
        }
        MediaType type;
        try {
            type = MediaType.valueOf(header);
        } catch (IllegalArgumentException e) {
            return Optional.of(unsupported(wrongType(header)));
        }
        if (!MediaType.APPLICATION_JSON_TYPE.isCompatible(type) || type.isWildcardType() || type.isWildcardSubtype()) {
            return Optional.of(unsupported(wrongType(type)));
        }
        String charset = type.getParameters().get(MediaType.CHARSET_PARAMETER);
        if (charset != null && !isUtf8(charset)) {
            return Optional.of(unsupported(
                    "must use the UTF-8 charset, the only encoding of JSON (got \"" + Excerpt.of(charset) + "\")"));
        }
        return Optional.empty();
    }

    private static boolean isUtf8(String charset) {
        try {
            return Charset.forName(charset.trim()).equals(StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    static String wrongType(Object got) {
        return "must be application/json (got \"" + Excerpt.of(got) + "\")";
    }

    static Response unsupported(String message) {
        return ProblemMappers.problem(
                415,
                "unsupported-media-type",
                "Unsupported media type",
                "This endpoint reads a JSON body; nothing was assessed or stored.",
                List.of(new FieldError(FIELD, message)));
    }
}
