package org.interlinea.content.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Base64;
import javax.sql.DataSource;
import org.interlinea.content.ContentSyncService;
import org.interlinea.content.SyncRun;
import org.interlinea.support.DemoCorpusApp;
import org.interlinea.support.TableLock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The deploy script's view of a sync: {@code POST /api/sync} answers at once with the run, {@code 409} while one
 * runs, and {@code GET /api/sync/status} and {@code /api/sync/runs/{id}} follow it to its end.
 */
@DemoCorpusApp
class SyncApiTest {

    @LocalServerPort
    int port;
    @Autowired
    ContentSyncService sync;
    @Autowired
    DataSource dataSource;

    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();

    @AfterEach
    void noRunLeftBehind() {
        sync.current().ifPresent(SyncRun::await);
    }

    private HttpResponse<String> send(String method, String path, boolean signedIn) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(method, HttpRequest.BodyPublishers.noBody());
        if (signedIn) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString(("admin:" + DemoCorpusApp.ADMIN_PASSWORD).getBytes()));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aSyncAnswersAtOnceAndIsFollowedToItsEnd() throws Exception {
        HttpResponse<String> started;
        long heldMillis;
        // The run waits at its first step while the lock is held: it is running for all to see.
        try (TableLock held = new TableLock(dataSource, "sync_problem")) {
            started = send("POST", "/api/sync", true);
            long from = System.nanoTime(); // the run started before the answer came
            assertThat(started.statusCode()).isEqualTo(202);
            JsonNode run = json.readTree(started.body()).get("run");
            assertThat(json.readTree(started.body()).get("state").asString()).isEqualTo("running");
            assertThat(started.headers().firstValue("Location")).hasValue("/api/sync/runs/" + run.get("id").asLong());
            assertThat(run.get("triggeredBy").asString()).isEqualTo("api:admin");

            HttpResponse<String> status = send("GET", "/api/sync/status", true);
            assertThat(status.statusCode()).isEqualTo(200);
            JsonNode running = json.readTree(status.body());
            assertThat(running.get("state").asString()).isEqualTo("running");
            assertThat(running.get("run").get("id").asLong()).isEqualTo(run.get("id").asLong());
            assertThat(running.get("run").get("finishedAt").isNull()).isTrue();
            assertThat(running.get("run").has("pagesDone")).isTrue();
            assertThat(running.get("run").has("pagesTotal")).isTrue();
            assertThat(running.get("run").has("pagesAtWork")).isTrue();

            HttpResponse<String> second = send("POST", "/api/sync", true);
            assertThat(second.statusCode()).isEqualTo(409);
            assertThat(json.readTree(second.body()).get("error").asString()).contains("already running");
            assertThat(json.readTree(second.body()).get("status").get("run").get("id").asLong())
                    .isEqualTo(run.get("id").asLong());
            Thread.sleep(200);
            heldMillis = (System.nanoTime() - from) / 1_000_000;
        }
        sync.current().ifPresent(SyncRun::await);

        String location = started.headers().firstValue("Location").orElseThrow();
        JsonNode result = json.readTree(send("GET", location, true).body());
        assertThat(result.get("run").get("state").asString()).isEqualTo("finished");
        assertThat(result.get("run").get("unchanged").asInt()).isEqualTo(24);
        assertThat(result.get("run").get("durationMs").asLong()).isGreaterThanOrEqualTo(heldMillis - 50);
        assertThat(result.get("problemList").isArray()).isTrue();
        JsonNode idle = json.readTree(send("GET", "/api/sync/status", true).body());
        assertThat(idle.get("state").asString()).isEqualTo("idle");
        assertThat(idle.get("run").get("finishedAt").isNull()).isFalse();
    }

    @Test
    void anotherNodeSyncingIsAConflictToo() throws Exception {
        // What another app node holds while it syncs.
        try (var connection = dataSource.getConnection(); var statement = connection.createStatement()) {
            statement.execute("select pg_advisory_lock(" + 0x1A7E_511EL + ")");
            try {
                assertThat(send("POST", "/api/sync", true).statusCode()).isEqualTo(409);
                assertThat(json.readTree(send("GET", "/api/sync/status", true).body()).get("state").asString())
                        .isEqualTo("running");
            } finally {
                statement.execute("select pg_advisory_unlock(" + 0x1A7E_511EL + ")");
            }
        }
        assertThat(json.readTree(send("GET", "/api/sync/status", true).body()).get("state").asString())
                .isEqualTo("idle");
    }

    @Test
    void theSyncApiNeedsCredentials() throws Exception {
        assertThat(send("GET", "/api/sync/status", false).statusCode()).isEqualTo(401);
        assertThat(send("GET", "/api/sync/runs/1", false).statusCode()).isEqualTo(401);
        assertThat(send("GET", "/api/sync/runs/999999", true).statusCode()).isEqualTo(404);
    }
}
