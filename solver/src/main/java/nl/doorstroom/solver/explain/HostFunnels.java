package nl.doorstroom.solver.explain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import nl.doorstroom.solver.constraints.Reason;
import nl.doorstroom.solver.constraints.RuleNames;
import nl.doorstroom.solver.domain.CapacityDeclaration;
import nl.doorstroom.solver.domain.Compatibility;
import nl.doorstroom.solver.domain.Organisation;
import nl.doorstroom.solver.domain.Participant;
import nl.doorstroom.solver.domain.Period;
import nl.doorstroom.solver.domain.Placement;
import nl.doorstroom.solver.domain.Plan;
import nl.doorstroom.solver.domain.Programme;

/**
 * Works out a {@link HostFunnel}: the hard rules that depend on one participant and one host only, applied in
 * the order a coordinator would check them, and the one rule to relax that would give the participant a host.
 */
final class HostFunnels {

    private final Plan plan;
    private final Programme programme;
    private final Slots slots;
    /** Every host of the programme, in code order. */
    private final List<Organisation> hosts;

    /** Each participant's placements, and how many are placed in each slot: worked out once, asked per funnel. */
    private final Map<Participant, List<Placement>> placementsOf = new java.util.HashMap<>();
    private final Map<CapacityDeclaration, Integer> occupants = new java.util.IdentityHashMap<>();

    HostFunnels(Plan plan, Slots slots) {
        this.plan = plan;
        this.programme = plan.getProgramme();
        this.slots = slots;
        this.hosts = slots.hosts();
        for (Placement placement : plan.getPlacements()) {
            placementsOf.computeIfAbsent(placement.getParticipant(), p -> new ArrayList<>(4)).add(placement);
            if (placement.getHost() != null) {
                CapacityDeclaration slot = slots.slotFor(placement.getParticipant(), placement.getHost(),
                        placement.getPeriod());
                if (slot != null) {
                    occupants.merge(slot, 1, Integer::sum);
                }
            }
        }
    }

    /** One hard rule that concerns a participant at a host in a period. */
    private record Rule(String name, Predicate<Organisation> keeps) {
    }

    HostFunnel of(Participant participant, Period period) {
        List<Rule> rules = rules(participant, period);
        List<HostFunnel.Step> steps = new ArrayList<>();
        steps.add(new HostFunnel.Step(HostFunnel.HOSTS, hosts.size(),
                words("diagnosis.step.hosts", participant, period, hosts.size())));
        List<Organisation> remaining = new ArrayList<>(hosts);
        String cause = null;
        for (Rule rule : rules) {
            boolean hadSome = !remaining.isEmpty();
            remaining.removeIf(rule.keeps().negate());
            steps.add(new HostFunnel.Step(rule.name(), remaining.size(), stepWords(rule.name(), participant, period,
                    remaining.size())));
            if (hadSome && remaining.isEmpty()) {
                cause = rule.name();
            }
        }
        Reason suggestion;
        if (cause == null) {
            Set<Organisation> elsewhere = hostsInOtherPeriods(participant, period);
            List<Organisation> free = remaining.stream().filter(h -> !elsewhere.contains(h)).toList();
            if (free.isEmpty()) {
                cause = HostFunnel.TAKEN_BY_OTHER_PERIODS;
                suggestion = null;
            } else if (free.stream().anyMatch(host -> hasRoom(participant, host, period))) {
                cause = HostFunnel.ROOM_LEFT;
                suggestion = null;
            } else {
                cause = HostFunnel.FULL;
                Organisation host = nearest(participant, free);
                suggestion = Reason.of("diagnosis.suggest.onePlaceMore", participant.getId(), host.getCode(),
                        period.getId(), participant.getName(), host.getName(), period.getId());
            }
        } else {
            suggestion = suggestion(participant, period, rules, cause);
        }
        return new HostFunnel(participant.getId(), participant.getName(), period.getId(), steps, cause, suggestion);
    }

