package nl.doorstroom.web.system;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import nl.doorstroom.solver.explain.ReasonTexts;
import nl.doorstroom.solver.io.InputProblem;

/** Puts problems into the language of the page being shown. */
@Component
public class ProblemTexts {

    private final MessageSource messages;

    ProblemTexts(MessageSource messages) {
        this.messages = messages;
    }

    public List<String> of(BadRequestException e) {
        return e.localizable().stream()
                .map(problem -> messages.getMessage(problem, LocaleContextHolder.getLocale())).toList();
    }

    /** A conflict in the page's language, when it has words there; otherwise as the API says it. */
    public String of(ConflictException e) {
        return e.localizable() == null ? e.getMessage()
                : messages.getMessage(e.localizable(), LocaleContextHolder.getLocale());
    }

    /** A rule a pinned placement breaks, in the page's language; any other problem as the planner wrote it. */
    public String of(InputProblem problem) {
        if (problem.brokenRule() == null) {
            return problem.message();
        }
        return messages.getMessage("problem.pinnedBreaksRule", new Object[] {reasons().text(problem.brokenRule())},
                LocaleContextHolder.getLocale());
    }

    /** The rules' reason texts in the page's language: English when the page is English, Dutch otherwise. */
    public ReasonTexts reasons() {
        return new ReasonTexts(LocaleContextHolder.getLocale().getLanguage().equals("en")
                ? Locale.ENGLISH : ReasonTexts.DUTCH);
    }
}
