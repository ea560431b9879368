package nl.doorstroom.web.programme;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import nl.doorstroom.solver.domain.CapacityDeclaration;
import nl.doorstroom.solver.domain.Organisation;
import nl.doorstroom.solver.domain.Placement;
import nl.doorstroom.solver.domain.Plan;
import nl.doorstroom.web.plan.WorkingPlans;
import nl.doorstroom.web.publishing.PublishedPlans;
import nl.doorstroom.web.solving.SolvingState;

/** Everything a coordinator sees first about a programme. */
@Component
class ProgrammeOverviews {

    /** A host's declarations summed over every period and slot. */
    record HostSummary(String code, String name, String layer, int periods, long min, long max) {
    }

    record Overview(ProgrammeQueries.ProgrammeView programme, List<ProgrammeQueries.PeriodView> periods,
            List<ProgrammeQueries.ParticipantView> participants, List<HostSummary> hosts, long placed,
            int placements, long pinned, Optional<SolvingState.LastJob> lastJob,
            Optional<PublishedPlans.Version> lastVersion) {
    }

    /** What the overview counts in the working plan, read at once. */
    private record Figures(List<HostSummary> hosts, long placed, int placements, long pinned) {

        static Figures of(Plan plan) {
            return new Figures(ProgrammeOverviews.hosts(plan), plan.getPlacements().stream().filter(Placement::isAssigned).count(),
                    plan.getPlacements().size(), plan.getPlacements().stream().filter(Placement::isPinned).count());
        }
    }

    private final ProgrammeQueries queries;
    private final WorkingPlans plans;
    private final SolvingState solving;
    private final PublishedPlans published;

    ProgrammeOverviews(ProgrammeQueries queries, WorkingPlans plans, SolvingState solving, PublishedPlans published) {
        this.queries = queries;
        this.plans = plans;
        this.solving = solving;
        this.published = published;
    }

    Optional<Overview> of(long id) {
        return queries.find(id).map(programme -> {
            Figures figures = plans.of(id).read(scored -> Figures.of(scored.plan()));
            return new Overview(programme, queries.periods(id), queries.participants(id), figures.hosts(),
                    figures.placed(), figures.placements(), figures.pinned(), solving.latest(id),
                    published.latest(id));
        });
    }

    private static List<HostSummary> hosts(Plan plan) {
        Map<Organisation, List<CapacityDeclaration>> byHost = new LinkedHashMap<>();
        plan.getCapacityDeclarations().forEach(c -> byHost.computeIfAbsent(c.getHost(), h -> new java.util.ArrayList<>())
                .add(c));
        return byHost.entrySet().stream()
                .map(e -> new HostSummary(e.getKey().getCode(), e.getKey().getName(), e.getKey().getLayer().name(),
                        (int) e.getValue().stream().map(CapacityDeclaration::getPeriod).distinct().count(),
                        e.getValue().stream().mapToLong(CapacityDeclaration::getMin).sum(),
                        e.getValue().stream().mapToLong(CapacityDeclaration::getMax).sum()))
                .sorted(Comparator.comparing(HostSummary::layer).thenComparing(HostSummary::name))
                .toList();
    }
}
