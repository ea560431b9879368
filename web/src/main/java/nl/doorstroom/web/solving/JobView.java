package nl.doorstroom.web.solving;

import java.time.OffsetDateTime;

import io.swagger.v3.oas.annotations.media.Schema;

/** A solving job as the API shows it. */
@Schema(description = "A solving job: QUEUED, SOLVING, COMPLETED (time limit reached), STOPPED, INTERRUPTED "
        + "(its instance stopped; the last stored plan is kept) or FAILED")
record JobView(long id, long programmeId, String kind, String status,
        @Schema(description = "best score so far, e.g. 0hard/0medium/-1234soft") String score,
        @Schema(description = "no hard rule broken") Boolean usable, OffsetDateTime bestAt, String requestedBy,
        OffsetDateTime requestedAt, OffsetDateTime startedAt, OffsetDateTime endedAt, long elapsedMs,
        long timeLimitMs, @Schema(description = "elapsed / time limit, 0..1") double progress, String message) {

    static JobView of(SolverJobRepository.Job job) {
        Boolean usable = job.bestScore() == null ? null : job.bestScore().startsWith("0hard");
        return new JobView(job.id(), job.programmeId(), job.kind(), job.status(), job.bestScore(), usable,
                job.bestAt(), job.requestedBy(), job.requestedAt(), job.startedAt(), job.endedAt(), job.elapsedMs(),
                job.timeLimitMs(), job.progress(), job.message());
    }
}
