package nl.doorstroom.web.solving;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Background solving.
 *
 * @param maxSeconds the longest time limit a coordinator may ask for
 * @param heartbeatInterval how often an instance tells the database its jobs still run
 * @param heartbeatTimeout a job whose heartbeat is older than this lost its instance and is interrupted
 * @param bestWriteInterval the best plan so far is stored at most this often (and once more at the end)
 * @param parallelJobs how many programmes solve at once per instance ("AUTO": half the processors)
 */
@ConfigurationProperties("doorstroom.solver")
record SolverJobProperties(Integer maxSeconds, Duration heartbeatInterval, Duration heartbeatTimeout,
        Duration bestWriteInterval, String parallelJobs) {

    SolverJobProperties {
        maxSeconds = maxSeconds == null ? 600 : maxSeconds;
        heartbeatInterval = heartbeatInterval == null ? Duration.ofSeconds(2) : heartbeatInterval;
        heartbeatTimeout = heartbeatTimeout == null ? Duration.ofSeconds(30) : heartbeatTimeout;
        bestWriteInterval = bestWriteInterval == null ? Duration.ofSeconds(1) : bestWriteInterval;
        parallelJobs = parallelJobs == null || parallelJobs.isBlank() ? "AUTO" : parallelJobs;
    }
}