    private List<Rule> rules(Participant participant, Period period) {
        int maxKm = programme.maxCommuteKmFor(participant);
        return List.of(
                new Rule(RuleNames.NO_DECLARED_CAPACITY, host -> !slots.of(host, period).isEmpty()),
                new Rule(RuleNames.DISCIPLINE_DOES_NOT_FIT, host -> slots.slotFor(participant, host, period) != null),
                new Rule(RuleNames.SECTOR_NOT_COMPATIBLE,
                        host -> programme.compatibility(participant, host) != Compatibility.NOT_ALLOWED),
                new Rule(RuleNames.SALARY_SCALE_ABOVE_CEILING, host -> {
                    CapacityDeclaration slot = slots.slotFor(participant, host, period);
                    return slot == null || slot.acceptsSalaryScale(participant.getSalaryScale());
                }),
                new Rule(RuleNames.COMMUTE_TOO_LONG, host -> participant.commuteTo(host).km() <= maxKm),
                new Rule(RuleNames.SAME_HOST_TWICE, host -> !participant.hasWorkedAt(host)));
    }

    /** The change to the one rule that removes the fewest: the cause first, then the others in order. */
    private Reason suggestion(Participant participant, Period period, List<Rule> rules, String cause) {
        List<Rule> order = new ArrayList<>();
        rules.stream().filter(r -> r.name().equals(cause)).forEach(order::add);
        rules.stream().filter(r -> !r.name().equals(cause)).forEach(order::add);
        for (Rule relaxed : order) {
            List<Organisation> candidates = hosts.stream()
                    .filter(host -> rules.stream().filter(r -> r != relaxed).allMatch(r -> r.keeps().test(host)))
                    .filter(host -> !relaxed.name().equals(RuleNames.NO_DECLARED_CAPACITY)
                            || wouldFitAnotherPeriodsSlot(participant, host))
                    .toList();
            if (!candidates.isEmpty()) {
                return change(relaxed.name(), participant, period, candidates);
            }
        }
        return null;
    }

    /** A host without capacity in the period that would take the participant in a slot like its others. */
    private boolean wouldFitAnotherPeriodsSlot(Participant participant, Organisation host) {
        return plan.getPeriods().stream().map(p -> slots.slotFor(participant, host, p)).filter(Objects::nonNull)
                .anyMatch(slot -> slot.acceptsSalaryScale(participant.getSalaryScale()));
    }

    private Reason change(String rule, Participant participant, Period period, List<Organisation> candidates) {
        Organisation host = nearest(participant, candidates);
        String id = participant.getId();
        String name = participant.getName();
        return switch (rule) {
            case RuleNames.COMMUTE_TOO_LONG -> Reason.of("diagnosis.suggest.commute", id, host.getCode(),
                    period.getId(), name, host.getName(), participant.commuteTo(host).km(),
                    programme.maxCommuteKmFor(participant), id);
            case RuleNames.SALARY_SCALE_ABOVE_CEILING -> Reason.of("diagnosis.suggest.salaryScale", id,
                    host.getCode(), period.getId(), name, host.getName(), period.getId(),
                    participant.getSalaryScale(), slots.slotFor(participant, host, period).getMaxSalaryScale());
            case RuleNames.SECTOR_NOT_COMPATIBLE -> Reason.of("diagnosis.suggest.sector", id, host.getCode(),
                    period.getId(), name, host.getName(), participant.getSector(), host.getSector());
            case RuleNames.DISCIPLINE_DOES_NOT_FIT -> participant.getDiscipline().isBlank()
                    ? Reason.of("diagnosis.suggest.openSlot", id, host.getCode(), period.getId(), name,
                            host.getName(), period.getId())
                    : Reason.of("diagnosis.suggest.discipline", id, host.getCode(), period.getId(), name,
                            host.getName(), period.getId(), participant.getDiscipline());
            case RuleNames.NO_DECLARED_CAPACITY -> Reason.of("diagnosis.suggest.declare", id, host.getCode(),
                    period.getId(), name, host.getName(), period.getId());
            default -> Reason.of("diagnosis.suggest.history", id, null, period.getId(), name,
                    candidates.stream().map(Organisation::getName).collect(Collectors.joining(", ")));
        };
    }

