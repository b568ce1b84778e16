package org.interlinea.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.interlinea.support.DemoCorpusApp;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Huge request bodies are refused early with 413 and a message that says so, whoever sends them, and the app
 * stays up: a 200 MB POST to the API is answered after its headers, not after its body.
 */
@DemoCorpusApp
class RequestSizeLimitTest {

    private static final long TWO_HUNDRED_MB = 200L * 1024 * 1024;

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    /** Sends the request line, headers and only the first part of the body, then reads the answer. */
    private String sendHeadersAndSomeBody(String requestHead, int bodyBytesSent) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            out.write(requestHead.getBytes(StandardCharsets.US_ASCII));
            out.write(new byte[bodyBytesSent]);
            out.flush();
            return readResponse(socket.getInputStream());
        }
    }

    /** The status line, headers and body of one response (by its Content-Length; the server may keep reading). */
    private static String readResponse(InputStream in) throws IOException {
        StringBuilder head = new StringBuilder();
        while (!head.toString().endsWith("\r\n\r\n")) {
            int c = in.read();
            if (c < 0) {
                break;
            }
            head.append((char) c);
        }
        java.util.regex.Matcher length = java.util.regex.Pattern.compile("(?i)content-length: *(\\d+)").matcher(head);
        byte[] body = length.find() ? in.readNBytes(Integer.parseInt(length.group(1))) : new byte[0];
        return head + new String(body, StandardCharsets.UTF_8);
    }

    @Test
    void aTwoHundredMegabytePostToTheApiIsRefusedAfterItsHeaders() throws IOException {
        String credentials = Base64.getEncoder().encodeToString(("admin:" + DemoCorpusApp.ADMIN_PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
        String answer = sendHeadersAndSomeBody("POST /api/sync HTTP/1.1\r\nHost: localhost\r\n"
                + "Authorization: Basic " + credentials + "\r\nContent-Type: application/json\r\n"
                + "Content-Length: " + TWO_HUNDRED_MB + "\r\n\r\n", 64 * 1024);

        // Only 64 KB of the 200 MB were sent: the answer came without the body.
        assertThat(answer).startsWith("HTTP/1.1 413");
        assertThat(answer).contains("application/json")
                .contains("{\"error\":\"The request body is 209715200 bytes, larger than the 1048576 bytes accepted "
                        + "here; nothing was read or changed.\",\"limitBytes\":1048576}");
        assertThat(health()).isEqualTo(200);
    }

    @Test
    void withoutCredentialsTheSizeIsJudgedFirstAndTheUiHasItsOwnLimit() throws IOException {
        String api = sendHeadersAndSomeBody("POST /api/pages/x/availability HTTP/1.1\r\nHost: localhost\r\n"
                + "Content-Length: " + TWO_HUNDRED_MB + "\r\n\r\n", 1024);
        assertThat(api).startsWith("HTTP/1.1 413");

        // Vaadin's own messages (and the sign-in form) go to the UI paths: refused the same way, as text.
        String ui = sendHeadersAndSomeBody("POST /?v-r=uidl&v-uiId=0 HTTP/1.1\r\nHost: localhost\r\n"
                + "Content-Type: application/json\r\nContent-Length: " + TWO_HUNDRED_MB + "\r\n\r\n", 1024);
        assertThat(ui).startsWith("HTTP/1.1 413").contains("text/plain")
                .contains("larger than the 10485760 bytes accepted here");
        assertThat(health()).isEqualTo(200);
    }

    @Test
    void aChunkedBodyWithoutALengthIsReadOnlyUpToTheLimit() throws IOException {
        StringBuilder head = new StringBuilder("POST /api/sync HTTP/1.1\r\nHost: localhost\r\n"
                + "Transfer-Encoding: chunked\r\n\r\n");
        // 2 MB in 64 KB chunks, more than the API's 1 MB; the answer comes before the last chunk.
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            out.write(head.toString().getBytes(StandardCharsets.US_ASCII));
            byte[] chunk = new byte[64 * 1024];
            java.util.Arrays.fill(chunk, (byte) 'x');
            try {
                for (int i = 0; i < 32; i++) {
                    out.write((Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                    out.write(chunk);
                    out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                }
                out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                out.flush();
            } catch (IOException closedByTheServer) {
                // the server answered and closed while we were still sending: that is the point
            }
            String answer = readResponse(socket.getInputStream());
            assertThat(answer).startsWith("HTTP/1.1 413").contains("larger than the 1048576 bytes accepted here");
        }
        assertThat(health()).isEqualTo(200);
    }

    @Test
    void aWholeTwoHundredMegabyteUploadIsRefusedAndTheAppStaysUp() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/sync"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.fromPublisher(
                        HttpRequest.BodyPublishers.ofInputStream(() -> new ZeroStream(TWO_HUNDRED_MB)), TWO_HUNDRED_MB))
                .build();
        Integer status;
        try {
            status = http.send(request, HttpResponse.BodyHandlers.ofString()).statusCode();
        } catch (IOException closedWhileSending) {
            status = null; // the server answered 413 and closed the connection before the client read it
        }
        assertThat(status).isIn(413, null);
        assertThat(health()).isEqualTo(200);
    }

    private int health() {
        try {
            return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health")).build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode();
        } catch (IOException | InterruptedException e) {
            throw new AssertionError("the app no longer answers", e);
        }
    }

    /** {@code size} zero bytes, made as they are read. */
    private static final class ZeroStream extends InputStream {
        private long left;

        ZeroStream(long size) {
            this.left = size;
        }

        @Override
        public int read() {
            return left-- > 0 ? 0 : -1;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (left <= 0) {
                return -1;
            }
            int n = (int) Math.min(len, left);
            java.util.Arrays.fill(b, off, off + n, (byte) 0);
            left -= n;
            return n;
        }
    }
}
