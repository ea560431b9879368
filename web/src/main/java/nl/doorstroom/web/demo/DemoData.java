package nl.doorstroom.web.demo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import nl.doorstroom.solver.domain.CapacityDeclaration;
import nl.doorstroom.solver.domain.Organisation;
import nl.doorstroom.solver.domain.Participant;
import nl.doorstroom.solver.domain.Plan;
import nl.doorstroom.web.account.Accounts;
import nl.doorstroom.web.programme.ProgrammeImport;
import nl.doorstroom.web.programme.ProgrammeStore;

/**
 * On the very first start (no accounts yet) loads the demo programmes and creates one coordinator,
 * one account per demo host and one per demo participant, and prints their passwords once.
 */
@Component
@Order(1)
class DemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private record Login(String username, String password, String who) {
    }

    private final DemoProperties properties;
    private final Environment environment;
    private final Accounts accounts;
    private final ProgrammeImport programmeImport;
    private final ProgrammeStore store;
    private final TransactionTemplate transaction;

    DemoData(DemoProperties properties, Environment environment, Accounts accounts, ProgrammeImport programmeImport,
            ProgrammeStore store, TransactionTemplate transaction) {
        this.properties = properties;
        this.environment = environment;
        this.accounts = accounts;
        this.programmeImport = programmeImport;
        this.store = store;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        if (!properties.enabled() || environment.acceptsProfiles(Profiles.of("prod")) || accounts.count() > 0) {
            return;
        }
        List<Login> logins = transaction.execute(status -> load());
        if (logins == null || logins.isEmpty()) {
            return;
        }
        String table = describe(logins);
        log.info("Demo data loaded. These accounts are shown only now (and kept in {}):\n{}",
                properties.accountsPath().toAbsolutePath(), table);
        Files.createDirectories(properties.accountsPath().toAbsolutePath().getParent());
        Files.writeString(properties.accountsPath(), table, StandardCharsets.UTF_8);
    }

    private List<Login> load() {
        List<Login> logins = new ArrayList<>();
        String coordinatorPassword = Accounts.newPassword();
        accounts.createCoordinator("coordinator", coordinatorPassword);
        logins.add(new Login("coordinator", coordinatorPassword, "programme coordinator"));
        for (Path folder : demoFolders()) {
            long programmeId = programmeImport.importFiles(files(folder), "demo");
            Plan plan = store.load(programmeId);
            plan.getCapacityDeclarations().stream().map(CapacityDeclaration::getHost).distinct()
                    .sorted(Comparator.comparing(Organisation::getCode))
                    .forEach(host -> {
                        String username = "host-" + host.getCode().toLowerCase(Locale.ROOT);
                        if (!accounts.exists(username)) {
                            String password = Accounts.newPassword();
                            accounts.createHost(username, password, host.getCode());
                            logins.add(new Login(username, password, "host " + host.getName()));
                        }
                    });
            plan.getParticipants().stream().sorted(Comparator.comparing(Participant::getId))
                    .forEach(participant -> {
                        String username = "p" + programmeId + "-" + participant.getId().toLowerCase(Locale.ROOT);
                        String password = Accounts.newPassword();
                        accounts.createParticipant(username, password, programmeId, participant.getId());
                        logins.add(new Login(username, password, "participant " + participant.getName()));
                    });
        }
        return logins;
    }

    private List<Path> demoFolders() {
        if (!Files.isDirectory(properties.programmesFolder())) {
            log.warn("No demo programmes in {}; starting without them", properties.programmesFolder().toAbsolutePath());
            return List.of();
        }
        try (Stream<Path> folders = Files.list(properties.programmesFolder())) {
            return folders.filter(Files::isDirectory).sorted().toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Map<String, byte[]> files(Path folder) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (Stream<Path> paths = Files.list(folder)) {
            for (Path file : paths.filter(p -> p.toString().endsWith(".csv")).sorted().toList()) {
                files.put(file.getFileName().toString(), Files.readAllBytes(file));
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return files;
    }

    private static String describe(List<Login> logins) {
        StringBuilder out = new StringBuilder();
        out.append(String.format("%-24s %-16s %s%n", "user name", "password", "who"));
        for (Login login : logins) {
            out.append(String.format("%-24s %-16s %s%n", login.username(), login.password(), login.who()));
        }
        return out.toString();
    }
}
