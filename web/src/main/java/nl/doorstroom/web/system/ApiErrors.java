package nl.doorstroom.web.system;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import nl.doorstroom.solver.input.InputProblem;
import nl.doorstroom.solver.input.InvalidInputException;

/** Errors of the API as RFC 9457 problem details. */
@RestControllerAdvice(basePackages = "nl.doorstroom.web")
class ApiErrors {

    /** Bad programme files: every problem, located as file:line:column, as the command-line planner lists them. */
    @ExceptionHandler(InvalidInputException.class)
    ProblemDetail invalidInput(InvalidInputException e) {
        boolean files = e.getProblems().stream().anyMatch(p -> p.file() != null);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getProblems().size()
                + (files ? " problem(s) in the programme files" : " problem(s) in the request") + "; nothing was stored");
        problem.setTitle(files ? "Invalid programme files" : "Invalid input");
        problem.setType(URI.create("urn:doorstroom:invalid-input"));
        problem.setProperty("errors", e.getProblems().stream().map(InputProblem::toString).toList());
        problem.setProperty("problems", e.getProblems().stream().map(ApiErrors::located).toList());
        return problem;
    }

    /** Where the problem is: file, line and column of an uploaded file, or the path of a field of the request. */
    private static Map<String, Object> located(InputProblem p) {
        Map<String, Object> located = new LinkedHashMap<>();
        if (p.file() != null) {
            located.put("file", p.file());
            located.put("line", p.line());
            located.put("column", p.column());
        } else {
            located.put("path", p.path());
        }
        located.put("message", p.message());
        return located;
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        problem.setTitle("Not found");
        return problem;
    }

    @ExceptionHandler(ConflictException.class)
    ProblemDetail conflict(ConflictException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setTitle("Conflict");
        problem.setType(URI.create("urn:doorstroom:" + e.kind()));
        return problem;
    }

    @ExceptionHandler(BadRequestException.class)
    ProblemDetail badRequest(BadRequestException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setTitle("Bad request");
        problem.setProperty("errors", e.problems());
        return problem;
    }
}
