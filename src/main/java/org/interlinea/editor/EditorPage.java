package org.interlinea.editor;

import java.util.List;
import java.util.Map;
import org.interlinea.document.PageSegment;
import org.interlinea.translation.Translation;

/** A page opened for translation into {@code language}: its segments in order and their translations. */
public record EditorPage(long pageId, String slug, String title, String sourceLanguage, String language,
                         List<PageSegment> segments, Map<Long, Translation> translations) {

    public Translation translation(PageSegment segment) {
        Translation t = translations.get(segment.id());
        return t != null ? t : Translation.missing(segment.id(), language);
    }
}
