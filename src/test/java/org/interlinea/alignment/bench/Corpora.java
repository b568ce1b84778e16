package org.interlinea.alignment.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the shared benchmark corpora (../shared/corpus) into documents with gold beads. */
public final class Corpora {

    /** One document pair to align, with its gold alignment. */
    public record Document(String set, String id, String sourceLanguage, String targetLanguage,
                           List<String> source, List<String> target, List<GoldBead> gold) {
    }

    public static final Path ROOT = Path.of("..", "shared", "corpus");

    private Corpora() {
    }

    public static boolean available() {
        return Files.isDirectory(ROOT.resolve("ntrex")) && Files.isDirectory(ROOT.resolve("textberg"));
    }

    /** NTREX documents en -> {@code language}; line i translates line i, so the gold is all 1-1. */
    public static List<Document> ntrex(String file, String language, boolean dropLine) throws IOException {
        Path dir = ROOT.resolve("ntrex");
        List<String> ids = read(dir.resolve("DOCUMENT_IDS.tsv"));
        List<String> english = read(dir.resolve("newstest2019-src.eng.txt"));
        List<String> translation = read(dir.resolve(file));
        Map<String, List<Integer>> lines = new LinkedHashMap<>();
        for (int k = 0; k < ids.size(); k++) {
            lines.computeIfAbsent(ids.get(k), x -> new ArrayList<>()).add(k);
        }
        String set = "NTREX en-" + language + (dropLine ? " drop-line" : " clean");
        List<Document> documents = new ArrayList<>();
        for (Map.Entry<String, List<Integer>> doc : lines.entrySet()) {
            List<Integer> rows = doc.getValue();
            List<String> source = rows.stream().map(english::get).toList();
            List<String> target = new ArrayList<>(rows.stream().map(translation::get).toList());
            // The dropped line is the middle one: deterministic, and never at an edge where it is trivial.
            int dropped = dropLine && rows.size() >= 6 ? rows.size() / 2 : -1;
            List<GoldBead> gold = new ArrayList<>();
            int t = 0;
            for (int s = 0; s < source.size(); s++) {
                if (s == dropped) {
                    gold.add(GoldBead.ofRanges(s, s + 1, t, t));
                } else {
                    gold.add(GoldBead.ofRanges(s, s + 1, t, t + 1));
                    t++;
                }
            }
            if (dropped >= 0) {
                target.remove(dropped);
            }
            documents.add(new Document(set, doc.getKey(), "en", language, source, target, gold));
        }
        return documents;
    }

    /** Text+Berg de-fr: dev and test0..6, gold beads in vecalign notation. */
    public static List<Document> textBerg() throws IOException {
        Path dir = ROOT.resolve("textberg");
        List<Document> documents = new ArrayList<>();
        List<String> names = new ArrayList<>(List.of("dev"));
        for (int k = 0; k <= 6; k++) {
            names.add("test" + k);
        }
        for (String name : names) {
            if (!Files.exists(dir.resolve(name + ".defr"))) {
                continue;
            }
            List<GoldBead> gold = read(dir.resolve(name + ".defr")).stream()
                    .filter(l -> !l.isBlank()).map(GoldBead::parse).toList();
            documents.add(new Document("Text+Berg de-fr", name, "de", "fr", read(dir.resolve(name + ".de")),
                    read(dir.resolve(name + ".fr")), gold));
        }
        return documents;
    }

    private static List<String> read(Path file) throws IOException {
        return Files.readAllLines(file, StandardCharsets.UTF_8);
    }
}
