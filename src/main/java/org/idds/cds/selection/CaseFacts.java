package org.idds.cds.selection;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.idds.cds.clinical.DrugEntry;
import org.idds.cds.clinical.Medication;
import org.idds.cds.clinical.OmeCalculator;
import org.idds.cds.ruleset.Ruleset;
import org.idds.cds.selection.fact.Age;
import org.idds.cds.selection.fact.Answer;
import org.idds.cds.selection.fact.Aptt;
import org.idds.cds.selection.fact.Bleeding;
import org.idds.cds.selection.fact.BreakthroughPain;
import org.idds.cds.selection.fact.CreatinineClearance;
import org.idds.cds.selection.fact.CurrentMedication;
import org.idds.cds.selection.fact.DoseCheck;
import org.idds.cds.selection.fact.Etiology;
import org.idds.cds.selection.fact.Glycaemia;
import org.idds.cds.selection.fact.Infection;
import org.idds.cds.selection.fact.Inr;
import org.idds.cds.selection.fact.LifeExpectancy;
import org.idds.cds.selection.fact.MdtLoadJudgement;
import org.idds.cds.selection.fact.MissingInput;
import org.idds.cds.selection.fact.PainScore;
import org.idds.cds.selection.fact.PainSpread;
import org.idds.cds.selection.fact.PainType;
import org.idds.cds.selection.fact.PeriProceduralDrugs;
import org.idds.cds.selection.fact.PlateletCount;
import org.idds.cds.selection.fact.Question;
import org.idds.cds.selection.fact.SpinalImaging;
import org.idds.cds.selection.patient.CandidacyCase;

/** Turns a validated case into rule facts: one fact per known input, a {@link MissingInput} per unknown one. */
public final class CaseFacts {

    private CaseFacts() {}

    /** Facts as of today (UTC); dated inputs such as spinal imaging are judged against that date. */
    public static List<Object> of(CandidacyCase c, Ruleset ruleset) {
        return of(c, ruleset, LocalDate.now(ZoneOffset.UTC));
    }

