package org.interlinea.security;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Origins allowed to read the public availability API from a browser ({@code interlinea.site-api.cors-origins},
 * e.g. {@code https://news.example.org}): the site may call it from its own domain. Empty: same origin only.
 */
@ConfigurationProperties("interlinea.site-api")
record SiteApiCorsProperties(List<String> corsOrigins) {

    SiteApiCorsProperties {
        corsOrigins = corsOrigins == null ? List.of() : List.copyOf(corsOrigins);
    }
}
