package org.idds.cds.dosing;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.idds.cds.clinical.RespiratoryRiskFactor;

/**
 * The keys of the calculation texts: every key pattern a calculator can name, by section of dosing's outcomes file
 * ({@code calculations}, {@code notCalculated}, {@code terms}, {@code inputFrom}, {@code parts}, and the fact notes
 * {@code factNotes}). The wording is the
 * ruleset's, in that file; Java names a text only by key, filling a pattern's variables ({@code {drug}}, the period of
 * a schedule) with the patient's values ({@link #key}). A step whose id names its text carries no separate text key;
 * one whose wording depends on what was calculated names a variant (e.g. {@code daysToAlarm.noAlarm}). The outcomes
 * loader refuses a file that lacks a text for any key listed here.
 */
public final class CalculationTexts {

    private CalculationTexts() {}

    /**
     * The keys of one list in the order they are declared, so that each key is written once; a key may name the
     * values its wording may use besides the section's own (a fact note's).
     */
    private static final class Keys {
        private final Map<String, List<String>> keys = new LinkedHashMap<>();

        String add(String key, String... values) {
            if (keys.putIfAbsent(key, List.of(values)) != null) {
                throw new IllegalStateException("calculation text key declared twice: " + key);
            }
            return key;
        }

        List<String> list() {
            return List.copyOf(keys.keySet());
        }

        Map<String, List<String>> withValues() {
            return Collections.unmodifiableMap(new LinkedHashMap<>(keys));
        }
    }

