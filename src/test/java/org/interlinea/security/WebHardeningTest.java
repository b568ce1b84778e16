package org.interlinea.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.interlinea.support.DemoCorpusApp;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** What every response tells a browser, and who may read the public API from another origin. */
@DemoCorpusApp
class WebHardeningTest {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> send(String method, String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(method, HttpRequest.BodyPublishers.noBody());
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theUiIsServedWithAPolicyVaadinWorksWith() throws Exception {
        HttpResponse<String> login = send("GET", "/login");

        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.headers().firstValue("Content-Security-Policy")).hasValue(SecurityHeaders.UI_POLICY);
        assertThat(login.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(login.headers().firstValue("Referrer-Policy")).hasValue("strict-origin-when-cross-origin");
        assertThat(login.headers().firstValue("Cache-Control")).hasValueSatisfying(v -> assertThat(v).contains("no-store"));
        List<String> cookies = login.headers().allValues("Set-Cookie");
        assertThat(cookies).anySatisfy(c -> assertThat(c).startsWith("JSESSIONID=").contains("HttpOnly")
                .contains("SameSite=Lax"));
    }

    @Test
    void thePublicApiAnswersHeadAndStaysClosedToEverythingElse() throws Exception {
        HttpResponse<String> head = send("HEAD", "/api/availability");
        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.headers().firstValue("ETag")).isPresent();
        assertThat(send("HEAD", "/api/pages/the-glacier-archive/availability").statusCode()).isEqualTo(200);

        HttpResponse<String> get = send("GET", "/api/availability");
        assertThat(get.headers().firstValue("Content-Security-Policy")).hasValue(SecurityHeaders.API_POLICY);
        assertThat(get.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(get.headers().firstValue("Cache-Control")).hasValue("no-cache");

        assertThat(send("POST", "/api/sync").statusCode()).isEqualTo(401);
    }

    @Test
    void theConfiguredSiteMayReadThePublicApiFromItsPages() throws Exception {
        HttpResponse<String> preflight = send("OPTIONS", "/api/pages/the-glacier-archive/availability",
                "Origin", DemoCorpusApp.SITE_ORIGIN, "Access-Control-Request-Method", "GET");
        assertThat(preflight.statusCode()).isEqualTo(200);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).hasValue(DemoCorpusApp.SITE_ORIGIN);

        HttpResponse<String> get = send("GET", "/api/availability", "Origin", DemoCorpusApp.SITE_ORIGIN);
        assertThat(get.statusCode()).isEqualTo(200);
        assertThat(get.headers().firstValue("Access-Control-Allow-Origin")).hasValue(DemoCorpusApp.SITE_ORIGIN);
        assertThat(get.headers().allValues("Access-Control-Allow-Credentials")).isEmpty();

        HttpResponse<String> stranger = send("GET", "/api/availability", "Origin", "https://evil.example");
        assertThat(stranger.statusCode()).isEqualTo(403);
        assertThat(stranger.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();

        HttpResponse<String> write = send("OPTIONS", "/api/sync", "Origin", DemoCorpusApp.SITE_ORIGIN,
                "Access-Control-Request-Method", "POST");
        assertThat(write.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }
}
