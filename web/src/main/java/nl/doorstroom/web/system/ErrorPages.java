package nl.doorstroom.web.system;

import java.io.IOException;
import java.util.Map;
import java.util.Set;

import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Every error the container sees (a refused sign-in, a missing page, a failure nobody handled): an error page in
 * Dutch or English for people, a problem+json for the API. Never the exception's own text: that is for the log.
 */
@Controller
class ErrorPages implements ErrorController {

    /** Statuses with their own words in the bundles; any other falls back to its class (4xx, 5xx). */
    private static final Set<Integer> WORDED = Set.of(400, 401, 403, 404, 405, 409, 410, 413, 415, 429, 500, 503);

    @RequestMapping("/error")
    ModelAndView error(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = HttpStatus.resolve(code instanceof Integer i ? i : 500);
        if (status == null) {
            status = HttpStatus.INTERNAL_SERVER_ERROR;
        }
        Object path = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (ApiRequests.isApi(path == null ? null : path.toString().substring(request.getContextPath().length()))) {
            ProblemJson.write(response, status, status.getReasonPhrase(), Map.of());
            return null;
        }
        int value = status.value();
        ModelAndView page = new ModelAndView("error");
        page.setStatus(status);
        page.addObject("status", value);
        page.addObject("key", WORDED.contains(value) ? String.valueOf(value) : (value >= 500 ? "5xx" : "4xx"));
        page.addObject("problems", PageErrors.problems(request));
        return page;
    }
}