    // calculations: a step's "what" and "formula"
    private static final Keys CALCULATION_KEYS = new Keys();
    static final String SCHEDULE_DOSE = CALCULATION_KEYS.add("schedule.dose.{drug}.{from}-{until}");
    static final String SCHEDULE_VOLUME = CALCULATION_KEYS.add("schedule.volume.{drug}.{from}-{until}");
    static final String BASAL_VOLUME_FROM_SCHEDULE = CALCULATION_KEYS.add("basalVolume.fromSchedule");
    static final String BASAL_DAILY_DOSE_FROM_SCHEDULE = CALCULATION_KEYS.add("basalDailyDose.fromSchedule.{drug}");
    static final String BASAL_VOLUME_FROM_DAILY_DOSE = CALCULATION_KEYS.add("basalVolume.fromDailyDose.{drug}");
    static final String BASAL_VOLUME = CALCULATION_KEYS.add("basalVolume");
    static final String BOLUS_VOLUME = CALCULATION_KEYS.add("bolusVolume.fromBolusDose.{drug}");
    static final String BOLUS_DOSE = CALCULATION_KEYS.add("bolusDose.fromBolusVolume.{drug}");
    static final String MAX_VOLUME = CALCULATION_KEYS.add("maxVolume");
    static final String DAILY_DOSE = CALCULATION_KEYS.add("dailyDose.{drug}");
    static final String MAX_DAILY_DOSE = CALCULATION_KEYS.add("maxDailyDose.{drug}");
    static final String MAX_DAILY_DOSE_FROM_DAILY_DOSE = CALCULATION_KEYS.add("maxDailyDose.fromDailyDose.{drug}");
    static final String TITRATION_BASAL = CALCULATION_KEYS.add("titration.basal");
    static final String MAX_DAILY = CALCULATION_KEYS.add("maxDaily.{drug}");
    static final String PREVIOUS_MAX_DAILY = CALCULATION_KEYS.add("previousMaxDaily.{drug}");
    static final String TITRATION_MAX_DAILY = CALCULATION_KEYS.add("titration.maxDaily");
    static final String TITRATION_MULTIPLE = CALCULATION_KEYS.add("titration.multiple.{drug}");
    static final String EQUIVALENT_TO_HYDROMORPHONE =
            CALCULATION_KEYS.add("drugChange.equivalent.morphineToHydromorphone");
    static final String EQUIVALENT_TO_MORPHINE = CALCULATION_KEYS.add("drugChange.equivalent.hydromorphoneToMorphine");
    static final String PROGRAMMED_RATE = CALCULATION_KEYS.add("concentrationChange.programmedRate.{drug}");
    static final String CARRIED_OVER_RATE = CALCULATION_KEYS.add("concentrationChange.carriedOverRate");
    static final String DOSE_AT_RUNNING_RATE = CALCULATION_KEYS.add("concentrationChange.doseAtRunningRate.{drug}");
    static final String OLD_SOLUTION_VOLUME = CALCULATION_KEYS.add("concentrationChange.oldSolutionVolume");
    static final String OLD_SOLUTION_DRUG = CALCULATION_KEYS.add("concentrationChange.oldSolutionDrug");
    static final String DOSE_WHILE_OLD_SOLUTION_RUNS =
            CALCULATION_KEYS.add("concentrationChange.doseWhileOldSolutionRuns");
    static final String DAYS_FOR_OLD_SOLUTION_AT_NEW_RATE =
            CALCULATION_KEYS.add("concentrationChange.daysForOldSolutionAtNewRate");
    static final String BRIDGE_DAYS = CALCULATION_KEYS.add("concentrationChange.bridgeDays");
    static final String PRIMING_VOLUME = CALCULATION_KEYS.add("primingBolus.volume");
    static final String PRIMING_VOLUME_CATHETER_ONLY = CALCULATION_KEYS.add("primingBolus.volume.catheterOnly");
    static final String PRIMING_HOURS = CALCULATION_KEYS.add("primingBolus.hoursAtBasalRate");
    static final String DAYS_TO_ALARM = CALCULATION_KEYS.add("daysToAlarm");
    static final String DAYS_TO_ALARM_NO_ALARM = CALCULATION_KEYS.add("daysToAlarm.noAlarm");
    static final String DAYS_TO_ALARM_WITH_BOLUSES = CALCULATION_KEYS.add("daysToAlarmWithBoluses");
    static final String DAYS_TO_ALARM_WITH_BOLUSES_NO_ALARM = CALCULATION_KEYS.add("daysToAlarmWithBoluses.noAlarm");
    static final String DAYS_TO_EMPTY = CALCULATION_KEYS.add("daysToEmpty");
    static final String PROGRAMMER_REFILL_DATE = CALCULATION_KEYS.add("programmerRefillDate");
    static final String WORST_CASE_VOLUME = CALCULATION_KEYS.add("worstCaseVolume");
    static final String WORST_CASE_VOLUME_NOT_VERIFIED =
            CALCULATION_KEYS.add("worstCaseVolume.flowAccuracyNotVerified");
    static final String DAYS_TO_ALARM_WORST_CASE = CALCULATION_KEYS.add("daysToAlarmWorstCase");
    static final String DAYS_TO_ALARM_WORST_CASE_NO_ALARM = CALCULATION_KEYS.add("daysToAlarmWorstCase.noAlarm");
    static final String DAYS_TO_EMPTY_WORST_CASE = CALCULATION_KEYS.add("daysToEmptyWorstCase");
    static final String DAYS_TO_REFILL_BY_VOLUME = CALCULATION_KEYS.add("daysToRefillByVolume");
    static final String DAYS_TO_REFILL_BY_VOLUME_WORST_CASE = CALCULATION_KEYS.add("daysToRefillByVolumeWorstCase");
    static final String REFILL_DUE = CALCULATION_KEYS.add("refillDue");
    static final String REFILL_DUE_NO_FLOW_ACCURACY = CALCULATION_KEYS.add("refillDue.noFlowAccuracy");
    static final String LABEL_REFILL_LIMIT = CALCULATION_KEYS.add("labelRefillLimit.{drug}");

    public static final List<String> CALCULATIONS = CALCULATION_KEYS.list();

    // notCalculated: its "what" and "why"
    private static final Keys NOT_CALCULATED_KEYS = new Keys();
    static final String NO_BASAL_VOLUME = NOT_CALCULATED_KEYS.add("basalVolume.noConcentration.{drug}");
    static final String NO_BOLUS_VOLUME = NOT_CALCULATED_KEYS.add("bolusVolume.noConcentration.{drug}");
    static final String NO_DAILY_DOSE_NO_CONCENTRATION = NOT_CALCULATED_KEYS.add("dailyDose.noConcentration.{drug}");
    static final String NO_DAILY_DOSE_NO_BASAL_VOLUME = NOT_CALCULATED_KEYS.add("dailyDose.noBasalVolume.{drug}");
    static final String NO_DEVICE_FIT = NOT_CALCULATED_KEYS.add("deviceFit");
    static final String NO_RESERVOIR = NOT_CALCULATED_KEYS.add("reservoir");
    static final String NO_BRIDGE_BOLUS = NOT_CALCULATED_KEYS.add("bridgeBolus");
    static final String NO_PRIMING_BOLUS = NOT_CALCULATED_KEYS.add("primingBolus");

