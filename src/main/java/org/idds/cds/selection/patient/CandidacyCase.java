package org.idds.cds.selection.patient;

import java.util.List;
import java.util.Optional;
import org.idds.cds.clinical.Medication;
import org.idds.cds.clinical.RespiratoryRisk;
import org.idds.cds.kernel.Quantity;
import org.idds.cds.selection.CancerStatus;

/**
 * The clinical facts of one candidacy question, already validated. Empty values are unknown, never defaulted;
 * an empty medication list means "no current medications", an absent one means "not given".
 */
public record CandidacyCase(
        Optional<Integer> ageYears,
        Optional<CancerStatus> cancerStatus,
        PainReport pain,
        Optional<Quantity> lifeExpectancy,
        Optional<List<Medication>> medications,
        Screening screening,
        WorkUp workUp,
        Optional<Boolean> mdtJudgesLoadRefractory,
        CranialWorkUp cranial,
        PsychiatricHistory psychiatricHistory,
        RespiratoryRisk respiratoryRisk,
        Labs labs,
        InfectionRisk infectionRisk) {}
