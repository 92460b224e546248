package org.idds.cds.ruleset;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.idds.cds.clinical.DrugCatalogue;
import org.idds.cds.device.DeviceCapabilities;
import org.idds.cds.device.DeviceCapabilities.DeviceNote;
import org.idds.cds.device.DeviceCapabilities.PatientBolusCapability;
import org.idds.cds.device.DeviceCapabilities.RefillDateRule;
import org.idds.cds.device.DeviceFigure;
import org.idds.cds.device.DeviceModel;
import org.idds.cds.device.FigureRange;
import org.idds.cds.device.MriInstructions;
import org.idds.cds.kernel.Citation;
import org.idds.cds.kernel.EvidenceSource;
import org.idds.cds.kernel.Verification;
import org.idds.cds.ruleset.KnowledgeFiles.CitationJson;

/**
 * Reads one {@code device-model/*.json} file: its schema first, then the cross-file checks of {@link ContentFiles},
 * then the device's own consistency (alarm settings and refill volume inside the reservoir, accuracy a fraction,
 * labelled drugs in the drug catalogue with an intrathecal route). A file without capabilities (format 2) reads as an
 * implanted programmable pump with nothing recorded beyond its basic figures. Format 4 adds the non-aspirable volume
 * (below the reservoir volume) and the structured MRI instructions ({@link MriInstructions}, parsed once here); a
 * format 3 file has neither (its MRI statements are notes of topic {@code mri}).
 *
 * <p>Besides the file's own {@code notes}, each labelled drug becomes a note of topic {@value #LABELLED_DRUGS_TOPIC}
 * and the refill-date statement one of topic {@value #REFILL_DATE_TOPIC}, so that every statement keeps its sources.
 */
final class DeviceModels {

    static final String SCHEMA = "device-model.schema.json";

    /** Topic of the note each labelled drug becomes (its text and sources). */
    static final String LABELLED_DRUGS_TOPIC = "labelled-drugs";

    /** Topic of the note the refill-date statement becomes (its text and sources). */
    static final String REFILL_DATE_TOPIC = "refill-date";

    private DeviceModels() {}

    record DeviceModelJson(
            String id,
            String version,
            String status,
            String title,
            String description,
            String manufacturer,
            String model,
            String kind,
            FigureJson reservoirVolume,
            FigureJson lowReservoirAlarmDefault,
            RangeJson lowReservoirAlarmRange,
            RangeJson flowRate,
            FigureJson flowAccuracy,
            FigureJson nonAspirableVolume,
            PatientBolusJson patientBolus,
            List<LabelledDrugJson> labelledDrugs,
            RefillDateJson refillDate,
            MriJson mri,
            List<NoteJson> notes,
            List<CitationJson> citations) {}

    record MriJson(
            String labelling,
            String text,
            FieldStrengthJson fieldStrength,
            FigureJson spatialGradientMax,
            List<MriStepJson> beforeScan,
            List<MriStepJson> duringScan,
            List<MriStepJson> afterScan,
            StatementJson alternativeRoute,
            StatementJson woundHealedFirst,
            StatementJson emergencyScan,
            StatementJson hazard) {}

    record FieldStrengthJson(
            String allowed,
            String value,
            String unit,
            String verification,
            String note,
            List<CitationJson> citations) {}

    record MriStepJson(
            String action, FigureJson volume, String text, String verification, List<CitationJson> citations) {}

    record StatementJson(String text, String verification, List<CitationJson> citations) {}

    record FigureJson(String value, String unit, String verification, String note, List<CitationJson> citations) {}

    record RangeJson(FigureJson min, FigureJson max) {}

    record PatientBolusJson(
            Boolean available, FigureJson shortestLockout, FigureJson mostPerDay, List<CitationJson> citations) {}

    record LabelledDrugJson(
            String drug,
            String text,
            List<String> products,
            FigureJson maxConcentration,
            List<String> indications,
            String verification,
            List<CitationJson> citations) {}

    record RefillDateJson(
            String rule, FigureJson volume, String text, String verification, List<CitationJson> citations) {}

    record NoteJson(String topic, String text, String verification, List<CitationJson> citations) {}

    /** The model, or empty with the problems added (each naming the file and the JSON path). */
    static Optional<DeviceModel> read(GovernedFile file, DrugCatalogue drugs) {
        return file.typed(SCHEMA, DeviceModelJson.class).flatMap(d -> model(file, d, drugs));
    }

