package org.idds.cds.kernel.answer;

import java.util.Optional;

/** One patient fact as an answer holds it once, under its input path: the value read and its unit if it has one. */
public record FactValue(String value, Optional<String> unit) {}
