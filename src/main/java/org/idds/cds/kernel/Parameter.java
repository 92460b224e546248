package org.idds.cds.kernel;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * A governed number a rule compares against (a threshold, band limit or site policy value), inserted into the
 * rule session as a fact so that DRL never carries clinical literals.
 *
 * <p>A parameter may ship without a value when no source gives one and the figure is for each site to set (the
 * platelet threshold for a neuraxial procedure): {@code setting} is then empty and {@code noDefault} says why. Rules
 * using such a parameter match {@code set == true} before reading {@link #value()}, and say "local policy decides"
 * when it is not set; nothing ever substitutes a number for it.
 *
 * <p>A parameter that ships with a value the site must sign off (a site policy, or a conservative default no source
 * sets exactly) says so in {@code shippedDefault}: why the figure ships and what it does (warns or blocks). Decision
 * record 0008 states when such a default may ship.
 */
public record Parameter(
        String key,
        Optional<BigDecimal> setting,
        Unit unit,
        String description,
        Verification verification,
        List<Citation> citations,
        List<String> usedBy,
        Optional<String> noDefault,
        Optional<String> shippedDefault)
        implements Governed {

    /** Whether the value is a shipped default the site has still to sign off. */
    public boolean isShippedDefault() {
        return shippedDefault.isPresent();
    }

    /** Whether the site (or the ruleset) has given this parameter a value. */
    public boolean isSet() {
        return setting.isPresent();
    }

    /** The value; only for a set parameter (rules match {@code set == true} first for one without a default). */
    public BigDecimal value() {
        return setting.orElseThrow(() -> new ParameterNotSetException(key));
    }

    /** For a site-policy switch (unit {@code 1}): any value other than 0 means the policy is on. */
    public boolean enabled() {
        return value().signum() != 0;
    }

    public Quantity quantity() {
        return new Quantity(value(), unit);
    }

    /** The figure shown with a finding; a parameter without a value shows none (the rule text says who decides). */
    @Override
    public List<GovernedFigure> governedFigures() {
        return setting.map(v -> List.of(GovernedFigure.of(key, quantity(), verification, citations)))
                .orElse(List.of());
    }
}
