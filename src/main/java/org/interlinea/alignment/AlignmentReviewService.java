package org.interlinea.alignment;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.UnaryOperator;
import org.interlinea.alignment.AlignmentStore.StoredBead;
import org.interlinea.alignment.ReviewStore.Change;
import org.interlinea.alignment.ReviewStore.PageRef;
import org.interlinea.content.Pages;
import org.interlinea.document.Segments;
import org.interlinea.language.Languages;
import org.interlinea.translation.TranslationChanged;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's review of a page's stored alignment with one target language: confirm, merge, split and
 * move sentences between beads, mark sentences without counterpart, undo. Each change is saved at once
 * (one transaction, the page x language locked), pushed onto an undo stack, and followed by the
 * translations and memory entries the beads imply; coverage hears of it through {@link TranslationChanged}.
 * Bead positions are 0-based.
 */
@Service
public class AlignmentReviewService {

    /** How many changes per page x language can be undone. */
    static final int UNDO_LIMIT = 100;

    private final ReviewStore store;
    private final Segments segments;
    private final Pages pages;
    private final AlignmentStore beadsStore;
    private final ReviewSync sync;
    private final Languages languages;
    private final ApplicationEventPublisher events;

    AlignmentReviewService(ReviewStore store, AlignmentStore beadsStore, ReviewSync sync, Languages languages,
                           ApplicationEventPublisher events, Segments segments, Pages pages) {
        this.pages = pages;
        this.store = store;
        this.segments = segments;
        this.beadsStore = beadsStore;
        this.sync = sync;
        this.languages = languages;
        this.events = events;
    }

    /** The target languages the page was aligned with (reviewed or not). */
    @Transactional(readOnly = true)
    public List<String> alignedLanguages(long pageId) {
        return store.alignedLanguages(pageId);
    }

    @Transactional(readOnly = true)
    public ReviewPage beads(String slug, String language) {
        PageRef page = page(slug, language, false);
        return view(page, language, store.beads(page.id(), language));
    }

    @Transactional
    public ReviewOutcome confirm(String slug, String language, int bead, String user) {
        return change(slug, language, user, ReviewOperation.CONFIRM, beads -> BeadEdits.confirm(beads, bead));
    }

    @Transactional
    public ReviewOutcome merge(String slug, String language, int bead, String user) {
        return change(slug, language, user, ReviewOperation.MERGE, beads -> BeadEdits.merge(beads, bead));
    }

    /** Splits a bead before its source segment {@code sourceAt} and target sentence {@code targetAt} (0-based within it). */
    @Transactional
    public ReviewOutcome split(String slug, String language, int bead, int sourceAt, int targetAt, String user) {
        return change(slug, language, user, ReviewOperation.SPLIT,
                beads -> BeadEdits.split(beads, bead, sourceAt, targetAt));
    }

    /** Splits a bead into 1-1 pairs in order; leftovers on the longer side stand alone. */
    @Transactional
    public ReviewOutcome splitIntoPairs(String slug, String language, int bead, String user) {
        return change(slug, language, user, ReviewOperation.SPLIT, beads -> BeadEdits.splitIntoPairs(beads, bead));
    }

    @Transactional
    public ReviewOutcome moveTarget(String slug, String language, int bead, Move move, String user) {
        return change(slug, language, user, move == Move.UP ? ReviewOperation.MOVE_TARGET_UP
                : ReviewOperation.MOVE_TARGET_DOWN, beads -> BeadEdits.moveTarget(beads, bead, required(move)));
    }

    @Transactional
    public ReviewOutcome moveSource(String slug, String language, int bead, Move move, String user) {
        return change(slug, language, user, move == Move.UP ? ReviewOperation.MOVE_SOURCE_UP
                : ReviewOperation.MOVE_SOURCE_DOWN, beads -> BeadEdits.moveSource(beads, bead, required(move)));
    }

