package nl.doorstroom.web.plan;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import nl.doorstroom.solver.constraints.Reason;
import nl.doorstroom.solver.domain.Organisation;
import nl.doorstroom.solver.domain.Placement;
import nl.doorstroom.solver.explain.ScoredPlan;
import nl.doorstroom.solver.input.PinnedPlacementCheck;

/**
 * One programme's draft as it stands at one revision, scored and explained, kept in memory between requests. A
 * coordinator's move changes it in place and is scored incrementally. Every use goes through {@link #read} or
 * {@link #change}, one at a time.
 */
public final class WorkingPlan {

    private final long programmeId;
    private volatile long revision;
    private final ScoredPlan scored;
    private final Map<String, Integer> versions;
    /** Answers that cost the whole plan to make (an explanation), kept until the plan changes. */
    private final Map<Object, Object> remembered = new HashMap<>();

    WorkingPlan(long programmeId, long revision, ScoredPlan scored, Map<String, Integer> versions) {
        this.programmeId = programmeId;
        this.revision = revision;
        this.scored = scored;
        this.versions = new HashMap<>(versions);
    }

    public long programmeId() {
        return programmeId;
    }

    long revision() {
        return revision;
    }

    void revision(long revision) {
        this.revision = revision;
    }

    /** Reads the plan, its score and explanation; nothing changes it meanwhile. */
    public synchronized <T> T read(Function<ScoredPlan, T> reader) {
        return reader.apply(scored);
    }

    /**
     * Like {@link #read}, but the answer is kept under its key until the plan changes: for what reads the whole
     * plan, such as its explanation in one language. The answer must not be changed by its users.
     */
    @SuppressWarnings("unchecked")
    public synchronized <T> T readOnce(Object key, Function<ScoredPlan, T> reader) {
        Object known = remembered.get(key);
        if (known == null) {
            known = reader.apply(scored);
            remembered.put(key, known);
        }
        return (T) known;
    }

    /** The version of a placement's stored row, which an edit must name. */
    public synchronized int version(Placement placement) {
        return versions.getOrDefault(placement.getId(), 0);
    }

    /** What a change did, so it can be undone when it may not be kept. */
    public record Undo(Placement placement, Organisation host, boolean pinned) {
    }

    /**
     * Moves or pins a placement in memory. A pinned placement that would break a hard rule together with the
     * other pinned placements is put back, and the rules it breaks are returned; otherwise the list is empty and the
     * change stays.
     */
    synchronized List<Reason> change(Placement placement, Organisation host, boolean pinned) {
        remembered.clear();
        Undo undo = new Undo(placement, placement.getHost(), placement.isPinned());
        scored.change(placement, host, pinned);
        if (pinned) {
            List<Reason> broken = PinnedPlacementCheck.breaches(scored.plan(), placement);
            if (!broken.isEmpty()) {
                scored.change(undo.placement(), undo.host(), undo.pinned());
                return broken;
            }
        }
        versions.merge(placement.getId(), 1, Integer::sum);
        return List.of();
    }

    void close() {
        scored.close();
    }
}
