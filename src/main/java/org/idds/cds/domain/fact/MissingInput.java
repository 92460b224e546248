package org.idds.cds.domain.fact;

import org.idds.cds.domain.InputField;

/** An input the request did not give. Rules that need it report it rather than guess. */
public record MissingInput(InputField field) {}
