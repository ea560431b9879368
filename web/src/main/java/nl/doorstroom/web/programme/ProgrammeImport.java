package nl.doorstroom.web.programme;

import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.doorstroom.solver.domain.Plan;
import nl.doorstroom.solver.io.InvalidInputException;
import nl.doorstroom.solver.io.ProgrammeReader;
import nl.doorstroom.solver.io.ProgrammeSource;
import nl.doorstroom.web.audit.AuditLog;
import nl.doorstroom.web.solving.SolvingGuard;

/** Imports a programme from its files, all or nothing. */
@Service
public class ProgrammeImport {

    private final ProgrammeStore store;
    private final AuditLog audit;
    private final SolvingGuard solving;

    ProgrammeImport(ProgrammeStore store, AuditLog audit, SolvingGuard solving) {
        this.store = store;
        this.audit = audit;
        this.solving = solving;
    }

    /**
     * Reads the files exactly as the command-line planner does; nothing is stored unless every file is valid.
     *
     * @throws InvalidInputException with every problem as file:line:column
     */
    @Transactional
    public long importFiles(Map<String, byte[]> files, String username) {
        Plan plan = ProgrammeReader.read(ProgrammeSource.of(files));
        solving.lockForOrganisationChanges(plan.getOrganisations()); // organisations are shared between programmes
        long id = store.insert(plan);
        audit.record(username, "programme.import", id, "programme " + id, null,
                plan.getProgramme().getName() + ": " + plan.getParticipants().size() + " participants, "
                        + plan.getCapacityDeclarations().size() + " capacity declarations");
        return id;
    }
}
