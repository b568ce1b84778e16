package org.interlinea.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Headers every response carries, whichever chain (or none: Vaadin serves its bootstrap and resources past
 * Spring Security's header writers) handles it: a Content-Security-Policy, {@code nosniff}, a referrer
 * policy, and {@code Cache-Control: no-store} on UI and private API responses, which may hold unpublished
 * text; the public availability API may be cached but is revalidated (its ETag makes that cheap).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class SecurityHeaders extends OncePerRequestFilter {

    /**
     * What Vaadin Flow needs and no more: its bootstrap has inline scripts and {@code executeJs} compiles
     * functions, so scripts need 'unsafe-inline' and 'unsafe-eval', but only from our own origin; push runs
     * over a same-origin WebSocket. The editor's keep-alive timer runs in a worker made from a blob (a hidden
     * tab's own timers are slowed to once a minute). No plug-ins, no framing by other sites, forms post only
     * to us.
     */
    static final String UI_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; "
            + "connect-src 'self'; worker-src 'self' blob:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /** JSON only: nothing in it may load or run anything. */
    static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean api = path.startsWith("/api/") || path.startsWith("/actuator/");
        response.setHeader("Content-Security-Policy", api ? API_POLICY : UI_POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", api ? "no-referrer" : "strict-origin-when-cross-origin");
        if (publicApi(path)) {
            response.setHeader("Cache-Control", "no-cache"); // may be kept, but revalidated with its ETag
        } else if (!staticFile(path)) {
            response.setHeader("Cache-Control", "no-store");
        }
        chain.doFilter(request, response);
    }

    /** Static files whose name or version pins their content. */
    private static boolean staticFile(String path) {
        return path.startsWith("/VAADIN/build/") || path.startsWith("/VAADIN/static/")
                || path.startsWith("/styles/") || path.equals("/favicon.ico");
    }

    private static boolean publicApi(String path) {
        return path.equals("/api/availability") || path.matches("/api/pages/[^/]+/availability");
    }
}
