package nl.doorstroom.web.solving;

import java.io.IOException;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.scheduling.TaskScheduler;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Server-sent events for a programme's job: "progress" every second while it is active, "best" whenever a
 * better stored score appears, and "end" with the final state, after which the stream closes. The events
 * are read from the database, so they are the same whichever instance runs the job.
 */
@Component
class SolveEvents {

    private static final Duration INTERVAL = Duration.ofSeconds(1);
    private static final Duration SLACK = Duration.ofMinutes(2);

    private final SolverJobRepository repository;
    private final TaskScheduler scheduler;

    SolveEvents(SolverJobRepository repository, TaskScheduler scheduler) {
        this.repository = repository;
        this.scheduler = scheduler;
    }

    SseEmitter follow(SolverJobRepository.Job job) {
        SseEmitter emitter = new SseEmitter(job.timeLimitMs() + SLACK.toMillis());
        AtomicReference<String> lastBest = new AtomicReference<>();
        AtomicReference<ScheduledFuture<?>> task = new AtomicReference<>();
        Runnable tick = () -> {
            SolverJobRepository.Job now = repository.find(job.id()).orElse(null);
            try {
                if (now == null) {
                    emitter.complete();
                } else {
                    send(emitter, now, lastBest);
                    if (!now.isActive()) {
                        emitter.complete();
                    }
                }
                if (now == null || !now.isActive()) {
                    cancel(task);
                }
            } catch (IOException | IllegalStateException e) {
                cancel(task); // the client went away
            }
        };
        emitter.onCompletion(() -> cancel(task));
        emitter.onTimeout(() -> {
            cancel(task);
            emitter.complete();
        });
        emitter.onError(e -> cancel(task));
        task.set(scheduler.scheduleAtFixedRate(tick, INTERVAL));
        return emitter;
    }

    private static void send(SseEmitter emitter, SolverJobRepository.Job job, AtomicReference<String> lastBest)
            throws IOException {
        JobView view = JobView.of(job);
        if (job.bestScore() != null && !Objects.equals(job.bestScore(), lastBest.getAndSet(job.bestScore()))) {
            emitter.send(SseEmitter.event().name("best").data(view));
        }
        emitter.send(SseEmitter.event().name(job.isActive() ? "progress" : "end").data(view));
    }

    private static void cancel(AtomicReference<ScheduledFuture<?>> task) {
        ScheduledFuture<?> future = task.get();
        if (future != null) {
            future.cancel(false);
        }
    }
}
