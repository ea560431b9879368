package nl.doorstroom.web.system;

import java.io.IOException;
import java.util.List;

import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponse;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import nl.doorstroom.solver.input.InvalidInputException;

/**
 * A page that fails answers with an error page in the reader's language, never a problem+json body: known
 * failures are turned into their status here (before the API's handlers see them) and the error dispatch
 * ({@link ErrorPages}) draws the page. API requests pass by untouched.
 */
@Component
class PageErrors implements HandlerExceptionResolver, Ordered {

    /** Problems to list on the error page, in words. */
    static final String PROBLEMS = PageErrors.class.getName() + ".problems";

    private final ProblemTexts problemTexts;

    PageErrors(ProblemTexts problemTexts) {
        this.problemTexts = problemTexts;
    }

    @Override
    public int getOrder() {
        return -1; // after Boot's error attributes, before the MVC handlers that answer problem+json
    }

    @Override
    public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
            Exception e) {
        if (ApiRequests.isApi(request)) {
            return null;
        }
        HttpStatus status = statusOf(e);
        if (status == null) {
            return null; // security exceptions go to the security filters; anything else is a 500 page
        }
        if (e instanceof BadRequestException bad) {
            request.setAttribute(PROBLEMS, problemTexts.of(bad));
        } else if (e instanceof InvalidInputException invalid) {
            request.setAttribute(PROBLEMS, problemTexts.of(invalid));
        }
        try {
            response.sendError(status.value());
        } catch (IOException io) {
            return null;
        }
        return new ModelAndView();
    }

    private static HttpStatus statusOf(Exception e) {
        if (e instanceof NotFoundException) {
            return HttpStatus.NOT_FOUND;
        }
        if (e instanceof ConflictException) {
            return HttpStatus.CONFLICT;
        }
        if (e instanceof BadRequestException || e instanceof InvalidInputException || e instanceof TypeMismatchException
                || e instanceof HttpMessageNotReadableException) {
            return HttpStatus.BAD_REQUEST;
        }
        if (e instanceof MaxUploadSizeExceededException) {
            return HttpStatus.PAYLOAD_TOO_LARGE;
        }
        if (e instanceof MultipartException) {
            return HttpStatus.BAD_REQUEST;
        }
        if (e instanceof ErrorResponse response) {
            return HttpStatus.resolve(response.getStatusCode().value());
        }
        return null;
    }

    static List<String> problems(HttpServletRequest request) {
        Object problems = request.getAttribute(PROBLEMS);
        return problems instanceof List<?> list ? list.stream().map(String::valueOf).toList() : List.of();
    }
}
