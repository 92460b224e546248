package org.idds.cds.ruleset;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.idds.cds.clinical.Admixture;
import org.idds.cds.clinical.DrugCatalogue;
import org.idds.cds.clinical.IntrathecalDrug;
import org.idds.cds.clinical.IntrathecalDrug.DoseRange;
import org.idds.cds.clinical.IntrathecalDrug.Limit;
import org.idds.cds.clinical.IntrathecalDrug.RefillInterval;
import org.idds.cds.clinical.IntrathecalDrug.TitrationLimit;
import org.idds.cds.clinical.IntrathecalDrugLibrary;
import org.idds.cds.kernel.Citation;
import org.idds.cds.kernel.Dimension;
import org.idds.cds.kernel.EvidenceSource;
import org.idds.cds.kernel.Quantity;
import org.idds.cds.kernel.Severity;
import org.idds.cds.kernel.Unit;
import org.idds.cds.kernel.Verification;
import org.idds.cds.ruleset.KnowledgeFiles.CitationJson;

/**
 * Reads the intrathecal drug library (the manifest's {@code drugLibrary}, e.g. {@code dosing/drug-library.json}): its
 * schema first (a figure without a source, an unknown key or a unit outside its field's list stops the load naming
 * the file and the JSON path), then the cross-file checks: every citation resolves in the evidence catalogue, every
 * drug is a generic name of the drug catalogue with an intrathecal route and is listed once, every unit has its
 * field's dimension (concentrations mg/mL or ug/mL, daily doses mg/d or ug/d, bolus doses mg or ug, durations d), a
 * range's ends share one unit and its low end is not above its high end, the plausibility ceiling is above every
 * dose the entry names, and an admixture's components are drugs of the library.
 */
final class DrugLibraries {

    static final String SCHEMA = "drug-library.schema.json";

    private DrugLibraries() {}

    record LibraryJson(String description, List<DrugJson> drugs, List<AdmixtureJson> admixtures) {}

    record DrugJson(
            String name,
            String role,
            RangeJson trialBolus,
            RangeJson startingDailyDose,
            LimitJson maxConcentration,
            LimitJson maxDailyDose,
            String noEstablishedMaximum,
            LimitJson implausibleDailyDose,
            List<TitrationJson> titration,
            List<RefillIntervalJson> refillIntervals,
            List<CitationJson> citations,
            List<LabelStartJson> labelStartingDailyDose,
            MorphineRatioJson intrathecalMorphineRatio) {}

    record LabelStartJson(
            String opioidStatus, QuantityJson max, String verification, String note, List<CitationJson> citations) {}

    record MorphineRatioJson(String low, String high, String verification, String note, List<CitationJson> citations) {}

    record QuantityJson(String value, String unit) {}

    record RangeJson(
            QuantityJson low, QuantityJson high, String verification, String note, List<CitationJson> citations) {}

    record LimitJson(
            String value,
            String unit,
            String severity,
            String verification,
            String note,
            List<CitationJson> citations,
            SitePolicyJson sitePolicy) {}

    record SitePolicyJson(String name, String applied, String text, List<PolicyOptionJson> options) {}

    record PolicyOptionJson(
            String choice, String value, String unit, String verification, List<CitationJson> citations) {}

    record TitrationJson(
            QuantityJson maxIncrease,
            QuantityJson minInterval,
            String verification,
            String note,
            List<CitationJson> citations) {}

    record RefillIntervalJson(
            String condition,
            QuantityJson maxInterval,
            String verification,
            String note,
            List<CitationJson> citations,
            List<QuantityJson> suppliedConcentrations) {}

    record AdmixtureJson(
            List<String> components,
            QuantityJson studiedDuration,
            String verification,
            String note,
            List<CitationJson> citations) {}

    /** What a field measures, and the units it accepts. */
    private enum Kind {
        BOLUS_DOSE(List.of(Dimension.MASS), "mg or ug"),
        DAILY_DOSE(List.of(Dimension.MASS_PER_TIME), "mg/d or ug/d"),
        CONCENTRATION(List.of(Dimension.MASS_CONCENTRATION), "mg/mL or ug/mL"),
        DURATION(List.of(Dimension.TIME), "d"),
        /** A titration step: an amount per day, or a fraction of the current daily dose (unit 1). */
        STEP(List.of(Dimension.MASS_PER_TIME, Dimension.DIMENSIONLESS), "mg/d, ug/d or 1 (a fraction)");

