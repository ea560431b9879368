package nl.doorstroom.web.board;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;

import nl.doorstroom.solver.domain.Commute;
import nl.doorstroom.solver.domain.Organisation;
import nl.doorstroom.solver.domain.Participant;
import nl.doorstroom.solver.domain.Placement;
import nl.doorstroom.solver.explain.RuleLevel;
import nl.doorstroom.solver.explain.ScoredPlan;
import nl.doorstroom.web.explanation.ExplanationViews;
import nl.doorstroom.web.plan.WorkingPlan;
import nl.doorstroom.web.plan.WorkingPlans;
import nl.doorstroom.web.solving.SolvingState;
import nl.doorstroom.web.system.BadRequestException;

/**
 * The placements of a programme as a planning board shows them: who, when, where, and what is wrong; filtered and
 * a page of participants at a time, from the programme's working plan.
 */
@Component
class PlacementBoard {

    static final int DEFAULT_PAGE_SIZE = 50;
    static final int MAX_PAGE_SIZE = 200;

    record PlacementView(String participant, String participantName, String period, int periodIndex,
            ExplanationViews.HostView host, boolean pinned, int version, Integer commuteKm, Integer commuteMinutes,
            RuleLevel broken) {
    }

    /** Which participants to show: name contains, placed at a host or in a layer, with a broken hard or medium rule;
     * all of it in one period when a period is given. Blank criteria match everyone. */
    record Filter(String participant, String host, String layer, String period, boolean broken) {

        static Filter none() {
            return new Filter(null, null, null, null, false);
        }

        boolean matches(Participant who, List<Placement> placements, ScoredPlan scored) {
            if (!blank(participant) && !who.getName().toLowerCase(Locale.ROOT)
                    .contains(participant.strip().toLowerCase(Locale.ROOT))) {
                return false;
            }
            List<Placement> considered = blank(period) ? placements
                    : placements.stream().filter(p -> p.getPeriod().getId().equals(period)).toList();
            if (!blank(period) && considered.isEmpty()) {
                return false;
            }
            if (!blank(host) && considered.stream().noneMatch(p -> p.getHost() != null
                    && p.getHost().getCode().equalsIgnoreCase(host.strip()))) {
                return false;
            }
            if (!blank(layer) && considered.stream().noneMatch(p -> p.getHost() != null
                    && p.getHost().getLayer().name().equalsIgnoreCase(layer.strip()))) {
                return false;
            }
            return !broken || considered.stream().anyMatch(p -> scored.brokenLevel(p) != null);
        }

        private static boolean blank(String value) {
            return value == null || value.isBlank();
        }
    }

    /** One participant and their placement per period id. */
    record Row(String participant, String name, Map<String, PlacementView> cells) {
    }

    /**
     * A page of the board: the placements of the page's participants, with how many participants match in all.
     * {@code page} counts from 1.
     */
    record Page(long programmeId, String score, boolean usable, boolean solving, int total, int page, int size,
            List<PlacementView> placements) {

        public List<Row> rows() {
            Map<String, Row> rows = new LinkedHashMap<>();
            for (PlacementView p : placements) {
                rows.computeIfAbsent(p.participant(), k -> new Row(p.participant(), p.participantName(),
                        new LinkedHashMap<>())).cells().put(p.period(), p);
            }
            return List.copyOf(rows.values());
        }

        public int pages() {
            return Math.max(1, (total + size - 1) / size);
        }
    }

    private final WorkingPlans plans;
    private final SolvingState solving;

    PlacementBoard(WorkingPlans plans, SolvingState solving) {
        this.plans = plans;
        this.solving = solving;
    }

    Page page(long programmeId, Filter filter, Integer page, Integer size) {
        int pageSize = size == null ? DEFAULT_PAGE_SIZE : size;
        int number = page == null ? 1 : page;
        if (pageSize < 1 || pageSize > MAX_PAGE_SIZE || number < 1) {
            throw new BadRequestException("page must be 1 or more and size from 1 to " + MAX_PAGE_SIZE);
        }
        boolean solvingNow = solving.isSolving(programmeId);
        WorkingPlan plan = plans.of(programmeId);
        return plan.read(scored -> {
            Map<Participant, List<Placement>> byParticipant = new LinkedHashMap<>();
            for (Placement p : scored.plan().getPlacements()) {
                byParticipant.computeIfAbsent(p.getParticipant(), k -> new ArrayList<>()).add(p);
            }
            List<Participant> matching = byParticipant.entrySet().stream()
                    .filter(e -> filter.matches(e.getKey(), e.getValue(), scored)).map(Map.Entry::getKey)
                    .sorted(Comparator.comparing(Participant::getName).thenComparing(Participant::getId)).toList();
            int from = Math.min(matching.size(), (number - 1) * pageSize);
            List<PlacementView> views = new ArrayList<>();
            for (Participant participant : matching.subList(from, Math.min(matching.size(), from + pageSize))) {
                byParticipant.get(participant).stream().sorted(Comparator.comparing(Placement::getPeriod))
                        .forEach(p -> views.add(view(plan, scored, p)));
            }
            return new Page(programmeId, scored.score().toString(), scored.score().hardScore() == 0, solvingNow,
                    matching.size(), number, pageSize, views);
        });
    }

    /** The hosts that declared capacity in the programme, by name, for the host filter. */
    List<ExplanationViews.HostView> hosts(long programmeId) {
        return plans.of(programmeId).read(scored -> scored.plan().getCapacityDeclarations().stream()
                .map(c -> c.getHost()).distinct().sorted(Comparator.comparing(Organisation::getName))
                .map(ExplanationViews.HostView::of).toList());
    }

    PlacementView one(long programmeId, String participantId, String periodId) {
        WorkingPlan plan = plans.of(programmeId);
        return plan.read(scored -> view(plan, scored,
                ExplanationViews.placement(scored, programmeId, participantId, periodId)));
    }

    /** Every placement of these participants, as the board shows them now. */
    List<PlacementView> of(long programmeId, List<String> participantIds) {
        WorkingPlan plan = plans.of(programmeId);
        return plan.read(scored -> scored.plan().getPlacements().stream()
                .filter(p -> participantIds.contains(p.getParticipant().getId()))
                .sorted(Comparator.comparing((Placement p) -> p.getParticipant().getId())
                        .thenComparing(Placement::getPeriod))
                .map(p -> view(plan, scored, p)).toList());
    }

    static PlacementView view(WorkingPlan plan, ScoredPlan scored, Placement p) {
        Commute commute = p.isAssigned() ? p.getCommute() : null;
        return new PlacementView(p.getParticipant().getId(), p.getParticipant().getName(), p.getPeriod().getId(),
                p.getPeriod().getIndex(), ExplanationViews.HostView.of(p.getHost()), p.isPinned(), plan.version(p),
                commute == null ? null : commute.km(), commute == null ? null : commute.minutes(),
                scored.brokenLevel(p));
    }
}
