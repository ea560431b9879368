package nl.doorstroom.web.solving;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Background solving. How quickly a dead instance's job is taken over is the scheduler's setting
 * ({@code db-scheduler.heartbeat-interval} × {@code db-scheduler.missed-heartbeats-limit}).
 *
 * @param maxSeconds the longest time limit a coordinator may ask for
 * @param bestWriteInterval the best plan so far is stored at most this often (and once more at the end); a
 *            run also records its progress and reads stop requests this often
 * @param parallelJobs how many programmes solve at once per instance ("AUTO": half the processors); more
 *            jobs wait as QUEUED until an instance has a free solver
 * @param maxResumes how often a job is resumed after its instance died; a job that loses its instance
 *            more often ends INTERRUPTED with its stored plan, so a job that kills instances stops doing so
 */
@ConfigurationProperties("doorstroom.solver")
record SolverJobProperties(Integer maxSeconds, Duration bestWriteInterval, String parallelJobs, Integer maxResumes) {

    SolverJobProperties {
        maxSeconds = maxSeconds == null ? 600 : maxSeconds;
        bestWriteInterval = bestWriteInterval == null ? Duration.ofSeconds(1) : bestWriteInterval;
        parallelJobs = parallelJobs == null || parallelJobs.isBlank() ? "AUTO" : parallelJobs.strip();
        maxResumes = maxResumes == null ? 2 : maxResumes;
        if (maxResumes < 0) {
            throw new IllegalArgumentException("doorstroom.solver.max-resumes must be 0 or more, not " + maxResumes);
        }
        parallelJobCount(parallelJobs); // refuses a bad value at start-up
    }

    /** The number of solver threads (and scheduler threads) of this instance. */
    int parallelJobCount() {
        return parallelJobCount(parallelJobs);
    }

    private static int parallelJobCount(String setting) {
        if (setting.equalsIgnoreCase("AUTO")) {
            return Math.max(1, Runtime.getRuntime().availableProcessors() / 2);
        }
        try {
            int count = Integer.parseInt(setting);
            if (count >= 1) {
                return count;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new IllegalArgumentException("doorstroom.solver.parallel-jobs must be AUTO or a whole number of 1 or "
                + "more, not '" + setting + "'");
    }
}
