package org.interlinea.content;

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

    public Optional<SourceDocument> sourceDocument(long pageId) {
        return store.sourceDocument(pageId);
    }
}
