package io.roadmapgraph.server.web;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;

/** Writing the server's own HTML pages. */
final class Html {

    /**
     * Scripts from this origin only (no inline script); inline styles because GraphiQL's editors set them and the
     * landing page has its own; GraphiQL's fonts are data: URLs; requests only to this origin.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; "
            + "base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    private Html() {
    }

    /** Text for an HTML element or a double-quoted attribute. */
    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }

    /** A page that loads nothing from another origin, always revalidated. */
    static HttpResponse<String> page(String html) {
        return HttpResponse.ok(html)
                .contentType(MediaType.TEXT_HTML + ";charset=utf-8")
                .header("Content-Security-Policy", CONTENT_SECURITY_POLICY)
                .header("X-Content-Type-Options", "nosniff")
                .header("Referrer-Policy", "no-referrer")
                .header("Cache-Control", "no-cache");
    }
}