    /** Whether the slot the participant would take at the host has a free place in this plan. */
    private boolean hasRoom(Participant participant, Organisation host, Period period) {
        CapacityDeclaration slot = slots.slotFor(participant, host, period);
        return occupants.getOrDefault(slot, 0) < slot.getMax();
    }

    private Set<Organisation> hostsInOtherPeriods(Participant participant, Period period) {
        Set<Organisation> hosts = new LinkedHashSet<>();
        for (Placement placement : placementsOf.getOrDefault(participant, List.of())) {
            if (!placement.getPeriod().equals(period) && placement.getHost() != null) {
                hosts.add(placement.getHost());
            }
        }
        return hosts;
    }

    private static Organisation nearest(Participant participant, List<Organisation> hosts) {
        return hosts.stream().min(Comparator.comparingInt((Organisation h) -> participant.commuteTo(h).km())
                .thenComparing(Organisation::getCode)).orElseThrow();
    }

    private Reason stepWords(String rule, Participant participant, Period period, int remaining) {
        return switch (rule) {
            case RuleNames.NO_DECLARED_CAPACITY -> words("diagnosis.step.capacity", participant, period, remaining);
            case RuleNames.DISCIPLINE_DOES_NOT_FIT -> participant.getDiscipline().isBlank()
                    ? words("diagnosis.step.openSlot", participant, period, remaining)
                    : words("diagnosis.step.discipline", participant, period, remaining, participant.getDiscipline());
            case RuleNames.SECTOR_NOT_COMPATIBLE -> words("diagnosis.step.sector", participant, period, remaining,
                    participant.getEmployer().getName(), participant.getSector());
            case RuleNames.SALARY_SCALE_ABOVE_CEILING -> words("diagnosis.step.salaryScale", participant, period,
                    remaining, participant.getSalaryScale());
            case RuleNames.COMMUTE_TOO_LONG -> words("diagnosis.step.commute", participant, period, remaining,
                    programme.maxCommuteKmFor(participant));
            default -> words("diagnosis.step.history", participant, period, remaining);
        };
    }

    /** {0} hosts remaining, {1} period, then the rule's own arguments. */
    private static Reason words(String key, Participant participant, Period period, int remaining, Object... more) {
        Object[] args = new Object[2 + more.length];
        args[0] = remaining;
        args[1] = period.getId();
        System.arraycopy(more, 0, args, 2, more.length);
        return Reason.of(key, participant.getId(), null, period.getId(), args);
    }

    /** The slots of the plan by host and period. */
    record Slots(Map<Organisation, Map<Period, List<CapacityDeclaration>>> byHost) {

        static Slots of(Plan plan) {
            Map<Organisation, Map<Period, List<CapacityDeclaration>>> byHost = new java.util.TreeMap<>(
                    Comparator.comparing(Organisation::getCode));
            for (CapacityDeclaration slot : plan.getCapacityDeclarations()) {
                byHost.computeIfAbsent(slot.getHost(), h -> new java.util.HashMap<>())
                        .computeIfAbsent(slot.getPeriod(), p -> new ArrayList<>()).add(slot);
            }
            return new Slots(byHost);
        }

        List<Organisation> hosts() {
            return List.copyOf(byHost.keySet());
        }

        List<CapacityDeclaration> of(Organisation host, Period period) {
            return byHost.getOrDefault(host, Map.of()).getOrDefault(period, List.of());
        }

        /** The slot the participant would count against at this host in this period; null when none takes them. */
        CapacityDeclaration slotFor(Participant participant, Organisation host, Period period) {
            for (CapacityDeclaration slot : of(host, period)) {
                if (slot.isSlotFor(participant)) {
                    return slot;
                }
            }
            return null;
        }
    }
}
