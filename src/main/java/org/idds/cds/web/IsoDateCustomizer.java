package org.idds.cds.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import org.idds.cds.web.input.IsoDateDeserializer;

/**
 * Every date of a request is read by {@link IsoDateDeserializer}: an ISO date and nothing else (a date-time is refused,
 * never cut to its date). Run last, so that it replaces the lenient reader of the Java time module registered before.
 */
@Singleton
public class IsoDateCustomizer implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(
                new SimpleModule("idds-iso-dates").addDeserializer(LocalDate.class, new IsoDateDeserializer()));
    }

    @Override
    public int priority() {
        return MINIMUM_PRIORITY;
    }
}
