package org.interlinea.alignment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.interlinea.support.ContentFixture;

/** A content folder with three demo pages in English and Russian: an omission, a 2-1 merge, a 1-2 split. */
final class ReviewCorpus {

    static final String BORDERS = "borders-in-the-snow";
    static final String PRESS = "the-last-printing-press-in-the-valley";
    static final String JUDGE = "a-judge-on-trial";

    private ReviewCorpus() {
    }

    static ContentFixture create() {
        ContentFixture content = new ContentFixture();
        try {
            for (String slug : List.of(BORDERS, PRESS, JUDGE)) {
                for (String lang : List.of("en", "ru")) {
                    Path target = content.root().resolve(lang).resolve(slug + ".html");
                    Files.createDirectories(target.getParent());
                    Files.copy(Path.of("translations", lang, slug + ".html"), target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return content;
    }
}
