package nl.doorstroom.solver.input;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.doorstroom.solver.domain.CapacityDeclaration;
import nl.doorstroom.solver.domain.Organisation;
import nl.doorstroom.solver.domain.Period;
import nl.doorstroom.solver.domain.TextKey;

/**
 * The capacity declarations, checked: who the programme's hosts are and in which periods they take people. A
 * slot's discipline is compared as people write it ({@code Water} and {@code water} are one slot).
 */
final class CapacityAssembly {

    private final List<CapacityDeclaration> declarations = new ArrayList<>();
    /** False when the declarations could not all be read: then nothing is checked against them. */
    private boolean complete;
    private final Map<String, Set<String>> periodsByHost = new HashMap<>();

    private CapacityAssembly() {
    }

    static CapacityAssembly of(List<CapacityRecord> records, OrganisationIndex organisations, Periods periods,
            Fields fields, Problems problems) {
        CapacityAssembly capacity = new CapacityAssembly();
        capacity.complete = records != null;
        if (records == null) {
            return capacity;
        }
        Map<String, Origin> firsts = new HashMap<>();
        for (CapacityRecord record : records) {
            CapacityDeclaration declaration = declaration(record, organisations, periods, fields, problems, firsts);
            if (declaration == null) {
                capacity.complete = false;
            } else {
                capacity.declarations.add(declaration);
                capacity.periodsByHost.computeIfAbsent(declaration.getHost().getCode(), h -> new HashSet<>())
                        .add(declaration.getPeriod().getId());
            }
        }
        return capacity;
    }

    private static CapacityDeclaration declaration(CapacityRecord record, OrganisationIndex organisations,
            Periods periods, Fields fields, Problems problems, Map<String, Origin> firsts) {
        Origin origin = record.origin();
        String code = fields.id(origin, "host", record.host(), Text.of("expect.hostCode"));
        Organisation host = code == null ? null : organisations.find(origin, "host", code, problems);
        String periodId = fields.text(origin, "period", record.period(), Text.of("expect.period"));
        Period period = periodId == null ? null : periods.find(origin, "period", periodId, problems);
        String discipline = fields.optionalText(origin, "discipline", record.discipline());
        Integer min = fields.required(origin, "min", record.min(), Limits.SLOT_SIZE);
        Integer max = fields.required(origin, "max", record.max(), Limits.SLOT_SIZE);
        Integer ceiling = fields.optional(origin, "max_salary_scale", record.maxSalaryScale(), Limits.SALARY_SCALE);
        boolean ceilingOk = record.maxSalaryScale() == null || ceiling != null;
        boolean ok = true;
        if (min != null && max != null && min > max) {
            problems.at(origin, "max", "capacity.minAboveMax", origin.label("min"), min, origin.label("max"), max);
            ok = false;
        }
        String slot = discipline == null ? "" : discipline;
        if (host != null && period != null) {
            Origin first = firsts.putIfAbsent(host.getCode() + "/" + period.getId() + "/" + TextKey.of(slot), origin);
            if (first != null) {
                if (slot.isBlank()) {
                    problems.at(origin, "period", "capacity.duplicateOpen", host.getCode(), period.getId(),
                            first.firstMention());
                } else {
                    problems.at(origin, "discipline", "capacity.duplicateDiscipline", host.getCode(),
                            period.getId(), slot, first.firstMention());
                }
                ok = false;
            }
        }
        if (!ok || host == null || period == null || min == null || max == null || !ceilingOk
                || origin.hasUnreadable()) {
            return null;
        }
        return new CapacityDeclaration(host, period, slot, min, max, ceiling);
    }

    List<CapacityDeclaration> declarations() {
        return declarations;
    }

    /** Every record made a declaration, so what the hosts declared is known. */
    boolean isComplete() {
        return complete;
    }

    boolean isHost(Organisation organisation) {
        return periodsByHost.containsKey(organisation.getCode());
    }

    boolean declares(Organisation host, Period period) {
        return periodsByHost.getOrDefault(host.getCode(), Set.of()).contains(period.getId());
    }

    /** The periods the host declared capacity for, in programme order. */
    List<String> periodsOf(Organisation host, List<Period> all) {
        Set<String> ids = periodsByHost.getOrDefault(host.getCode(), Set.of());
        return all.stream().map(Period::getId).filter(ids::contains).toList();
    }
}
