package org.interlinea.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The largest request body the app reads ({@code interlinea.request-limits.api}, {@code .ui}): the JSON API takes
 * no more than a small JSON document, the UI's own messages (a pasted translation of a long paragraph) stay far
 * below the UI limit. Anything larger is refused with 413 before it is read or authenticated.
 */
@ConfigurationProperties("interlinea.request-limits")
record RequestLimits(@DefaultValue("1MB") DataSize api, @DefaultValue("10MB") DataSize ui) {
}
