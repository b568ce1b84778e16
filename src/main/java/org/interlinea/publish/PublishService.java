package org.interlinea.publish;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.interlinea.content.ContentFolder;
import org.interlinea.content.ContentHashes;
import org.interlinea.content.ContentSyncService;
import org.interlinea.content.Pages;
import org.interlinea.document.DocumentException;
import org.interlinea.document.ExtractedDocument;
import org.interlinea.document.HtmlDocuments;
import org.interlinea.document.PageSegment;
import org.interlinea.document.Segment;
import org.interlinea.document.Segments;
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
    private final Segments segments;
    private final Pages pages;

    PublishService(JdbcClient jdbc, ContentFolder folder, ContentSyncService sync, TranslationService translations,
                   Languages languages, AtomicFileWriter writer, Segments segments,
                   Pages pages) {
        this.pages = pages;
        this.jdbc = jdbc;
        this.folder = folder;
        this.sync = sync;
        this.translations = translations;
        this.languages = languages;
        this.writer = writer;
        this.segments = segments;
    }

    private record PageSource(long id, String slug, String language, String segmentedHash) {
    }

    /** Whether publishing may replace a file that Interlinea did not write, or that changed since it did. */
    public enum FileReplacement {
        /** Refuse ({@link PublishException#UNKNOWN_FILE}, naming the file and what would be replaced). */
        ONLY_OUR_OWN,
        /** The coordinator saw what would be replaced and confirmed it. */
        CONFIRMED
    }

    /**
     * Publishes when every segment is done: translated, reviewed, taken from the translation that was
     * already online (needs review), or marked "no translation needed" (those keep the source text).
     *
     * @throws PublishException when refused (segments not done, unknown page or language, source changed
     *                          since it was segmented, broken placeholders, a file there that Interlinea did
     *                          not write and {@code replacement} is not CONFIRMED) or when writing fails
     */
    @Transactional
    public PublishResult publish(String slug, String language, FileReplacement replacement, String user) {
        if (!languages.isEnabled(language)) {
            throw new PublishException("notEnabled", "'" + language + "' is not one of the site's languages "
                    + languages.tags(), language);
        }
        PageSource page = pages.bySlug(slug)
                .map(p -> new PageSource(p.id(), p.slug(), p.sourceLanguage(),
                        segments.segmentedHash(p.id()).orElse(null)))
                .orElseThrow(() -> new PublishException("noPage", "No page with slug '" + slug + "'", slug));
        if (page.language().equals(language)) {
            throw new PublishException("isSource", "'" + language + "' is the source language of " + slug
                    + "; nothing to publish", slug, language);
        }
        byte[] sourceBytes = readSource(page);
        String sourceHash = ContentHashes.sha256(sourceBytes);
        if (!sourceHash.equals(page.segmentedHash())) {
            throw new PublishException("sourceChanged", "The source of " + slug + " changed since it was segmented; "
                    + "sync the content folder first, then check the outdated segments", slug);
        }
        ExtractedDocument document = HtmlDocuments.extract(sourceBytes, page.language());
        List<PageSegment> segments = this.segments.ofPage(page.id());
        Map<Long, Translation> byId = translations.forPage(page.id(), language);

        Map<Integer, String> merged = new HashMap<>();
        Map<Long, String> published = new HashMap<>();
        int missing = 0;
        int kept = 0;
        for (Segment segment : document.segments()) {
            PageSegment stored = segment.index() < segments.size() ? segments.get(segment.index()) : null;
            if (stored == null || !stored.sourceText().equals(segment.text())) {
                throw new PublishException("mismatch", "The segments of " + slug + " do not match its source file; "
                        + "sync again", slug);
            }
            Translation t = byId.get(stored.id());
            if (t != null && t.status() == TranslationStatus.NO_TRANSLATION_NEEDED) {
                // The source text, whatever an older save left in the row: that is what the person chose.
                kept++;
                published.put(stored.id(), stored.sourceText());
            } else if (t != null && publishable(t.status())) {
                merged.put(segment.index(), t.text());
                published.put(stored.id(), t.text());
            } else {
                missing++;
            }
        }
        if (missing > 0) {
            throw new PublishException("notDone", missing + " of " + segments.size() + " segments of " + slug
                    + " are not translated into " + language + "; translate them, or mark those that stay in the "
                    + "source language \"no translation needed\"", missing, null, new Object[] {missing, segments.size()});
        }
        byte[] output;
        try {
            output = document.merge(merged, language);
        } catch (DocumentException e) {
            throw new PublishException("cannotBuild", "Cannot build the " + language + " page: " + e.getMessage(),
                    0, e, new Object[] {e.getMessage()});
        }
        Path target = folder.fileOf(slug, language);
        String sitePath = folder.sitePathOf(slug, language);
        if (replacement != FileReplacement.CONFIRMED) {
            refuseUnknownFile(page, language, target, sitePath, output);
        }
        try {
            writer.write(target, output);
        } catch (IOException e) {
            throw new PublishException("writeFailed", "Could not write " + target + " (" + e.getMessage() + "); the "
                    + "previous version, if any, is unchanged", 0, e, new Object[] {sitePath, e.getMessage()});
        }
        jdbc.sql("""
                        insert into publication (page_id, language, source_content_hash, published_by, file_content_hash)
                        values (:id, :language, :hash, :user, :file)
                        on conflict (page_id, language) do update set source_content_hash = excluded.source_content_hash,
                            published_at = now(), published_by = excluded.published_by,
                            file_content_hash = excluded.file_content_hash""")
                .param("id", page.id()).param("language", language).param("hash", sourceHash).param("user", user)
                .param("file", ContentHashes.sha256(output))
                .update();
        recordPublishedTexts(page.id(), language, published);
        sync.recordPublishedFile(slug, language);
        log.info("{} published {} in {} ({} segments, {} with no translation needed)", user, slug, language,
                segments.size(), kept);
        return new PublishResult(target, sitePath, segments.size(), segments.size() - kept, kept, output.length);
    }

    /**
     * A file that Interlinea did not write, or that changed on disk since it did, is someone's work: say what
     * replacing it would lose and leave it alone until the coordinator confirms.
     */
    private void refuseUnknownFile(PageSource page, String language, Path target, String sitePath, byte[] output) {
        if (!Files.exists(target)) {
            return;
        }
        byte[] existing;
        try {
            existing = Files.readAllBytes(target);
        } catch (IOException e) {
            throw new PublishException("writeFailed", "Cannot read " + target + ": " + e.getMessage(), 0, e,
                    new Object[] {sitePath, e.getMessage()});
        }
        String ours = jdbc.sql("select file_content_hash from publication where page_id = :id and language = :language")
                .param("id", page.id()).param("language", language).query(String.class).optional().orElse(null);
        if (ContentHashes.sha256(existing).equals(ours)) {
            return;
        }
        ReplacedFile replaced = ReplacedFile.compare(existing, output, language);
        throw new PublishException(PublishException.UNKNOWN_FILE, sitePath + " was not written by Interlinea, or "
                + "changed since Interlinea published it; publishing replaces it: " + replaced.notInNewPage() + " of its "
                + replaced.sentences() + " sentences are not in the new page. Confirm to replace it",
                sitePath, replaced.notInNewPage(), replaced.sentences());
    }

    /** What went into the file, per segment: a later save with other text makes it PUBLISHED_WITH_CHANGES. */
    private void recordPublishedTexts(long pageId, String language, Map<Long, String> texts) {
        jdbc.sql("""
                        delete from published_segment where segment_id = any(:ids) and language = :language""")
                .param("ids", segments.allIdsOfPage(pageId).toArray(Long[]::new)).param("language", language)
                .update();
        Long[] ids = texts.keySet().toArray(Long[]::new);
        String[] hashes = new String[ids.length];
        for (int i = 0; i < ids.length; i++) {
            hashes[i] = ContentHashes.md5(texts.get(ids[i]));
        }
        jdbc.sql("""
                        insert into published_segment (segment_id, language, text_hash)
                        select id, :language, hash from unnest(cast(:ids as bigint[]), cast(:hashes as text[])) as x(id, hash)""")
                .param("language", language).param("ids", ids).param("hashes", hashes).update();
    }

    /** Text a reader may see: confirmed, reviewed, or taken from the translation that was already online. */
    private static boolean publishable(TranslationStatus status) {
        return status.countsAsTranslated() || status == TranslationStatus.NEEDS_REVIEW;
    }

    private byte[] readSource(PageSource page) {
        try {
            return Files.readAllBytes(folder.fileOf(page.slug(), page.language()));
        } catch (IOException e) {
            throw new PublishException("unreadableSource", "Cannot read the source page " + page.slug() + ": "
                    + e.getMessage(), page.slug(), e.getMessage());
        }
    }
}
