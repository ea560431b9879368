package nl.doorstroom.web.programme;

import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.doorstroom.solver.domain.Plan;
import nl.doorstroom.solver.input.InvalidInputException;
import nl.doorstroom.solver.io.ProgrammeReader;
import nl.doorstroom.solver.io.ProgrammeSource;
import nl.doorstroom.web.audit.AuditLog;

/** Imports a programme from its files, all or nothing. */
@Service
public class ProgrammeImport {

    private final ProgrammeStore store;
    private final AuditLog audit;

    ProgrammeImport(ProgrammeStore store, AuditLog audit) {
        this.store = store;
        this.audit = audit;
    }

    /**
     * Reads the files and checks them by the same rules as the command-line planner; nothing is stored unless
     * every file is valid.
     *
     * @throws InvalidInputException with every problem as file:line:column
     */
    @Transactional
    public long importFiles(Map<String, byte[]> files, String username) {
        Plan plan = store.assemble(ProgrammeReader.input(ProgrammeSource.of(files)));
        long id = store.insert(plan);
        audit.record(username, "programme.import", id, "programme " + id, null,
                plan.getProgramme().getName() + ": " + plan.getParticipants().size() + " participants, "
                        + plan.getCapacityDeclarations().size() + " capacity declarations");
        return id;
    }
}
