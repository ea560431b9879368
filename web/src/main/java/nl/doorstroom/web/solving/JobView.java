package nl.doorstroom.web.solving;

import java.time.OffsetDateTime;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/** A solving job as the API shows it. */
@Schema(description = "A solving job: QUEUED, SOLVING, COMPLETED (time limit reached), STOPPED, INTERRUPTED "
        + "(its instance went away and it was not resumed; the last stored plan is kept) or FAILED")
record JobView(long id, long programmeId, String kind, JobStatus status,
        @Schema(description = "best score so far, e.g. 0hard/0medium/-1234soft") String score,
        @Schema(description = "no hard rule broken") Boolean usable, OffsetDateTime bestAt, String requestedBy,
        OffsetDateTime requestedAt, OffsetDateTime startedAt, OffsetDateTime endedAt,
        @Schema(description = "solving time so far, of all runs") long elapsedMs,
        long timeLimitMs, @Schema(description = "elapsed / time limit, 0..1") double progress, String message,
        @Schema(description = "the runs of the job, one per instance that solved it: more than one when a job "
                + "was resumed after its instance went away") List<RunView> runs) {

    @Schema(description = "One run of a job: the instance, from when to when, why it started and how it ended")
    record RunView(int attempt, String instance, OffsetDateTime startedAt, OffsetDateTime endedAt, String note,
            String outcome) {
    }

    static JobView of(SolverJobRepository.Job job) {
        Boolean usable = job.bestScore() == null ? null : job.bestScore().startsWith("0hard");
        return new JobView(job.id(), job.programmeId(), job.kind(), job.status(), job.bestScore(), usable,
                job.bestAt(), job.requestedBy(), job.requestedAt(), job.startedAt(), job.endedAt(), job.elapsedMs(),
                job.timeLimitMs(), job.progress(), job.message(),
                job.runs().stream().map(r -> new RunView(r.attempt(), r.instanceId(), r.startedAt(), r.endedAt(),
                        r.note(), r.outcome())).toList());
    }

    /** Resumed after its instance went away (or handed over when it shut down). */
    public boolean resumed() {
        return runs.size() > 1;
    }
}
