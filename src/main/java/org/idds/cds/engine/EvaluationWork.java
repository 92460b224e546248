package org.idds.cds.engine;

/**
 * How much work one evaluation made the engine do, counted by {@link WorkCounter} (plain counters, always on): the
 * rules fired (what {@code fireAllRules} returns), the matches put on and taken off the agenda, and the facts inserted
 * (those given and those the rules inserted). For the same facts and rules these counts are the same on every run and
 * machine, unlike times, so a test can hold them to a budget (see docs/performance.md). They never change an answer.
 */
public record EvaluationWork(int rulesFired, int matchesCreated, int matchesCancelled, int factsInserted) {}
