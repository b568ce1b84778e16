package org.interlinea.content;

import java.time.LocalDate;

/**
 * What a page's HTML says about itself. Read from:
 * {@code <title>} (else the first {@code <h1>}), {@code <meta property="article:published_time">}
 * (else {@code <meta name="date">} or {@code <meta name="dcterms.date">}),
 * {@code <meta property="article:modified_time">}, and {@code <meta name="interlinea:priority">} (1 to 5,
 * 5 most urgent; 3 when absent).
 */
record HtmlMetadata(String title, LocalDate publishedDate, LocalDate modifiedDate, int priority) {

    static final int DEFAULT_PRIORITY = 3;
}
