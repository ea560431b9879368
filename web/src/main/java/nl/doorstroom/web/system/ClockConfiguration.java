package nl.doorstroom.web.system;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What "today" is: which periods are past, current or still to come. One bean, so tests and a
 * demo can move the date without touching the code that asks for it.
 */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

    /** Programmes run in the Netherlands: a period starts at midnight Dutch time. */
    @Bean
    Clock clock() {
        return Clock.system(ZoneId.of("Europe/Amsterdam"));
    }
}
