package nl.doorstroom.web.system;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import nl.doorstroom.solver.explain.ReasonTexts;
import nl.doorstroom.solver.input.InputProblem;
import nl.doorstroom.solver.input.InvalidInputException;

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

    /** A problem with the programme's input, in the page's language. */
    public String of(InputProblem problem) {
        return problem.message(LocaleContextHolder.getLocale());
    }

    /** Every problem, in the page's language. */
    public List<String> of(InvalidInputException e) {
        return e.getProblems().stream().map(this::of).toList();
    }

    /** The rules' reason texts in the page's language: English when the page is English, Dutch otherwise. */
    public ReasonTexts reasons() {
        return new ReasonTexts(LocaleContextHolder.getLocale().getLanguage().equals("en")
                ? Locale.ENGLISH : ReasonTexts.DUTCH);
    }
}
