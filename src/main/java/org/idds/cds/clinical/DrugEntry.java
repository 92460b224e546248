package org.idds.cds.clinical;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One drug of the catalogue: its class, the routes it may be entered with, and its peri-implant hold (a route may
 * carry its own hold, as heparin IV and SC do). Synonyms and brand names are other names a clinician may type; a
 * brand may imply the route (Durogesic is transdermal fentanyl). Its narrower classes (P2Y12 inhibitor, vitamin K
 * antagonist) are the catalogue's {@code classes}.
 */
public record DrugEntry(
        String name,
        DrugClass drugClass,
        List<RouteEntry> routes,
        Optional<HoldAdvice> hold,
        List<String> synonyms,
        List<Brand> brands,
        Set<PharmacologicalClass> classes) {

    /** A brand name, and the routes it is given by when it implies them (empty: any route of the drug). */
    public record Brand(String name, List<Route> routes) {
        public Brand {
            routes = List.copyOf(routes);
        }
    }

    public DrugEntry {
        routes = List.copyOf(routes);
        synonyms = List.copyOf(synonyms);
        brands = List.copyOf(brands);
        classes = Set.copyOf(classes);
    }

    public DrugEntry(
            String name,
            DrugClass drugClass,
            List<RouteEntry> routes,
            Optional<HoldAdvice> hold,
            List<String> synonyms,
            List<Brand> brands) {
        this(name, drugClass, routes, hold, synonyms, brands, Set.of());
    }

    public DrugEntry(String name, DrugClass drugClass, List<RouteEntry> routes, Optional<HoldAdvice> hold) {
        this(name, drugClass, routes, hold, List.of(), List.of());
    }

    /** The hold for this route: the route's own when it has one, else the drug's. */
    public Optional<HoldAdvice> hold(Route route) {
        return route(route).flatMap(RouteEntry::hold).or(() -> hold);
    }

    public Optional<RouteEntry> route(Route route) {
        return routes.stream().filter(r -> r.route() == route).findFirst();
    }
}
