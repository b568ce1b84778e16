package org.interlinea.coverage.bench;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.server.VaadinServletRequest;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.interlinea.coverage.Availability;
import org.interlinea.coverage.CoverageFilter;
import org.interlinea.coverage.CoverageFilter.Sort;
import org.interlinea.coverage.CoverageRow;
import org.interlinea.coverage.CoverageService;
import org.interlinea.coverage.LanguageCoverage;
import org.interlinea.coverage.ui.CoverageView;
import org.interlinea.support.ContentFixture;
import org.interlinea.support.Database;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The coverage screen at 100,000 pages x 3 languages: the service's queries, the first render of the
 * lazy grid and the site API, each warmed up and repeated (median and max in ms), plus the query plans
 * of the slowest queries. Not a test of speed (no timed assertions), but it checks every result so a
 * broken query fails it. Run with
 * {@code ./mvnw -o test -Dtest=CoverageBenchmark -Dsurefire.excludedGroups=none}; the table is printed
 * to stdout, which surefire puts in {@code target/surefire-reports/...CoverageBenchmark-output.txt}.
 */
@Tag("bench")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class CoverageBenchmark {

    static final int PAGES = 100_000;
    /** Archived pages (source file gone) on top of the live ones: kept in the tables, never counted. */
    static final int ARCHIVED = 1_000;
    static final int WARM_UP = 5;
    static final int RUNS = 20;

    static final ContentFixture content = new ContentFixture();

    @DynamicPropertySource
    static void emptyContentFolder(DynamicPropertyRegistry registry) {
        registry.add("interlinea.content-dir", () -> content.root().toString());
        registry.add("interlinea.sync-on-start", () -> "false");
    }

    @Autowired
    CoverageService coverage;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    ApplicationContext context;
    @LocalServerPort
    int port;

    private final List<Result> results = new ArrayList<>();

    record Result(String name, double median, double max, String explainSql) {
    }

    @Test
    void hundredThousandPages() throws Exception {
        long start = System.nanoTime();
        generate();
        System.out.printf("%nGenerated %,d pages (+%,d archived) x 3 languages in %,d ms%n", PAGES, ARCHIVED,
                (System.nanoTime() - start) / 1_000_000);

        queries();
        firstRender();
        siteApi();

        printTable();
        explainSlowest(5);
    }

    // ---------------------------------------------------------------------------------------------
    // Data: generated in SQL, deterministic (setseed in one transaction; statuses by residue classes so
    // the count of each status is known exactly).

    private void generate() {
        Database.clear(jdbc);
        new TransactionTemplate(transactions).executeWithoutResult(tx -> {
            jdbc.sql("select setseed(0.42)").query().listOfRows();
            jdbc.sql("""
                    insert into page (id, slug, source_language, title, title_search, published_date, priority,
                                      created_at, updated_at, removed_at)
                    select g, trim(both '-' from lower(regexp_replace(title, '[^A-Za-z]+', '-', 'g'))) || '-' || g,
                           'en', title, lower(title), published, priority, now(), now(),
                           case when g > :pages then now() - interval '30 days' end
                    from (
                        select g,
                               concat_ws(' ',
                                   case when g % 1000 = 7 then 'Okavango:' end,
                                   (array['Quiet','Forgotten','Northern','Last','Hidden','Long','Silent','Open',
                                          'Lost','Golden','Small','Wild','Distant','Broken','Young','Old','First',
                                          'Secret','Bright','Empty'])[1 + floor(random() * 20)::int],
                                   (array['keepers','voices','letters','roads','gardens','songs','archive',
                                          'harvest','memories','bridges','islands','workers','children','rivers',
                                          'lighthouse','market','school','station','mountains','winters',
                                          'teachers','fishermen','weavers','doctors','poets'])[1 + floor(random() * 25)::int],
                                   (array['of the','from the','beyond the','along the','under the','in the'])[1 + floor(random() * 6)::int],
                                   (array['river','glacier','steppe','delta','coast','forest','valley','border',
                                          'city','village','desert','harbour','mine','factory','railway','lake',
                                          'tundra','plateau','island','archipelago'])[1 + floor(random() * 20)::int],
                                   (array['','','','','','','','','an interview','a conversation','revisited',
                                          'part two','after the war','in their own words'])[1 + floor(random() * 14)::int]
                               ) as title,
                               case when random() < 0.01 then null
                                    else date '2016-01-01' + floor(random() * 3653)::int end as published,
                               (array[1,2,2,3,3,3,3,4,4,5])[1 + floor(random() * 10)::int] as priority
                        from generate_series(1, :all) g
                    ) generated""")
                    .param("pages", PAGES).param("all", PAGES + ARCHIVED).update();
            jdbc.sql("select setval('page_id_seq', :all)").param("all", PAGES + ARCHIVED).query(Long.class).single();
            // Residues mod 100 times a unit (19, 29) run through every bucket once per 100 pages.
            jdbc.sql("""
                    insert into availability (page_id, language, status, total_segments, translated_segments,
                                              total_words, translated_words, changed_words)
                    select id, language, status, segments,
                           case when status = 'MISSING' then 0
                                when status = 'IN_PROGRESS' then segments * (1 + id % 9) / 10
                                else segments end,
                           segments * (12 + id % 9),
                           case when status = 'MISSING' then 0
                                when status = 'IN_PROGRESS' then segments * (1 + id % 9) / 10 * (12 + id % 9)
                                else segments * (12 + id % 9) end,
                           case when status = 'OUTDATED' then segments * (12 + id % 9) / 20 else 0 end
                    from (
                        select p.id, l.language, 20 + (p.id * 37) % 400 as segments,
                               case l.language
                                   when 'en' then 'SOURCE'
                                   when 'ru' then case when (p.id * 19) % 100 < 60 then 'PUBLISHED'
                                                       when (p.id * 19) % 100 < 65 then 'OUTDATED'
                                                       when (p.id * 19) % 100 < 70 then 'IN_PROGRESS'
                                                       when (p.id * 19) % 100 < 72 then 'READY'
                                                       else 'MISSING' end
                                   else case when (p.id * 29) % 100 < 20 then 'PUBLISHED'
                                             when (p.id * 29) % 100 < 30 then 'IN_PROGRESS'
                                             when (p.id * 29) % 100 < 32 then 'READY'
                                             when (p.id * 29) % 100 < 34 then 'OUTDATED'
                                             else 'MISSING' end
                               end as status
                        from page p cross join (values ('en'), ('ru'), ('pt')) l (language)
                    ) cells""").update();
        });
        // What autovacuum reaches soon after a bulk load: statistics and the visibility map (index-only scans).
        jdbc.sql("vacuum (analyze) page").update();
        jdbc.sql("vacuum (analyze) availability").update();
    }

    // ---------------------------------------------------------------------------------------------

    private void queries() {
        CoverageFilter all = CoverageFilter.all();
        CoverageFilter missingPt = all.withStatusIn("pt", Availability.MISSING);
        CoverageFilter glacier = all.withTitleContains("Glacier");
        CoverageFilter okavango = all.withTitleContains("okavango");
        String live = "where p.removed_at is null";
        String missingPtSql = live + " and exists (select 1 from availability a where a.page_id = p.id"
                + " and a.language = 'pt' and a.status = 'MISSING')";
        String glacierSql = live + " and p.title_search like '%glacier%'";
        String okavangoSql = live + " and p.title_search like '%okavango%'";

        int count = measure("count(all)", "select coalesce(sum(live_pages), 0) from coverage_total",
                () -> coverage.count(all));
        assertThat(count).isEqualTo(PAGES);

        List<CoverageRow> newest = measure("fetch(all, 0, 50) newest first",
                fetchSql(live, "p.published_date desc nulls last, p.id", 0), () -> coverage.fetch(all, 0, 50));
        assertThat(newest).hasSize(50).allSatisfy(row -> assertThat(row.cells()).containsOnlyKeys("en", "ru", "pt"));
        assertThat(newest).extracting(CoverageRow::slug).isEqualTo(slugs(live, "published_date desc nulls last, id", 0));
        assertThat(newest).extracting(CoverageRow::publishedDate).isSortedAccordingTo(Comparator.reverseOrder());

        List<CoverageRow> byPriority = measure("fetch(all, 0, 50) by priority",
                fetchSql(live, "p.priority desc, p.id", 0),
                () -> coverage.fetch(all.withSort(Sort.PRIORITY_HIGH_FIRST), 0, 50));
        assertThat(byPriority).hasSize(50).allSatisfy(row -> assertThat(row.priority()).isEqualTo(5));
        assertThat(byPriority).extracting(CoverageRow::slug).isEqualTo(slugs(live, "priority desc, id", 0));

        List<CoverageRow> oldest = measure("fetch(all, 0, 50) oldest first",
                fetchSql(live, "p.published_date asc nulls last, p.id", 0),
                () -> coverage.fetch(all.withSort(Sort.OLDEST_FIRST), 0, 50));
        assertThat(oldest).extracting(CoverageRow::slug).isEqualTo(slugs(live, "published_date asc nulls last, id", 0));

        List<CoverageRow> lowPriority = measure("fetch(all, 0, 50) by priority, low first",
                fetchSql(live, "p.priority asc, p.id", 0),
                () -> coverage.fetch(all.withSort(Sort.PRIORITY_LOW_FIRST), 0, 50));
        assertThat(lowPriority).extracting(CoverageRow::slug).isEqualTo(slugs(live, "priority asc, id", 0));

        List<CoverageRow> byTitle = measure("fetch(all, 0, 50) by title", fetchSql(live, "p.title_search, p.id", 0),
                () -> coverage.fetch(all.withSort(Sort.TITLE), 0, 50));
        assertThat(byTitle).extracting(CoverageRow::slug).isEqualTo(slugs(live, "title_search, id", 0));

        List<CoverageRow> deep = measure("fetch(all, 99000, 50) newest first",
                fetchSql(live, "p.published_date desc nulls last, p.id", 99_000),
                () -> coverage.fetch(all, 99_000, 50));
        assertThat(deep).extracting(CoverageRow::slug)
                .isEqualTo(slugs(live, "published_date desc nulls last, id", 99_000));

        List<CoverageRow> deepTitle = measure("fetch(all, 99000, 50) by title",
                fetchSql(live, "p.title_search, p.id", 99_000),
                () -> coverage.fetch(all.withSort(Sort.TITLE), 99_000, 50));
        assertThat(deepTitle).extracting(CoverageRow::slug).isEqualTo(slugs(live, "title_search, id", 99_000));

        int missing = measure("count(MISSING in pt)", """
                        select coalesce(sum(pages), 0) from language_status_count
                        where language = 'pt' and status = 'MISSING'""",
                () -> coverage.count(missingPt));
        assertThat(missing).isEqualTo(PAGES * 66 / 100);

        List<CoverageRow> missingRows = measure("fetch(MISSING in pt, 0, 50)",
                fetchSql(missingPtSql, "p.published_date desc nulls last, p.id", 0),
                () -> coverage.fetch(missingPt, 0, 50));
        assertThat(missingRows).hasSize(50)
                .allSatisfy(row -> assertThat(row.cell("pt").status()).isEqualTo(Availability.MISSING));
        assertThat(missingRows).extracting(CoverageRow::slug)
                .isEqualTo(slugs(missingPtSql, "published_date desc nulls last, id", 0));

        int glaciers = measure("count(title contains 'glacier')", countSql(glacierSql), () -> coverage.count(glacier));
        assertThat(glaciers).isEqualTo(jdbc.sql("select count(*) from page p " + glacierSql).query(Integer.class).single())
                .isBetween(PAGES / 25, PAGES / 15);
        List<CoverageRow> glacierRows = measure("fetch(title contains 'glacier', 0, 50)",
                fetchSql(glacierSql, "p.published_date desc nulls last, p.id", 0), () -> coverage.fetch(glacier, 0, 50));
        assertThat(glacierRows).hasSize(50)
                .allSatisfy(row -> assertThat(row.title().toLowerCase(Locale.ROOT)).contains("glacier"));

        int okavangos = measure("count(title contains 'okavango')", countSql(okavangoSql),
                () -> coverage.count(okavango));
        assertThat(okavangos).isEqualTo(PAGES / 1000);
        List<CoverageRow> okavangoRows = measure("fetch(title contains 'okavango', 0, 50)",
                fetchSql(okavangoSql, "p.published_date desc nulls last, p.id", 0),
                () -> coverage.fetch(okavango, 0, 50));
        assertThat(okavangoRows).hasSize(50).allSatisfy(row -> assertThat(row.title()).startsWith("Okavango:"));

        List<LanguageCoverage> languages = measure("languageCoverage()", """
                select language, status, sum(pages) from language_status_count
                group by language, status having sum(pages) <> 0
                union all
                select null, null, coalesce(sum(live_pages), 0) from coverage_total""", () -> coverage.languageCoverage());
        Map<String, LanguageCoverage> byLanguage = new LinkedHashMap<>();
        languages.forEach(l -> byLanguage.put(l.language(), l));
        assertThat(byLanguage).containsOnlyKeys("en", "ru", "pt");
        assertThat(byLanguage.values()).allSatisfy(l -> assertThat(l.total()).isEqualTo(PAGES));
        assertThat(byLanguage.get("en").readable()).isEqualTo(PAGES);
        assertThat(byLanguage.get("ru").readable()).isEqualTo(PAGES * 65 / 100);
        assertThat(byLanguage.get("pt").readable()).isEqualTo(PAGES * 22 / 100);
        assertThat(byLanguage.get("pt").count(Availability.MISSING)).isEqualTo(PAGES * 66 / 100);
        assertThat(byLanguage.get("pt").count(Availability.IN_PROGRESS)).isEqualTo(PAGES / 10);
        assertThat(byLanguage.get("ru").count(Availability.MISSING)).isEqualTo(PAGES * 28 / 100);

        String slug = jdbc.sql("select slug from page where id = 54321").query(String.class).single();
        var page = measure("page(slug)", null, () -> coverage.page(slug));
        assertThat(page).hasValueSatisfying(row -> {
            assertThat(row.pageId()).isEqualTo(54_321);
            assertThat(row.cell("en").status()).isEqualTo(Availability.SOURCE);
            assertThat(row.cell("pt").status()).isNotNull();
        });
    }

    // ---------------------------------------------------------------------------------------------
    // The coverage view in Karibu: from navigate until the grid's first 50 rows are fetched and rendered.

    private void firstRender() {
        var admin = UsernamePasswordAuthenticationToken.authenticated("admin", null,
                List.of(new SimpleGrantedAuthority("ROLE_ADMIN")));
        Routes routes = new Routes().autoDiscoverViews("org.interlinea");
        LocalDate newestDate = jdbc.sql("select max(published_date) from page where removed_at is null")
                .query(LocalDate.class).single();
        List<Long> roundTrips = new ArrayList<>();
        CoverageRow first = measure("first render of CoverageView (Karibu)", 3, 10, null, () -> {
            SecurityContextHolder.getContext().setAuthentication(admin);
            MockVaadin.setup(UI::new, new MockSpringServlet(routes, context, UI::new));
            try {
                FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
                request.setUserPrincipalInt(admin);
                request.setUserInRole((principal, role) -> role.equals("ADMIN"));
                long start = System.nanoTime();
                UI.getCurrent().navigate(CoverageView.class);
                @SuppressWarnings("unchecked")
                Grid<CoverageRow> grid = _get(Grid.class, spec -> spec.withId("coverage-grid"));
                // What the browser asks for first; the round trip fetches the window and renders its cells.
                long navigated = System.nanoTime();
                grid.getDataCommunicator().setViewportRange(0, 50);
                MockVaadin.clientRoundtrip(false);
                CoverageRow row = grid.getDataCommunicator().getItem(0);
                long end = System.nanoTime();
                roundTrips.add(end - navigated);
                assertThat(grid.getDataCommunicator().getItemCount()).isEqualTo(PAGES);
                return new Timed<>(end - start, row);
            } finally {
                MockVaadin.tearDown();
                SecurityContextHolder.clearContext();
            }
        });
        double[] tail = roundTrips.subList(roundTrips.size() - 10, roundTrips.size()).stream()
                .mapToDouble(n -> n / 1e6).sorted().toArray();
        results.add(new Result("  of which grid round trip (count, fetch, render)", (tail[4] + tail[5]) / 2, tail[9], null));
        assertThat(first.publishedDate()).isEqualTo(newestDate);
    }

    // ---------------------------------------------------------------------------------------------

    private void siteApi() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/availability")).build();

        HttpResponse<String> checked = http.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(checked.statusCode()).isEqualTo(200);
        JsonNode body = JsonMapper.builder().build().readTree(checked.body());
        assertThat(body.get("pages").size()).isEqualTo(PAGES);
        assertThat(body.get("pages").valueStream()
                .filter(p -> p.get("availability").get("pt").asString().equals("PUBLISHED")).count())
                .isEqualTo(PAGES / 5);
        int bytes = checked.body().getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
        String etag = checked.headers().firstValue("ETag").orElseThrow();
        checked = null;
        body = null;

        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        System.gc();
        long before = heap.stream().mapToLong(p -> p.getUsage().getUsed()).sum();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        // The body is read and dropped, so the heap peak is the server's (plus a small read buffer).
        long read = measure("GET /api/availability (all pages)", 1, 5, null, () -> timed(() -> {
            try {
                HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
                try (InputStream in = response.body()) {
                    return in.transferTo(java.io.OutputStream.nullOutputStream());
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }));
        long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        assertThat(read).isEqualTo(bytes);

        // What a polling site pays when nothing changed.
        HttpRequest conditional = HttpRequest.newBuilder(request.uri()).header("If-None-Match", etag).build();
        int notModified = measure("GET /api/availability, If-None-Match (304)", null, () -> {
            try {
                return http.send(conditional, HttpResponse.BodyHandlers.discarding()).statusCode();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(notModified).isEqualTo(304);

        // One of the API's keyset windows, deep in the title order.
        var cursor = jdbc.sql("select title_search, id from page where removed_at is null order by title_search, id"
                        + " limit 1 offset 90000")
                .query((rs, n) -> new CoverageService.TitleCursor(rs.getString(1), rs.getLong(2))).single();
        String windowSql = """
                select p.id, p.slug, p.title, p.title_search, p.source_language,
                       array(select a.language || '=' || a.status from availability a where a.page_id = p.id)
                from page p
                where p.removed_at is null and (p.title_search, p.id) > ('%s', %d)
                order by p.title_search, p.id limit 2000""".formatted(cursor.titleSearch().replace("'", "''"), cursor.id());
        var window = measure("API window: livePagesByTitle(after #90000, 2000)", windowSql,
                () -> coverage.livePagesByTitle(cursor, 2000));
        assertThat(window).hasSize(2000);
        System.out.printf("%nGET /api/availability: %,d bytes (%.1f MB); heap in use before %d MB, peak while serving"
                        + " (sum of pool peaks, includes garbage not yet collected) %d MB, max heap %d MB%n",
                bytes, bytes / 1e6, before >> 20, peak >> 20, Runtime.getRuntime().maxMemory() >> 20);
    }

    // ---------------------------------------------------------------------------------------------

    private <T> T measure(String name, String explainSql, Supplier<T> call) {
        return measure(name, WARM_UP, RUNS, explainSql, () -> timed(call));
    }

    /** {@code call} returns its own elapsed time (so it can leave set-up out) and its result. */
    private <T> T measure(String name, int warmUp, int runs, String explainSql, Supplier<Timed<T>> call) {
        T result = null;
        for (int i = 0; i < warmUp; i++) {
            result = call.get().value();
        }
        double[] millis = new double[runs];
        for (int i = 0; i < runs; i++) {
            Timed<T> timed = call.get();
            millis[i] = timed.nanos() / 1e6;
            result = timed.value();
        }
        Arrays.sort(millis);
        double median = runs % 2 == 1 ? millis[runs / 2] : (millis[runs / 2 - 1] + millis[runs / 2]) / 2;
        results.add(new Result(name, median, millis[runs - 1], explainSql));
        return result;
    }

    private record Timed<T>(long nanos, T value) {
    }

    private static <T> Timed<T> timed(Supplier<T> call) {
        long start = System.nanoTime();
        T value = call.get();
        return new Timed<>(System.nanoTime() - start, value);
    }

    private List<String> slugs(String where, String orderBy, int offset) {
        return jdbc.sql("select slug from page p " + where + " order by " + orderBy + " limit 50 offset " + offset)
                .query(String.class).list();
    }

    // The SQL CoverageService sends for these filters, written out for EXPLAIN (the service keeps its own
    // builder private); fillCells' query on the window's 50 ids follows each fetch and is cheap.
    private static String countSql(String where) {
        return "select count(*) from page p " + where;
    }

    private static String fetchSql(String where, String orderBy, int offset) {
        return "select p.id, p.slug, p.title, p.source_language, p.published_date, p.priority from page p "
                + where + " order by " + orderBy + " limit 50 offset " + offset;
    }

    private void printTable() {
        int width = results.stream().mapToInt(r -> r.name().length()).max().orElse(10);
        String format = "%-" + width + "s  %10s  %10s%n";
        StringBuilder table = new StringBuilder();
        table.append(String.format("%n%,d pages x 3 languages, %d warm-up + %d runs (render: 3 + 10, API: 1 + 5)%n",
                PAGES, WARM_UP, RUNS));
        table.append(String.format(format, "what", "median ms", "max ms"));
        table.append("-".repeat(width + 24)).append('\n');
        for (Result r : results) {
            table.append(String.format(Locale.ROOT, "%-" + width + "s  %10.1f  %10.1f%n", r.name(), r.median(), r.max()));
        }
        System.out.print(table);
    }

    private void explainSlowest(int howMany) {
        results.stream().filter(r -> r.explainSql() != null)
                .sorted(Comparator.comparingDouble(Result::median).reversed()).limit(howMany)
                .forEach(r -> {
                    System.out.printf("%nEXPLAIN (ANALYZE, BUFFERS) for %s (median %.1f ms):%n", r.name(), r.median());
                    jdbc.sql("explain (analyze, buffers) " + r.explainSql()).query(String.class).list()
                            .forEach(line -> System.out.println("  " + line));
                });
    }
}
