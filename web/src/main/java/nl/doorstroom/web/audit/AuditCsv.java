package nl.doorstroom.web.audit;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import nl.doorstroom.solver.io.CsvDialect;
import nl.doorstroom.solver.io.CsvOut;

/**
 * The filtered trail as a CSV file for a spreadsheet: the recorded values exactly, and the change in words. Written
 * with the planner's CSV writer, so a name or value that starts like a formula is shown as text, never run.
 */
@Component
class AuditCsv {

    /** More than any programme records; a bound so one download cannot exhaust memory. */
    static final int MAX_ROWS = 100_000;

    private static final String[] HEADER = {"at", "user", "action", "participant", "hosts", "subject", "before",
            "after", "change"};

    private final AuditTrail trail;
    private final ChangeWording wording;

    AuditCsv(AuditTrail trail, ChangeWording wording) {
        this.trail = trail;
        this.wording = wording;
    }

    ResponseEntity<byte[]> download(long programmeId, AuditTrail.Filter filter, Locale locale) {
        StringWriter out = new StringWriter();
        CsvOut csv = new CsvOut(out, CsvDialect.PLAIN, HEADER);
        for (AuditTrail.Entry e : trail.all(programmeId, filter, MAX_ROWS)) {
            csv.row(e.at().toInstant(), e.username(), e.action(), e.participantId(), String.join(" ", e.hostCodes()),
                    e.subject(), e.before(), e.after(), wording.line(e, locale).detailsText());
        }
        csv.flush();
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("audit-programme-" + programmeId + ".csv").build().toString())
                .body(out.toString().getBytes(StandardCharsets.UTF_8));
    }
}
