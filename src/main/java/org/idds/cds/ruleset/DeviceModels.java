package org.idds.cds.ruleset;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.idds.cds.device.DeviceFigure;
import org.idds.cds.device.DeviceModel;
import org.idds.cds.device.FlowRange;
import org.idds.cds.kernel.Citation;
import org.idds.cds.kernel.EvidenceSource;
import org.idds.cds.kernel.Verification;
import org.idds.cds.ruleset.KnowledgeFiles.CitationJson;

/** Reads one {@code device-model/*.json} file: its schema first, then the cross-file checks of {@link ContentFiles}. */
final class DeviceModels {

    static final String SCHEMA = "device-model.schema.json";

    private static final ObjectMapper JSON =
            new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private DeviceModels() {}

    record DeviceModelJson(
            String id,
            String version,
            String status,
            String title,
            String description,
            String manufacturer,
            String model,
            FigureJson reservoirVolume,
            FigureJson lowReservoirAlarmDefault,
            RangeJson flowRate,
            List<CitationJson> citations) {}

    record FigureJson(String value, String unit, String verification, String note, List<CitationJson> citations) {}

    record RangeJson(FigureJson min, FigureJson max) {}

    /** The model, or empty with the problems added (each naming the file and the JSON path). */
    static Optional<DeviceModel> read(
            String path, String text, String schemaFolder, Map<String, EvidenceSource> sources, List<String> problems) {
        List<String> schemaProblems = KnowledgeSchemas.problems(schemaFolder + SCHEMA, path, text);
        if (!schemaProblems.isEmpty()) {
            problems.addAll(schemaProblems);
            return Optional.empty();
        }
        DeviceModelJson d;
        try {
            d = JSON.readValue(text, DeviceModelJson.class);
        } catch (JsonProcessingException e) {
            problems.add(path + " is not valid: " + e.getOriginalMessage());
            return Optional.empty();
        }
        int before = problems.size();
        ContentFiles.checkId(path, d.id(), problems);
        List<Citation> citations = ContentFiles.citations(path + " $.citations", d.citations(), sources, problems);
        Optional<DeviceFigure> reservoir = figure(path + " $.reservoirVolume", d.reservoirVolume(), sources, problems);
        Optional<DeviceFigure> alarm =
                figure(path + " $.lowReservoirAlarmDefault", d.lowReservoirAlarmDefault(), sources, problems);
        Optional<FlowRange> flow = Optional.empty();
        if (d.flowRate() != null) {
            Optional<DeviceFigure> min =
                    figure(path + " $.flowRate.min", d.flowRate().min(), sources, problems);
            Optional<DeviceFigure> max =
                    figure(path + " $.flowRate.max", d.flowRate().max(), sources, problems);
            if (min.isPresent() && max.isPresent()) {
                if (min.get().measure().compareQuantity(max.get().measure()) > 0) {
                    problems.add(path + " $.flowRate: min is above max");
                }
                flow = Optional.of(new FlowRange(min.get(), max.get()));
            }
        }
        if (problems.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new DeviceModel(
                d.id(),
                d.version(),
                d.status(),
                d.title(),
                d.description(),
                d.manufacturer(),
                d.model(),
                reservoir,
                alarm,
                flow,
                citations));
    }

    private static Optional<DeviceFigure> figure(
            String where, FigureJson f, Map<String, EvidenceSource> sources, List<String> problems) {
        if (f == null) {
            return Optional.empty();
        }
        int before = problems.size();
        Optional<Verification> verification = ContentFiles.verification(f.verification());
        if (verification.isEmpty()) {
            problems.add(
                    where + ".verification: " + f.verification() + " is not one of " + List.of(Verification.values()));
        }
        BigDecimal value = null;
        try {
            value = new BigDecimal(f.value());
        } catch (NumberFormatException | NullPointerException e) {
            problems.add(where + ".value: " + f.value() + " is not a decimal");
        }
        ContentFiles.checkUnit(where + ".unit", f.unit(), problems);
        List<Citation> citations = ContentFiles.citations(where + ".citations", f.citations(), sources, problems);
        if (problems.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new DeviceFigure(
                value, f.unit(), verification.orElseThrow(), Optional.ofNullable(f.note()), citations));
    }
}
