package org.idds.cds.selection;

import org.idds.cds.kernel.InputPath;

/**
 * Every patient input the rules can use, with its path in the request and the stage that collects it: the
 * referrer's short check asks only the REFERRAL fields, the MDT assessment asks all of them.
 */
public enum InputField implements InputPath {
    CANCER_STATUS("cancer.status", Stage.REFERRAL),
    AGE("patient.ageYears", Stage.REFERRAL),
    WORST_PAIN_SCORE("pain.worstScore", Stage.REFERRAL),
    PAIN_MECHANISM("pain.mechanism", Stage.MDT),
    PAIN_DISTRIBUTION("pain.distribution", Stage.MDT),
    INTOLERABLE_SIDE_EFFECTS("pain.intolerableSystemicSideEffects", Stage.REFERRAL),
    MEDICATIONS("medications", Stage.REFERRAL),
    LIFE_EXPECTANCY("prognosis.lifeExpectancy", Stage.REFERRAL),
    INFECTION("contraindications.infection", Stage.REFERRAL),
    BLEEDING("contraindications.bleeding", Stage.MDT),
    UNCORRECTED_COAGULOPATHY("contraindications.uncorrectedCoagulopathy", Stage.MDT),
    SPINAL_CANAL_OBSTRUCTION("contraindications.spinalCanalObstruction", Stage.MDT),
    PATIENT_DECLINES("contraindications.patientDeclines", Stage.REFERRAL),
    CAN_ATTEND_REFILLS("contraindications.canAttendRefills", Stage.MDT),
    SPINAL_OR_EPIDURAL_DISEASE("workUp.spinalOrEpiduralDisease", Stage.MDT),
    SPINAL_IMAGING_DONE("workUp.spinalImagingDone", Stage.MDT),
    PSYCHOLOGICAL_EVALUATION_DONE("workUp.psychologicalEvaluationDone", Stage.MDT),
    SIDE_EFFECT_MANAGEMENT_TRIED("pain.sideEffectManagementTried", Stage.REFERRAL),
    MDT_LOAD_JUDGEMENT("mdtLoadJudgement.refractoryByLoad", Stage.MDT),
    SPINAL_IMAGING_DATE("workUp.spinalImagingDate", Stage.MDT),
    NEW_NEUROLOGICAL_DEFICIT("workUp.newNeurologicalDeficit", Stage.MDT),
    BRAIN_METASTASES("cranial.brainMetastases", Stage.MDT),
    RAISED_INTRACRANIAL_PRESSURE_SIGNS("cranial.raisedIntracranialPressureSigns", Stage.MDT),
    CRANIAL_IMAGING_DONE("cranial.cranialImagingDone", Stage.MDT),
    INTRACRANIAL_MASS_EFFECT("cranial.intracranialMassEffect", Stage.MDT),
    PSYCHOSIS_HISTORY("psychiatricHistory.psychosis", Stage.MDT),
    SEVERE_PSYCHIATRIC_DISORDER("psychiatricHistory.severePsychiatricDisorder", Stage.MDT),
    OBSTRUCTIVE_SLEEP_APNOEA("respiratoryRisk.obstructiveSleepApnoea", Stage.MDT),
    COPD("respiratoryRisk.copd", Stage.MDT),
    OBESITY("respiratoryRisk.obesity", Stage.MDT),
    RENAL_IMPAIRMENT("respiratoryRisk.renalImpairment", Stage.MDT),
    PRIOR_OPIOID_INTOLERANCE("respiratoryRisk.priorOpioidIntolerance", Stage.MDT),
    AVERAGE_PAIN_SCORE("pain.averageScore", Stage.MDT),
    BREAKTHROUGH_EPISODES("pain.breakthroughEpisodesPerDay", Stage.MDT),
    PRIOR_SPINAL_SURGERY("workUp.priorSpinalSurgeryOrInstrumentation", Stage.MDT),
    PLATELET_COUNT("labs.plateletCount", Stage.MDT),
    INR("labs.inr", Stage.MDT),
    APTT("labs.aptt", Stage.MDT),
    CREATININE_CLEARANCE("labs.creatinineClearance", Stage.MDT),
    DIABETES("infectionRisk.diabetes", Stage.MDT),
    GLYCATED_HAEMOGLOBIN("infectionRisk.hba1c", Stage.MDT),
    IMMUNOSUPPRESSION("infectionRisk.immunosuppression", Stage.MDT),
    NEUTROPENIA("infectionRisk.neutropenia", Stage.MDT),
    METASTATIC_DISEASE("cranial.metastaticDisease", Stage.MDT),
    NEW_HEADACHE_OR_NEUROLOGICAL_SIGNS("cranial.newHeadacheOrNeurologicalSigns", Stage.MDT),
    RAISED_INTRACRANIAL_PRESSURE_ON_IMAGING("cranial.raisedIntracranialPressureOnImaging", Stage.MDT),
    COMPREHENSIVE_MANAGEMENT_TRIED("pain.comprehensiveManagementTried", Stage.MDT);

    /** Which form collects the input. */
    public enum Stage {
        REFERRAL,
        MDT
    }

    private final String path;
    private final Stage stage;

    InputField(String path, Stage stage) {
        this.path = path;
        this.stage = stage;
    }

    public String path() {
        return path;
    }

    public Stage stage() {
        return stage;
    }
}
