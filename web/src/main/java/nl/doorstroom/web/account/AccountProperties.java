package nl.doorstroom.web.account;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param invitationValidity how long an invitation link can be used
 * @param resetValidity how long a password-reset link can be used
 */
@ConfigurationProperties("doorstroom.accounts")
public record AccountProperties(@DefaultValue("7d") Duration invitationValidity,
        @DefaultValue("1h") Duration resetValidity) {
}
