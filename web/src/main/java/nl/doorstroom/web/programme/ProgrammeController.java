package nl.doorstroom.web.programme;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import nl.doorstroom.solver.io.ProgrammeWriter;
import nl.doorstroom.web.account.CurrentUser;
import nl.doorstroom.web.system.BadRequestException;
import nl.doorstroom.web.system.NotFoundException;
import nl.doorstroom.web.system.Problem;

@RestController
@RequestMapping("/api/programmes")
@Tag(name = "Programmes", description = "Programmes, their periods and participants; import and export as CSV")
class ProgrammeController {

    private final ProgrammeQueries queries;
    private final ProgrammeImport programmeImport;
    private final ProgrammeStore store;
    private final ParticipantChanges participantChanges;
    private final ProgrammeSettingsChanges settingsChanges;

    ProgrammeController(ProgrammeQueries queries, ProgrammeImport programmeImport, ProgrammeStore store,
            ParticipantChanges participantChanges, ProgrammeSettingsChanges settingsChanges) {
        this.queries = queries;
        this.programmeImport = programmeImport;
        this.store = store;
        this.participantChanges = participantChanges;
        this.settingsChanges = settingsChanges;
    }

    @GetMapping
    @Operation(summary = "Programmes the user may see")
    List<ProgrammeQueries.ProgrammeView> list(@AuthenticationPrincipal CurrentUser user) {
        return queries.visibleTo(user);
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasRole('COORDINATOR')")
    @Operation(summary = "Import a programme from its CSV files (all or nothing)",
            description = "Send the files of a programme folder as parts named 'files'; each file keeps its name "
                    + "(programme.csv, participants.csv, capacity.csv, ...). Bad input answers 400 with every "
                    + "problem as file:line:column.")
    ResponseEntity<ProgrammeQueries.ProgrammeView> importProgramme(@RequestParam("files") List<MultipartFile> files,
            @AuthenticationPrincipal CurrentUser user) {
        long id = programmeImport.importFiles(contents(files), user.getUsername());
        return ResponseEntity.created(URI.create("/api/programmes/" + id)).body(queries.find(id).orElseThrow());
    }

    static Map<String, byte[]> contents(List<MultipartFile> files) {
        Map<String, byte[]> contents = new LinkedHashMap<>();
        for (MultipartFile file : files) {
            String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
            name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
            if (name.isBlank()) {
                throw new BadRequestException("every uploaded file needs its name, such as participants.csv");
            }
            if (contents.containsKey(name)) {
                throw new BadRequestException(name + " was uploaded twice");
            }
            try {
                contents.put(name, file.getBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return contents;
    }

    @GetMapping("/{id}")
    ProgrammeQueries.ProgrammeView get(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
        return visible(id, user);
    }

    @PatchMapping("/{id}")
    @PreAuthorize("hasRole('COORDINATOR')")
    @Operation(summary = "Change a programme's name, maximum commute or layer-variety target",
            description = "Send the version you read; a stale version answers 409 and changes nothing.")
    ProgrammeQueries.ProgrammeView change(@PathVariable long id, @RequestBody ProgrammeSettingsChanges.Change change,
            @AuthenticationPrincipal CurrentUser user) {
        settingsChanges.change(id, change, user.getUsername());
        return queries.find(id).orElseThrow();
    }

    @DeleteMapping("/{id}")
    @PreAuthorize("hasRole('COORDINATOR')")
    ResponseEntity<Void> delete(@PathVariable long id) {
        // A variant goes through its programme's variants, where deleting it is audited on the programme.
        store.variantOf(id).ifPresent(programme -> {
            throw new BadRequestException(Problem.of("variant.deleteThroughProgramme", "programme " + id + " is a "
                    + "what-if variant of programme " + programme + "; delete it with DELETE /api/programmes/"
                    + programme + "/variants/" + id, programme, id));
        });
        if (!store.delete(id)) {
            throw new NotFoundException("no programme " + id);
        }
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/{id}/periods")
    List<ProgrammeQueries.PeriodView> periods(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
        visible(id, user);
        return queries.periods(id);
    }

    @GetMapping(value = "/{id}/export", produces = "application/zip")
    @PreAuthorize("hasRole('COORDINATOR')")
    @Operation(summary = "The programme as a zip of its CSV files, readable by the command-line planner")
    ResponseEntity<byte[]> export(@PathVariable long id) {
        return zipOf(queries.find(id).orElseThrow(() -> new NotFoundException("no programme " + id)),
                ProgrammeWriter.files(store.load(id)));
    }

    /** The programme's files as a zip download; the pages offer the same file. */
    static ResponseEntity<byte[]> zipOf(ProgrammeQueries.ProgrammeView programme, Map<String, byte[]> files) {
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(zip)) {
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                out.putNextEntry(new ZipEntry(file.getKey()));
                out.write(file.getValue());
                out.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/zip"))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("programme-" + programme.id() + ".zip").build().toString())
                .body(zip.toByteArray());
    }

    @GetMapping("/{id}/participants")
    @PreAuthorize("hasRole('COORDINATOR')")
    List<ProgrammeQueries.ParticipantView> participants(@PathVariable long id) {
        queries.find(id).orElseThrow(() -> new NotFoundException("no programme " + id));
        return queries.participants(id);
    }

    /** A coordinator reads anyone; a participant only themself. */
    @GetMapping("/{id}/participants/{participantId}")
    ProgrammeQueries.ParticipantView participant(@PathVariable long id, @PathVariable String participantId,
            @AuthenticationPrincipal CurrentUser user) {
        if (!user.isCoordinator() && !user.isParticipant(id, participantId)) {
            throw new NotFoundException("no participant " + participantId + " in programme " + id);
        }
        return queries.participant(id, participantId)
                .orElseThrow(() -> new NotFoundException("no participant " + participantId + " in programme " + id));
    }

    @PostMapping("/{id}/participants")
    @PreAuthorize("hasRole('COORDINATOR')")
    @Operation(summary = "Add a participant to a programme",
            description = "home is a municipality code or name; first and last period default to the programme's. "
                    + "The participant gets an unplanned placement in each active period.")
    ResponseEntity<ProgrammeQueries.ParticipantView> addParticipant(@PathVariable long id,
            @RequestBody ParticipantChanges.NewParticipant participant, @AuthenticationPrincipal CurrentUser user) {
        participantChanges.add(id, participant, user.getUsername());
        String participantId = participant.id().trim();
        return ResponseEntity.created(URI.create("/api/programmes/" + id + "/participants/" + participantId))
                .body(queries.participant(id, participantId).orElseThrow());
    }

    @DeleteMapping("/{id}/participants/{participantId}")
    @PreAuthorize("hasRole('COORDINATOR')")
    @Operation(summary = "Remove a participant with their draft placements, wishes and account")
    ResponseEntity<Void> removeParticipant(@PathVariable long id, @PathVariable String participantId,
            @AuthenticationPrincipal CurrentUser user) {
        participantChanges.remove(id, participantId, user.getUsername());
        return ResponseEntity.noContent().build();
    }

    @PatchMapping("/{id}/participants/{participantId}")
    @PreAuthorize("hasRole('COORDINATOR')")
    @Operation(summary = "Change a participant's name, salary scale, discipline or own commute limit",
            description = "Send the version you read; a stale version answers 409 and changes nothing.")
    ProgrammeQueries.ParticipantView changeParticipant(@PathVariable long id, @PathVariable String participantId,
            @RequestBody ParticipantChanges.Change change, @AuthenticationPrincipal CurrentUser user) {
        participantChanges.change(id, participantId, change, user.getUsername());
        return queries.participant(id, participantId).orElseThrow();
    }

    private ProgrammeQueries.ProgrammeView visible(long id, CurrentUser user) {
        if (!queries.canSee(user, id)) {
            throw new NotFoundException("no programme " + id);
        }
        return queries.find(id).orElseThrow(() -> new NotFoundException("no programme " + id));
    }
}
