package nl.doorstroom.web.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.crypto.password.PasswordEncoder;

import nl.doorstroom.web.DoorstroomApplication;
import nl.doorstroom.web.account.Account;
import nl.doorstroom.web.account.Accounts;
import nl.doorstroom.web.account.Role;

/** The first start loads the demo programmes and creates their accounts once, with working passwords. */
class DemoDataTest {

    @Test
    void firstStartCreatesDemoAccountsAndLaterStartsLeaveThemAlone() throws IOException {
        Path directory = Files.createTempDirectory("demo-db");
        Path accountsFile = directory.resolveSibling(directory.getFileName() + "-accounts.txt");

        try (ConfigurableApplicationContext app = start(directory, accountsFile)) {
            List<String> lines = Files.readAllLines(accountsFile);
            // header, one coordinator, 14 Brabant hosts, 22 Zuid-Holland hosts, 37 + 45 participants
            assertThat(lines).hasSize(1 + 1 + 14 + 22 + 37 + 45);
            String[] coordinator = lines.get(1).trim().split("\\s+");
            assertThat(coordinator[0]).isEqualTo("coordinator");
            Account account = app.getBean(Accounts.class).find("coordinator").orElseThrow();
            assertThat(account.role()).isEqualTo(Role.COORDINATOR);
            assertThat(app.getBean(PasswordEncoder.class).matches(coordinator[1], account.passwordHash())).isTrue();
            assertThat(lines).anyMatch(line -> line.startsWith("host-pv30 ") && line.endsWith("host Provincie Noord-Brabant"));
            assertThat(lines).anyMatch(line -> line.startsWith("p1-t01 ") && line.contains("participant "));
        }
        String firstTime = Files.readString(accountsFile);

        try (ConfigurableApplicationContext app = start(directory, accountsFile)) {
            assertThat(app.getBean(Accounts.class).count()).isEqualTo(1 + 14 + 22 + 37 + 45);
        }
        assertThat(Files.readString(accountsFile)).isEqualTo(firstTime);
    }

    private static ConfigurableApplicationContext start(Path directory, Path accountsFile) {
        return SpringApplication.run(DoorstroomApplication.class, "--server.port=0",
                "--doorstroom.embedded-database.directory=" + directory, "--doorstroom.demo.enabled=true",
                "--doorstroom.demo.programmes=../data/programmes", "--doorstroom.demo.accounts-file=" + accountsFile);
    }
}
