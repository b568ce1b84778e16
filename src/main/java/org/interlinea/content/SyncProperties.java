package org.interlinea.content;

import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the content sync works through the changed pages ({@code interlinea.sync.*}): {@code threads} pages at a
 * time, each in its own transaction; a page whose markup nests deeper than {@code max-nesting-depth} is refused
 * before the HTML filter reads it (the filter's time grows with the square of the depth); a page still being
 * read after {@code page-time-limit} is abandoned. Either way the page is listed as a problem and the others go on.
 */
@ConfigurationProperties("interlinea.sync")
record SyncProperties(@DefaultValue("2") int threads, @DefaultValue("1000") int maxNestingDepth,
        @DefaultValue("60s") @Nullable Duration pageTimeLimit) {

    SyncProperties {
        threads = threads <= 0 ? 2 : threads;
        maxNestingDepth = maxNestingDepth <= 0 ? 1_000 : maxNestingDepth;
        pageTimeLimit = pageTimeLimit == null || pageTimeLimit.isNegative() || pageTimeLimit.isZero()
                ? Duration.ofSeconds(60) : pageTimeLimit;
    }
}
