package nl.doorstroom.web.account;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Where people reach Doorstroom, for the links in mail: {@code DOORSTROOM_PUBLIC_URL} when set (as it should
 * be behind a proxy), else the address of the request being served, else this machine's port.
 */
@Component
public class PublicAddress {

    private final String configured;
    private volatile int port = 8080;

    PublicAddress(@Value("${doorstroom.public-url:}") String configured) {
        this.configured = configured.endsWith("/") ? configured.substring(0, configured.length() - 1) : configured;
    }

    @EventListener
    void started(WebServerInitializedEvent event) {
        port = event.getWebServer().getPort();
    }

    public String of(String path) {
        if (!configured.isBlank()) {
            return configured + path;
        }
        if (RequestContextHolder.getRequestAttributes() != null) {
            return ServletUriComponentsBuilder.fromCurrentContextPath().path(path).toUriString();
        }
        return "http://localhost:" + port + path;
    }
}
