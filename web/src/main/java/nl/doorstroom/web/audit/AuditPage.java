package nl.doorstroom.web.audit;

import java.util.Locale;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

import nl.doorstroom.web.programme.ProgrammeQueries;
import nl.doorstroom.web.system.NotFoundException;

/**
 * "Wijzigingen": a programme's audit trail for the coordinator, filtered by participant, host, user and kind of
 * change. A filter or page change swaps only the table (htmx), so the filters keep their focus.
 */
@Controller
@PreAuthorize("hasRole('COORDINATOR')")
class AuditPage {

    private final AuditTrail trail;
    private final ChangeWording wording;
    private final AuditCsv csv;
    private final ProgrammeQueries programmes;

    AuditPage(AuditTrail trail, ChangeWording wording, AuditCsv csv, ProgrammeQueries programmes) {
        this.trail = trail;
        this.wording = wording;
        this.csv = csv;
        this.programmes = programmes;
    }

    @GetMapping("/programmes/{id}/audit")
    String page(@PathVariable long id, @RequestParam(required = false) String participant,
            @RequestParam(required = false) String host, @RequestParam(required = false) String user,
            @RequestParam(required = false) String kind, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            @RequestHeader(name = "HX-History-Restore-Request", required = false) String restore, Locale locale,
            Model model) {
        model.addAttribute("programme", programmes.find(id).orElseThrow(() -> new NotFoundException("no programme " + id)));
        AuditTrail.Filter filter = AuditTrail.Filter.of(participant, host, user, kind);
        AuditTrail.Page found = trail.page(id, filter, page, size);
        model.addAttribute("filter", filter);
        model.addAttribute("trail", found);
        model.addAttribute("lines", found.entries().stream().map(e -> wording.line(e, locale)).toList());
        if (htmx != null && restore == null) { // going back in history needs the whole page
            return "audit/trail :: table";
        }
        model.addAttribute("participants", trail.participants(id));
        model.addAttribute("hosts", trail.hosts(id));
        model.addAttribute("users", trail.users(id));
        model.addAttribute("kinds", trail.kinds(id).stream()
                .map(k -> new AuditTrail.Choice(k, wording.kind(k, locale))).toList());
        return "audit/trail";
    }

    @GetMapping("/programmes/{id}/audit.csv")
    ResponseEntity<byte[]> download(@PathVariable long id, @RequestParam(required = false) String participant,
            @RequestParam(required = false) String host, @RequestParam(required = false) String user,
            @RequestParam(required = false) String kind, Locale locale) {
        programmes.find(id).orElseThrow(() -> new NotFoundException("no programme " + id));
        return csv.download(id, AuditTrail.Filter.of(participant, host, user, kind), locale);
    }
}
