package nl.doorstroom.web.participant;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.doorstroom.web.account.CurrentUser;
import nl.doorstroom.web.system.BadRequestException;
import nl.doorstroom.web.system.ConflictException;
import nl.doorstroom.web.system.NotFoundException;
import nl.doorstroom.web.system.ProblemTexts;

/** "Mijn rotaties": the participant's own published placements, their calendar and their wishes. */
@Controller
@RequestMapping("/me")
@PreAuthorize("hasRole('PARTICIPANT')")
class MyRotationsPage {

    record Option(String code, String name) {
    }

    private final PublishedPlacements placements;
    private final WishChanges wishes;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final ProblemTexts problemTexts;

    MyRotationsPage(PublishedPlacements placements, WishChanges wishes, JdbcClient jdbc, Clock clock,
            ProblemTexts problemTexts) {
        this.placements = placements;
        this.wishes = wishes;
        this.jdbc = jdbc;
        this.clock = clock;
        this.problemTexts = problemTexts;
    }

    @GetMapping
    String page(@AuthenticationPrincipal CurrentUser user, Model model) {
        long programme = user.programmeId();
        String participant = user.participantId();
        model.addAttribute("name", jdbc.sql("select name from participant where programme_id = ? and id = ?")
                .params(programme, participant).query(String.class).single());
        model.addAttribute("placements", placements.of(programme, participant));
        model.addAttribute("wishes", wishes.of(programme, participant));
        model.addAttribute("hosts", jdbc.sql("""
                select distinct o.code, o.name from capacity_declaration c join organisation o on o.code = c.host_code
                where c.programme_id = ? order by o.name""").param(programme)
                .query((rs, i) -> new Option(rs.getString(1), rs.getString(2))).list());
        model.addAttribute("comingPeriods", jdbc.sql("""
                select pe.id from period pe join participant p on p.programme_id = pe.programme_id
                join period f on f.programme_id = p.programme_id and f.id = p.first_period
                join period l on l.programme_id = p.programme_id and l.id = p.last_period
                where pe.programme_id = ? and p.id = ? and pe.start_date > ? and pe.idx between f.idx and l.idx
                order by pe.idx""").params(programme, participant, LocalDate.now(clock)).query(String.class).list());
        return "participant/me";
    }

    /** The same calendar as the API's, for a participant signed in with the browser. */
    @GetMapping("/calendar.ics")
    ResponseEntity<byte[]> calendar(@AuthenticationPrincipal CurrentUser user) {
        return MyPlacementsController.calendarOf(user, placements);
    }

    @PostMapping("/wishes")
    String addWish(@RequestParam String host, @RequestParam(required = false) String period,
            @AuthenticationPrincipal CurrentUser user, Model model) {
        try {
            wishes.add(user.programmeId(), user.participantId(),
                    new WishChanges.NewWish(host, period == null || period.isBlank() ? null : period),
                    user.getUsername());
        } catch (BadRequestException e) {
            model.addAttribute("wishProblems", problemTexts.of(e));
            return page(user, model);
        } catch (ConflictException e) { // the programme is being solved
            model.addAttribute("wishProblems", List.of(problemTexts.of(e)));
            return page(user, model);
        }
        return "redirect:/me?wished";
    }

    @PostMapping("/wishes/{wishId}/delete")
    String removeWish(@PathVariable long wishId, @AuthenticationPrincipal CurrentUser user,
            RedirectAttributes redirect) {
        try {
            wishes.remove(user.programmeId(), user.participantId(), wishId, user.getUsername());
        } catch (NotFoundException e) {
            // already gone, or never the participant's own: nothing to remove either way
        } catch (ConflictException e) { // the programme is being solved
            redirect.addFlashAttribute("wishProblems", List.of(problemTexts.of(e)));
        }
        return "redirect:/me";
    }
}
