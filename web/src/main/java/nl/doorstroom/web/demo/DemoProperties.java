package nl.doorstroom.web.demo;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param enabled load the demo programmes and create demo accounts on a first start (never in prod)
 * @param programmes folder holding one programme folder per demo programme
 * @param accountsFile where the demo accounts are also written, for a new user who missed the console
 */
@ConfigurationProperties("doorstroom.demo")
public record DemoProperties(boolean enabled, Path programmes, Path accountsFile) {

    public DemoProperties {
        programmes = programmes == null ? Path.of("data", "programmes") : programmes;
        accountsFile = accountsFile == null ? Path.of("var", "demo-accounts.txt") : accountsFile;
    }
}
