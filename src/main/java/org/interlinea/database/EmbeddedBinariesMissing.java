package org.interlinea.database;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** The slim build (-Pslim) was started without a database URL: it has no PostgreSQL of its own to start. */
final class EmbeddedBinariesMissing extends IllegalStateException {

    EmbeddedBinariesMissing() {
        super("This is the slim build, without the embedded PostgreSQL, and spring.datasource.url is not set.");
    }

    /** Says what to set instead of a page of nested bean-creation stack traces. */
    static final class Analyzer extends AbstractFailureAnalyzer<EmbeddedBinariesMissing> {
        @Override
        protected FailureAnalysis analyze(Throwable rootFailure, EmbeddedBinariesMissing cause) {
            return new FailureAnalysis(cause.getMessage(),
                    "Set spring.datasource.url (SPRING_DATASOURCE_URL), spring.datasource.username and"
                            + " spring.datasource.password to an external PostgreSQL server, or run the default"
                            + " build, which starts its own PostgreSQL.", cause);
        }
    }
}
