package org.interlinea.alignment.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.interlinea.cli.CommandLine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AlignCommandTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void alignsTextFilesLineByLineInVecalignNotation() throws IOException {
        Path en = write("en.txt", "The minister arrived in the capital on Tuesday morning.",
                "He met the president.", "They talked for two hours.", "In 2019 exports grew by 3.5%.",
                "Talks will continue next week, officials said.");
        Path ru = write("ru.txt", "Министр прибыл в столицу во вторник утром.",
                "Он встретился с президентом, и они проговорили два часа.",
                "Переговоры продолжатся на следующей неделе, сообщили официальные лица.");
        assertThat(run("align", "--from", "en", "--to", "ru", en.toString(), ru.toString())).isZero();
        assertThat(lines()).containsExactly("[0]:[0]", "[1, 2]:[1]", "[3]:[]", "[4]:[2]");
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void printsConfidencesWhenAsked() throws IOException {
        Path en = write("en.txt", "Hello.");
        Path ru = write("ru.txt", "Привет.");
        assertThat(run("align", "--from", "en", "--to", "ru", "--confidence", en.toString(), ru.toString())).isZero();
        assertThat(lines()).singleElement().asString().matches("\\[0]:\\[0]\t[01]\\.\\d{3}");
    }

    @Test
    void emptyFilesGiveNoBeadsAndOneSidedFilesOnlyOmissions() throws IOException {
        Path empty = write("empty.txt");
        Path two = write("two.txt", "One.", "Two.");
        assertThat(run("align", "--from", "en", "--to", "ru", empty.toString(), empty.toString())).isZero();
        assertThat(lines()).isEmpty();
        assertThat(run("align", "--from", "en", "--to", "ru", two.toString(), empty.toString())).isZero();
        assertThat(lines()).containsExactly("[0]:[]", "[1]:[]");
    }

    @Test
    void anUnreadableFileIsReportedOnStandardErrorWithANonZeroExit() throws IOException {
        Path en = write("en.txt", "Hello.");
        int code = run("align", "--from", "en", "--to", "ru", en.toString(), dir.resolve("missing.txt").toString());
        assertThat(code).isNotZero().isNotEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("cannot read").contains("missing.txt");
        assertThat(out.size()).isZero();
    }

    @Test
    void invalidUtf8IsReportedNotGuessed() throws IOException {
        Path en = write("en.txt", "Hello.");
        Path bad = dir.resolve("bad.txt");
        Files.write(bad, new byte[] {(byte) 0xC3, (byte) 0x28, '\n'});
        assertThat(run("align", "--from", "en", "--to", "ru", en.toString(), bad.toString())).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("not UTF-8");
    }

    @Test
    void htmlPagesAreSegmentedAndPrintedAsTsvWithConfidence() throws IOException {
        Path en = write("en.html", "<html><body><p>Hello there. We met in 2024.</p><p>Thank <b>you</b>.</p></body></html>");
        Path ru = write("ru.html", "<html><body><p>Привет. Мы встретились в 2024 году.</p><p><b>Спасибо</b>.</p></body></html>");
        assertThat(run("align", "--from", "en", "--to", "ru", en.toString(), ru.toString())).isZero();
        String[] lines = out.toString(StandardCharsets.UTF_8).strip().split("\n");
        assertThat(lines).hasSize(3);
        assertThat(lines[1]).startsWith("We met in 2024.\tМы встретились в 2024 году.\t");
        assertThat(lines[2]).startsWith("Thank <1>you</1>.\t<1>Спасибо</1>.\t");
    }

    @Test
    void htmlThatIsNotHtmlIsRefusedClearly() throws IOException {
        Path en = write("en.html", "<p>Hello.</p>");
        Path empty = write("ru.html", "");
        assertThat(run("align", "--from", "en", "--to", "ru", en.toString(), empty.toString())).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("ru.html");
    }

    @Test
    void usageErrorsPrintTheUsageAndExitWithTwo() throws IOException {
        Path en = write("en.txt", "Hello.");
        assertThat(run("align", en.toString())).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--from and --to are required", "usage", "interlinea align");
        err.reset();
        assertThat(run("align", "--from", "en", "--to", "ru", en.toString())).isEqualTo(2);
        assertThat(run("align", "--from", "en", "--to", "ru", "--fast", en.toString(), en.toString())).isEqualTo(2);
        assertThat(run("align", "--from")).isEqualTo(2);
    }

    @Test
    void isListedInHelp() {
        assertThat(CommandLine.handles(new String[] {"align"})).isTrue();
        assertThat(run("help")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("interlinea align --from LANG --to LANG");
    }

    private int run(String... args) {
        out.reset();
        return CommandLine.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private List<String> lines() {
        return out.toString(StandardCharsets.UTF_8).lines().toList();
    }

    private Path write(String name, String... lines) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, lines.length == 0 ? "" : String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        return file;
    }
}
