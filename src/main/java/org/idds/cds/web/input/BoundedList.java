package org.idds.cds.web.input;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import com.fasterxml.jackson.annotation.JacksonAnnotationsInside;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A list that is refused while it is being read as soon as it has more than {@link #max()} entries, before any entry
 * is validated. {@code @Size} alone would only count the entries after every one of them had been read and validated.
 * JSON {@code null} entries are kept, so that {@code @NotNull} on the element type names each of them.
 */
@Retention(RUNTIME)
@Target({ANNOTATION_TYPE, FIELD, METHOD, PARAMETER, RECORD_COMPONENT})
@JacksonAnnotationsInside
@JsonDeserialize(using = BoundedListDeserializer.class)
public @interface BoundedList {

    int max();

    /** What one entry is called in the refusal, e.g. "medications". */
    String entries() default "entries";
}
