package org.interlinea.coverage.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.interlinea.content.ContentSyncService;
import org.interlinea.content.SyncRun;
import org.interlinea.support.DemoCorpusApp;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@DemoCorpusApp
class SiteApiTest {

    @LocalServerPort
    int port;
    @Autowired
    ContentSyncService sync;

    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void allPagesWithTheirAvailabilityIsPublic() throws Exception {
        HttpResponse<String> response = get("/api/availability");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("application/json"));
        JsonNode body = json.readTree(response.body());
        assertThat(body.get("languages").valueStream().map(JsonNode::asString).toList())
                .isEqualTo(List.of("en", "ru", "pt"));
        assertThat(body.get("pages").size()).isEqualTo(13);
        long portuguese = body.get("pages").valueStream()
                .filter(p -> p.get("availability").get("pt").asString().equals("PUBLISHED")).count();
        long russian = body.get("pages").valueStream()
                .filter(p -> !p.get("availability").get("ru").asString().equals("MISSING")).count();
        assertThat(portuguese).isEqualTo(3);
        assertThat(russian).isEqualTo(8);
        assertThat(body.get("pages").valueStream().allMatch(p -> p.get("availability").get("en").asString()
                .equals("SOURCE"))).isTrue();
    }

    @Test
    void pollingWithTheETagGetsA304UntilSomethingChanges() throws Exception {
        HttpResponse<String> first = get("/api/availability");
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertThat(first.headers().firstValue("Cache-Control")).hasValue("no-cache");
        URI uri = URI.create("http://localhost:" + port + "/api/availability");

        HttpResponse<String> again = http.send(HttpRequest.newBuilder(uri).header("If-None-Match", etag).build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> stale = http.send(HttpRequest.newBuilder(uri).header("If-None-Match", "\"0-0-0\"").build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        assertThat(again.headers().firstValue("ETag")).hasValue(etag);
        assertThat(stale.statusCode()).isEqualTo(200);
        assertThat(stale.body()).isEqualTo(first.body());
    }

    @Test
    void everyPageHasTheSameShapeWithEveryLanguageInConfigurationOrder() throws Exception {
        JsonNode pages = json.readTree(get("/api/availability").body()).get("pages");

        assertThat(pages.valueStream()).allSatisfy(p -> {
            assertThat(p.propertyNames()).containsExactly("slug", "title", "sourceLanguage", "availability");
            assertThat(p.get("availability").propertyNames()).containsExactly("en", "ru", "pt");
        });
    }

    @Test
    void onePage() throws Exception {
        HttpResponse<String> response = get("/api/pages/river-keepers-of-the-amazon/availability");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode page = json.readTree(response.body());
        assertThat(page.get("slug").asString()).isEqualTo("river-keepers-of-the-amazon");
        assertThat(page.get("sourceLanguage").asString()).isEqualTo("en");
        assertThat(page.get("title").asString()).isNotBlank();
        assertThat(json.convertValue(page.get("availability"), Map.class))
                .containsExactly(Map.entry("en", "SOURCE"), Map.entry("ru", "PUBLISHED"), Map.entry("pt", "PUBLISHED"));
    }

    @Test
    void unknownPageIsAJson404() throws Exception {
        HttpResponse<String> response = get("/api/pages/no-such-page/availability");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(json.readTree(response.body()).get("error").asString()).contains("no-such-page");
    }

    @Test
    void healthIsPublic() throws Exception {
        HttpResponse<String> response = get("/actuator/health");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"UP\"");
    }

    @Test
    void syncNeedsCredentials() throws Exception {
        URI uri = URI.create("http://localhost:" + port + "/api/sync");
        HttpResponse<String> anonymous = http.send(HttpRequest.newBuilder(uri)
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        String basic = Base64.getEncoder().encodeToString(("admin:" + DemoCorpusApp.ADMIN_PASSWORD).getBytes());
        HttpResponse<String> admin = http.send(HttpRequest.newBuilder(uri).header("Authorization", "Basic " + basic)
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(admin.statusCode()).isEqualTo(202);
        long run = json.readTree(admin.body()).get("run").get("id").asLong();
        sync.current().ifPresent(SyncRun::await);
        assertThat(sync.run(run).orElseThrow().finished()).isTrue();
        assertThat(sync.run(run).orElseThrow().unchanged()).isEqualTo(24);
    }
}
