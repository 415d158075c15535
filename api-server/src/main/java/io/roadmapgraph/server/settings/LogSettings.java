package io.roadmapgraph.server.settings;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.context.annotation.Context;
import jakarta.validation.constraints.Pattern;

/**
 * The log format, {@code roadmap.log.*} ({@code ROADMAP_LOG_*}); the default lives here only. The bundled
 * {@code logback.xml} reads the same property to pick its appender; this class refuses a value it has no appender for,
 * at start-up, with one line.
 */
@Context
@ConfigurationProperties("roadmap.log")
public class LogSettings {

    public static final String DEFAULT_FORMAT = "text";

    @Pattern(regexp = "text|json", message = "must be text or json")
    private String format = DEFAULT_FORMAT;

    /** {@code text}: one readable line per event; {@code json}: one JSON object per line (Logback's JsonEncoder). */
    public String getFormat() {
        return format;
    }

    public void setFormat(String format) {
        this.format = format;
    }
}
