package org.interlinea.editor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.interlinea.content.Page;
import org.interlinea.content.Pages;
import org.interlinea.coverage.Availability;
import org.interlinea.coverage.CoverageService;
import org.interlinea.document.PageSegment;
import org.interlinea.document.Segments;
import org.interlinea.language.Languages;
import org.interlinea.tm.TranslationMemory;
import org.interlinea.translation.HistoryEntry;
import org.interlinea.translation.SaveResult;
import org.interlinea.translation.Translation;
import org.interlinea.translation.TranslationOrigin;
import org.interlinea.translation.TranslationService;
import org.interlinea.translation.TranslationStatus;
import org.springframework.stereotype.Service;

/**
 * What the translator's editor does with a page: open it, save drafts, confirm segments past the QA
 * checks (into the memory too), read and revert history. Each save is its own transaction in
 * {@link TranslationService}, and other editors of the page hear of it once it is committed.
 */
@Service
public class EditorService {

    private final Segments segments;
    private final Pages pages;
    private final CoverageService coverage;
    private final Languages languages;
    private final TranslationService translations;
    private final TranslationMemory memory;
    private final PresenceService presence;

    EditorService(CoverageService coverage, Languages languages, TranslationService translations,
                  TranslationMemory memory, PresenceService presence, Segments segments, Pages pages) {
        this.pages = pages;
        this.segments = segments;
        this.coverage = coverage;
        this.languages = languages;
        this.translations = translations;
        this.memory = memory;
        this.presence = presence;
    }

    /** The page with its segments and translations, or empty for an unknown page or language. */
    public Optional<EditorPage> open(String slug, String language) {
        Optional<Page> page = pages.bySlug(slug);
        if (page.isEmpty() || !languages.isEnabled(language) || language.equals(page.get().sourceLanguage())) {
            return Optional.empty();
        }
        Page found = page.get();
        return Optional.of(new EditorPage(found.id(), found.slug(), found.title(), found.sourceLanguage(), language,
                segments(found.id()), translations.forPage(found.id(), language)));
    }

    public List<PageSegment> segments(long pageId) {
        return segments.ofPage(pageId);
    }

    /** Saves what is typed as a DRAFT, if nobody saved the segment since {@code expectedVersion}. */
    public SaveResult saveDraft(Editing editing, PageSegment segment, String text, int expectedVersion) {
        return save(editing, segment, text, TranslationStatus.DRAFT, expectedVersion);
    }

    /**
     * Confirms a segment as TRANSLATED unless a QA check blocks it; a confirmed pair goes into the memory as
     * a person's, and the page's other entries for this source (e.g. a stale imported translation) are
     * superseded.
     */
    public ConfirmResult confirm(Editing editing, PageSegment segment, String text, int expectedVersion) {
        List<QaIssue> issues = QaChecks.check(segment.sourceText(), text);
        if (QaChecks.blocks(issues)) {
            return new ConfirmResult(issues, null);
        }
        SaveResult result = save(editing, segment, text, TranslationStatus.TRANSLATED, expectedVersion);
        if (result.saved()) {
            remember(editing, segment, text);
        }
        return new ConfirmResult(issues, result);
    }

    /**
     * Marks a segment "no translation needed" (a name, a quotation kept in the original, a number): its text
     * becomes the source text and it counts as done. On a segment so marked it takes the mark back: the
     * text stays, as a DRAFT to translate.
     */
    public SaveResult toggleNoTranslationNeeded(Editing editing, PageSegment segment, Translation current) {
        if (current.status() == TranslationStatus.NO_TRANSLATION_NEEDED) {
            return save(editing, segment, current.text(), TranslationStatus.DRAFT, current.version());
        }
        return save(editing, segment, segment.sourceText(), TranslationStatus.NO_TRANSLATION_NEEDED,
                current.version());
    }

    /** The page's availability in the editor's language now (the editor offers Publish when it is ready). */
    public Availability availability(String slug, String language) {
        return coverage.page(slug).map(p -> p.cell(language).status()).orElse(Availability.MISSING);
    }

