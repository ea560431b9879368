package nl.doorstroom.solver.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How full each host's slots are in a plan, counted as the capacity rules count them: a placement counts against
 * the slot {@link CapacityDeclaration#isSlotFor} gives it, and one with no such slot is counted apart.
 */
public final class Occupancy {

    /** One slot and how many placements count against it. */
    public record Slot(CapacityDeclaration declaration, int placed) {

        public boolean belowMin() {
            return placed < declaration.getMin();
        }

        public boolean aboveMax() {
            return placed > declaration.getMax();
        }
    }

    /** A host in a period: its slots, and the placements there that no slot takes. */
    public record Cell(Organisation host, Period period, List<Slot> slots, int withoutSlot) {

        public boolean declared() {
            return !slots.isEmpty();
        }

        public int placed() {
            return slots.stream().mapToInt(Slot::placed).sum() + withoutSlot;
        }

        public boolean belowMin() {
            return slots.stream().anyMatch(Slot::belowMin);
        }

        public boolean aboveMax() {
            return withoutSlot > 0 || slots.stream().anyMatch(Slot::aboveMax);
        }
    }

    private final Map<Organisation, Map<Period, Cell>> cells = new LinkedHashMap<>();

    private Occupancy() {
    }

    public static Occupancy of(Plan plan) {
        Map<String, List<CapacityDeclaration>> slots = new HashMap<>();
        for (CapacityDeclaration slot : plan.getCapacityDeclarations()) {
            slots.computeIfAbsent(key(slot.getHost(), slot.getPeriod()), k -> new ArrayList<>()).add(slot);
        }
        Map<CapacityDeclaration, Integer> placed = new HashMap<>();
        Map<String, Integer> withoutSlot = new HashMap<>();
        for (Placement placement : plan.getPlacements()) {
            if (placement.getHost() == null) {
                continue;
            }
            String key = key(placement.getHost(), placement.getPeriod());
            CapacityDeclaration slot = slots.getOrDefault(key, List.of()).stream()
                    .filter(s -> s.isSlotFor(placement)).findFirst().orElse(null);
            if (slot == null) {
                withoutSlot.merge(key, 1, Integer::sum);
            } else {
                placed.merge(slot, 1, Integer::sum);
            }
        }
        Occupancy occupancy = new Occupancy();
        for (CapacityDeclaration slot : plan.getCapacityDeclarations()) {
            occupancy.cell(slot.getHost(), slot.getPeriod());
        }
        for (Placement placement : plan.getPlacements()) {
            if (placement.getHost() != null) {
                occupancy.cell(placement.getHost(), placement.getPeriod());
            }
        }
        occupancy.cells.replaceAll((host, periods) -> {
            Map<Period, Cell> filled = new LinkedHashMap<>();
            periods.forEach((period, empty) -> {
                String key = key(host, period);
                List<Slot> counted = slots.getOrDefault(key, List.of()).stream()
                        .map(s -> new Slot(s, placed.getOrDefault(s, 0))).toList();
                filled.put(period, new Cell(host, period, counted, withoutSlot.getOrDefault(key, 0)));
            });
            return filled;
        });
        return occupancy;
    }

    private void cell(Organisation host, Period period) {
        cells.computeIfAbsent(host, h -> new LinkedHashMap<>()).putIfAbsent(period, null);
    }

    private static String key(Organisation host, Period period) {
        return host.getCode() + '\u0000' + period.getId();
    }

    /** Hosts with capacity or placements in the plan. */
    public List<Organisation> hosts() {
        return List.copyOf(cells.keySet());
    }

    /** The host in the period; an empty cell where it declared nothing and has nobody. */
    public Cell at(Organisation host, Period period) {
        Cell cell = cells.getOrDefault(host, Map.of()).get(period);
        return cell != null ? cell : new Cell(host, period, List.of(), 0);
    }
}
