package org.idds.cds.clinical;

import java.util.Arrays;
import java.util.Optional;

/** Route of administration of a systemic medication. */
public enum Route {
    ORAL("oral"),
    TRANSDERMAL("transdermal"),
    SUBCUTANEOUS("subcutaneous"),
    INTRAVENOUS("intravenous"),
    SUBLINGUAL("sublingual"),
    RECTAL("rectal"),
    BUCCAL("buccal"),
    INTRANASAL("intranasal"),
    /** Neuraxial: never converted with a systemic (oral) OME factor. */
    EPIDURAL("epidural"),
    /** Neuraxial: never converted with a systemic (oral) OME factor. */
    INTRATHECAL("intrathecal");

    private final String code;

    Route(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** Epidural and intrathecal doses act at the spinal cord: a systemic OME factor never applies to them. */
    public boolean neuraxial() {
        return this == EPIDURAL || this == INTRATHECAL;
    }

    public static Optional<Route> fromCode(String code) {
        return Arrays.stream(values()).filter(r -> r.code.equals(code)).findFirst();
    }
}
