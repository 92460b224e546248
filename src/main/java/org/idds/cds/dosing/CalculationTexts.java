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

    // calculations: a step's "what" and "formula"
    static final String SCHEDULE_DOSE = "schedule.dose.{drug}.{from}-{until}";
    static final String SCHEDULE_VOLUME = "schedule.volume.{drug}.{from}-{until}";
    static final String BASAL_VOLUME_FROM_SCHEDULE = "basalVolume.fromSchedule";
    static final String BASAL_DAILY_DOSE_FROM_SCHEDULE = "basalDailyDose.fromSchedule.{drug}";
    static final String BASAL_VOLUME_FROM_DAILY_DOSE = "basalVolume.fromDailyDose.{drug}";
    static final String BASAL_VOLUME = "basalVolume";
    static final String BOLUS_VOLUME = "bolusVolume.fromBolusDose.{drug}";
    static final String BOLUS_DOSE = "bolusDose.fromBolusVolume.{drug}";
    static final String MAX_VOLUME = "maxVolume";
    static final String DAILY_DOSE = "dailyDose.{drug}";
    static final String MAX_DAILY_DOSE = "maxDailyDose.{drug}";
    static final String MAX_DAILY_DOSE_FROM_DAILY_DOSE = "maxDailyDose.fromDailyDose.{drug}";
    static final String TITRATION_BASAL = "titration.basal";
    static final String MAX_DAILY = "maxDaily.{drug}";
    static final String PREVIOUS_MAX_DAILY = "previousMaxDaily.{drug}";
    static final String TITRATION_MAX_DAILY = "titration.maxDaily";
    static final String TITRATION_MULTIPLE = "titration.multiple.{drug}";
    static final String EQUIVALENT_TO_HYDROMORPHONE = "drugChange.equivalent.morphineToHydromorphone";
    static final String EQUIVALENT_TO_MORPHINE = "drugChange.equivalent.hydromorphoneToMorphine";
    static final String PROGRAMMED_RATE = "concentrationChange.programmedRate.{drug}";
    static final String CARRIED_OVER_RATE = "concentrationChange.carriedOverRate";
    static final String DOSE_AT_RUNNING_RATE = "concentrationChange.doseAtRunningRate.{drug}";
    static final String OLD_SOLUTION_VOLUME = "concentrationChange.oldSolutionVolume";
    static final String OLD_SOLUTION_DRUG = "concentrationChange.oldSolutionDrug";
    static final String DOSE_WHILE_OLD_SOLUTION_RUNS = "concentrationChange.doseWhileOldSolutionRuns";
    static final String DAYS_FOR_OLD_SOLUTION_AT_NEW_RATE = "concentrationChange.daysForOldSolutionAtNewRate";
    static final String BRIDGE_DAYS = "concentrationChange.bridgeDays";
    static final String PRIMING_VOLUME = "primingBolus.volume";
    static final String PRIMING_VOLUME_CATHETER_ONLY = "primingBolus.volume.catheterOnly";
    static final String PRIMING_HOURS = "primingBolus.hoursAtBasalRate";
    static final String DAYS_TO_ALARM = "daysToAlarm";
    static final String DAYS_TO_ALARM_NO_ALARM = "daysToAlarm.noAlarm";
    static final String DAYS_TO_ALARM_WITH_BOLUSES = "daysToAlarmWithBoluses";
    static final String DAYS_TO_ALARM_WITH_BOLUSES_NO_ALARM = "daysToAlarmWithBoluses.noAlarm";
    static final String DAYS_TO_EMPTY = "daysToEmpty";
    static final String PROGRAMMER_REFILL_DATE = "programmerRefillDate";
    static final String WORST_CASE_VOLUME = "worstCaseVolume";
    static final String WORST_CASE_VOLUME_NOT_VERIFIED = "worstCaseVolume.flowAccuracyNotVerified";
    static final String DAYS_TO_ALARM_WORST_CASE = "daysToAlarmWorstCase";
    static final String DAYS_TO_ALARM_WORST_CASE_NO_ALARM = "daysToAlarmWorstCase.noAlarm";
    static final String DAYS_TO_EMPTY_WORST_CASE = "daysToEmptyWorstCase";
    static final String DAYS_TO_REFILL_BY_VOLUME = "daysToRefillByVolume";
    static final String DAYS_TO_REFILL_BY_VOLUME_WORST_CASE = "daysToRefillByVolumeWorstCase";
    static final String REFILL_DUE = "refillDue";
    static final String REFILL_DUE_NO_FLOW_ACCURACY = "refillDue.noFlowAccuracy";
    static final String LABEL_REFILL_LIMIT = "labelRefillLimit.{drug}";

    public static final List<String> CALCULATIONS = List.of(
            SCHEDULE_DOSE,
            SCHEDULE_VOLUME,
            BASAL_VOLUME_FROM_SCHEDULE,
            BASAL_DAILY_DOSE_FROM_SCHEDULE,
            BASAL_VOLUME_FROM_DAILY_DOSE,
            BASAL_VOLUME,
            BOLUS_VOLUME,
            BOLUS_DOSE,
            MAX_VOLUME,
            DAILY_DOSE,
            MAX_DAILY_DOSE,
            MAX_DAILY_DOSE_FROM_DAILY_DOSE,
            TITRATION_BASAL,
            MAX_DAILY,
            PREVIOUS_MAX_DAILY,
            TITRATION_MAX_DAILY,
            TITRATION_MULTIPLE,
            EQUIVALENT_TO_HYDROMORPHONE,
            EQUIVALENT_TO_MORPHINE,
            PROGRAMMED_RATE,
            CARRIED_OVER_RATE,
            DOSE_AT_RUNNING_RATE,
            OLD_SOLUTION_VOLUME,
            OLD_SOLUTION_DRUG,
            DOSE_WHILE_OLD_SOLUTION_RUNS,
            DAYS_FOR_OLD_SOLUTION_AT_NEW_RATE,
            BRIDGE_DAYS,
            PRIMING_VOLUME,
            PRIMING_VOLUME_CATHETER_ONLY,
            PRIMING_HOURS,
            DAYS_TO_ALARM,
            DAYS_TO_ALARM_NO_ALARM,
            DAYS_TO_ALARM_WITH_BOLUSES,
            DAYS_TO_ALARM_WITH_BOLUSES_NO_ALARM,
            DAYS_TO_EMPTY,
            PROGRAMMER_REFILL_DATE,
            WORST_CASE_VOLUME,
            WORST_CASE_VOLUME_NOT_VERIFIED,
            DAYS_TO_ALARM_WORST_CASE,
            DAYS_TO_ALARM_WORST_CASE_NO_ALARM,
            DAYS_TO_EMPTY_WORST_CASE,
            DAYS_TO_REFILL_BY_VOLUME,
            DAYS_TO_REFILL_BY_VOLUME_WORST_CASE,
            REFILL_DUE,
            REFILL_DUE_NO_FLOW_ACCURACY,
            LABEL_REFILL_LIMIT);

    // notCalculated: its "what" and "why"
    static final String NO_BASAL_VOLUME = "basalVolume.noConcentration.{drug}";
    static final String NO_BOLUS_VOLUME = "bolusVolume.noConcentration.{drug}";
    static final String NO_DAILY_DOSE_NO_CONCENTRATION = "dailyDose.noConcentration.{drug}";
    static final String NO_DAILY_DOSE_NO_BASAL_VOLUME = "dailyDose.noBasalVolume.{drug}";
    static final String NO_DEVICE_FIT = "deviceFit";
    static final String NO_RESERVOIR = "reservoir";
    static final String NO_BRIDGE_BOLUS = "bridgeBolus";
    static final String NO_PRIMING_BOLUS = "primingBolus";

    public static final List<String> NOT_CALCULATED = List.of(
            NO_BASAL_VOLUME,
            NO_BOLUS_VOLUME,
            NO_DAILY_DOSE_NO_CONCENTRATION,
            NO_DAILY_DOSE_NO_BASAL_VOLUME,
            NO_DEVICE_FIT,
            NO_RESERVOIR,
            NO_BRIDGE_BOLUS,
            NO_PRIMING_BOLUS);

    // terms: an input's name
    static final String T_RATE = "rate";
    static final String T_MINUTES = "minutes";
    static final String T_CONCENTRATION = "concentration.{drug}";
    static final String T_DAILY_DOSE = "dailyDose.{drug}";
    static final String T_BASAL_VOLUME = "basalVolume";
    static final String T_BOLUS_DOSE = "bolusDose";
    static final String T_BOLUS_VOLUME = "bolusVolume";
    static final String T_BOLUSES_A_DAY = "bolusesADay";
    static final String T_BOLUS_VOLUMES_A_DAY = "bolusVolumesADay";
    static final String T_MAX_VOLUME = "maxVolume";
    static final String T_BASAL_DAILY_DOSE_OF = "basalDailyDose.{drug}";
    static final String T_BASAL_DAILY_DOSE = "basalDailyDose";
    static final String T_NEW_BASAL_DAILY_DOSE = "newBasalDailyDose.{drug}";
    static final String T_PREVIOUS_BASAL_DAILY_DOSE = "previousBasalDailyDose";
    static final String T_NEW_MAX_DAILY_DOSE = "newMaxDailyDose";
    static final String T_PREVIOUS_MAX_DAILY_DOSE = "previousMaxDailyDose";
    static final String T_CONVERTED_DAILY_DOSE = "conversion.previousDailyDose.{drug}";
    static final String T_MORPHINE_RATIO = "morphineHydromorphoneRatio";
    static final String T_INTENDED_DAILY_DOSE = "intendedDailyDose.{drug}";
    static final String T_NEW_CONCENTRATION = "newConcentration.{drug}";
    static final String T_PREVIOUS_DAILY_DOSE = "previousDailyDose.{drug}";
    static final String T_PREVIOUS_CONCENTRATION = "previousConcentration.{drug}";
    static final String T_PUMP_INTERNAL_VOLUME = "pumpInternalVolume";
    static final String T_CATHETER_VOLUME = "catheterVolume";
    static final String T_OLD_SOLUTION_VOLUME = "oldSolutionVolume";
    static final String T_PROGRAMMED_RATE = "programmedRate";
    static final String T_PREVIOUS_RATE = "previousRate";
    static final String T_VOLUME_TO_PRIME = "volumeToPrime";
    static final String T_FILL_VOLUME = "fillVolume";
    static final String T_ALARM_VOLUME = "alarmVolume";
    static final String T_PROGRAMMER_REFILL_VOLUME = "programmerRefillVolume";
    static final String T_FLOW_ACCURACY = "flowAccuracy";
    static final String T_WORST_CASE_VOLUME = "worstCaseVolume";
    static final String T_REFILL_BY_VOLUME = "refillByVolume";
    static final String T_DRUGS_IN_RESERVOIR = "drugsInReservoir";
    static final String T_DAYS_TO_ALARM_WITH_BOLUSES = "daysToAlarmWithBoluses";
    static final String T_DAYS_TO_ALARM_WORST_CASE = "daysToAlarmWorstCase";
    static final String T_DAYS_TO_REFILL_BY_VOLUME = "daysToRefillByVolume";
    static final String T_DAYS_TO_REFILL_BY_VOLUME_WORST_CASE = "daysToRefillByVolumeWorstCase";
    static final String T_DAYS_TO_EMPTY_WORST_CASE = "daysToEmptyWorstCase";
    static final String T_STUDIED_STABILITY = "studiedStability";
    static final String T_LABEL_REFILL_LIMIT = "labelRefillLimit";
    static final String T_LONGEST_CITED_STABILITY = "longestCitedStability";

    public static final List<String> TERMS = List.of(
            T_RATE,
            T_MINUTES,
            T_CONCENTRATION,
            T_DAILY_DOSE,
            T_BASAL_VOLUME,
            T_BOLUS_DOSE,
            T_BOLUS_VOLUME,
            T_BOLUSES_A_DAY,
            T_BOLUS_VOLUMES_A_DAY,
            T_MAX_VOLUME,
            T_BASAL_DAILY_DOSE_OF,
            T_BASAL_DAILY_DOSE,
            T_NEW_BASAL_DAILY_DOSE,
            T_PREVIOUS_BASAL_DAILY_DOSE,
            T_NEW_MAX_DAILY_DOSE,
            T_PREVIOUS_MAX_DAILY_DOSE,
            T_CONVERTED_DAILY_DOSE,
            T_MORPHINE_RATIO,
            T_INTENDED_DAILY_DOSE,
            T_NEW_CONCENTRATION,
            T_PREVIOUS_DAILY_DOSE,
            T_PREVIOUS_CONCENTRATION,
            T_PUMP_INTERNAL_VOLUME,
            T_CATHETER_VOLUME,
            T_OLD_SOLUTION_VOLUME,
            T_PROGRAMMED_RATE,
            T_PREVIOUS_RATE,
            T_VOLUME_TO_PRIME,
            T_FILL_VOLUME,
            T_ALARM_VOLUME,
            T_PROGRAMMER_REFILL_VOLUME,
            T_FLOW_ACCURACY,
            T_WORST_CASE_VOLUME,
            T_REFILL_BY_VOLUME,
            T_DRUGS_IN_RESERVOIR,
            T_DAYS_TO_ALARM_WITH_BOLUSES,
            T_DAYS_TO_ALARM_WORST_CASE,
            T_DAYS_TO_REFILL_BY_VOLUME,
            T_DAYS_TO_REFILL_BY_VOLUME_WORST_CASE,
            T_DAYS_TO_EMPTY_WORST_CASE,
            T_STUDIED_STABILITY,
            T_LABEL_REFILL_LIMIT,
            T_LONGEST_CITED_STABILITY);

    // inputFrom: where an input's value came from
    static final String PRESCRIPTION = "prescription";
    static final String CALCULATED = "calculated";
    static final String CARRIED_OVER = "carriedOver";
    static final String DEVICE_MODEL = "deviceModel";
    static final String DEVICE_FLOW_ACCURACY = "deviceModel.flowAccuracy";
    static final String DEVICE_FLOW_ACCURACY_NOT_VERIFIED = "deviceModel.flowAccuracy.notVerified";
    static final String NO_ALARM_RECORDED = "noAlarmRecorded";
    static final String DRUG_LIBRARY = "drugLibrary";
    static final String DRUG_LIBRARY_MORPHINE_RATIO = "drugLibrary.morphineRatio";
    static final String SITE = "site";

    public static final List<String> INPUT_FROM = List.of(
            PRESCRIPTION,
            CALCULATED,
            CARRIED_OVER,
            DEVICE_MODEL,
            DEVICE_FLOW_ACCURACY,
            DEVICE_FLOW_ACCURACY_NOT_VERIFIED,
            NO_ALARM_RECORDED,
            DRUG_LIBRARY,
            DRUG_LIBRARY_MORPHINE_RATIO,
            SITE);

    // parts: the pieces of a text composed from what applied
    static final String P_LABEL_FIRST_FILL = "labelRefill.FIRST_FILL";
    static final String P_LABEL_ANY = "labelRefill.ANY";
    static final String P_LABEL_UNDILUTED = "labelRefill.UNDILUTED";
    static final String P_LABEL_DILUTED = "labelRefill.DILUTED";
    static final String P_LABEL_IN_ADMIXTURE = "labelRefill.DILUTED.inAdmixture";
    static final String P_NEEDS_PUMP_INTERNAL_VOLUME = "needs.fluidPath.pumpInternalVolume";
    static final String P_NEEDS_CATHETER_VOLUME = "needs.fluidPath.catheterVolume";
    static final String P_NEEDS_PUMP_INTERNAL_VOLUME_IF_REPLACED = "needs.fluidPath.pumpInternalVolume.ifReplaced";

    public static final List<String> PARTS = List.of(
            P_LABEL_FIRST_FILL,
            P_LABEL_ANY,
            P_LABEL_UNDILUTED,
            P_LABEL_DILUTED,
            P_LABEL_IN_ADMIXTURE,
            P_NEEDS_PUMP_INTERNAL_VOLUME,
            P_NEEDS_CATHETER_VOLUME,
            P_NEEDS_PUMP_INTERNAL_VOLUME_IF_REPLACED);

    /** The variables a part's text may use besides its key's: the computed quantities a part carries. */
    public static final List<String> PART_VALUES = List.of("interval", "concentration");

    // factNotes: the fixed wording a fact's value is read with ({value} and the values the note names)
    static final String N_NOT_IN_DEVICE_LABELLING = "contents.notInDeviceLabelling";
    static final String N_ABOVE_LABELLED_STRENGTH = "contents.aboveLabelledStrength";
    static final String N_LABELLED_FOR_OTHER_INDICATION = "contents.labelledForAnotherIndication";
    static final String N_NO_INTRATHECAL_MORPHINE_RATIO = "contents.noIntrathecalMorphineRatio";
    static final String N_IMPLANTED_PUMP = "deviceId.implantedPump";
    static final String N_CONVERSION_TO_HYDROMORPHONE = "drugChange.conversion.toHydromorphone";
    static final String N_CONVERSION_TO_MORPHINE = "drugChange.conversion.toMorphine";
    static final String N_BOUND_AT_OME = "startingDose.boundAtOme";
    static final String N_INTRATHECAL_MORPHINE_EQUIVALENT = "startingDose.intrathecalMorphineEquivalent";
    static final String N_OPIOID_STATUS_NOT_STATED = "opioidStatus.notStated";
    static final String N_RANGE_LABEL_START = "startingRange.labelStart";
    static final String N_RANGE_LABEL_START_STATUS_NOT_GIVEN = "startingRange.labelStart.statusNotGiven";
    static final String N_RANGE_ONE_FOR_EVERY_STATUS = "startingRange.oneForEveryStatus";
    static final String N_INTERRUPTION_WORST_CASE = "interruption.notKnown";
    static final String N_NEEDED_IF_PUMP_REPLACED = "missing.neededWhenPumpReplacedOrEmptied";
    static final String N_RESPIRATORY_RISK = "respiratoryRisk.{factor}";
    static final String N_SYSTEMIC_OPIOIDS_WITH_OME = "respiratoryRisk.SYSTEMIC_OPIOIDS.withOme";
    static final String N_SYSTEMIC_OPIOIDS_WITH_OME_LOWER_BOUND = "respiratoryRisk.SYSTEMIC_OPIOIDS.withOme.lowerBound";

    /**
     * Each fact note key a dosing fact can name (a pattern's variables filled as {@link #key} does), with the values
     * its wording may use besides {@code {value}}, the fact's own value.
     */
    public static final Map<String, List<String>> FACT_NOTES = factNotes();

    private static Map<String, List<String>> factNotes() {
        Map<String, List<String>> notes = new LinkedHashMap<>();
        notes.put(N_NOT_IN_DEVICE_LABELLING, List.of("device"));
        notes.put(N_ABOVE_LABELLED_STRENGTH, List.of("labelledMax"));
        notes.put(N_LABELLED_FOR_OTHER_INDICATION, List.of("device", "indications"));
        notes.put(N_NO_INTRATHECAL_MORPHINE_RATIO, List.of());
        notes.put(N_IMPLANTED_PUMP, List.of());
        notes.put(N_CONVERSION_TO_HYDROMORPHONE, List.of());
        notes.put(N_CONVERSION_TO_MORPHINE, List.of());
        notes.put(N_BOUND_AT_OME, List.of());
        notes.put(N_INTRATHECAL_MORPHINE_EQUIVALENT, List.of("low", "high"));
        notes.put(N_OPIOID_STATUS_NOT_STATED, List.of());
        notes.put(N_RANGE_LABEL_START, List.of());
        notes.put(N_RANGE_LABEL_START_STATUS_NOT_GIVEN, List.of());
        notes.put(N_RANGE_ONE_FOR_EVERY_STATUS, List.of());
        notes.put(N_INTERRUPTION_WORST_CASE, List.of());
        notes.put(N_NEEDED_IF_PUMP_REPLACED, List.of());
        for (RespiratoryRiskFactor factor : RespiratoryRiskFactor.values()) {
            notes.put(respiratoryRiskNote(factor), List.of());
        }
        notes.put(N_SYSTEMIC_OPIOIDS_WITH_OME, List.of("ome"));
        notes.put(N_SYSTEMIC_OPIOIDS_WITH_OME_LOWER_BOUND, List.of("ome"));
        return Collections.unmodifiableMap(notes);
    }

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
