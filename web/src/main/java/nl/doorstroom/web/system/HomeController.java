package nl.doorstroom.web.system;

import java.util.ArrayList;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import nl.doorstroom.web.account.CurrentUser;

/** The login page, and after login each user's own start page. */
@Controller
class HomeController {

    /** An organisation's identity provider, as a button on the login page. */
    record Provider(String id, String name) {
    }

    private final List<Provider> providers = new ArrayList<>();
    private final boolean demo;

    HomeController(ObjectProvider<ClientRegistrationRepository> registrations,
            @Value("${doorstroom.demo.enabled:false}") boolean demo) {
        if (registrations.getIfAvailable() instanceof Iterable<?> all) {
            for (Object registration : all) {
                ClientRegistration r = (ClientRegistration) registration;
                providers.add(new Provider(r.getRegistrationId(), r.getClientName()));
            }
        }
        this.demo = demo;
    }

    @GetMapping("/login")
    String login(Model model) {
        model.addAttribute("providers", providers);
        model.addAttribute("demo", demo);
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
