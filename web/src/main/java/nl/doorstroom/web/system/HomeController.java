package nl.doorstroom.web.system;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

import nl.doorstroom.web.account.CurrentUser;

/** The login page, and after login each user's own start page. */
@Controller
class HomeController {

    @GetMapping("/login")
    String login() {
        return "login";
    }

    @GetMapping("/")
    String home(@AuthenticationPrincipal CurrentUser user) {
        return switch (user.role()) {
            case COORDINATOR -> "redirect:/programmes";
            case HOST -> "redirect:/host";
            case PARTICIPANT -> "redirect:/me";
        };
    }
}
