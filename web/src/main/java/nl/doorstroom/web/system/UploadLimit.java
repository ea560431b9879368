package nl.doorstroom.web.system;

import java.io.IOException;
import java.util.Map;

import org.springframework.boot.autoconfigure.web.servlet.MultipartProperties;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * An upload larger than Doorstroom takes is refused before anything reads it: a page says so in the reader's
 * language (the API answers problem+json). Left to the servlet container, the refusal would be an empty answer,
 * because the CSRF check reads the form first and the container gives up on it there.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadLimit extends OncePerRequestFilter {

    private final long maxBytes;

    UploadLimit(MultipartProperties multipart) {
        this.maxBytes = multipart.getMaxRequestSize().toBytes();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String type = request.getContentType();
        if (maxBytes > 0 && type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/")
                && request.getContentLengthLong() > maxBytes) {
            if (ApiRequests.isApi(request)) {
                ProblemJson.write(response, HttpStatus.PAYLOAD_TOO_LARGE,
                        "The upload is larger than " + maxBytes / (1024 * 1024) + " MB; nothing was stored", Map.of());
            } else {
                // Tells the error dispatch not to read the form again (Spring MVC skips a failed multipart).
                request.setAttribute(jakarta.servlet.RequestDispatcher.ERROR_EXCEPTION,
                        new org.springframework.web.multipart.MaxUploadSizeExceededException(maxBytes));
                response.sendError(HttpStatus.PAYLOAD_TOO_LARGE.value());
            }
            return;
        }
        chain.doFilter(request, response);
    }
}
