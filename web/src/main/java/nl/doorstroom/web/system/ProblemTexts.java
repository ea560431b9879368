package nl.doorstroom.web.system;

import java.util.List;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

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
}
