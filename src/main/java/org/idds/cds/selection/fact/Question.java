package org.idds.cds.selection.fact;

import org.idds.cds.selection.InputField;

/** Yes/no inputs, each tied to the request field that answers it. */
public enum Question {
    INTOLERABLE_SIDE_EFFECTS(InputField.INTOLERABLE_SIDE_EFFECTS),
    UNCORRECTED_COAGULOPATHY(InputField.UNCORRECTED_COAGULOPATHY),
    SPINAL_CANAL_OBSTRUCTION(InputField.SPINAL_CANAL_OBSTRUCTION),
    PATIENT_DECLINES(InputField.PATIENT_DECLINES),
    CAN_ATTEND_REFILLS(InputField.CAN_ATTEND_REFILLS),
    SPINAL_OR_EPIDURAL_DISEASE(InputField.SPINAL_OR_EPIDURAL_DISEASE),
    SPINAL_IMAGING_DONE(InputField.SPINAL_IMAGING_DONE),
    PSYCHOLOGICAL_EVALUATION_DONE(InputField.PSYCHOLOGICAL_EVALUATION_DONE),
    SIDE_EFFECT_MANAGEMENT_TRIED(InputField.SIDE_EFFECT_MANAGEMENT_TRIED);

    private final InputField field;

    Question(InputField field) {
        this.field = field;
    }

    public InputField field() {
        return field;
    }
}