    /** Saves an earlier text again as a new DRAFT version; the history keeps everything in between. */
    public SaveResult revert(Editing editing, PageSegment segment, HistoryEntry entry, int expectedVersion) {
        return save(editing, segment, entry.text(), TranslationStatus.DRAFT, expectedVersion);
    }

    /**
     * Replaces in the target texts of a page: each changed segment is saved with the version the editor
     * holds and keeps its status (the history records the old text), so a term fixed across a page does not
     * send every confirmed segment back to draft. Confirmed ones go into the memory with their new text.
     * Segments someone saved meanwhile are skipped and reported, their text untouched. Nothing is saved when
     * the replace is refused (bad input, or a placeholder would be created or broken).
     */
    public ReplaceResult replaceInTargets(Editing editing, TargetReplace replace, List<ReplaceTarget> targets) {
        Map<Long, ReplaceTarget> byId = new HashMap<>();
        List<TargetReplace.Target> texts = new ArrayList<>(targets.size());
        for (ReplaceTarget t : targets) {
            byId.put(t.segment().id(), t);
            texts.add(new TargetReplace.Target(t.segment().id(), t.segment().position(), t.translation().text()));
        }
        TargetReplace.Plan plan = replace.plan(texts);
        if (!plan.allowed()) {
            return new ReplaceResult(plan, List.of(), List.of());
        }
        List<Translation> saved = new ArrayList<>();
        List<Integer> conflicts = new ArrayList<>();
        for (TargetReplace.Change change : plan.changes()) {
            ReplaceTarget target = byId.get(change.target().segmentId());
            Translation before = target.translation();
            // A segment kept in the source language whose text is edited is no longer the source text.
            TranslationStatus status = before.status() == TranslationStatus.NO_TRANSLATION_NEEDED
                    ? TranslationStatus.DRAFT : before.status();
            SaveResult result = save(editing, target.segment(), change.after(), status, before.version());
            if (!result.saved()) {
                conflicts.add(target.segment().position() + 1);
                continue;
            }
            saved.add(result.current());
            if (status.countsAsTranslated()) {
                remember(editing, target.segment(), change.after());
            }
        }
        return new ReplaceResult(plan, List.copyOf(saved), List.copyOf(conflicts));
    }

    /** A segment and the translation the editor holds for it (text and version to replace in). */
    public record ReplaceTarget(PageSegment segment, Translation translation) {
    }

    /**
     * What a replace did: its plan (counts, or why it was refused), what was saved, and the 1-based numbers
     * of segments skipped because someone saved them meanwhile.
     */
    public record ReplaceResult(TargetReplace.Plan plan, List<Translation> saved, List<Integer> conflicts) {
    }

    /** Newest first. */
    public List<HistoryEntry> history(long segmentId, String language) {
        return translations.history(segmentId, language);
    }

    public Optional<org.interlinea.translation.Translation> current(long segmentId, String language) {
        return translations.find(segmentId, language);
    }

    /** A person confirmed this text: it is the memory's entry for the segment, earlier ones are superseded. */
    private void remember(Editing editing, PageSegment segment, String text) {
        memory.add(editing.sourceLanguage(), editing.language(), segment.sourceText(), text,
                TranslationOrigin.EDITOR.name(), editing.pageId(), true);
        memory.supersede(editing.sourceLanguage(), editing.language(), editing.pageId(), segment.sourceText(), text);
    }

    private SaveResult save(Editing editing, PageSegment segment, String text, TranslationStatus status,
                            int expectedVersion) {
        SaveResult result = translations.save(segment.id(), editing.language(), text, status, TranslationOrigin.EDITOR,
                expectedVersion, editing.user());
        if (result.saved()) {
            presence.segmentSaved(editing.session(), editing.user(), editing.pageId(), editing.language(),
                    segment.id(), segment.position(), result.current().version());
        }
        return result;
    }

    /** Who edits which page into which language, in which editor session (for presence). */
    public record Editing(long pageId, String sourceLanguage, String language, String user, String session) {
    }
}