    public static final List<String> NOT_CALCULATED = NOT_CALCULATED_KEYS.list();

    // terms: an input's name
    private static final Keys TERM_KEYS = new Keys();
    static final String T_RATE = TERM_KEYS.add("rate");
    static final String T_MINUTES = TERM_KEYS.add("minutes");
    static final String T_CONCENTRATION = TERM_KEYS.add("concentration.{drug}");
    static final String T_DAILY_DOSE = TERM_KEYS.add("dailyDose.{drug}");
    static final String T_BASAL_VOLUME = TERM_KEYS.add("basalVolume");
    static final String T_BOLUS_DOSE = TERM_KEYS.add("bolusDose");
    static final String T_BOLUS_VOLUME = TERM_KEYS.add("bolusVolume");
    static final String T_BOLUSES_A_DAY = TERM_KEYS.add("bolusesADay");
    static final String T_BOLUS_VOLUMES_A_DAY = TERM_KEYS.add("bolusVolumesADay");
    static final String T_MAX_VOLUME = TERM_KEYS.add("maxVolume");
    static final String T_BASAL_DAILY_DOSE_OF = TERM_KEYS.add("basalDailyDose.{drug}");
    static final String T_BASAL_DAILY_DOSE = TERM_KEYS.add("basalDailyDose");
    static final String T_NEW_BASAL_DAILY_DOSE = TERM_KEYS.add("newBasalDailyDose.{drug}");
    static final String T_PREVIOUS_BASAL_DAILY_DOSE = TERM_KEYS.add("previousBasalDailyDose");
    static final String T_NEW_MAX_DAILY_DOSE = TERM_KEYS.add("newMaxDailyDose");
    static final String T_PREVIOUS_MAX_DAILY_DOSE = TERM_KEYS.add("previousMaxDailyDose");
    static final String T_CONVERTED_DAILY_DOSE = TERM_KEYS.add("conversion.previousDailyDose.{drug}");
    static final String T_MORPHINE_RATIO = TERM_KEYS.add("morphineHydromorphoneRatio");
    static final String T_INTENDED_DAILY_DOSE = TERM_KEYS.add("intendedDailyDose.{drug}");
    static final String T_NEW_CONCENTRATION = TERM_KEYS.add("newConcentration.{drug}");
    static final String T_PREVIOUS_DAILY_DOSE = TERM_KEYS.add("previousDailyDose.{drug}");
    static final String T_PREVIOUS_CONCENTRATION = TERM_KEYS.add("previousConcentration.{drug}");
    static final String T_PUMP_INTERNAL_VOLUME = TERM_KEYS.add("pumpInternalVolume");
    static final String T_CATHETER_VOLUME = TERM_KEYS.add("catheterVolume");
    static final String T_OLD_SOLUTION_VOLUME = TERM_KEYS.add("oldSolutionVolume");
    static final String T_PROGRAMMED_RATE = TERM_KEYS.add("programmedRate");
    static final String T_PREVIOUS_RATE = TERM_KEYS.add("previousRate");
    static final String T_VOLUME_TO_PRIME = TERM_KEYS.add("volumeToPrime");
    static final String T_FILL_VOLUME = TERM_KEYS.add("fillVolume");
    static final String T_ALARM_VOLUME = TERM_KEYS.add("alarmVolume");
    static final String T_PROGRAMMER_REFILL_VOLUME = TERM_KEYS.add("programmerRefillVolume");
    static final String T_FLOW_ACCURACY = TERM_KEYS.add("flowAccuracy");
    static final String T_WORST_CASE_VOLUME = TERM_KEYS.add("worstCaseVolume");
    static final String T_REFILL_BY_VOLUME = TERM_KEYS.add("refillByVolume");
    static final String T_DRUGS_IN_RESERVOIR = TERM_KEYS.add("drugsInReservoir");
    static final String T_DAYS_TO_ALARM_WITH_BOLUSES = TERM_KEYS.add("daysToAlarmWithBoluses");
    static final String T_DAYS_TO_ALARM_WORST_CASE = TERM_KEYS.add("daysToAlarmWorstCase");
    static final String T_DAYS_TO_REFILL_BY_VOLUME = TERM_KEYS.add("daysToRefillByVolume");
    static final String T_DAYS_TO_REFILL_BY_VOLUME_WORST_CASE = TERM_KEYS.add("daysToRefillByVolumeWorstCase");
    static final String T_DAYS_TO_EMPTY_WORST_CASE = TERM_KEYS.add("daysToEmptyWorstCase");
    static final String T_STUDIED_STABILITY = TERM_KEYS.add("studiedStability");
    static final String T_LABEL_REFILL_LIMIT = TERM_KEYS.add("labelRefillLimit");
    static final String T_LONGEST_CITED_STABILITY = TERM_KEYS.add("longestCitedStability");

