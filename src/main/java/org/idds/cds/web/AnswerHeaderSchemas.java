package org.idds.cds.web;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.idds.cds.kernel.answer.AnswerHeader;

/**
 * The OpenAPI document shows every answer as it is written ({@link AnswerHeaderJson}): the {@link AnswerHeader}'s
 * fields first, in the answer's own schema, and no {@code header} object. The scanner cannot see the JSON mix-in, so
 * each schema with a {@code header} property that is the answer header gets the header's properties in its place, and
 * the header's own schema is dropped.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public final class AnswerHeaderSchemas implements OASFilter {

    private static final String HEADER = AnswerHeader.class.getSimpleName();
    private static final String HEADER_REF = "#/components/schemas/" + HEADER;
    private static final String PROPERTY = "header";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Components components = openAPI.getComponents();
        if (components == null || components.getSchemas() == null) {
            return;
        }
        Schema header = components.getSchemas().get(HEADER);
        if (header == null) {
            return;
        }
        components.getSchemas().values().forEach(schema -> inline(schema, header));
        components.removeSchema(HEADER);
    }

    private static void inline(Schema schema, Schema header) {
        Map<String, Schema> properties = schema.getProperties();
        if (properties == null
                || !properties.containsKey(PROPERTY)
                || !HEADER_REF.equals(properties.get(PROPERTY).getRef())) {
            return;
        }
        Map<String, Schema> inlined = new LinkedHashMap<>();
        properties.forEach((name, property) -> {
            if (name.equals(PROPERTY)) {
                inlined.putAll(header.getProperties());
            } else {
                inlined.put(name, property);
            }
        });
        schema.setProperties(inlined);
        if (schema.getRequired() != null && schema.getRequired().contains(PROPERTY)) {
            List<String> required = new ArrayList<>(schema.getRequired());
            required.remove(PROPERTY);
            if (header.getRequired() != null) {
                required.addAll(header.getRequired());
            }
            schema.setRequired(required);
        }
    }
}
