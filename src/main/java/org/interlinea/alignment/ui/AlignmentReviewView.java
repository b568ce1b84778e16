package org.interlinea.alignment.ui;

import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.IntConsumer;
import java.util.function.Supplier;
import org.interlinea.alignment.AlignmentReviewException;
import org.interlinea.alignment.AlignmentReviewService;
import org.interlinea.alignment.BeadRow;
import org.interlinea.alignment.Move;
import org.interlinea.alignment.ReviewOutcome;
import org.interlinea.alignment.ReviewPage;
import org.interlinea.language.Languages;
import org.interlinea.shell.NothingHere;
import org.jspecify.annotations.Nullable;

/**
 * Review of a page's alignment with one language ({@code /align/<slug>/<lang>}): one row per bead, source
 * beside target, low-confidence beads marked and optionally first or alone, and keyboard actions on the
 * selected bead. Every change is saved at once by {@link AlignmentReviewService}; this view only shows.
 */
@Route("align/:slug/:lang")
@PermitAll
public class AlignmentReviewView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final AlignmentReviewService review;
    private final AuthenticationContext authentication;
    private final Languages languages;
    private final H2 title = new H2();
    private final Span subtitle = new Span();
    private final Span toReview = new Span();
    private final Span status = new Span();
    private final Select<BeadOrder> order = new Select<>();
    private final BeadList list;
    private final ReviewToolbar toolbar;
    private String slug;
    private String language;
    private @Nullable ReviewPage page;

    public AlignmentReviewView(AlignmentReviewService review, AuthenticationContext authentication,
                               Languages languages) {
        this.review = review;
        this.authentication = authentication;
        this.languages = languages;
        addClassName("review-view");
        setSizeFull();
        list = new BeadList(this::select, this::getTranslation);
        toolbar = new ReviewToolbar(this::perform, this::getTranslation);
        title.setId("review-title");
        subtitle.addClassName("review-subtitle");
        toReview.setId("beads-to-review");
        toReview.addClassName("beads-to-review");
        status.setId("review-status");
        status.addClassName("review-status");
        status.getElement().setAttribute("aria-live", "polite");

        order.setId("bead-order");
        order.setAriaLabel(getTranslation("align.order.label"));
        order.setItems(BeadOrder.values());
        order.setItemLabelGenerator(o -> getTranslation("align.order." + o.name()));
        order.setValue(BeadOrder.DOCUMENT);
        order.setWidth("17em");
        order.addValueChangeListener(e -> showBeads(list.selected()));

        Div heading = new Div(title, subtitle);
        heading.addClassName("review-heading");
        Anchor back = new Anchor("", getTranslation("align.back"));
        back.setId("back-to-coverage");
        HorizontalLayout header = new HorizontalLayout(heading, toReview, back);
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        header.expand(heading);
        header.addClassName("review-header");
        HorizontalLayout controls = new HorizontalLayout(toolbar, order);
        controls.setWidthFull();
        controls.setAlignItems(FlexComponent.Alignment.CENTER);
        controls.expand(toolbar);
        controls.addClassName("review-controls");

        Div columns = new Div(new Span(""), new Span(getTranslation("align.column.source")),
                new Span(getTranslation("align.column.target")));
        columns.addClassName("bead-columns");
        add(header, controls, columns, list, status);
        setFlexGrow(1, list);
        registerShortcuts();
    }

    /** The address of the review of a page's alignment with a language, e.g. {@code align/my-page/ru}. */
    public static String route(String slug, String language) {
        return "align/" + URLEncoder.encode(slug, StandardCharsets.UTF_8) + "/"
                + URLEncoder.encode(language, StandardCharsets.UTF_8);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        slug = event.getRouteParameters().get("slug").orElse("");
        language = event.getRouteParameters().get("lang").orElse("");
        try {
            page = review.beads(slug, language);
        } catch (AlignmentReviewException e) {
            // an unknown page or language, or no alignment: the address leads nowhere
            page = null;
            String message = getTranslation(e.key(), e.args());
            event.rerouteToError(new NothingHere(message), message);
            return;
        }
        title.setText(page.title());
        subtitle.setText(getTranslation("align.subtitle", languageName(page.sourceLanguage()),
                languageName(page.language())));
        int first = page.beads().stream().filter(BeadRow::needsReview).findFirst()
                .map(BeadRow::position).orElse(0);
        showBeads(first);
        list.focus();
    }

    @Override
    public String getPageTitle() {
        String what = page == null ? "" : page.title() + " · ";
        return what + getTranslation("align.title") + " · " + getTranslation("app.name");
    }

    private void registerShortcuts() {
        for (ReviewAction action : ReviewAction.values()) {
            for (ReviewAction.Shortcut shortcut : action.shortcuts()) {
                Shortcuts.addShortcutListener(this, () -> perform(action), shortcut.key(), shortcut.modifiers())
                        .listenOn(list);
            }
        }
    }

    private void perform(ReviewAction action) {
        if (page == null) {
            return;
        }
        int bead = list.selected();
        switch (action) {
            case CONFIRM -> change(() -> review.confirm(slug, language, bead, user()), nextAfter(bead), "align.done.CONFIRM",
                    bead + 1);
            case MERGE -> change(() -> review.merge(slug, language, bead, user()), bead, "align.done.MERGE", bead + 1,
                    bead + 2);
            case SPLIT -> change(() -> review.splitIntoPairs(slug, language, bead, user()), bead, "align.done.SPLIT",
                    bead + 1);
            case SPLIT_AT -> splitAt(bead);
            case TARGET_UP -> change(() -> review.moveTarget(slug, language, bead, Move.UP, user()), bead,
                    "align.done.TARGET", bead);
            case TARGET_DOWN -> change(() -> review.moveTarget(slug, language, bead, Move.DOWN, user()), bead,
                    "align.done.TARGET", bead + 2);
            case SOURCE_UP -> change(() -> review.moveSource(slug, language, bead, Move.UP, user()), bead,
                    "align.done.SOURCE", bead);
            case SOURCE_DOWN -> change(() -> review.moveSource(slug, language, bead, Move.DOWN, user()), bead,
                    "align.done.SOURCE", bead + 2);
            case JOIN_TARGETS -> joinTargets(bead);
            case SPLIT_TARGET -> splitTarget(bead);
            case NO_COUNTERPART -> change(() -> review.noCounterpart(slug, language, bead, user()), bead,
                    "align.done.NO_COUNTERPART", bead + 1);
            case UNDO -> change(() -> review.undo(slug, language, user()), -1, "align.done.UNDO");
            case NEXT -> step(1);
            case PREVIOUS -> step(-1);
            case HELP -> new ShortcutHelp(this::getTranslation).open();
        }
    }

    /** Asks where to split the bead, then splits it there; a bead with fewer than two sentences cannot be. */
    private void splitAt(int position) {
        if (position < 0 || position >= page.beads().size()) {
            return;
        }
        BeadRow bead = page.beads().get(position);
        if (bead.source().size() + bead.target().size() < 2) {
            notify(getTranslation("align.split.nothing", position + 1), NotificationVariant.LUMO_ERROR);
            return;
        }
        new SplitDialog(bead, (sourceAt, targetAt) -> change(
                () -> review.split(slug, language, position, sourceAt, targetAt, user()), position,
                "align.done.SPLIT_AT", position + 1, position + 2), this::getTranslation).open();
    }

    /** Joins the bead's two target sentences at once; with more, asks which one joins the next. */
    private void joinTargets(int position) {
        if (position < 0 || position >= page.beads().size()) {
            return;
        }
        BeadRow bead = page.beads().get(position);
        if (bead.target().size() < 2) {
            notify(getTranslation("align.sentence.nothingToJoin", position + 1), NotificationVariant.LUMO_ERROR);
            return;
        }
        IntConsumer join = k -> change(() -> review.joinTargets(slug, language, position, k, user()), position,
                "align.done.JOIN_TARGETS", position + 1);
        if (bead.target().size() == 2) {
            join.accept(0);
        } else {
            SentenceDialog.join(bead, join, this::getTranslation).open();
        }
    }

    /** Asks which target sentence to split and before which word, then splits it there. */
    private void splitTarget(int position) {
        if (position < 0 || position >= page.beads().size()) {
            return;
        }
        BeadRow bead = page.beads().get(position);
        if (bead.target().stream().allMatch(t -> AlignmentReviewService.splitPoints(t).isEmpty())) {
            notify(getTranslation("align.sentence.nothingToSplit", position + 1), NotificationVariant.LUMO_ERROR);
            return;
        }
        SentenceDialog.split(bead, (k, offset) -> change(
                () -> review.splitTarget(slug, language, position, k, offset, user()), position,
                "align.done.SPLIT_TARGET", position + 1), this::getTranslation).open();
    }

    /**
     * Runs a change and shows its outcome; {@code select} is the bead to select afterwards (-1: the first
     * one the change touched).
     */
    private void change(Supplier<ReviewOutcome> operation, int select, String doneKey, Object... args) {
        try {
            ReviewOutcome outcome = operation.get();
            page = outcome.page();
            showBeads(select >= 0 ? Math.min(select, page.beads().size() - 1) : outcome.bead());
            String message = outcome.undone() != null
                    ? getTranslation(doneKey, getTranslation("align.operation." + outcome.undone().name()))
                    : getTranslation(doneKey, args);
            if (!outcome.kept().isEmpty()) {
                message += " " + getTranslation("align.kept", String.join(", ", outcome.kept().stream()
                        .map(k -> k.segmentPosition() == null ? "–" : String.valueOf(k.segmentPosition() + 1)).toList()));
            }
            notify(message, outcome.kept().isEmpty() ? NotificationVariant.LUMO_SUCCESS : NotificationVariant.LUMO_WARNING);
        } catch (AlignmentReviewException e) {
            showError(e);
        }
        list.focus();
    }

    private void showError(AlignmentReviewException e) {
        notify(getTranslation(e.key(), e.args()), NotificationVariant.LUMO_ERROR);
    }

    private void notify(String message, NotificationVariant variant) {
        status.setText(message);
        status.getElement().setAttribute("data-variant", variant.getVariantName());
        Notification notification = new Notification(message, 4000, Notification.Position.BOTTOM_START);
        notification.addThemeVariants(variant);
        notification.open();
    }

    private void showBeads(int selected) {
        List<BeadRow> shown = order.getValue().apply(page.beads());
        if (indexOf(shown, selected) < 0 && !shown.isEmpty()) {
            selected = shown.getFirst().position();
        }
        list.show(shown, selected);
        long low = page.needingReview();
        toReview.setText(getTranslation("align.toReview", low, page.beads().size()));
        toolbar.setEnabled(ReviewAction.UNDO, page.undoDepth() > 0);
    }

    private void select(int position) {
        list.select(position);
        list.focus();
    }

    /** Moves the selection through the beads as shown. */
    private void step(int direction) {
        List<BeadRow> shown = list.shown();
        int index = indexOf(shown, list.selected());
        int next = Math.max(0, Math.min(shown.size() - 1, index < 0 ? 0 : index + direction));
        if (!shown.isEmpty()) {
            list.select(shown.get(next).position());
        }
    }

    /** After confirming, the bead shown after this one (in the current order), so review flows on. */
    private int nextAfter(int position) {
        List<BeadRow> shown = list.shown();
        int index = indexOf(shown, position);
        return index >= 0 && index + 1 < shown.size() ? shown.get(index + 1).position() : position;
    }

    private static int indexOf(List<BeadRow> shown, int position) {
        for (int i = 0; i < shown.size(); i++) {
            if (shown.get(i).position() == position) {
                return i;
            }
        }
        return -1;
    }

    private String languageName(String tag) {
        return languages.find(tag).map(l -> l.displayName(getLocale())).orElse(tag);
    }

    private String user() {
        return authentication.getPrincipalName().orElse("");
    }
}
