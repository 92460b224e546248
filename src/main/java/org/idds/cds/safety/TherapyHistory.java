package org.idds.cds.safety;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.idds.cds.kernel.Quantity;
import org.idds.cds.kernel.Unit;

/**
 * What the granuloma risk flags for long therapy and fast escalation read (issue 17, topic 1): when intrathecal
 * therapy started and an opioid's daily dose a year before the event, both optional. No source gives a threshold for
 * either; the thresholds are site parameters without a default (decision 0008), and the rules compare only once a
 * site sets them: until then they show these figures as information.
 */
public record TherapyHistory(Optional<LocalDate> startedOn, Optional<DoseAYearAgo> doseAYearAgo) {

    /** An opioid's daily dose a year before the event, as given. */
    public record DoseAYearAgo(String drug, Quantity dailyDose) {}

    /** The facts these give at {@code event} with {@code pump}: the time on therapy, each escalation computable. */
    public List<Object> facts(FollowUpEvent event, List<DrugInPump> drugs) {
        List<Object> facts = new ArrayList<>();
        startedOn.ifPresent(s -> facts.add(new TimeOnTherapy(
                s,
                Quantity.of(
                        BigDecimal.valueOf(
                                ChronoUnit.MONTHS.between(s, event.at().toLocalDate())),
                        Unit.MONTH))));
        doseAYearAgo.ifPresent(a -> drugs.stream()
                .filter(d -> d.drug().equals(a.drug()) && d.dailyDose().isPresent())
                .findFirst()
                .ifPresent(d -> facts.add(YearlyEscalation.of(a, d.dailyDose().get()))));
        return facts;
    }
}
