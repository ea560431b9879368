package nl.doorstroom.web.demo;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param enabled load the demo programmes and create demo accounts on a first start (never in prod)
 * @param programmes folder holding one programme folder per demo programme
 * @param accountsFile where the demo accounts are also written, for a new user who missed the console
 */
@ConfigurationProperties("doorstroom.demo")
public record DemoProperties(boolean enabled, String programmes, String accountsFile) {

    /** Plain file paths, relative to the working directory (not Spring resource locations). */
    public Path programmesFolder() {
        return Path.of(programmes == null ? "data/programmes" : programmes);
    }

    public Path accountsPath() {
        return Path.of(accountsFile == null ? "var/demo-accounts.txt" : accountsFile);
    }
}