    private static Optional<DeviceModel> model(GovernedFile file, DeviceModelJson d, DrugCatalogue drugs) {
        String path = file.path();
        Map<String, EvidenceSource> sources = file.sources();
        List<String> problems = file.problems();
        int before = file.mark();
        ContentFiles.checkId(path, d.id(), problems);
        List<Citation> citations = file.citations(path + " $.citations", d.citations());
        Optional<DeviceFigure> reservoir = figure(path + " $.reservoirVolume", d.reservoirVolume(), sources, problems);
        Optional<DeviceFigure> alarm =
                figure(path + " $.lowReservoirAlarmDefault", d.lowReservoirAlarmDefault(), sources, problems);
        Optional<FigureRange> flow = range(path + " $.flowRate", d.flowRate(), sources, problems);
        DeviceCapabilities capabilities = capabilities(path, d, reservoir, alarm, sources, drugs, problems);
        Optional<DeviceFigure> nonAspirable =
                figure(path + " $.nonAspirableVolume", d.nonAspirableVolume(), sources, problems);
        nonAspirable.ifPresent(v -> checkInsideReservoir(path + " $.nonAspirableVolume", v, reservoir, problems));
        Optional<MriInstructions> mri = mri(path + " $.mri", d.mri(), reservoir, sources, problems);
        return file.kept(
                before,
                () -> new DeviceModel(
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
                        citations,
                        capabilities,
                        nonAspirable,
                        mri));
    }

    /** A range of the device (its flow rate, its alarm settings), both ends read; a problem if min is above max. */
    private static Optional<FigureRange> range(
            String where, RangeJson r, Map<String, EvidenceSource> sources, List<String> problems) {
        if (r == null) {
            return Optional.empty();
        }
        Optional<DeviceFigure> min = figure(where + ".min", r.min(), sources, problems);
        Optional<DeviceFigure> max = figure(where + ".max", r.max(), sources, problems);
        if (min.isEmpty() || max.isEmpty()) {
            return Optional.empty();
        }
        if (min.get().measure().compareQuantity(max.get().measure()) > 0) {
            problems.add(where + ": min is above max");
        }
        return Optional.of(new FigureRange(min.get(), max.get()));
    }

    /**
     * The structured MRI instructions (format 4), parsed once here; empty where the file has none (a format 3 file,
     * whose MRI statements are notes). The schema has checked the shape (a NOT_RECORDED labelling has nothing but
     * its text; an MR_CONDITIONAL one has its field strength, what happens during and after the scan and the
     * alternative route); here every citation resolves, every unit is UCUM, and a volume to empty is not above the
     * reservoir.
     */
    private static Optional<MriInstructions> mri(
            String where,
            MriJson m,
            Optional<DeviceFigure> reservoir,
            Map<String, EvidenceSource> sources,
            List<String> problems) {
        if (m == null) {
            return Optional.empty();
        }
        int before = problems.size();
        Optional<MriInstructions.FieldStrength> strength = Optional.empty();
        if (m.fieldStrength() != null) {
            FieldStrengthJson f = m.fieldStrength();
            strength = figure(
                            where + ".fieldStrength",
                            new FigureJson(f.value(), f.unit(), f.verification(), f.note(), f.citations()),
                            sources,
                            problems)
                    .map(figure -> new MriInstructions.FieldStrength(
                            MriInstructions.Allowed.valueOf(f.allowed()), figure)); // the schema admits only these
        }
        Optional<DeviceFigure> gradient =
                figure(where + ".spatialGradientMax", m.spatialGradientMax(), sources, problems);
        List<MriInstructions.Step> beforeScan = steps(where + ".beforeScan", m.beforeScan(), sources, problems);
        for (int i = 0; i < beforeScan.size(); i++) {
            String at = where + ".beforeScan[" + i + "].volume";
            beforeScan.get(i).volume().ifPresent(v -> problems.addAll(volumeAboveReservoir(at, v, reservoir)));
        }
        List<MriInstructions.Step> duringScan = steps(where + ".duringScan", m.duringScan(), sources, problems);
        List<MriInstructions.Step> afterScan = steps(where + ".afterScan", m.afterScan(), sources, problems);
        Optional<MriInstructions.Statement> alternativeRoute =
                statement(where + ".alternativeRoute", m.alternativeRoute(), sources, problems);
        Optional<MriInstructions.Statement> wound =
                statement(where + ".woundHealedFirst", m.woundHealedFirst(), sources, problems);
        Optional<MriInstructions.Statement> emergency =
                statement(where + ".emergencyScan", m.emergencyScan(), sources, problems);
        Optional<MriInstructions.Statement> hazard = statement(where + ".hazard", m.hazard(), sources, problems);
        if (problems.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new MriInstructions(
                MriInstructions.Labelling.valueOf(m.labelling()), // the schema admits only the labellings
                Optional.ofNullable(m.text()),
                strength,
                gradient,
                beforeScan,
                duringScan,
                afterScan,
                alternativeRoute,
                wound,
                emergency,
                hazard));
    }

