package org.interlinea.document.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.interlinea.cli.CommandLine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentCommandsTest {

    private static final String PAGE = "<!DOCTYPE html>\n<html lang=\"en\">\n<head><meta charset=\"utf-8\"><title>Hi &amp; bye</title></head>\n"
            + "<body>\n<p><strong class=\"speaker\">Interviewer:</strong> Where is   it?\nHere.</p>\n"
            + "<pre>Keep\nthis</pre>\n</body></html>\n";

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return CommandLine.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private Path page(String name, String html) throws Exception {
        return Files.writeString(dir.resolve(name), html);
    }

    @Test
    void segmentPrintsOneSegmentPerLine() throws Exception {
        Path file = page("a.html", PAGE);
        assertThat(run("segment", "--lang", "en", file.toString())).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8).lines())
                .containsExactly("Hi & bye", "<1>Interviewer:</1> Where is it?", "Here.");
    }

    @Test
    void newlinesInsideASegmentAreEscaped() {
        assertThat(SegmentCommand.escapeNewlines("a\nb\\c")).isEqualTo("a\\nb\\\\c");
    }

    @Test
    void usageErrorsExitWith2() {
        assertThat(run("segment", "x.html")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--lang is required").contains("usage:");
        assertThat(run("pseudo", "--lang", "en", "x.html")).isEqualTo(2);
        assertThat(run("pseudo", "--lang", "en", "--out", dir.toString(), "--bogus", "x.html")).isEqualTo(2);
    }

    @Test
    void pseudoWithoutAccentsIsByteIdentical() throws Exception {
        Path file = page("a.html", PAGE);
        Path outDir = dir.resolve("out");
        assertThat(run("pseudo", "--lang", "en", "--out", outDir.toString(), file.toString())).isZero();
        assertThat(Files.readAllBytes(outDir.resolve("a.html"))).isEqualTo(Files.readAllBytes(file));
    }

    @Test
    void pseudoWithAccentsAccentsTextOnlyAndReportsBadFiles() throws Exception {
        Path good = page("a.html", PAGE);
        Path bad = page("notes.html", "Just some notes, no markup.");
        Path outDir = dir.resolve("out");
        int exit = run("pseudo", "--lang", "en", "--accents", "--out", outDir.toString(), bad.toString(), good.toString(),
                dir.resolve("missing.html").toString());
        assertThat(exit).isNotZero();
        String written = Files.readString(outDir.resolve("a.html"));
        assertThat(written).contains("<title>Ĥí &amp; ƀýé</title>")
                .contains("<strong class=\"speaker\">Íñţéŕṽíéŵéŕ:</strong> Ŵĥéŕé íš íţ?")
                .contains("Ĥéŕé.</p>")
                .contains("<pre>Keep\nthis</pre>")
                .contains("<html lang=\"en\">");
        assertThat(Files.exists(outDir.resolve("notes.html"))).isFalse();
        assertThat(err.toString(StandardCharsets.UTF_8).lines())
                .anyMatch(l -> l.startsWith(bad + ": The file is not HTML"))
                .anyMatch(l -> l.startsWith(dir.resolve("missing.html") + ": cannot read"));
    }

    @Test
    void accentsLeavePlaceholdersAlone() {
        assertThat(PseudoTranslation.accented("<1>Go</1> {2} now")).isEqualTo("<1>Ĝó</1> {2} ñóŵ");
    }
}
