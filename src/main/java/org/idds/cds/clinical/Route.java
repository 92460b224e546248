package org.idds.cds.clinical;

import java.util.Arrays;
import java.util.Optional;

/** Route of administration of a systemic medication. */
public enum Route {
    ORAL("oral"),
    TRANSDERMAL("transdermal"),
    SUBCUTANEOUS("subcutaneous"),
    INTRAVENOUS("intravenous"),
    SUBLINGUAL("sublingual");

    private final String code;

    Route(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<Route> fromCode(String code) {
        return Arrays.stream(values()).filter(r -> r.code.equals(code)).findFirst();
    }
}