        final List<Dimension> dimensions;
        final String units;

        Kind(List<Dimension> dimensions, String units) {
            this.dimensions = dimensions;
            this.units = units;
        }

        boolean accepts(Unit unit) {
            return switch (this) {
                case DURATION -> unit == Unit.DAY;
                case STEP -> dimensions.contains(unit.dimension()) && unit != Unit.SCORE;
                default -> dimensions.contains(unit.dimension());
            };
        }
    }

    /** The library, or empty with the problems added (each naming the file and the JSON path). */
    static Optional<IntrathecalDrugLibrary> read(GovernedFile file, DrugCatalogue catalogue) {
        return file.typed(SCHEMA, LibraryJson.class).flatMap(library -> library(file, library, catalogue));
    }

    private static Optional<IntrathecalDrugLibrary> library(
            GovernedFile library, LibraryJson file, DrugCatalogue catalogue) {
        String path = library.path();
        Map<String, EvidenceSource> sources = library.sources();
        List<String> problems = library.problems();
        int before = library.mark();
        List<IntrathecalDrug> drugs = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < file.drugs().size(); i++) {
            DrugJson d = file.drugs().get(i);
            String where = path + " $.drugs[" + i + "]";
            ContentFiles.checkIntrathecalDrug(where + ".name", d.name(), catalogue, problems);
            if (!names.add(d.name())) {
                problems.add(where + ".name: " + d.name() + " is listed twice");
            }
            drug(where, d, sources, problems).ifPresent(drugs::add);
        }
        List<Admixture> admixtures = new ArrayList<>();
        List<AdmixtureJson> raw = file.admixtures();
        for (int i = 0; i < raw.size(); i++) {
            AdmixtureJson a = raw.get(i);
            String where = path + " $.admixtures[" + i + "]";
            for (int c = 0; c < a.components().size(); c++) {
                String component = a.components().get(c);
                if (!names.contains(component)) {
                    problems.add(where + ".components[" + c + "]: " + component + " is not a drug of the library");
                }
            }
            int start = problems.size();
            Optional<Quantity> duration =
                    quantity(where + ".studiedDuration", a.studiedDuration(), Kind.DURATION, problems);
            Optional<Verification> verification = verification(where, a.verification(), problems);
            List<Citation> citations = ContentFiles.citations(where + ".citations", a.citations(), sources, problems);
            if (problems.size() == start) {
                admixtures.add(new Admixture(
                        a.components(), duration.orElseThrow(), verification.orElseThrow(), a.note(), citations));
            }
        }
        for (int i = 0; i < admixtures.size(); i++) {
            for (int j = 0; j < i; j++) {
                if (admixtures.get(i).covers(admixtures.get(j).components())) {
                    problems.add(path + " $.admixtures: " + admixtures.get(i).components() + " is listed twice");
                }
            }
        }
        return library.kept(before, () -> new IntrathecalDrugLibrary(drugs, admixtures));
    }

    private static Optional<IntrathecalDrug> drug(
            String where, DrugJson d, Map<String, EvidenceSource> sources, List<String> problems) {
        int before = problems.size();
        IntrathecalDrug.Role role = IntrathecalDrug.Role.valueOf(d.role()); // the schema admits only the roles
        Optional<DoseRange> trialBolus =
                range(where + ".trialBolus", d.trialBolus(), Kind.BOLUS_DOSE, sources, problems);
        Optional<DoseRange> starting =
                range(where + ".startingDailyDose", d.startingDailyDose(), Kind.DAILY_DOSE, sources, problems);
        Optional<Limit> maxConcentration =
                limit(where + ".maxConcentration", d.maxConcentration(), Kind.CONCENTRATION, sources, problems);
        Optional<Limit> maxDaily = limit(where + ".maxDailyDose", d.maxDailyDose(), Kind.DAILY_DOSE, sources, problems);
        Optional<Limit> implausible =
                limit(where + ".implausibleDailyDose", d.implausibleDailyDose(), Kind.DAILY_DOSE, sources, problems);
        implausible.ifPresent(ceiling -> {
            maxDaily.ifPresent(max -> checkAbove(where, ceiling.value(), "maxDailyDose", max.value(), problems));
            starting.ifPresent(
                    start -> checkAbove(where, ceiling.value(), "startingDailyDose.high", start.high(), problems));
        });
        List<TitrationLimit> titration = new ArrayList<>();
        List<TitrationJson> steps = orEmpty(d.titration());
        for (int i = 0; i < steps.size(); i++) {
            titration(where + ".titration[" + i + "]", steps.get(i), sources, problems)
                    .ifPresent(titration::add);
        }
        List<RefillInterval> refills = new ArrayList<>();
        List<RefillIntervalJson> intervals = orEmpty(d.refillIntervals());
        for (int i = 0; i < intervals.size(); i++) {
            refill(where + ".refillIntervals[" + i + "]", intervals.get(i), sources, problems)
                    .ifPresent(refills::add);
        }
        List<Citation> citations = ContentFiles.citations(where + ".citations", d.citations(), sources, problems);
        List<IntrathecalDrug.LabelStart> labelStarts = new ArrayList<>();
        List<LabelStartJson> rawStarts = orEmpty(d.labelStartingDailyDose());
        for (int i = 0; i < rawStarts.size(); i++) {
            labelStart(where + ".labelStartingDailyDose[" + i + "]", rawStarts.get(i), sources, problems)
                    .ifPresent(labelStarts::add);
        }
        Optional<IntrathecalDrug.MorphineRatio> morphineRatio =
                morphineRatio(where + ".intrathecalMorphineRatio", d.intrathecalMorphineRatio(), sources, problems);
        if (problems.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new IntrathecalDrug(
                d.name(),
                role,
                trialBolus,
                starting,
                maxConcentration,
                maxDaily,
                Optional.ofNullable(d.noEstablishedMaximum()),
                implausible.orElseThrow(),
                titration,
                refills,
                citations,
                labelStarts,
                morphineRatio));
    }

    private static Optional<IntrathecalDrug.LabelStart> labelStart(
            String where, LabelStartJson l, Map<String, EvidenceSource> sources, List<String> problems) {
        int before = problems.size();
        IntrathecalDrug.LabelStart.StartStatus status =
                IntrathecalDrug.LabelStart.StartStatus.valueOf(l.opioidStatus()); // the schema admits only these
        Optional<Quantity> max = quantity(where + ".max", l.max(), Kind.DAILY_DOSE, problems);
        Optional<Verification> verification = verification(where, l.verification(), problems);
        List<Citation> citations = ContentFiles.citations(where + ".citations", l.citations(), sources, problems);
        if (problems.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new IntrathecalDrug.LabelStart(
                status, max.orElseThrow(), verification.orElseThrow(), l.note(), citations));
    }

    private static Optional<IntrathecalDrug.MorphineRatio> morphineRatio(
            String where, MorphineRatioJson r, Map<String, EvidenceSource> sources, List<String> problems) {
        if (r == null) {
            return Optional.empty();
        }
        int before = problems.size();
        BigDecimal low = null;
        BigDecimal high = null;
        try {
            low = new BigDecimal(r.low());
            high = new BigDecimal(r.high());
            if (low.signum() <= 0 || low.compareTo(high) > 0) {
                problems.add(where + ": low must be above zero and not above high");
            }
        } catch (NumberFormatException e) {
            problems.add(where + ": low and high must be decimal numbers");
        }
        Optional<Verification> verification = verification(where, r.verification(), problems);
        List<Citation> citations = ContentFiles.citations(where + ".citations", r.citations(), sources, problems);
        if (problems.size() > before) {
            return Optional.empty();
        }
        return Optional.of(
                new IntrathecalDrug.MorphineRatio(low, high, verification.orElseThrow(), r.note(), citations));
    }

    /** The plausibility ceiling is a screen for unit errors: it must lie above every dose the entry names. */
    private static void checkAbove(String where, Quantity ceiling, String what, Quantity dose, List<String> problems) {
        if (ceiling.to(dose.unit()).value().compareTo(dose.value()) <= 0) {
            problems.add(where + ".implausibleDailyDose: " + ceiling.display() + " is not above " + what + " "
                    + dose.display());
        }
    }

    private static Optional<DoseRange> range(
            String where, RangeJson r, Kind kind, Map<String, EvidenceSource> sources, List<String> problems) {
        if (r == null) {
            return Optional.empty();
        }
        int before = problems.size();
        Optional<Quantity> low = quantity(where + ".low", r.low(), kind, problems);
        Optional<Quantity> high = quantity(where + ".high", r.high(), kind, problems);
        if (low.isPresent() && high.isPresent()) {
            if (low.get().unit() != high.get().unit()) {
                problems.add(where + ": low and high are in different units ("
                        + low.get().unit().ucum() + ", " + high.get().unit().ucum() + ")");
            } else if (low.get().value().compareTo(high.get().value()) > 0) {
                problems.add(where + ": low is above high");
            }
        }
        Optional<Verification> verification = verification(where, r.verification(), problems);
        List<Citation> citations = ContentFiles.citations(where + ".citations", r.citations(), sources, problems);
        if (problems.size() > before) {
            return Optional.empty();
        }
        return Optional.of(
                new DoseRange(low.orElseThrow(), high.orElseThrow(), verification.orElseThrow(), r.note(), citations));
    }

    private static Optional<Limit> limit(
            String where, LimitJson l, Kind kind, Map<String, EvidenceSource> sources, List<String> problems) {
        if (l == null) {
            return Optional.empty();
        }
        int before = problems.size();
        Optional<Quantity> value = quantity(where, new QuantityJson(l.value(), l.unit()), kind, problems);
        Severity severity = Severity.valueOf(l.severity()); // the schema admits WARNING or CRITICAL only
        Optional<Verification> verification = verification(where, l.verification(), problems);
        List<Citation> citations = ContentFiles.citations(where + ".citations", l.citations(), sources, problems);
        Optional<Limit.SitePolicy> policy = sitePolicy(where + ".sitePolicy", l.sitePolicy(), kind, sources, problems);
        if (problems.size() > before) {
            return Optional.empty();
        }
        policy.flatMap(Limit.SitePolicy::appliedOption)
                .filter(o -> o.value().unit() != value.orElseThrow().unit()
                        || o.value().value().compareTo(value.orElseThrow().value()) != 0)
                .ifPresent(o -> problems.add(where + ".value: " + l.value() + " " + l.unit()
                        + " is not the value of the applied site-policy choice " + o.choice() + " ("
                        + o.value().value().toPlainString() + " "
                        + o.value().unit().ucum() + ")"));
        if (problems.size() > before) {
            return Optional.empty();
        }
        return Optional.of(
                new Limit(value.orElseThrow(), severity, verification.orElseThrow(), l.note(), citations, policy));
    }

    /**
     * A named site policy choosing between cited figures (the ziconotide maximum by jurisdiction): the applied choice
     * must be one of the options, each option cited; the limit's own value must be the applied option's.
     */
    private static Optional<Limit.SitePolicy> sitePolicy(
            String where, SitePolicyJson p, Kind kind, Map<String, EvidenceSource> sources, List<String> problems) {
        if (p == null) {
            return Optional.empty();
        }
        int before = problems.size();
        List<Limit.PolicyOption> options = new ArrayList<>();
        for (int i = 0; i < p.options().size(); i++) {
            PolicyOptionJson o = p.options().get(i);
            String at = where + ".options[" + i + "]";
            Optional<Quantity> value = quantity(at, new QuantityJson(o.value(), o.unit()), kind, problems);
            Optional<Verification> verification = verification(at, o.verification(), problems);
            List<Citation> citations = ContentFiles.citations(at + ".citations", o.citations(), sources, problems);
            if (value.isPresent() && verification.isPresent()) {
                options.add(new Limit.PolicyOption(o.choice(), value.get(), verification.get(), citations));
            }
        }
        if (options.stream().map(Limit.PolicyOption::choice).distinct().count() != options.size()) {
            problems.add(where + ".options: a choice is listed twice");
        }
        if (options.stream().noneMatch(o -> o.choice().equals(p.applied()))) {
            problems.add(where + ".applied: " + p.applied() + " is not one of the options "
                    + options.stream().map(Limit.PolicyOption::choice).toList());
        }
        if (problems.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new Limit.SitePolicy(p.name(), p.applied(), p.text(), options));
    }

    private static Optional<TitrationLimit> titration(
            String where, TitrationJson t, Map<String, EvidenceSource> sources, List<String> problems) {
        int before = problems.size();
        Optional<Quantity> increase = t.maxIncrease() == null
                ? Optional.empty()
                : quantity(where + ".maxIncrease", t.maxIncrease(), Kind.STEP, problems);
        increase.filter(q -> q.unit() == Unit.ONE && q.value().compareTo(BigDecimal.ONE) > 0)
                .ifPresent(q -> problems.add(where + ".maxIncrease: " + q.value()
                        + " is a fraction of the current dose and must be at most 1 (0.3 is 30 %)"));
        Optional<Quantity> interval = t.minInterval() == null
                ? Optional.empty()
                : quantity(where + ".minInterval", t.minInterval(), Kind.DURATION, problems);
        Optional<Verification> verification = verification(where, t.verification(), problems);
        List<Citation> citations = ContentFiles.citations(where + ".citations", t.citations(), sources, problems);
        if (problems.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new TitrationLimit(increase, interval, verification.orElseThrow(), t.note(), citations));
    }

    private static Optional<RefillInterval> refill(
            String where, RefillIntervalJson r, Map<String, EvidenceSource> sources, List<String> problems) {
        int before = problems.size();
        RefillInterval.Condition condition =
                RefillInterval.Condition.valueOf(r.condition()); // the schema admits only the conditions
        Optional<Quantity> interval = quantity(where + ".maxInterval", r.maxInterval(), Kind.DURATION, problems);
        Optional<Verification> verification = verification(where, r.verification(), problems);
        List<Citation> citations = ContentFiles.citations(where + ".citations", r.citations(), sources, problems);
        List<QuantityJson> strengths = orEmpty(r.suppliedConcentrations());
        List<Quantity> supplied = new ArrayList<>();
        for (int i = 0; i < strengths.size(); i++) {
            quantity(where + ".suppliedConcentrations[" + i + "]", strengths.get(i), Kind.CONCENTRATION, problems)
                    .ifPresent(supplied::add);
        }
        if (problems.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new RefillInterval(
                condition, interval.orElseThrow(), verification.orElseThrow(), r.note(), citations, supplied));
    }

    /** A positive decimal in a UCUM unit of the field's dimension. */
    private static Optional<Quantity> quantity(String where, QuantityJson q, Kind kind, List<String> problems) {
        BigDecimal value;
        try {
            value = new BigDecimal(q.value());
        } catch (NumberFormatException | NullPointerException e) {
            problems.add(where + ".value: " + q.value() + " is not a decimal");
            return Optional.empty();
        }
        if (value.signum() <= 0) {
            problems.add(where + ".value: " + q.value() + " must be above zero");
            return Optional.empty();
        }
        ContentFiles.checkUnit(where + ".unit", q.unit(), problems);
        Optional<Unit> unit = Unit.fromUcum(q.unit()).filter(kind::accepts);
        if (unit.isEmpty()) {
            problems.add(where + ".unit: " + q.unit() + " is not a unit of this field (" + kind.units + ")");
            return Optional.empty();
        }
        return Optional.of(new Quantity(value, unit.orElseThrow()));
    }

    private static Optional<Verification> verification(String where, String value, List<String> problems) {
        Optional<Verification> verification = ContentFiles.verification(value);
        if (verification.isEmpty()) {
            problems.add(where + ".verification: " + value + " is not one of " + List.of(Verification.values()));
        }
        return verification;
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
