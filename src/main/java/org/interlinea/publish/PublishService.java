package org.interlinea.publish;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.interlinea.content.ContentFolder;
import org.interlinea.content.ContentSyncService;
import org.interlinea.document.DocumentException;
import org.interlinea.document.ExtractedDocument;
import org.interlinea.document.HtmlDocuments;
import org.interlinea.document.Segment;
import org.interlinea.language.Languages;
import org.interlinea.translation.Translation;
import org.interlinea.translation.TranslationService;
import org.interlinea.translation.TranslationStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Publishes a page in a target language: merges the translations into the source page (byte-exact
 * outside the translated text), sets the page's language, and writes
 * {@code <content>/<language>/<slug>.html} atomically.
 */
@Service
public class PublishService {

    private static final Logger log = LoggerFactory.getLogger(PublishService.class);

    private final JdbcClient jdbc;
    private final ContentFolder folder;
    private final ContentSyncService sync;
    private final TranslationService translations;
    private final Languages languages;
    private final AtomicFileWriter writer;

    PublishService(JdbcClient jdbc, ContentFolder folder, ContentSyncService sync, TranslationService translations,
                   Languages languages, AtomicFileWriter writer) {
        this.jdbc = jdbc;
        this.folder = folder;
        this.sync = sync;
        this.translations = translations;
        this.languages = languages;
        this.writer = writer;
    }

    private record PageSource(long id, String slug, String language, String segmentedHash) {
    }

    private record ActiveSegment(long id, int position, String text) {
    }

    /**
     * @param useSourceTextForMissing the coordinator's explicit choice to publish although some segments
     *                                have no translation: those keep the source text
     * @throws PublishException when refused (missing translations, unknown page or language, source
     *                          changed since it was segmented, broken placeholders) or when writing fails
     */
    @Transactional
    public PublishResult publish(String slug, String language, boolean useSourceTextForMissing, String user) {
        if (!languages.isEnabled(language)) {
            throw new PublishException("'" + language + "' is not one of the site's languages " + languages.tags());
        }
        PageSource page = jdbc.sql("""
                        select p.id, p.slug, p.source_language, sg.content_hash from page p
                        left join segmentation sg on sg.page_id = p.id
                        where p.slug = :slug and p.removed_at is null""")
                .param("slug", slug)
                .query((rs, n) -> new PageSource(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .optional().orElseThrow(() -> new PublishException("No page with slug '" + slug + "'"));
        if (page.language().equals(language)) {
            throw new PublishException("'" + language + "' is the source language of " + slug + "; nothing to publish");
        }
        byte[] sourceBytes = readSource(page);
        String sourceHash = org.interlinea.content.ContentHashes.sha256(sourceBytes);
        if (!sourceHash.equals(page.segmentedHash())) {
            throw new PublishException("The source of " + slug + " changed since it was segmented; sync the content "
                    + "folder first, then check the outdated segments");
        }
        ExtractedDocument document = HtmlDocuments.extract(sourceBytes, page.language());
        List<ActiveSegment> segments = jdbc.sql("""
                        select id, position, source_text from segment
                        where page_id = :id and archived_at is null order by position""")
                .param("id", page.id())
                .query((rs, n) -> new ActiveSegment(rs.getLong(1), rs.getInt(2), rs.getString(3))).list();
        Map<Long, Translation> byId = translations.forPage(page.id(), language);

        Map<Integer, String> merged = new HashMap<>();
        int missing = 0;
        for (Segment segment : document.segments()) {
            ActiveSegment stored = segment.index() < segments.size() ? segments.get(segment.index()) : null;
            if (stored == null || !stored.text().equals(segment.text())) {
                throw new PublishException("The segments of " + slug + " do not match its source file; sync again");
            }
            Translation t = byId.get(stored.id());
            if (t != null && publishable(t.status())) {
                merged.put(segment.index(), t.text());
            } else {
                missing++;
            }
        }
        if (missing > 0 && !useSourceTextForMissing) {
            throw new PublishException(missing + " of " + segments.size() + " segments of " + slug + " have no "
                    + "confirmed translation into " + language + "; translate them, or publish with the source "
                    + "text for them", missing, null);
        }
        byte[] output;
        try {
            output = document.merge(merged, language);
        } catch (DocumentException e) {
            throw new PublishException("Cannot build the " + language + " page: " + e.getMessage(), 0, e);
        }
        Path target = folder.fileOf(slug, language);
        try {
            writer.write(target, output);
        } catch (IOException e) {
            throw new PublishException("Could not write " + target + " (" + e.getMessage() + "); the previous "
                    + "version, if any, is unchanged", 0, e);
        }
        jdbc.sql("""
                        insert into publication (page_id, language, source_content_hash, published_by)
                        values (:id, :language, :hash, :user)
                        on conflict (page_id, language) do update set source_content_hash = excluded.source_content_hash,
                            published_at = now(), published_by = excluded.published_by""")
                .param("id", page.id()).param("language", language).param("hash", sourceHash).param("user", user)
                .update();
        sync.recordPublishedFile(slug, language);
        log.info("{} published {} in {} ({} segments, {} with source text)", user, slug, language,
                segments.size(), missing);
        return new PublishResult(target, segments.size(), segments.size() - missing, missing, output.length);
    }

    /** Text a reader may see: confirmed, reviewed, or taken from the translation that was already online. */
    private static boolean publishable(TranslationStatus status) {
        return status.countsAsTranslated() || status == TranslationStatus.NEEDS_REVIEW;
    }

    private byte[] readSource(PageSource page) {
        try {
            return Files.readAllBytes(folder.fileOf(page.slug(), page.language()));
        } catch (IOException e) {
            throw new PublishException("Cannot read the source page " + page.slug() + ": " + e.getMessage());
        }
    }
}
