/**
 * The parts every concern's answer in format {@code idds-answer/2} is built from (see
 * {@link org.idds.cds.kernel.AnswerFormat}): patient facts once, keyed by input path ({@link AnswerFacts}); each
 * finding once ({@link AnswerFinding}), naming rules, figures, sources and governed statements by key; pertinent
 * negatives ({@link NegativeRef}); and missing inputs, each once with its role and the findings that need it
 * ({@link MissingInputRef}). No ruleset text: titles, criteria, static details, figure descriptions, source labels,
 * locators, DOIs and grades are served by key from the ruleset and added by the full view.
 */
package org.idds.cds.kernel.answer;