    public static final List<String> TERMS = TERM_KEYS.list();

    // inputFrom: where an input's value came from
    private static final Keys INPUT_FROM_KEYS = new Keys();
    static final String PRESCRIPTION = INPUT_FROM_KEYS.add("prescription");
    static final String CALCULATED = INPUT_FROM_KEYS.add("calculated");
    static final String CARRIED_OVER = INPUT_FROM_KEYS.add("carriedOver");
    static final String DEVICE_MODEL = INPUT_FROM_KEYS.add("deviceModel");
    static final String DEVICE_FLOW_ACCURACY = INPUT_FROM_KEYS.add("deviceModel.flowAccuracy");
    static final String DEVICE_FLOW_ACCURACY_NOT_VERIFIED = INPUT_FROM_KEYS.add("deviceModel.flowAccuracy.notVerified");
    static final String NO_ALARM_RECORDED = INPUT_FROM_KEYS.add("noAlarmRecorded");
    static final String DRUG_LIBRARY = INPUT_FROM_KEYS.add("drugLibrary");
    static final String DRUG_LIBRARY_MORPHINE_RATIO = INPUT_FROM_KEYS.add("drugLibrary.morphineRatio");
    static final String SITE = INPUT_FROM_KEYS.add("site");

    public static final List<String> INPUT_FROM = INPUT_FROM_KEYS.list();

    // parts: the pieces of a text composed from what applied
    private static final Keys PART_KEYS = new Keys();
    static final String P_LABEL_FIRST_FILL = PART_KEYS.add("labelRefill.FIRST_FILL");
    static final String P_LABEL_ANY = PART_KEYS.add("labelRefill.ANY");
    static final String P_LABEL_UNDILUTED = PART_KEYS.add("labelRefill.UNDILUTED");
    static final String P_LABEL_DILUTED = PART_KEYS.add("labelRefill.DILUTED");
    static final String P_LABEL_IN_ADMIXTURE = PART_KEYS.add("labelRefill.DILUTED.inAdmixture");
    static final String P_NEEDS_PUMP_INTERNAL_VOLUME = PART_KEYS.add("needs.fluidPath.pumpInternalVolume");
    static final String P_NEEDS_CATHETER_VOLUME = PART_KEYS.add("needs.fluidPath.catheterVolume");
    static final String P_NEEDS_PUMP_INTERNAL_VOLUME_IF_REPLACED =
            PART_KEYS.add("needs.fluidPath.pumpInternalVolume.ifReplaced");

    public static final List<String> PARTS = PART_KEYS.list();

    /** The variables a part's text may use besides its key's: the computed quantities a part carries. */
    public static final List<String> PART_VALUES = List.of("interval", "concentration");

