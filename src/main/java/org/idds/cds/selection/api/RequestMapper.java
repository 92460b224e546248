package org.idds.cds.selection.api;

import java.util.List;
import java.util.Optional;
import org.idds.cds.clinical.Medication;
import org.idds.cds.clinical.RespiratoryRisk;
import org.idds.cds.clinical.Route;
import org.idds.cds.kernel.Quantity;
import org.idds.cds.kernel.Unit;
import org.idds.cds.selection.BleedingStatus;
import org.idds.cds.selection.CancerStatus;
import org.idds.cds.selection.InfectionStatus;
import org.idds.cds.selection.PainDistribution;
import org.idds.cds.selection.PainMechanism;
import org.idds.cds.selection.patient.CandidacyCase;
import org.idds.cds.selection.patient.CranialWorkUp;
import org.idds.cds.selection.patient.InfectionRisk;
import org.idds.cds.selection.patient.Labs;
import org.idds.cds.selection.patient.PainReport;
import org.idds.cds.selection.patient.PsychiatricHistory;
import org.idds.cds.selection.patient.Screening;
import org.idds.cds.selection.patient.WorkUp;
import org.idds.cds.web.QuantityDto;

/** Turns validated requests into domain records, once. Bean Validation has already accepted every value. */
public final class RequestMapper {

    private RequestMapper() {}

    public static CandidacyCase toCase(CandidacyRequest r) {
        var pain = Optional.ofNullable(r.pain());
        var screening = Optional.ofNullable(r.contraindications());
        var workUp = Optional.ofNullable(r.workUp());
        return new CandidacyCase(
                Optional.ofNullable(r.patient()).map(CandidacyRequest.Patient::ageYears),
                cancerStatus(r.cancer()),
                new PainReport(
                        pain.map(CandidacyRequest.Pain::worstScore),
                        pain.map(CandidacyRequest.Pain::mechanism).map(PainMechanism::valueOf),
                        pain.map(CandidacyRequest.Pain::distribution).map(PainDistribution::valueOf),
                        pain.map(CandidacyRequest.Pain::intolerableSystemicSideEffects),
                        pain.map(CandidacyRequest.Pain::sideEffectManagementTried),
                        pain.map(CandidacyRequest.Pain::averageScore),
                        pain.map(CandidacyRequest.Pain::breakthroughEpisodesPerDay),
                        pain.map(CandidacyRequest.Pain::comprehensiveManagementTried)),
                lifeExpectancy(r.prognosis()),
                medications(r.medications()),
                new Screening(
                        screening
                                .map(CandidacyRequest.Contraindications::infection)
                                .map(InfectionStatus::valueOf),
                        screening
                                .map(CandidacyRequest.Contraindications::bleeding)
                                .map(BleedingStatus::valueOf),
                        screening.map(CandidacyRequest.Contraindications::uncorrectedCoagulopathy),
                        screening.map(CandidacyRequest.Contraindications::spinalCanalObstruction),
                        screening.map(CandidacyRequest.Contraindications::patientDeclines),
                        screening.map(CandidacyRequest.Contraindications::canAttendRefills)),
                new WorkUp(
                        workUp.map(CandidacyRequest.WorkUp::spinalOrEpiduralDisease),
                        workUp.map(CandidacyRequest.WorkUp::spinalImagingDone),
                        workUp.map(CandidacyRequest.WorkUp::psychologicalEvaluationDone),
                        workUp.map(CandidacyRequest.WorkUp::spinalImagingDate),
                        workUp.map(CandidacyRequest.WorkUp::newNeurologicalDeficit),
                        workUp.map(CandidacyRequest.WorkUp::priorSpinalSurgeryOrInstrumentation)),
                Optional.ofNullable(r.mdtLoadJudgement()).map(CandidacyRequest.MdtLoadJudgement::refractoryByLoad),
                cranial(r.cranial()),
                psychiatricHistory(r.psychiatricHistory()),
                respiratoryRisk(r.respiratoryRisk()),
                labs(r.labs()),
                infectionRisk(r.infectionRisk()));
    }

    private static Labs labs(CandidacyRequest.Labs r) {
        var labs = Optional.ofNullable(r);
        return new Labs(
                labs.map(CandidacyRequest.Labs::plateletCount).map(RequestMapper::quantity),
                labs.map(CandidacyRequest.Labs::inr),
                labs.map(CandidacyRequest.Labs::inrUpperReferenceLimit),
                labs.map(CandidacyRequest.Labs::aptt).map(RequestMapper::quantity),
                labs.map(CandidacyRequest.Labs::apttUpperReferenceLimit).map(RequestMapper::quantity),
                labs.map(CandidacyRequest.Labs::creatinineClearance).map(RequestMapper::quantity));
    }

