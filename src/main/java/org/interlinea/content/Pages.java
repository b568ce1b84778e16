package org.interlinea.content;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * The public read side of pages. Other features look pages up here instead of running SQL on {@code page},
 * which is {@code content}'s own (the sync writes it). Removed pages are not found.
 */
@Service
public class Pages {

    private final DocumentStore store;

    Pages(DocumentStore store) {
        this.store = store;
    }

    public Optional<Page> bySlug(String slug) {
        return store.livePage(slug);
    }

    public Optional<Page> byId(long pageId) {
        return store.livePage(pageId);
    }

    /** A live page's document in its source language, as the last sync saw it (the hash of its bytes). */
    public record SourceDocument(long pageId, String slug, String language, String contentHash) {
    }

    /** A page's document in another language than its source, as the last sync saw it. */
    public record TranslatedDocument(String language, String contentHash) {
    }

    /**
     * The page's documents in other languages than {@code sourceLanguage}, except files that are mostly the
     * source language (copies, which hold no translations).
     */
    public List<TranslatedDocument> translatedDocuments(long pageId, String sourceLanguage) {
        return store.translatedDocuments(pageId, sourceLanguage);
    }

    public Optional<SourceDocument> sourceDocument(long pageId) {
        return store.sourceDocument(pageId);
    }
}
