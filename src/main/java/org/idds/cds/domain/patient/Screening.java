package org.idds.cds.domain.patient;

import java.util.Optional;
import org.idds.cds.domain.BleedingStatus;
import org.idds.cds.domain.InfectionStatus;

/** Contraindication and precaution screening answers; an empty value means "not assessed". */
public record Screening(
        Optional<InfectionStatus> infection,
        Optional<BleedingStatus> bleeding,
        Optional<Boolean> uncorrectedCoagulopathy,
        Optional<Boolean> spinalCanalObstruction,
        Optional<Boolean> patientDeclines,
        Optional<Boolean> canAttendRefills) {}
