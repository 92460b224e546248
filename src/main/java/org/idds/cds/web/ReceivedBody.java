package org.idds.cds.web;

import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;
import org.idds.cds.audit.RawRequest;

/** The current request's body exactly as received, captured by {@link ReceivedBodyCapture} before parsing. */
@RequestScoped
public class ReceivedBody {

    private RawRequest raw;

    void set(byte[] bytes) {
        this.raw = RawRequest.of(bytes);
    }

    /** The raw body; a POST that reached a resource always has one (an empty body is refused before). */
    public RawRequest get() {
        return Optional.ofNullable(raw).orElseThrow(() -> new IllegalStateException("request body was not captured"));
    }
}
