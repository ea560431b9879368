package nl.doorstroom.web.system;

import jakarta.servlet.http.HttpServletRequest;

/** Which requests are the API's (answered in problem+json) and which a person's pages (answered in HTML). */
final class ApiRequests {

    private ApiRequests() {
    }

    static boolean isApi(String path) {
        return path != null && (path.startsWith("/api/") || path.equals("/api") || path.startsWith("/actuator"));
    }

    static boolean isApi(HttpServletRequest request) {
        return isApi(request.getRequestURI().substring(request.getContextPath().length()));
    }
}
