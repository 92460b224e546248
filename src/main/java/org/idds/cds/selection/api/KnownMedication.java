package org.idds.cds.selection.api;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.idds.cds.clinical.DrugCatalogue;
import org.idds.cds.clinical.DrugEntry;
import org.idds.cds.clinical.Route;
import org.idds.cds.clinical.RouteEntry;
import org.idds.cds.kernel.Dimension;
import org.idds.cds.kernel.Unit;
import org.idds.cds.ruleset.Rulesets;
import org.idds.cds.web.input.Excerpt;

/**
 * A medication the active ruleset's drug catalogue knows (by generic name, synonym or brand, in any case), by a route
 * allowed for it (and for the brand, when the brand implies one), with a dose unit allowed for that drug and route. A
 * dose may be unknown (an opioid's OME is then incomplete); a per-administration dose needs doses per day. An unknown
 * name is answered with the catalogue's nearest names.
 */
@Retention(RUNTIME)
@Target(TYPE)
@Constraint(validatedBy = KnownMedication.Validator.class)
public @interface KnownMedication {

    String message() default "unknown medication";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    @ApplicationScoped
    final class Validator implements ConstraintValidator<KnownMedication, MedicationDto> {

        @Inject
        Rulesets rulesets;

        @Override
        public boolean isValid(MedicationDto m, ConstraintValidatorContext context) {
            if (m == null || m.drug() == null || m.route() == null) {
                return true; // @NotBlank on the components reports these
            }
            context.disableDefaultConstraintViolation();
            DrugCatalogue catalogue = rulesets.active().drugs();
            Optional<DrugCatalogue.Match> match = catalogue.resolve(m.drug());
            if (match.isEmpty()) {
                List<String> near = catalogue.suggestions(m.drug());
                return fail(
                        context,
                        "drug",
                        "'" + Excerpt.of(m.drug()) + "' is not in the drug catalogue"
                                + (near.isEmpty() ? "" : "; did you mean: " + String.join(", ", near) + "?")
                                + " (generic names, synonyms and brand names are accepted in any case; new drugs "
                                + "are added to the catalogue through governance)");
            }
            Optional<DrugEntry> drug = match.map(DrugCatalogue.Match::drug);
            String generic = drug.get().name();
            Optional<Route> route = Route.fromCode(m.route());
            Optional<RouteEntry> allowed = route.flatMap(r -> drug.get().route(r));
            if (allowed.isEmpty()) {
                return fail(
                        context,
                        "route",
                        "'" + Excerpt.of(m.route()) + "' is not an allowed route for " + generic + "; use one of "
                                + drug.get().routes().stream()
                                        .map(r -> r.route().code())
                                        .collect(Collectors.joining(", ")));
            }
            Optional<DrugEntry.Brand> brand = match.get().brand();
            if (brand.isPresent()
                    && !brand.get().routes().isEmpty()
                    && !brand.get().routes().contains(route.get())) {
                return fail(
                        context,
                        "route",
                        "'" + Excerpt.of(m.route()) + "' does not match "
                                + brand.get().name() + ", which is "
                                + generic + " by "
                                + brand.get().routes().stream().map(Route::code).collect(Collectors.joining(", ")));
            }
            if (m.dose() == null) {
                return m.dosesPerDay() == null
                        || fail(context, "dosesPerDay", "must be absent when the dose is not given");
            }
            if (m.dose().value() == null || m.dose().unit() == null) {
                return true; // @NotNull on the quantity's components reports these
            }
            Optional<Unit> unit = Unit.fromUcum(m.dose().unit());
            String allowedUnits =
                    allowed.get().doseUnits().stream().map(Unit::ucum).collect(Collectors.joining(", "));
            if (unit.isEmpty() || !allowed.get().doseUnits().contains(unit.get())) {
                String why = unit.isEmpty()
                        ? Unit.whyNotAccepted(Excerpt.of(m.dose().unit()))
                        : "'" + m.dose().unit() + "' is not allowed.";
                return fail(
                        context, "dose.unit", why + " Allowed for " + generic + " " + m.route() + ": " + allowedUnits);
            }
            if (m.dose().value().signum() == 0) { // a negative value is reported by @DecimalMin on QuantityDto.value
                return fail(context, "dose.value", "must be greater than zero");
            }
            if (unit.get().dimension() == Dimension.MASS && m.dosesPerDay() == null) {
                return fail(
                        context,
                        "dosesPerDay",
                        "is required when the dose is per administration ("
                                + unit.get().ucum() + "); or give a daily rate such as mg/d");
            }
            if (unit.get().dimension() == Dimension.MASS_PER_TIME && m.dosesPerDay() != null) {
                return fail(
                        context,
                        "dosesPerDay",
                        "must be absent when the dose is already a rate ("
                                + unit.get().ucum() + ")");
            }
            return true;
        }

        private static String safe(String text) {
            return text.replace("{", "(").replace("$", "");
        }

        private static boolean fail(ConstraintValidatorContext context, String path, String message) {
            var builder = context.buildConstraintViolationWithTemplate(safe(message));
            String[] nodes = path.split("\\.");
            var node = builder.addPropertyNode(nodes[0]);
            for (int i = 1; i < nodes.length; i++) {
                node = node.addPropertyNode(nodes[i]);
            }
            node.addConstraintViolation();
            return false;
        }
    }
}
