package org.idds.cds.ruleset;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.idds.cds.clinical.DrugAlgorithm;
import org.idds.cds.clinical.IntrathecalDrugLibrary;
import org.idds.cds.clinical.trial.TrialProtocol;
import org.idds.cds.device.DeviceModel;
import org.idds.cds.kernel.Concern;
import org.idds.cds.kernel.GovernedStatement;

/**
 * The ruleset content beside the rules and catalogues: device models and trial protocols (kept at the repository's
 * top level, packaged under {@code rules/}), each concern's outcomes file, the intrathecal drug library and the
 * drug-selection algorithm of one published edition. Listed in the manifest under the optional keys
 * {@code deviceModels}, {@code trialProtocols}, {@code outcomes}, {@code drugLibrary} (format 3;
 * {@link IntrathecalDrugLibrary#EMPTY} when absent) and {@code drugAlgorithm} (format 3; empty when absent), covered
 * by the content hash; and the governed statements ({@code shared.statements}: key to statement, empty when absent).
 */
public record RulesetContent(
        List<DeviceModel> deviceModels,
        List<TrialProtocol> trialProtocols,
        Map<Concern, ConcernFile> outcomes,
        Set<String> citedSources,
        IntrathecalDrugLibrary drugLibrary,
        Optional<DrugAlgorithm> drugAlgorithm,
        Map<String, GovernedStatement> statements) {

    public static final RulesetContent NONE = new RulesetContent(
            List.of(), List.of(), Map.of(), Set.of(), IntrathecalDrugLibrary.EMPTY, Optional.empty(), Map.of());

    /**
     * {@code citedSources}: the evidence sources the device-model, trial-protocol, drug-library and drug-algorithm
     * files cite, each a use of the source (read from every listed file, even one refused for another reason, so that its sources are not reported
     * as unused as well).
     */
    public RulesetContent {
        deviceModels = List.copyOf(deviceModels);
        trialProtocols = List.copyOf(trialProtocols);
        outcomes = Map.copyOf(outcomes);
        citedSources = Set.copyOf(citedSources);
        statements = Map.copyOf(statements);
    }
}
