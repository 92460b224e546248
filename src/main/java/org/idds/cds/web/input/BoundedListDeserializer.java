package org.idds.cds.web.input;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Reads a {@link BoundedList}: stops at the first entry past the limit, without reading or validating the rest. */
public final class BoundedListDeserializer extends StdDeserializer<List<Object>> implements ContextualDeserializer {

    private static final long serialVersionUID = 1L;

    private final int max;
    private final String entries;
    private final transient JsonDeserializer<Object> element;

    /** Used by Jackson to instantiate; {@link #createContextual} makes the usable instance. */
    public BoundedListDeserializer() {
        this(0, "entries", null);
    }

    private BoundedListDeserializer(int max, String entries, JsonDeserializer<Object> element) {
        super(List.class);
        this.max = max;
        this.entries = entries;
        this.element = element;
    }

    @Override
    public JsonDeserializer<?> createContextual(DeserializationContext ctxt, BeanProperty property)
            throws JsonMappingException {
        BoundedList bound = property == null ? null : property.getAnnotation(BoundedList.class);
        if (bound == null) {
            return ctxt.reportBadDefinition(
                    List.class, "@BoundedList is needed on a list property read by this deserializer");
        }
        JavaType contentType = property.getType().getContentType();
        return new BoundedListDeserializer(
                bound.max(), bound.entries(), ctxt.findContextualValueDeserializer(contentType, property));
    }

    @Override
    public List<Object> deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        if (!p.isExpectedStartArrayToken()) {
            throw new RefusedInputException(p, "must be a list in square brackets", List.class);
        }
        List<Object> items = new ArrayList<>();
        for (JsonToken token = p.nextToken(); token != JsonToken.END_ARRAY; token = p.nextToken()) {
            if (items.size() == max) {
                throw new RefusedInputException(
                        p,
                        "has more than " + max + " " + entries + "; at most " + max + " are accepted in one request",
                        List.class);
            }
            if (token == JsonToken.VALUE_NULL) {
                items.add(null); // reported by @NotNull on the element, with its index
                continue;
            }
            try {
                items.add(element.deserialize(p, ctxt));
            } catch (Exception e) {
                throw JsonMappingException.wrapWithPath(e, items, items.size());
            }
        }
        return Collections.unmodifiableList(items);
    }
}
