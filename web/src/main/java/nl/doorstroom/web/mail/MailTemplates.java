package nl.doorstroom.web.mail;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Words mail subjects and bodies from the same message bundles as the pages. Bodies are plain-text
 * Thymeleaf templates; the engine is our own, so the pages' HTML engine stays as Boot configures it.
 */
@Component
class MailTemplates {

    private final SpringTemplateEngine engine = new SpringTemplateEngine();
    private final MessageSource messages;

    MailTemplates(MessageSource messages) {
        this.messages = messages;
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/mail/");
        resolver.setSuffix(".txt");
        resolver.setTemplateMode(TemplateMode.TEXT);
        resolver.setCharacterEncoding("UTF-8");
        engine.setTemplateResolver(resolver);
        engine.setTemplateEngineMessageSource(messages);
    }

    String subject(Mail mail) {
        return messages.getMessage(mail.subjectKey(), mail.subjectArgs().toArray(), mail.locale());
    }

    String body(Mail mail) {
        return engine.process(mail.bodyTemplate(), new Context(mail.locale(), mail.variables()));
    }
}
