package nl.doorstroom.web.programme;

import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import nl.doorstroom.solver.input.InvalidInputException;
import nl.doorstroom.solver.io.ProgrammeWriter;
import nl.doorstroom.web.account.CurrentUser;
import nl.doorstroom.web.system.BadRequestException;
import nl.doorstroom.web.system.NotFoundException;

/** The coordinator's pages: all programmes with the import form, and one programme's overview. */
@Controller
@RequestMapping("/programmes")
@PreAuthorize("hasRole('COORDINATOR')")
class ProgrammePages {

    private final ProgrammeQueries queries;
    private final ProgrammeOverviews overviews;
    private final ProgrammeImport programmeImport;
    private final ProgrammeStore store;

    ProgrammePages(ProgrammeQueries queries, ProgrammeOverviews overviews, ProgrammeImport programmeImport,
            ProgrammeStore store) {
        this.queries = queries;
        this.overviews = overviews;
        this.programmeImport = programmeImport;
        this.store = store;
    }

    /** The programme's CSV files as a zip, for a coordinator signed in with the browser. */
    @GetMapping("/{id}/export.zip")
    ResponseEntity<byte[]> export(@PathVariable long id) {
        return ProgrammeController.zipOf(queries.find(id).orElseThrow(() -> new NotFoundException("no programme " + id)),
                ProgrammeWriter.files(store.load(id)));
    }

    @GetMapping
    String list(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("programmes", queries.visibleTo(user));
        return "programme/list";
    }

    /** Import all or nothing; on bad files the same page lists every problem with file, line and column. */
    @PostMapping("/import")
    String importProgramme(@RequestParam("files") List<MultipartFile> files,
            @AuthenticationPrincipal CurrentUser user, Model model) {
        try {
            long id = programmeImport.importFiles(ProgrammeController.contents(files), user.getUsername());
            return "redirect:/programmes/" + id + "?imported";
        } catch (InvalidInputException e) {
            model.addAttribute("importProblems", e.getProblems());
        } catch (BadRequestException e) {
            model.addAttribute("importError", e.getMessage());
        }
        model.addAttribute("programmes", queries.visibleTo(user));
        return "programme/list";
    }

    @GetMapping("/{id}")
    String overview(@PathVariable long id, Model model) {
        model.addAttribute("overview", overviews.of(id).orElseThrow(() -> new NotFoundException("no programme " + id)));
        return "programme/overview";
    }
}
