package org.idds.cds.selection.patient;

import java.util.Optional;
import org.idds.cds.selection.BleedingStatus;
import org.idds.cds.selection.InfectionStatus;

/** Contraindication and precaution screening answers; an empty value means "not assessed". */
public record Screening(
        Optional<InfectionStatus> infection,
        Optional<BleedingStatus> bleeding,
        Optional<Boolean> uncorrectedCoagulopathy,
        Optional<Boolean> spinalCanalObstruction,
        Optional<Boolean> patientDeclines,
        Optional<Boolean> canAttendRefills) {}
