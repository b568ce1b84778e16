package org.interlinea.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.interlinea.InterlineaProperties;
import org.interlinea.language.Language;
import org.interlinea.language.Languages;
import org.springframework.stereotype.Component;

/** The folder the site publishes from: {@code <content-dir>/<language>/<slug>.html}. */
@Component
public class ContentFolder {

    /** What a page's file name (without {@code .html}) may be: it is the page's address in every URL and path. */
    private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9._-]{0,199}");
    static final int MAX_SLUG = 200;
    /** A BCP 47 tag's shape: a language folder name never leads out of the content folder. */
    private static final Pattern LANGUAGE_TAG = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{1,8})*");

    private final Path root;
    private final Languages languages;

    ContentFolder(InterlineaProperties properties, Languages languages) {
        this.root = properties.contentDir().toAbsolutePath().normalize();
        this.languages = languages;
    }

    /** A page file found in the folder. {@code path} is relative to the folder, with '/' separators. */
    record ContentFile(String language, String slug, String path, Path file, Instant lastModified) {
    }

    record Scan(List<ContentFile> files, List<ContentProblem> problems) {
    }

    public Path root() {
        return root;
    }

    /** The folder with every link resolved: what a file's real path must start with to be read. */
    Path realRoot() {
        try {
            return root.toRealPath();
        } catch (IOException e) {
            return root;
        }
    }

    /** Where the page's document in the language lives (whether or not it exists yet). */
    public Path fileOf(String slug, String language) {
        if (!SLUG.matcher(slug).matches()) {
            throw new IllegalArgumentException("'" + slug + "' is not a page slug");
        }
        if (!LANGUAGE_TAG.matcher(language).matches()) {
            throw new IllegalArgumentException("'" + language + "' is not a language tag");
        }
        return root.resolve(language).resolve(slug + ".html");
    }

    /**
     * Where the page's document in the language is on the site, relative to the content folder
     * ({@code /pt/slug.html}): what a coordinator recognises, where the server's absolute path is noise.
     */
    public String sitePathOf(String slug, String language) {
        Path relative = root.relativize(fileOf(slug, language));
        StringBuilder path = new StringBuilder();
        for (Path part : relative) {
            path.append('/').append(part);
        }
        return path.toString();
    }

    Scan scan() throws IOException {
        List<ContentFile> files = new ArrayList<>();
        List<ContentProblem> problems = new ArrayList<>();
        for (LanguageDir dir : languageDirs(problems)) {
            scanLanguage(dir.dir(), dir.language(), files, problems);
        }
        return new Scan(files, problems);
    }

    /** The files of one page as they are now, found as {@link #scan} finds them (its folder problems aside). */
    List<ContentFile> filesOf(String slug) throws IOException {
        List<ContentFile> files = new ArrayList<>();
        for (LanguageDir dir : languageDirs(new ArrayList<>())) {
            Path file = dir.dir().resolve(slug + ".html");
            if (Files.isRegularFile(file)) {
                files.add(new ContentFile(dir.language().tag(), slug, dir.dir().getFileName() + "/" + slug + ".html",
                        file, Files.getLastModifiedTime(file).toInstant()));
            }
        }
        return files;
    }

    private record LanguageDir(Path dir, Language language) {
    }

    /** The folders of enabled languages that lie inside the content folder; the others are listed as problems. */
    private List<LanguageDir> languageDirs(List<ContentProblem> problems) throws IOException {
        List<LanguageDir> dirs = new ArrayList<>();
        if (!Files.isDirectory(root)) {
            problems.add(new ContentProblem(root.toString(), null, null, ContentProblem.Severity.ERROR,
                    "the content folder does not exist; set interlinea.content-dir", ContentProblem.NO_CONTENT_FOLDER,
                    root.toString()));
            return dirs;
        }
        Path realRoot = realRoot();
        try (Stream<Path> all = Files.list(root)) {
            for (Path dir : all.filter(Files::isDirectory).sorted().toList()) {
                String tag = dir.getFileName().toString();
                if (!dir.toRealPath().startsWith(realRoot)) {
                    problems.add(new ContentProblem(tag + "/", tag, null, ContentProblem.Severity.ERROR,
                            "the folder is a link to a place outside the content folder; its files are not read",
                            ContentProblem.LINK_OUTSIDE));
                    continue;
                }
                var language = languages.find(tag);
                if (language.isEmpty()) {
                    if (!tag.startsWith(".")) {
                        problems.add(new ContentProblem(tag + "/", tag, null, ContentProblem.Severity.WARNING,
                                "'" + tag + "' is not an enabled language (interlinea.languages = "
                                        + languages.tags() + "); its files are ignored",
                                ContentProblem.NOT_A_LANGUAGE, tag, String.join(", ", languages.tags())));
                    }
                    continue;
                }
                dirs.add(new LanguageDir(dir, language.get()));
            }
        }
        return dirs;
    }

    private void scanLanguage(Path dir, Language language, List<ContentFile> files, List<ContentProblem> problems)
            throws IOException {
        List<Path> entries;
        try (Stream<Path> listed = Files.list(dir)) {
            entries = listed.sorted().toList();
        }
        java.util.Set<String> names = new java.util.HashSet<>();
        entries.forEach(f -> names.add(f.getFileName().toString()));
        for (Path file : entries) {
            String name = file.getFileName().toString();
            if (!PageFileNames.looksLikeAPage(name) || !Files.isRegularFile(file)) {
                continue; // temp files of an atomic publish (".x.html.tmp-…"), images, notes
            }
            String path = dir.getFileName() + "/" + name;
            ContentProblem refused = PageFileNames.problem(name, path, language.tag(), names);
            if (refused != null) {
                problems.add(refused);
                continue;
            }
            String slug = name.substring(0, name.length() - ".html".length());
            Instant modified = Files.getLastModifiedTime(file).toInstant();
            files.add(new ContentFile(language.tag(), slug, path, file, modified));
        }
    }

    static boolean isSlug(String slug) {
        return SLUG.matcher(slug).matches();
    }
}
