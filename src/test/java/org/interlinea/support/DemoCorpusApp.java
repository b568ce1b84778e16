package org.interlinea.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole app on a random port with the demo corpus in {@code translations/} (read, never written),
 * one context shared by every test class that uses this annotation. The context is ready once the sync at start
 * has imported the corpus.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "interlinea.content-dir=translations",
        "interlinea.admin-password=" + DemoCorpusApp.ADMIN_PASSWORD,
        "interlinea.site-api.cors-origins=" + DemoCorpusApp.SITE_ORIGIN})
@ActiveProfiles("test")
@Import(StartupSyncDone.class)
public @interface DemoCorpusApp {
    String ADMIN_PASSWORD = "demo-admin-password";
    /** The site that may read the public API from its pages. */
    String SITE_ORIGIN = "https://news.example.org";
}