    /** Facts as of {@code assessmentDate}: the date dated inputs (spinal imaging) are judged against. */
    public static List<Object> of(CandidacyCase c, Ruleset ruleset, LocalDate assessmentDate) {
        List<Object> facts = new ArrayList<>(ruleset.parameters(org.idds.cds.kernel.Concern.SELECTION));
        present(facts, c.cancerStatus().map(Etiology::new), InputField.CANCER_STATUS);
        present(
                facts,
                c.pain().worstScore().map(worst -> new PainScore(worst, c.pain().averageScore())),
                InputField.WORST_PAIN_SCORE);
        present(
                facts,
                c.pain().breakthroughEpisodesPerDay().map(BreakthroughPain::new),
                InputField.BREAKTHROUGH_EPISODES);
        present(facts, c.pain().mechanism().map(PainType::new), InputField.PAIN_MECHANISM);
        present(facts, c.pain().distribution().map(PainSpread::new), InputField.PAIN_DISTRIBUTION);
        answer(facts, c.pain().intolerableSystemicSideEffects(), Question.INTOLERABLE_SIDE_EFFECTS);
        present(facts, c.lifeExpectancy().map(LifeExpectancy::new), InputField.LIFE_EXPECTANCY);
        present(facts, c.screening().infection().map(Infection::new), InputField.INFECTION);
        present(facts, c.screening().bleeding().map(Bleeding::new), InputField.BLEEDING);
        answer(facts, c.screening().uncorrectedCoagulopathy(), Question.UNCORRECTED_COAGULOPATHY);
        answer(facts, c.screening().spinalCanalObstruction(), Question.SPINAL_CANAL_OBSTRUCTION);
        answer(facts, c.screening().patientDeclines(), Question.PATIENT_DECLINES);
        answer(facts, c.screening().canAttendRefills(), Question.CAN_ATTEND_REFILLS);
        answer(facts, c.workUp().spinalOrEpiduralDisease(), Question.SPINAL_OR_EPIDURAL_DISEASE);
        answer(facts, c.workUp().spinalImagingDone(), Question.SPINAL_IMAGING_DONE);
        answer(facts, c.workUp().psychologicalEvaluationDone(), Question.PSYCHOLOGICAL_EVALUATION_DONE);
        present(
                facts,
                c.workUp().spinalImagingDate().map(date -> new SpinalImaging(date, assessmentDate)),
                InputField.SPINAL_IMAGING_DATE);
        answer(facts, c.workUp().newNeurologicalDeficit(), Question.NEW_NEUROLOGICAL_DEFICIT);
        answer(facts, c.cranial().brainMetastases(), Question.BRAIN_METASTASES);
        answer(facts, c.cranial().raisedIntracranialPressureSigns(), Question.RAISED_INTRACRANIAL_PRESSURE_SIGNS);
        answer(facts, c.cranial().cranialImagingDone(), Question.CRANIAL_IMAGING_DONE);
        answer(facts, c.cranial().intracranialMassEffect(), Question.INTRACRANIAL_MASS_EFFECT);
        answer(facts, c.cranial().metastaticDisease(), Question.METASTATIC_DISEASE);
        answer(facts, c.cranial().newHeadacheOrNeurologicalSigns(), Question.NEW_HEADACHE_OR_NEUROLOGICAL_SIGNS);
        answer(
                facts,
                c.cranial().raisedIntracranialPressureOnImaging(),
                Question.RAISED_INTRACRANIAL_PRESSURE_ON_IMAGING);
        answer(facts, c.psychiatricHistory().psychosis(), Question.PSYCHOSIS_HISTORY);
        answer(facts, c.psychiatricHistory().severePsychiatricDisorder(), Question.SEVERE_PSYCHIATRIC_DISORDER);
        answer(facts, c.respiratoryRisk().obstructiveSleepApnoea(), Question.OBSTRUCTIVE_SLEEP_APNOEA);
        answer(facts, c.respiratoryRisk().copd(), Question.COPD);
        answer(facts, c.respiratoryRisk().obesity(), Question.OBESITY);
        answer(facts, c.respiratoryRisk().renalImpairment(), Question.RENAL_IMPAIRMENT);
        answer(facts, c.respiratoryRisk().priorOpioidIntolerance(), Question.PRIOR_OPIOID_INTOLERANCE);
        present(facts, c.ageYears().map(Age::new), InputField.AGE);
        answer(facts, c.workUp().priorSpinalSurgeryOrInstrumentation(), Question.PRIOR_SPINAL_SURGERY);
        present(facts, c.labs().plateletCount().map(PlateletCount::new), InputField.PLATELET_COUNT);
        present(facts, c.labs().inr().map(inr -> new Inr(inr, c.labs().inrUpperReferenceLimit())), InputField.INR);
        present(
                facts,
                c.labs()
                        .aptt()
                        .map(aptt -> new Aptt(
                                aptt, c.labs().apttUpperReferenceLimit().orElseThrow())),
                InputField.APTT);
        present(facts, c.labs().creatinineClearance().map(CreatinineClearance::new), InputField.CREATININE_CLEARANCE);
        present(
                facts,
                c.infectionRisk()
                        .diabetes()
                        .map(diabetic ->
                                new Glycaemia(diabetic, c.infectionRisk().hba1c())),
                InputField.DIABETES);
        answer(facts, c.infectionRisk().immunosuppression(), Question.IMMUNOSUPPRESSION);
        answer(facts, c.infectionRisk().neutropenia(), Question.NEUTROPENIA);
        if (c.medications().isPresent()) {
            List<Medication> medications = c.medications().orElseThrow().stream()
                    .map(m -> generic(m, ruleset))
                    .toList();
            facts.add(new OmeCalculator(ruleset.drugs()).calculate(medications));
            List<CurrentMedication> current = new ArrayList<>();
            for (int i = 0; i < medications.size(); i++) {
                Medication m = medications.get(i);
                DrugEntry drug = ruleset.drugs().entry(m.drug());
                current.add(new CurrentMedication(
                        drug.name(),
                        m.route(),
                        drug.drugClass(),
                        drug.hold(m.route()), // archived catalogues only: from 2026.12.5 safety dates the holds
                        m.enteredOtherwise(),
                        drug.route(m.route())
                                .flatMap(org.idds.cds.clinical.RouteEntry::hold)
                                .isPresent()));
                facts.add(current.get(i));
                DoseCheck.of(i, m, drug, ruleset.content().drugLibrary()).ifPresent(facts::add);
            }
            PeriProceduralDrugs.of(current).ifPresent(facts::add);
        } else {
            facts.add(new MissingInput(InputField.MEDICATIONS));
        }
        answer(facts, c.pain().sideEffectManagementTried(), Question.SIDE_EFFECT_MANAGEMENT_TRIED);
        answer(facts, c.pain().comprehensiveManagementTried(), Question.COMPREHENSIVE_MANAGEMENT_TRIED);
        present(facts, c.mdtJudgesLoadRefractory().map(MdtLoadJudgement::new), InputField.MDT_LOAD_JUDGEMENT);
        return facts;
    }

    /** The medication under the catalogue's generic name, keeping what was typed. */
    private static Medication generic(Medication m, Ruleset ruleset) {
        DrugEntry drug = ruleset.drugs().entry(m.drug());
        return new Medication(drug.name(), m.route(), m.dose(), m.dosesPerDay(), m.enteredAs(), m.doseConfirmed());
    }

    private static void present(List<Object> facts, Optional<?> fact, InputField field) {
        facts.add(fact.<Object>map(f -> f).orElseGet(() -> new MissingInput(field)));
    }

    private static void answer(List<Object> facts, Optional<Boolean> answer, Question question) {
        present(facts, answer.map(yes -> new Answer(question, yes)), question.field());
    }
}