    /** The bead's sentences have no counterpart: its source segments lose their aligned translation. */
    @Transactional
    public ReviewOutcome noCounterpart(String slug, String language, int bead, String user) {
        return change(slug, language, user, ReviewOperation.NO_COUNTERPART,
                beads -> BeadEdits.noCounterpart(beads, bead));
    }

    /** Joins the bead's target sentence {@code targetAt} (0-based within it) with the next one. */
    @Transactional
    public ReviewOutcome joinTargets(String slug, String language, int bead, int targetAt, String user) {
        return changeSentences(slug, language, user, ReviewOperation.JOIN_TARGETS,
                (beads, sentences) -> SentenceEdits.join(beads, sentences, bead, targetAt));
    }

    /** Splits the bead's target sentence {@code targetAt} at character {@code offset} of its text. */
    @Transactional
    public ReviewOutcome splitTarget(String slug, String language, int bead, int targetAt, int offset, String user) {
        return changeSentences(slug, language, user, ReviewOperation.SPLIT_TARGET,
                (beads, sentences) -> SentenceEdits.split(beads, sentences, bead, targetAt, offset));
    }

    /** The word boundaries where a target sentence can be split (character offsets), for the split dialog. */
    public static List<Integer> splitPoints(String sentence) {
        return SentenceEdits.splitPoints(sentence);
    }

    /** Takes back the last change: its beads (and sentences), the translations they imply and its memory entries. */
    @Transactional
    public ReviewOutcome undo(String slug, String language, String user) {
        requireUser(user);
        PageRef page = page(slug, language, true);
        Change change = store.lastChange(page.id(), language).orElseThrow(() ->
                new AlignmentReviewException("nothingToUndo", "there is no change to undo"));
        List<StoredBead> before = store.beads(page.id(), language);
        List<StoredBead> restored = change.beadsBefore();
        Map<Integer, String> sentencesNow = store.sentences(page.id(), language);
        Map<Integer, String> sentencesRestored = sentencesNow;
        if (change.sentencesBefore() != null) {
            beadsStore.replaceSentenceRows(page.id(), language, change.sentencesBefore());
            sentencesRestored = ReviewStore.texts(change.sentencesBefore());
        }
        beadsStore.replaceBeads(page.id(), language, restored);
        ReviewSync.TranslationsResult result = sync.translations(page, language, before, sentencesNow, restored,
                sentencesRestored, user);
        sync.revertMemory(page, language, change);
        store.deleteChange(change.seq());
        return outcome(page, language, ReviewOperation.UNDO, change.operation(), before, restored, result);
    }

    private ReviewOutcome change(String slug, String language, String user, ReviewOperation operation,
                                 UnaryOperator<List<StoredBead>> edit) {
        requireUser(user);
        PageRef page = page(slug, language, true);
        List<StoredBead> before = store.beads(page.id(), language);
        List<StoredBead> after = edit.apply(before);
        long seq = store.pushChange(page.id(), language, operation, user);
        beadsStore.replaceBeads(page.id(), language, after);
        ReviewSync.TranslationsResult result = sync.translations(page, language, before, after, user);
        ReviewSync.MemoryResult memory = sync.memory(page, language, before, after);
        store.recordMemory(seq, memory.added(), memory.removed());
        store.trim(page.id(), language, UNDO_LIMIT);
        return outcome(page, language, operation, null, before, after, result);
    }

    private ReviewOutcome changeSentences(String slug, String language, String user, ReviewOperation operation,
                                          BiFunction<List<StoredBead>, List<TargetSentence>, SentenceEdits.Edited> edit) {
        requireUser(user);
        PageRef page = page(slug, language, true);
        List<StoredBead> before = store.beads(page.id(), language);
        List<TargetSentence> sentencesBefore = store.sentenceRows(page.id(), language);
        SentenceEdits.Edited edited = edit.apply(before, sentencesBefore);
        long seq = store.pushChange(page.id(), language, operation, user);
        store.recordSentences(seq, sentencesBefore);
        beadsStore.replaceSentenceRows(page.id(), language, edited.sentences());
        beadsStore.replaceBeads(page.id(), language, edited.beads());
        Map<Integer, String> was = ReviewStore.texts(sentencesBefore);
        Map<Integer, String> now = ReviewStore.texts(edited.sentences());
        ReviewSync.TranslationsResult result = sync.translations(page, language, before, was, edited.beads(), now,
                user);
        ReviewSync.MemoryResult memory = sync.memory(page, language, before, was, edited.beads(), now);
        store.recordMemory(seq, memory.added(), memory.removed());
        store.trim(page.id(), language, UNDO_LIMIT);
        return outcome(page, language, operation, null, before, edited.beads(), result);
    }

