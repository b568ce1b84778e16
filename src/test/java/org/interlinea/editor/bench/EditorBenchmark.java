package org.interlinea.editor.bench;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinServletRequest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.interlinea.browser.Browser;
import org.interlinea.coverage.AvailabilityService;
import org.interlinea.document.PageSegment;
import org.interlinea.editor.EditorPage;
import org.interlinea.editor.EditorService;
import org.interlinea.support.DemoCorpusApp;
import org.interlinea.translation.SaveResult;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Editor speed: opening a 500-segment page (server time to build the view; time until the browser can
 * type) and save latency with 20 translators saving at once. Run with
 * {@code ./mvnw -o test -Dtest=EditorBenchmark -Dsurefire.excludedGroups=none}.
 */
@Tag("bench")
@DemoCorpusApp
class EditorBenchmark {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    EditorService editor;
    @Autowired
    AvailabilityService availability;
    @Autowired
    ApplicationContext context;

    private String page(int segments) {
        String slug = "bench-" + segments;
        if (jdbc.sql("select count(*) from page where slug = :s").param("s", slug).query(Integer.class).single() > 0) {
            return slug;
        }
        long pageId = jdbc.sql("""
                        insert into page (slug, source_language, title, title_search)
                        values (:s, 'en', :t, lower(:t)) returning id""")
                .param("s", slug).param("t", "Benchmark page of " + segments + " segments").query(Long.class).single();
        for (int i = 0; i < segments; i++) {
            String text = i % 5 == 0
                    ? "<1>Speaker " + (i % 3) + ":</1> This is sentence number " + i + " of the benchmark page, with {2} markup."
                    : "Sentence " + i + " talks about rivers, archives and the night shift in some detail.";
            jdbc.sql("""
                            insert into segment (page_id, position, paragraph, source_text, source_hash, words, context)
                            values (:p, :pos, :par, :text, md5(:text), 12, 'p')""")
                    .param("p", pageId).param("pos", i).param("par", i / 4).param("text", text).update();
        }
        availability.recompute(List.of(pageId));
        return slug;
    }

    @Test
    void openingALargePage() {
        for (int size : new int[] {500, 2000}) {
            String slug = page(size);
            var admin = UsernamePasswordAuthenticationToken.authenticated("admin", null,
                    List.of(new SimpleGrantedAuthority("ROLE_ADMIN")));
            SecurityContextHolder.getContext().setAuthentication(admin);
            MockVaadin.setup(UI::new, new MockSpringServlet(new Routes().autoDiscoverViews("org.interlinea"), context, UI::new));
            ((FakeRequest) VaadinServletRequest.getCurrent().getRequest()).setUserPrincipalInt(admin);
            List<Long> times = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                long start = System.nanoTime();
                UI.getCurrent().navigate("translate/" + slug + "/pt");
                times.add((System.nanoTime() - start) / 1_000_000);
                UI.getCurrent().navigate("");
            }
            MockVaadin.tearDown();
            SecurityContextHolder.clearContext();
            System.out.printf("BENCH server build of the editor view, %d segments: runs %s ms, median %d ms%n", size,
                    times, median(times));

            try (Browser browser = Browser.open(port, "en-GB")) {
                browser.signIn("admin", DemoCorpusApp.ADMIN_PASSWORD);
                browser.waitFor(By.id("coverage-grid"));
                List<Long> browserTimes = new ArrayList<>();
                List<Long> baseline = new ArrayList<>();
                for (int i = 0; i < 4; i++) {
                    browser.go("/translate/" + slug + "/pt");
                    browser.waitFor(By.cssSelector("#target-0 [contenteditable=true]"));
                    long base = System.nanoTime();
                    browser.go("/");
                    browser.waitFor(By.cssSelector("#coverage-grid .status-missing"));
                    baseline.add((System.nanoTime() - base) / 1_000_000);
                    long start = System.nanoTime();
                    browser.go("/translate/" + slug + "/pt");
                    browser.waitFor(By.cssSelector("#target-0 [contenteditable=true]")).sendKeys("x");
                    browserTimes.add((System.nanoTime() - start) / 1_000_000);
                }
                System.out.printf("BENCH browser, %d segments: navigation until #target-0 takes typing: runs %s ms, median %d ms%n",
                        size, browserTimes, median(browserTimes));
                System.out.printf("BENCH browser baseline: the coverage screen until its grid shows: runs %s ms, median %d ms%n",
                        baseline, median(baseline));
            }
        }
    }

    @Test
    void saveLatencyWithTwentyTranslators() throws Exception {
        EditorPage page = editor.open(page(500), "pt").orElseThrow();
        int translators = 20;
        int savesEach = 50;
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(translators);
        List<Future<?>> done = new ArrayList<>();
        long wall = System.nanoTime();
        for (int t = 0; t < translators; t++) {
            int translator = t;
            done.add(pool.submit(() -> {
                var editing = new EditorService.Editing(page.pageId(), "en", "pt", "translator-" + translator, null);
                List<PageSegment> mine = page.segments().subList(translator * 25, translator * 25 + 25);
                int[] versions = new int[mine.size()];
                // the browser run above types into segment 0, and that draft is now kept: start from what is saved
                for (int k = 0; k < mine.size(); k++) {
                    versions[k] = page.translation(mine.get(k)).version();
                }
                for (int i = 0; i < savesEach; i++) {
                    int k = i % mine.size();
                    long start = System.nanoTime();
                    SaveResult result = editor.saveDraft(editing, mine.get(k), "Rascunho " + i + " de " + translator,
                            versions[k]);
                    latencies.add((System.nanoTime() - start) / 1000);
                    if (!result.saved()) {
                        throw new IllegalStateException("unexpected conflict");
                    }
                    versions[k] = result.current().version();
                }
                return null;
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        long wallMs = (System.nanoTime() - wall) / 1_000_000;
        pool.shutdown();
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        System.out.printf("BENCH save latency, %d translators x %d drafts: p50 %.1f ms, p99 %.1f ms, max %.1f ms,"
                        + " %d saves in %d ms (%.0f/s)%n", translators, savesEach,
                sorted.get(sorted.size() / 2) / 1000.0, sorted.get((int) (sorted.size() * 0.99)) / 1000.0,
                sorted.getLast() / 1000.0, sorted.size(), wallMs, sorted.size() * 1000.0 / wallMs);
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