    private static InfectionRisk infectionRisk(CandidacyRequest.InfectionRisk r) {
        var risk = Optional.ofNullable(r);
        return new InfectionRisk(
                risk.map(CandidacyRequest.InfectionRisk::diabetes),
                risk.map(CandidacyRequest.InfectionRisk::hba1c).map(RequestMapper::quantity),
                risk.map(CandidacyRequest.InfectionRisk::immunosuppression),
                risk.map(CandidacyRequest.InfectionRisk::neutropenia));
    }

    private static CranialWorkUp cranial(CandidacyRequest.Cranial r) {
        var cranial = Optional.ofNullable(r);
        return new CranialWorkUp(
                cranial.map(CandidacyRequest.Cranial::brainMetastases),
                cranial.map(CandidacyRequest.Cranial::raisedIntracranialPressureSigns),
                cranial.map(CandidacyRequest.Cranial::cranialImagingDone),
                cranial.map(CandidacyRequest.Cranial::intracranialMassEffect),
                cranial.map(CandidacyRequest.Cranial::metastaticDisease),
                cranial.map(CandidacyRequest.Cranial::newHeadacheOrNeurologicalSigns),
                cranial.map(CandidacyRequest.Cranial::raisedIntracranialPressureOnImaging));
    }

    private static PsychiatricHistory psychiatricHistory(CandidacyRequest.PsychiatricHistory r) {
        var history = Optional.ofNullable(r);
        return new PsychiatricHistory(
                history.map(CandidacyRequest.PsychiatricHistory::psychosis),
                history.map(CandidacyRequest.PsychiatricHistory::severePsychiatricDisorder));
    }

    private static RespiratoryRisk respiratoryRisk(CandidacyRequest.RespiratoryRisk r) {
        var risk = Optional.ofNullable(r);
        return new RespiratoryRisk(
                risk.map(CandidacyRequest.RespiratoryRisk::obstructiveSleepApnoea),
                risk.map(CandidacyRequest.RespiratoryRisk::copd),
                risk.map(CandidacyRequest.RespiratoryRisk::obesity),
                risk.map(CandidacyRequest.RespiratoryRisk::renalImpairment),
                risk.map(CandidacyRequest.RespiratoryRisk::priorOpioidIntolerance));
    }

    /** The referral check asks fewer questions; everything it does not ask stays unknown for the MDT. */
    static CandidacyCase toCase(ReferralCheckRequest r) {
        var pain = Optional.ofNullable(r.pain());
        var screening = Optional.ofNullable(r.contraindications());
        return new CandidacyCase(
                Optional.ofNullable(r.patient()).map(CandidacyRequest.Patient::ageYears),
                cancerStatus(r.cancer()),
                new PainReport(
                        pain.map(ReferralCheckRequest.Pain::worstScore),
                        Optional.empty(),
                        Optional.empty(),
                        pain.map(ReferralCheckRequest.Pain::intolerableSystemicSideEffects),
                        pain.map(ReferralCheckRequest.Pain::sideEffectManagementTried),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty()),
                lifeExpectancy(r.prognosis()),
                medications(r.medications()),
                new Screening(
                        screening.map(ReferralCheckRequest.Screening::infection).map(InfectionStatus::valueOf),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        screening.map(ReferralCheckRequest.Screening::patientDeclines),
                        Optional.empty()),
                WorkUp.unknown(),
                Optional.empty(),
                CranialWorkUp.unknown(),
                PsychiatricHistory.unknown(),
                RespiratoryRisk.unknown(),
                Labs.unknown(),
                InfectionRisk.unknown());
    }

    private static Optional<CancerStatus> cancerStatus(CandidacyRequest.Cancer cancer) {
        return Optional.ofNullable(cancer).map(CandidacyRequest.Cancer::status).map(CancerStatus::valueOf);
    }

    private static Optional<Quantity> lifeExpectancy(CandidacyRequest.Prognosis prognosis) {
        return Optional.ofNullable(prognosis)
                .map(CandidacyRequest.Prognosis::lifeExpectancy)
                .map(RequestMapper::quantity);
    }

    /** Names stay as typed here; {@code CaseFacts} resolves them to the catalogue's generic name. */
    private static Optional<List<Medication>> medications(List<MedicationDto> medications) {
        return Optional.ofNullable(medications)
                .map(list -> list.stream()
                        .map(m -> new Medication(
                                m.drug(),
                                Route.fromCode(m.route()).orElseThrow(),
                                Optional.ofNullable(m.dose()).map(RequestMapper::quantity),
                                Optional.ofNullable(m.dosesPerDay()),
                                m.drug(),
                                Boolean.TRUE.equals(m.doseConfirmed())))
                        .toList());
    }

    private static Quantity quantity(QuantityDto dto) {
        return new Quantity(dto.value(), Unit.fromUcum(dto.unit()).orElseThrow());
    }
}