    private static List<MriInstructions.Step> steps(
            String where, List<MriStepJson> raw, Map<String, EvidenceSource> sources, List<String> problems) {
        List<MriStepJson> list = orEmpty(raw);
        List<MriInstructions.Step> steps = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            MriStepJson s = list.get(i);
            String at = where + "[" + i + "]";
            Optional<DeviceFigure> volume = figure(at + ".volume", s.volume(), sources, problems);
            statement(at, new StatementJson(s.text(), s.verification(), s.citations()), sources, problems)
                    .ifPresent(st -> steps.add(new MriInstructions.Step(
                            MriInstructions.Action.valueOf(s.action()), // the schema admits only the actions
                            volume,
                            st.text(),
                            st.verification(),
                            st.citations())));
        }
        return steps;
    }

    private static Optional<MriInstructions.Statement> statement(
            String where, StatementJson s, Map<String, EvidenceSource> sources, List<String> problems) {
        if (s == null) {
            return Optional.empty();
        }
        return note(where, "mri", s.text(), s.verification(), s.citations(), sources, problems)
                .map(n -> new MriInstructions.Statement(n.text(), n.verification(), n.citations()));
    }

    /** A volume to remove (emptying the reservoir before MRI) is at most the reservoir volume. */
    private static List<String> volumeAboveReservoir(
            String where, DeviceFigure volume, Optional<DeviceFigure> reservoir) {
        return reservoir
                .filter(r -> volume.measure().compareQuantity(r.measure()) > 0)
                .map(r -> List.of(where + ": " + volume.value() + " " + volume.unit()
                        + " is above the reservoir volume of " + r.value() + " " + r.unit()))
                .orElse(List.of());
    }

    /** What the device can do beyond its basic figures; problems name the file and the JSON path. */
    private static DeviceCapabilities capabilities(
            String path,
            DeviceModelJson d,
            Optional<DeviceFigure> reservoir,
            Optional<DeviceFigure> alarm,
            Map<String, EvidenceSource> sources,
            DrugCatalogue drugs,
            List<String> problems) {
        DeviceCapabilities.Kind kind = d.kind() == null
                ? DeviceCapabilities.Kind.IMPLANTED_PROGRAMMABLE_PUMP
                : DeviceCapabilities.Kind.valueOf(d.kind()); // the schema admits only the kinds
        alarm.ifPresent(a -> checkInsideReservoir(path + " $.lowReservoirAlarmDefault", a, reservoir, problems));

        Optional<FigureRange> alarmRange =
                range(path + " $.lowReservoirAlarmRange", d.lowReservoirAlarmRange(), sources, problems);
        alarmRange.ifPresent(range -> {
            DeviceFigure min = range.min();
            DeviceFigure max = range.max();
            checkInsideReservoir(path + " $.lowReservoirAlarmRange.max", max, reservoir, problems);
            alarm.filter(a -> a.measure().compareQuantity(min.measure()) < 0
                            || a.measure().compareQuantity(max.measure()) > 0)
                    .ifPresent(a -> problems.add(path + " $.lowReservoirAlarmDefault: " + a.value() + " " + a.unit()
                            + " is outside the allowed range " + min.value() + "-" + max.value() + " "
                            + max.unit()));
        });

        Optional<DeviceFigure> accuracy = figure(path + " $.flowAccuracy", d.flowAccuracy(), sources, problems);
        accuracy.filter(a -> a.value().signum() <= 0 || a.value().compareTo(BigDecimal.ONE) >= 0)
                .ifPresent(a -> problems.add(path + " $.flowAccuracy: " + a.value()
                        + " is not a fraction between 0 and 1 (0.145 is plus or minus 14.5 %)"));

        Optional<PatientBolusCapability> bolus = Optional.empty();
        if (d.patientBolus() != null) {
            String where = path + " $.patientBolus";
            Optional<DeviceFigure> lockout =
                    figure(where + ".shortestLockout", d.patientBolus().shortestLockout(), sources, problems);
            Optional<DeviceFigure> most =
                    figure(where + ".mostPerDay", d.patientBolus().mostPerDay(), sources, problems);
            most.filter(m -> m.value().signum() <= 0
                            || m.value().stripTrailingZeros().scale() > 0)
                    .ifPresent(m -> problems.add(where + ".mostPerDay: " + m.value() + " is not a whole count"));
            List<Citation> bolusCitations = ContentFiles.citations(
                    where + ".citations", d.patientBolus().citations(), sources, problems);
            bolus = Optional.of(new PatientBolusCapability(
                    Boolean.TRUE.equals(d.patientBolus().available()), lockout, most, bolusCitations));
        }

        List<DeviceNote> notes = new ArrayList<>();
        List<String> labelled = new ArrayList<>();
        List<DeviceCapabilities.LabelledDrug> labelling = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<LabelledDrugJson> labelledJson = orEmpty(d.labelledDrugs());
        for (int i = 0; i < labelledJson.size(); i++) {
            LabelledDrugJson l = labelledJson.get(i);
            String where = path + " $.labelledDrugs[" + i + "]";
            ContentFiles.checkIntrathecalDrug(where + ".drug", l.drug(), drugs, problems);
            if (!seen.add(l.drug())) {
                problems.add(where + ".drug: " + l.drug() + " is listed twice");
            }
            labelled.add(l.drug());
            Optional<DeviceFigure> strength =
                    figure(where + ".maxConcentration", l.maxConcentration(), sources, problems);
            labelling.add(new DeviceCapabilities.LabelledDrug(
                    l.drug(),
                    orEmpty(l.products()),
                    strength,
                    orEmpty(l.indications()).stream()
                            .map(DeviceCapabilities.Indication::valueOf) // the schema admits only the indications
                            .toList()));
            note(where, LABELLED_DRUGS_TOPIC, l.text(), l.verification(), l.citations(), sources, problems)
                    .ifPresent(notes::add);
        }

        RefillDateRule rule = RefillDateRule.NOT_STATED;
        Optional<DeviceFigure> refillVolume = Optional.empty();
        if (d.refillDate() != null) {
            String where = path + " $.refillDate";
            rule = RefillDateRule.valueOf(d.refillDate().rule()); // the schema admits only the rules
            refillVolume = figure(where + ".volume", d.refillDate().volume(), sources, problems);
            refillVolume.ifPresent(v -> checkInsideReservoir(where + ".volume", v, reservoir, problems));
            note(
                            where,
                            REFILL_DATE_TOPIC,
                            d.refillDate().text(),
                            d.refillDate().verification(),
                            d.refillDate().citations(),
                            sources,
                            problems)
                    .ifPresent(notes::add);
        }

        List<NoteJson> noteJson = orEmpty(d.notes());
        for (int i = 0; i < noteJson.size(); i++) {
            NoteJson n = noteJson.get(i);
            note(path + " $.notes[" + i + "]", n.topic(), n.text(), n.verification(), n.citations(), sources, problems)
                    .ifPresent(notes::add);
        }
        return new DeviceCapabilities(
                kind, alarmRange, accuracy, bolus, labelled, rule, refillVolume, notes, labelling);
    }

    /** A volume setting of the device (an alarm, a refill volume) must be below the reservoir volume. */
    private static void checkInsideReservoir(
            String where, DeviceFigure volume, Optional<DeviceFigure> reservoir, List<String> problems) {
        reservoir
                .filter(r -> volume.measure().compareQuantity(r.measure()) >= 0)
                .ifPresent(r -> problems.add(where + ": " + volume.value() + " " + volume.unit()
                        + " is not below the reservoir volume of " + r.value() + " " + r.unit()));
    }

    private static Optional<DeviceNote> note(
            String where,
            String topic,
            String text,
            String verification,
            List<CitationJson> raw,
            Map<String, EvidenceSource> sources,
            List<String> problems) {
        int before = problems.size();
        Optional<Verification> status = ContentFiles.verification(verification);
        if (status.isEmpty()) {
            problems.add(where + ".verification: " + verification + " is not one of " + List.of(Verification.values()));
        }
        List<Citation> citations = ContentFiles.citations(where + ".citations", raw, sources, problems);
        if (problems.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new DeviceNote(topic, text, status.orElseThrow(), citations));
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
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
