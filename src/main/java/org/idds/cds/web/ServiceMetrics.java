package org.idds.cds.web;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.distribution.DistributionStatisticConfig;
import io.quarkus.runtime.StartupEvent;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.idds.cds.ruleset.Rulesets;

/**
 * The service's own metrics besides the assessments ({@code audit/AssessmentMetrics}) and the audit writer's: refusals
 * on the API port by status ({@code idds_refusals_total}), the ruleset version in use ({@code idds_ruleset_active},
 * value 1, the version as a tag: a governed value), and a bound on the HTTP server timer's {@code method} tag (any
 * method outside the standard ones is tagged {@code OTHER}, so a client cannot make a series per made-up method),
 * with histogram buckets (1 ms to 10 s) on that timer so latency percentiles can be computed per endpoint. The
 * {@code uri} tag is bounded by {@code quarkus.micrometer.binder.http-server.match-patterns}. Served at
 * {@code /q/metrics} on the management interface only.
 */
@ApplicationScoped
public class ServiceMetrics {

    /** The refusals counted, each a series from the start: bad request, no or bad token, role, too large, busy. */
    static final Set<Integer> REFUSALS = Set.of(400, 401, 403, 408, 413, 415, 503);

    static final Set<String> METHODS = Set.of("GET", "HEAD", "POST", "PUT", "DELETE", "PATCH", "OPTIONS");

    private final MeterRegistry registry;
    private final Rulesets rulesets;
    private final Map<Integer, Counter> refusals;

    public ServiceMetrics(MeterRegistry registry, Rulesets rulesets) {
        this.registry = registry;
        this.rulesets = rulesets;
        this.refusals = REFUSALS.stream()
                .collect(Collectors.toUnmodifiableMap(
                        Function.identity(),
                        status -> Counter.builder("idds.refusals")
                                .description("Requests refused on the API port, by status")
                                .tag("status", Integer.toString(status))
                                .register(registry)));
    }

    void registerRuleset(@Observes StartupEvent event) {
        Gauge.builder("idds.ruleset.active", () -> 1)
                .description("The ruleset version in use (value 1; the version is the tag)")
                .tag("version", rulesets.active().version())
                .strongReference(true)
                .register(registry);
    }

    /** Counts an answer's status when its headers go out, whoever wrote it (API, security layer, body limit). */
    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::countOnHeadersEnd);
    }

    private void countOnHeadersEnd(RoutingContext context) {
        context.addHeadersEndHandler(ignored -> {
            Counter refused = refusals.get(context.response().getStatusCode());
            if (refused != null) {
                refused.increment();
            }
        });
        context.next();
    }

    @Produces
    @Singleton
    MeterFilter latencyHistogram() {
        return new MeterFilter() {
            @Override
            public DistributionStatisticConfig configure(Meter.Id id, DistributionStatisticConfig config) {
                if (!id.getName().equals("http.server.requests")) {
                    return config;
                }
                return DistributionStatisticConfig.builder()
                        .percentilesHistogram(true)
                        .minimumExpectedValue((double) Duration.ofMillis(1).toNanos())
                        .maximumExpectedValue((double) Duration.ofSeconds(10).toNanos())
                        .build()
                        .merge(config);
            }
        };
    }

    @Produces
    @Singleton
    MeterFilter boundedMethodTag() {
        return MeterFilter.replaceTagValues("method", method -> METHODS.contains(method) ? method : "OTHER");
    }
}
