package nl.doorstroom.web.solving;

import java.util.function.Supplier;

import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/** Solver jobs as metrics: running now, ended by status, stored improvements. */
@Component
class SolverMetrics {

    private final MeterRegistry registry;
    private final Counter bestScoreUpdates;

    SolverMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.bestScoreUpdates = Counter.builder("doorstroom.solver.best.score.updates")
                .description("Better plans stored while solving").register(registry);
    }

    void watchActiveJobs(Supplier<Number> active) {
        Gauge.builder("doorstroom.solver.jobs.active", active).description("Solver jobs running in this instance")
                .register(registry);
    }

    void bestScoreStored() {
        bestScoreUpdates.increment();
    }

    void jobEnded(JobStatus status) {
        Counter.builder("doorstroom.solver.jobs.ended").description("Solver jobs ended, by final status")
                .tag("status", status.name()).register(registry).increment();
    }
}
