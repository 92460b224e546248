package org.idds.cds.clinical;

import java.util.List;
import java.util.Optional;

/** One drug of the catalogue: its class, the routes it may be entered with, and its peri-implant hold. */
public record DrugEntry(String name, DrugClass drugClass, List<RouteEntry> routes, Optional<HoldAdvice> hold) {

    public Optional<RouteEntry> route(Route route) {
        return routes.stream().filter(r -> r.route() == route).findFirst();
    }
}
