package nl.doorstroom.web.account;

import java.util.Locale;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.util.WebUtils;

/**
 * Remembers with a person's account the language they use the site in, so mail sent without them asking (notices
 * after publishing) reaches them in that language: when they switch ({@code ?lang=en}) while signed in, and when they
 * sign in with a language already chosen.
 */
@Component
class LanguageChoice implements WebMvcConfigurer, HandlerInterceptor {

    /** The cookie the site's locale resolver keeps the choice in (system.WebConfiguration). */
    private static final String COOKIE = "doorstroom-lang";

    private final Accounts accounts;

    LanguageChoice(Accounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        String chosen = request.getParameter("lang");
        if (chosen != null) {
            username(SecurityContextHolder.getContext().getAuthentication())
                    .ifPresent(username -> accounts.rememberLanguage(username, Locale.forLanguageTag(chosen)));
        }
        return true;
    }

    @EventListener
    void signedIn(InteractiveAuthenticationSuccessEvent event) {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            Cookie cookie = WebUtils.getCookie(attributes.getRequest(), COOKIE);
            if (cookie != null) {
                username(event.getAuthentication())
                        .ifPresent(username -> accounts.rememberLanguage(username, Locale.forLanguageTag(cookie.getValue())));
            }
        }
    }

    private static java.util.Optional<String> username(Authentication authentication) {
        return authentication != null && authentication.getPrincipal() instanceof CurrentUser user
                ? java.util.Optional.of(user.getUsername()) : java.util.Optional.empty();
    }
}
