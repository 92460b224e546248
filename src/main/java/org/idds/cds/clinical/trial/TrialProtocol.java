package org.idds.cds.clinical.trial;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.idds.cds.kernel.Citation;

/**
 * One trial protocol of the ruleset ({@code trial-protocols/<id>.json}), validated at load and typed: method, routes,
 * drugs with their doses as site policy, prerequisites, observation (the stricter policy by default), monitoring,
 * naloxone and resuscitation readiness, the handling of systemic opioids (site policy), what to record and the success
 * criteria (site policy), the sources, and the file's text. {@code status} is a FHIR PublicationStatus code.
 *
 * <p>A protocol of an archived ruleset (manifest format 4 or older) had one drug, a bolus dose and a success threshold
 * given as a default; it reads with its bolus dose and threshold as cited figures (the policy's {@code noDefault} says
 * so), no systemic-opioid handling and nothing to monitor or record.
 */
public record TrialProtocol(
        String path,
        String id,
        String version,
        String status,
        String title,
        String description,
        TrialMethod method,
        List<String> routes,
        List<TrialDrug> drugs,
        List<TrialStatement> prerequisites,
        TrialObservation observation,
        List<MonitoringItem> monitoring,
        List<TrialStatement> readiness,
        Optional<SitePolicy<TrialStatement>> systemicOpioids,
        List<RecordItem> record,
        SitePolicy<CitedThreshold> successCriteria,
        List<Citation> citations,
        String content) {

    public TrialProtocol {
        routes = List.copyOf(routes);
        drugs = List.copyOf(drugs);
        prerequisites = List.copyOf(prerequisites);
        monitoring = List.copyOf(monitoring);
        readiness = List.copyOf(readiness);
        record = List.copyOf(record);
        citations = List.copyOf(citations);
    }

    /** The protocol's own citations and those of every figure, statement and item in it. */
    public List<Citation> allCitations() {
        List<Citation> all = new ArrayList<>(citations);
        for (TrialDrug d : drugs) {
            d.product().ifPresent(s -> all.addAll(s.citations()));
            d.offLabel().ifPresent(s -> all.addAll(s.citations()));
            d.dose().cited().forEach(r -> {
                all.addAll(r.min().citations());
                all.addAll(r.max().citations());
            });
        }
        prerequisites.forEach(s -> all.addAll(s.citations()));
        observation.policies().forEach(p -> all.addAll(p.minimumDuration().citations()));
        monitoring.forEach(m -> all.addAll(m.citations()));
        readiness.forEach(s -> all.addAll(s.citations()));
        systemicOpioids.ifPresent(p -> p.cited().forEach(s -> all.addAll(s.citations())));
        record.forEach(r -> all.addAll(r.citations()));
        successCriteria.cited().forEach(t -> all.addAll(t.figure().citations()));
        return all;
    }
}
