package nl.doorstroom.web.signin;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Growing delays after failed sign-ins. A user name at one address may fail {@code userFreeFailures} times
 * freely, then waits {@code baseDelay}, twice that after the next failure, and so on up to {@code userMaxDelay};
 * an address (whatever user names it tries) likewise from {@code addressFreeFailures} on, up to
 * {@code addressMaxDelay}. Failures older than {@code forgetAfter} (counted from the end of the last delay) are
 * forgotten and pruned.
 */
@ConfigurationProperties("doorstroom.sign-in.throttle")
public record ThrottleProperties(
        @DefaultValue("3") int userFreeFailures,
        @DefaultValue("60s") Duration userMaxDelay,
        @DefaultValue("20") int addressFreeFailures,
        @DefaultValue("60s") Duration addressMaxDelay,
        @DefaultValue("2s") Duration baseDelay,
        @DefaultValue("15m") Duration forgetAfter) {
}
