package org.idds.cds.bench;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.module.paramnames.ParameterNamesModule;
import org.idds.cds.web.AnswerHeaderJson;

/**
 * An ObjectMapper configured like the service's (Quarkus registers the jdk8, jsr310 and parameter-names modules;
 * application.properties sets the rest; {@link AnswerHeaderJson} writes the answer header as the answer's first fields), so
 * the benchmarks serialise the same JSON the endpoint returns.
 */
public final class BenchJson {

    private BenchJson() {}

    public static ObjectMapper mapper() {
        ObjectMapper mapper = JsonMapper.builder()
                .addModule(new Jdk8Module())
                .addModule(new JavaTimeModule())
                .addModule(new ParameterNamesModule())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES) // quarkus.jackson.fail-on-unknown-properties
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS) // quarkus.jackson.write-dates-as-timestamps
                .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS) // Quarkus default
                // quarkus.jackson.serialization-inclusion=non_absent, applied as ObjectMapper.setSerializationInclusion
                // does
                .defaultPropertyInclusion(
                        JsonInclude.Value.construct(JsonInclude.Include.NON_ABSENT, JsonInclude.Include.NON_ABSENT))
                .build();
        new AnswerHeaderJson().customize(mapper);
        return mapper;
    }
}
