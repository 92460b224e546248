package org.idds.cds.trial.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.idds.cds.clinical.DrugCatalogue;
import org.idds.cds.clinical.trial.TrialMethod;
import org.idds.cds.clinical.trial.TrialProtocol;
import org.idds.cds.kernel.Quantity;
import org.idds.cds.kernel.Unit;
import org.idds.cds.trial.AdverseEffect;
import org.idds.cds.trial.AdverseSeverity;
import org.idds.cds.trial.FunctionRecorded;
import org.idds.cds.trial.PainScore;
import org.idds.cds.trial.ReferralReason;
import org.idds.cds.trial.TrialDrugGiven;
import org.idds.cds.trial.TrialEvaluation;
import org.idds.cds.trial.TrialEvaluationException;
import org.idds.cds.trial.TrialOpioidStatus;
import org.idds.cds.trial.TrialRoute;

/**
 * Turns a validated {@link TrialEvaluationRequest} into the trial concern's {@link TrialEvaluation}, with the
 * ruleset's protocols and drug catalogue: an unknown protocol or drug, a method that contradicts the protocol, a route
 * the protocol does not use, or neither protocol nor method, is refused naming the field.
 */
public final class TrialEvaluationMapper {

    private TrialEvaluationMapper() {}

    public static TrialEvaluation toEvaluation(
            TrialEvaluationRequest r, List<TrialProtocol> protocols, DrugCatalogue catalogue) {
        Optional<TrialProtocol> protocol = Optional.ofNullable(r.protocol())
                .map(id -> protocols.stream()
                        .filter(p -> p.id().equals(id))
                        .findFirst()
                        .orElseThrow(() -> new TrialEvaluationException(
                                "protocol",
                                "is not a trial protocol of this ruleset (GET /api/v1/trial-protocols lists them): "
                                        + protocols.stream()
                                                .map(TrialProtocol::id)
                                                .toList())));
        Optional<TrialMethod> method = Optional.ofNullable(r.method()).map(TrialMethod::valueOf);
        if (protocol.isPresent()
                && method.isPresent()
                && method.get() != protocol.get().method()) {
            throw new TrialEvaluationException(
                    "method",
                    "contradicts the protocol's method " + protocol.get().method() + ": leave it out");
        }
        TrialMethod resolved = method.or(() -> protocol.map(TrialProtocol::method))
                .orElseThrow(() -> new TrialEvaluationException("method", "give the protocol or the method"));
        List<TrialDrugGiven> drugs = new ArrayList<>();
        for (int i = 0; i < r.drugs().size(); i++) {
            TrialEvaluationRequest.DrugGiven d = r.drugs().get(i);
            String field = "drugs[" + i + "]";
            String name = catalogue
                    .find(d.drug())
                    .map(e -> e.name())
                    .orElseThrow(() -> new TrialEvaluationException(
                            field + ".drug", "is not a drug of the catalogue (GET /api/v1/drugs lists them)"));
            TrialRoute route = TrialRoute.valueOf(d.route());
            if (protocol.isPresent() && !protocol.get().routes().contains(route.protocolName())) {
                throw new TrialEvaluationException(
                        field + ".route",
                        "is not a route of the protocol " + protocol.get().routes());
            }
            drugs.add(new TrialDrugGiven(
                    name,
                    new Quantity(
                            d.dose().value(), Unit.fromUcum(d.dose().unit()).orElseThrow()),
                    route));
        }
        return new TrialEvaluation(
                protocol,
                resolved,
                drugs,
                r.baselinePain(),
                r.painScores().stream()
                        .map(s -> new PainScore(s.afterDoseHours(), s.score()))
                        .toList(),
                Optional.ofNullable(r.reliefHours()),
                Optional.ofNullable(r.rescueMedication())
                        .map(x -> new TrialEvaluation.Rescue(x.given(), Optional.ofNullable(x.what()))),
                Optional.ofNullable(r.function()).map(f -> new FunctionRecorded(f.improved())),
                Optional.ofNullable(r.adverseEffects())
                        .map(list -> list.stream()
                                .map(e -> new AdverseEffect(e.effect(), AdverseSeverity.valueOf(e.severity())))
                                .toList()),
                ReferralReason.valueOf(r.referralReason()),
                TrialOpioidStatus.valueOf(r.opioidStatus()),
                Optional.ofNullable(r.sideEffectBurden())
                        .map(b -> new TrialEvaluation.SideEffectBurden(b.before(), b.during())));
    }
}