    private ReviewOutcome outcome(PageRef page, String language, ReviewOperation operation, ReviewOperation undone,
                                  List<StoredBead> before, List<StoredBead> after,
                                  ReviewSync.TranslationsResult result) {
        if (result.changed() > 0) {
            events.publishEvent(new TranslationChanged(page.id(), language));
        }
        return new ReviewOutcome(operation, undone, firstDifference(before, after), view(page, language, after),
                result.kept(), result.changed());
    }

    /** The page, checked: it exists, the language is one of its targets, and it has an alignment to review. */
    private PageRef page(@Nullable String slug, @Nullable String language, boolean lock) {
        if (slug == null || slug.isBlank() || language == null || !languages.isEnabled(language)) {
            throw new AlignmentReviewException("unknownLanguage", "no language '%s' to review".formatted(language),
                    String.valueOf(language));
        }
        PageRef page = pages.bySlug(slug).map(p -> new PageRef(p.id(), p.slug(), p.sourceLanguage(), p.title()))
                .orElseThrow(() -> new AlignmentReviewException("unknownPage",
                "there is no page '%s'".formatted(slug), slug));
        boolean aligned = lock ? store.lock(page.id(), language) : !store.beads(page.id(), language).isEmpty();
        if (language.equals(page.sourceLanguage()) || !aligned) {
            throw new AlignmentReviewException("notAligned", "page '%s' has no alignment with '%s'"
                    .formatted(slug, language), slug, language);
        }
        return page;
    }

    private ReviewPage view(PageRef page, String language, List<StoredBead> beads) {
        Map<Integer, String> sentences = store.sentences(page.id(), language);
        Set<Long> ids = new LinkedHashSet<>();
        beads.forEach(b -> ids.addAll(b.segmentIds()));
        List<BeadRow> rows = new ArrayList<>(beads.size());
        Map<Long, String> sourceTexts = segments.sourceTexts(ids);
        for (StoredBead bead : beads) {
            List<String> targets = BeadTranslations.targetTexts(bead, sentences);
            rows.add(new BeadRow(bead.position(),
                    bead.segmentIds().stream().map(id -> sourceTexts.getOrDefault(id, "")).toList(),
                    targets, bead.confidence(), bead.confirmed(), BeadTranslations.reason(bead, sourceTexts, targets)));
        }
        return new ReviewPage(page.slug(), page.title(), page.sourceLanguage(), language, rows,
                store.depth(page.id(), language));
    }

    private static int firstDifference(List<StoredBead> before, List<StoredBead> after) {
        int i = 0;
        while (i < before.size() && i < after.size() && same(before.get(i), after.get(i))) {
            i++;
        }
        return Math.max(0, Math.min(i, after.size() - 1));
    }

    private static boolean same(StoredBead a, StoredBead b) {
        return a.segmentIds().equals(b.segmentIds()) && a.targetStart() == b.targetStart()
                && a.targetEnd() == b.targetEnd() && a.confirmed() == b.confirmed();
    }

    private static Move required(@Nullable Move move) {
        if (move == null) {
            throw new AlignmentReviewException("noDirection", "say whether to move up or down");
        }
        return move;
    }

    private static void requireUser(@Nullable String user) {
        if (user == null || user.isBlank()) {
            throw new AlignmentReviewException("noUser", "a change needs the name of who makes it");
        }
    }
}