    // factNotes: the fixed wording a fact's value is read with ({value} and the values the note names)
    private static final Keys FACT_NOTE_KEYS = new Keys();
    static final String N_NOT_IN_DEVICE_LABELLING = FACT_NOTE_KEYS.add("contents.notInDeviceLabelling", "device");
    static final String N_ABOVE_LABELLED_STRENGTH = FACT_NOTE_KEYS.add("contents.aboveLabelledStrength", "labelledMax");
    static final String N_LABELLED_FOR_OTHER_INDICATION =
            FACT_NOTE_KEYS.add("contents.labelledForAnotherIndication", "device", "indications");
    static final String N_NO_INTRATHECAL_MORPHINE_RATIO = FACT_NOTE_KEYS.add("contents.noIntrathecalMorphineRatio");
    static final String N_IMPLANTED_PUMP = FACT_NOTE_KEYS.add("deviceId.implantedPump");
    static final String N_CONVERSION_TO_HYDROMORPHONE = FACT_NOTE_KEYS.add("drugChange.conversion.toHydromorphone");
    static final String N_CONVERSION_TO_MORPHINE = FACT_NOTE_KEYS.add("drugChange.conversion.toMorphine");
    static final String N_BOUND_AT_OME = FACT_NOTE_KEYS.add("startingDose.boundAtOme");
    static final String N_INTRATHECAL_MORPHINE_EQUIVALENT =
            FACT_NOTE_KEYS.add("startingDose.intrathecalMorphineEquivalent", "low", "high");
    static final String N_OPIOID_STATUS_NOT_STATED = FACT_NOTE_KEYS.add("opioidStatus.notStated");
    static final String N_RANGE_LABEL_START = FACT_NOTE_KEYS.add("startingRange.labelStart");
    static final String N_RANGE_LABEL_START_STATUS_NOT_GIVEN =
            FACT_NOTE_KEYS.add("startingRange.labelStart.statusNotGiven");
    static final String N_RANGE_ONE_FOR_EVERY_STATUS = FACT_NOTE_KEYS.add("startingRange.oneForEveryStatus");
    static final String N_INTERRUPTION_WORST_CASE = FACT_NOTE_KEYS.add("interruption.notKnown");
    static final String N_NEEDED_IF_PUMP_REPLACED = FACT_NOTE_KEYS.add("missing.neededWhenPumpReplacedOrEmptied");
    static final String N_RESPIRATORY_RISK = "respiratoryRisk.{factor}";

    static {
        for (RespiratoryRiskFactor factor : RespiratoryRiskFactor.values()) {
            FACT_NOTE_KEYS.add(respiratoryRiskNote(factor));
        }
    }

    static final String N_SYSTEMIC_OPIOIDS_WITH_OME =
            FACT_NOTE_KEYS.add("respiratoryRisk.SYSTEMIC_OPIOIDS.withOme", "ome");
    static final String N_SYSTEMIC_OPIOIDS_WITH_OME_LOWER_BOUND =
            FACT_NOTE_KEYS.add("respiratoryRisk.SYSTEMIC_OPIOIDS.withOme.lowerBound", "ome");

    /**
     * Each fact note key a dosing fact can name (a pattern's variables filled as {@link #key} does), with the values
     * its wording may use besides {@code {value}}, the fact's own value.
     */
    public static final Map<String, List<String>> FACT_NOTES = FACT_NOTE_KEYS.withValues();

    /** The note key of a respiratory-risk factor's fact ({@code respiratoryRisk.OBSTRUCTIVE_SLEEP_APNOEA}). */
    static String respiratoryRiskNote(RespiratoryRiskFactor factor) {
        return N_RESPIRATORY_RISK.replace("{factor}", factor.name());
    }

    private static final Pattern VARIABLE = Pattern.compile("\\{[A-Za-z][A-Za-z0-9]*}");

    /** The key of a pattern with its variables filled in order ({@code key("dailyDose.{drug}", "morphine")}). */
    static String key(String pattern, String... values) {
        Matcher m = VARIABLE.matcher(pattern);
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (m.find()) {
            if (i >= values.length) {
                throw new IllegalArgumentException(pattern + " needs more values than " + values.length);
            }
            m.appendReplacement(out, Matcher.quoteReplacement(values[i++]));
        }
        if (i != values.length) {
            throw new IllegalArgumentException(pattern + " has " + i + " variables, not " + values.length);
        }
        m.appendTail(out);
        return out.toString();
    }
}
