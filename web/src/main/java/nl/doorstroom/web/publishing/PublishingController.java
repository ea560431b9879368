package nl.doorstroom.web.publishing;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import nl.doorstroom.web.account.CurrentUser;
import nl.doorstroom.web.programme.ProgrammeStore;
import nl.doorstroom.web.system.NotFoundException;

@RestController
@RequestMapping("/api/programmes/{id}")
@PreAuthorize("hasRole('COORDINATOR')")
@Tag(name = "Publishing", description = "Published versions of a programme's plan, their differences, CSV export")
class PublishingController {

    static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    record VersionView(PublishedPlans.Version version, List<PublishedPlans.Placement> placements) {
    }

    record DiffView(int from, int to, List<VersionDiff.Change> changes) {
    }

    private final Publication publication;
    private final PublishedPlans published;
    private final PlanCsv planCsv;
    private final ProgrammeStore store;

    PublishingController(Publication publication, PublishedPlans published, PlanCsv planCsv, ProgrammeStore store) {
        this.publication = publication;
        this.published = published;
        this.planCsv = planCsv;
        this.store = store;
    }

    @PostMapping("/versions")
    @Operation(summary = "Publish the draft as the next version (1, 2, ...)",
            description = "Hosts and participants see only published versions. A draft that breaks a hard rule "
                    + "is refused with 409 (type urn:doorstroom:hard-rules-broken) naming the first broken rules; "
                    + "force=true publishes it anyway and the audit log says so. Earlier versions stay readable. "
                    + "Participants and hosts whose placements changed (or who appear for the first time) are "
                    + "mailed; toldParticipants and toldHostContacts say how many, noticeProblem why nobody was.")
    ResponseEntity<PublishedPlans.Version> publish(@PathVariable long id,
            @Parameter(description = "publish even when the draft breaks a hard rule")
            @RequestParam(defaultValue = "false") boolean force, @AuthenticationPrincipal CurrentUser user) {
        int number = publication.publish(id, force, user.getUsername()).number();
        // read again: who was told is written once the publication has been committed
        PublishedPlans.Version version = existing(id, number);
        return ResponseEntity.created(URI.create("/api/programmes/" + id + "/versions/" + version.number()))
                .body(version);
    }

    @GetMapping("/versions")
    @Operation(summary = "Published versions, oldest first")
    List<PublishedPlans.Version> versions(@PathVariable long id) {
        programme(id);
        return published.versions(id);
    }

    @GetMapping("/versions/{number}")
    @Operation(summary = "One published version with its placements and host names")
    VersionView version(@PathVariable long id, @PathVariable int number) {
        return new VersionView(existing(id, number), published.placements(id, number));
    }

    @GetMapping("/versions/diff")
    @Operation(summary = "Placements whose host differs between two versions",
            description = "A host is null where the participant had no placement in that version.")
    DiffView diff(@PathVariable long id, @RequestParam int from, @RequestParam int to) {
        existing(id, from);
        existing(id, to);
        return new DiffView(from, to, VersionDiff.between(published.placements(id, from), published.placements(id, to)));
    }

    @GetMapping(value = "/plan.csv", produces = "text/csv")
    @Operation(summary = "The draft as the planner's placements.csv")
    ResponseEntity<byte[]> draftCsv(@PathVariable long id) {
        programme(id);
        return csv("programme-" + id + "-draft.csv", planCsv.draft(id));
    }

    @GetMapping(value = "/versions/{number}/plan.csv", produces = "text/csv")
    @Operation(summary = "A published version as the planner's placements.csv",
            description = "Names and commutes are today's; the version keeps who goes where and what was pinned.")
    ResponseEntity<byte[]> versionCsv(@PathVariable long id, @PathVariable int number) {
        existing(id, number);
        return csv("programme-" + id + "-version-" + number + ".csv", planCsv.version(id, number));
    }

    static ResponseEntity<byte[]> csv(String filename, byte[] body) {
        return ResponseEntity.ok().contentType(CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build()
                        .toString())
                .body(body);
    }

    private void programme(long id) {
        if (!store.exists(id)) {
            throw new NotFoundException("no programme " + id);
        }
    }

    private PublishedPlans.Version existing(long id, int number) {
        programme(id);
        return published.version(id, number)
                .orElseThrow(() -> new NotFoundException("no version " + number + " of programme " + id));
    }
}
