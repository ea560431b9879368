package nl.doorstroom.web.account;

import java.util.Optional;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletResponse;

import nl.doorstroom.web.system.BadRequestException;
import nl.doorstroom.web.system.NotFoundException;
import nl.doorstroom.web.system.ProblemTexts;

/** Choosing a password through a mailed link, and asking for such a link when the password is forgotten. */
@Controller
class PasswordPage {

    private final Accounts accounts;
    private final ProblemTexts problemTexts;

    PasswordPage(Accounts accounts, ProblemTexts problemTexts) {
        this.accounts = accounts;
        this.problemTexts = problemTexts;
    }

    @GetMapping("/password/{token}")
    String form(@PathVariable String token, Model model, HttpServletResponse response) {
        Optional<String> holder = accounts.linkHolder(token);
        if (holder.isEmpty()) {
            response.setStatus(HttpStatus.GONE.value());
            return "account/link-invalid";
        }
        model.addAttribute("username", holder.get());
        model.addAttribute("token", token);
        return "account/set-password";
    }

    @PostMapping("/password/{token}")
    String set(@PathVariable String token, @RequestParam(defaultValue = "") String password,
            @RequestParam(defaultValue = "") String repeated, Model model, HttpServletResponse response) {
        try {
            accounts.setPasswordWithLink(token, password, repeated);
            return "redirect:/login?passwordSet";
        } catch (BadRequestException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("problems", problemTexts.of(e));
            return form(token, model, response);
        } catch (NotFoundException e) {
            response.setStatus(HttpStatus.GONE.value());
            return "account/link-invalid";
        }
    }

    @GetMapping("/password/forgot")
    String forgot() {
        return "account/forgot";
    }

    @PostMapping("/password/forgot")
    String requestReset(@RequestParam(defaultValue = "") String email, Model model) {
        accounts.requestReset(email, LocaleContextHolder.getLocale());
        model.addAttribute("requested", true);
        return "account/forgot";
    }
}
