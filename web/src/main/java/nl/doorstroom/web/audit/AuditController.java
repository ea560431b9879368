package nl.doorstroom.web.audit;

import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import nl.doorstroom.web.programme.ProgrammeQueries;
import nl.doorstroom.web.system.NotFoundException;

/** The audit trail for scripts: the same entries, filters and paging as the page "Wijzigingen". */
@RestController
@RequestMapping("/api/programmes/{id}")
@PreAuthorize("hasRole('COORDINATOR')")
@Tag(name = "Audit", description = "Who changed what in a programme, when, from what to what")
class AuditController {

    record EntryView(long id, OffsetDateTime at, String user, String action, String kind, String participant,
            List<String> hosts, String subject, String before, String after, String description,
            List<ChangeWording.Detail> changes) {
    }

    record PageView(long total, int page, int size, int pages, List<EntryView> entries) {
    }

    private final AuditTrail trail;
    private final ChangeWording wording;
    private final AuditCsv csv;
    private final ProgrammeQueries programmes;

    AuditController(AuditTrail trail, ChangeWording wording, AuditCsv csv, ProgrammeQueries programmes) {
        this.trail = trail;
        this.wording = wording;
        this.csv = csv;
        this.programmes = programmes;
    }

    @GetMapping("/audit")
    @Operation(summary = "Recorded changes, newest first, a page at a time; total says how many match",
            description = "before and after are the values as recorded; changes names each changed field in the "
                    + "language chosen with lang=en or lang=nl (nl by default). Filters combine; a blank filter filters nothing.")
    PageView audit(@PathVariable long id,
            @Parameter(description = "participant id, e.g. T1") @RequestParam(required = false) String participant,
            @Parameter(description = "host organisation code, e.g. GM0363") @RequestParam(required = false) String host,
            @Parameter(description = "user name of who made the change") @RequestParam(required = false) String user,
            @Parameter(description = "kind of change: placement, capacity, participant, wish, plan, programme, "
                    + "variant, account") @RequestParam(required = false) String kind,
            @Parameter(description = "from 1") @RequestParam(required = false) Integer page,
            @Parameter(description = "1 to " + AuditTrail.MAX_PAGE_SIZE) @RequestParam(required = false) Integer size) {
        programme(id);
        AuditTrail.Page found = trail.page(id, AuditTrail.Filter.of(participant, host, user, kind), page, size);
        List<EntryView> entries = found.entries().stream().map(e -> {
            ChangeWording.Line line = wording.line(e, LocaleContextHolder.getLocale());
            return new EntryView(e.id(), e.at(), e.username(), e.action(), e.kind(), e.participantId(), e.hostCodes(),
                    e.subject(), e.before(), e.after(), line.action(), line.details());
        }).toList();
        return new PageView(found.total(), found.page(), found.size(), found.pages(), entries);
    }

    @GetMapping(value = "/audit.csv", produces = "text/csv")
    @Operation(summary = "The filtered trail as CSV (up to " + AuditCsv.MAX_ROWS + " rows, newest first)")
    ResponseEntity<byte[]> auditCsv(@PathVariable long id, @RequestParam(required = false) String participant,
            @RequestParam(required = false) String host, @RequestParam(required = false) String user,
            @RequestParam(required = false) String kind) {
        programme(id);
        return csv.download(id, AuditTrail.Filter.of(participant, host, user, kind), LocaleContextHolder.getLocale());
    }

    private void programme(long id) {
        programmes.find(id).orElseThrow(() -> new NotFoundException("no programme " + id));
    }
}
