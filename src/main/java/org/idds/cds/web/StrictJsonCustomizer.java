package org.idds.cds.web;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import org.idds.cds.web.input.BoundedDecimalDeserializer;
import org.idds.cds.web.input.InputLimits;
import org.idds.cds.web.input.SafeTextDeserializer;

/**
 * Makes request parsing strict: a body means exactly one thing or it is refused with 400. No quarkus.jackson.*
 * property sets these, hence a customizer. Refused: duplicate keys, anything after the JSON object, a number where
 * true/false is expected ({@code "patientDeclines": 7}), text where a number or true/false is expected, {@code ""} for
 * anything that is not text, decimals for whole-number fields (4.99 is never read as 4), anything but an ISO date where
 * a date is asked (a date-time is never cut to its date), and values beyond the bounds of {@link InputLimits}. Dates: {@link IsoDateCustomizer}. Unknown fields are refused by {@code quarkus.jackson.fail-on-unknown-properties}.
 */
@Singleton
public class StrictJsonCustomizer implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.getFactory()
                .setStreamReadConstraints(StreamReadConstraints.builder()
                        .maxNumberLength(InputLimits.PARSER_MAX_NUMBER_LENGTH)
                        .maxStringLength(InputLimits.PARSER_MAX_STRING_LENGTH)
                        .maxNameLength(InputLimits.PARSER_MAX_NAME_LENGTH)
                        .maxNestingDepth(InputLimits.PARSER_MAX_NESTING_DEPTH)
                        .build());
        mapper.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION.mappedFeature());
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        mapper.enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        mapper.disable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY);
        mapper.disable(DeserializationFeature.UNWRAP_SINGLE_VALUE_ARRAYS);
        // USE_BIG_DECIMAL_FOR_FLOATS is left off on purpose: every request number has a declared type, and decimals are
        // read by BoundedDecimalDeserializer straight from the text as written (never through a double). The feature
        // would only change untyped reads (trees) elsewhere in the service.
        disableScalarCoercion(mapper);

        mapper.coercionConfigDefaults()
                .setAcceptBlankAsEmpty(false)
                .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.EmptyArray, CoercionAction.Fail);
        for (LogicalType number : new LogicalType[] {LogicalType.Integer, LogicalType.Float}) {
            mapper.coercionConfigFor(number)
                    .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        }
        mapper.coercionConfigFor(LogicalType.Integer).setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Boolean)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);

        mapper.registerModule(new SimpleModule("idds-strict-input")
                .addDeserializer(BigDecimal.class, new BoundedDecimalDeserializer())
                .addDeserializer(String.class, new SafeTextDeserializer()));
    }

    @SuppressWarnings("deprecation") // MapperFeature on a built ObjectMapper is the only way a customizer can set it
    private static void disableScalarCoercion(ObjectMapper mapper) {
        mapper.disable(MapperFeature.ALLOW_COERCION_OF_SCALARS);
    }
}
