package org.interlinea.publish.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.interlinea.content.ContentSyncService;
import org.interlinea.content.Pages;
import org.interlinea.coverage.CoverageCell;
import org.interlinea.coverage.ui.StatusBadge;
import org.interlinea.language.Language;
import org.interlinea.language.Languages;
import org.interlinea.publish.PageOverview.SegmentRow;
import org.interlinea.publish.PageOverview;
import org.interlinea.publish.PageOverviewService;
import org.interlinea.publish.PublishService;
import org.interlinea.shell.NothingHere;
import org.interlinea.translation.TranslationStatus;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** One page: its availability and progress per language, publish and re-sync, and every segment's status. */
@Route("pages/:slug")
@PermitAll
public class PageView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final Logger log = LoggerFactory.getLogger(PageView.class);

    private final PageOverviewService overviews;
    private final PublishService publish;
    private final ContentSyncService sync;
    private final Languages languages;
    private final AuthenticationContext authentication;
    private final Pages pages;
    private String slug;
    private String title = "";

    public PageView(PageOverviewService overviews, PublishService publish, ContentSyncService sync,
                    Languages languages, AuthenticationContext authentication, Pages pages) {
        this.overviews = overviews;
        this.pages = pages;
        this.publish = publish;
        this.sync = sync;
        this.languages = languages;
        this.authentication = authentication;
        addClassName("page-view");
        setSizeFull();
    }

    public static String route(String slug) {
        return "pages/" + slug;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        slug = event.getRouteParameters().get("slug").orElse("");
        if (pages.bySlug(slug).isEmpty()) {
            String message = getTranslation("page.notFound", slug);
            event.rerouteToError(new NothingHere(message), message);
            return;
        }
        render();
    }

    private void render() {
        removeAll();
        var overview = overviews.page(slug);
        if (overview.isEmpty()) {
            title = getTranslation("page.notFound", slug);
            add(new H2(title));
            return;
        }
        PageOverview page = overview.get();
        title = page.page().title();
        Button resync = new Button(getTranslation("page.resync"), VaadinIcon.REFRESH.create(), e -> resync());
        resync.setId("page-resync");
        resync.setDisableOnClick(true);
        H2 heading = new H2(title);
        Span slugLabel = new Span(slug + " · " + getTranslation("page.source",
                languages.find(page.page().sourceLanguage()).map(l -> l.displayName(getLocale()))
                        .orElse(page.page().sourceLanguage())));
        slugLabel.addClassName("slug");
        HorizontalLayout header = new HorizontalLayout(new Div(heading, slugLabel), resync);
        header.setWidthFull();
        header.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        header.setAlignItems(FlexComponent.Alignment.CENTER);

        HorizontalLayout cards = new HorizontalLayout();
        cards.addClassName("language-cards");
        cards.setWidthFull();
        for (Language language : languages.enabled()) {
            if (!language.tag().equals(page.page().sourceLanguage())) {
                cards.add(languageCard(page, language));
            }
        }
        add(header, cards, segmentGrid(page));
    }

    /** The sync runs in the background; the page is shown again when it has ended. */
    private void resync() {
        var run = sync.start("ui");
        if (run.isEmpty()) {
            Notification.show(getTranslation("sync.running"), 5000, Notification.Position.BOTTOM_START);
            render();
            return;
        }
        Notification.show(getTranslation("sync.started"), 3000, Notification.Position.BOTTOM_START);
        UI ui = UI.getCurrent();
        run.get().result().whenComplete((report, failure) -> {
            try {
                ui.access(() -> {
                    if (failure != null) {
                        log.warn("Sync of the page failed", failure);
                        Notification.show(getTranslation("sync.failedUnexpected"), 10000,
                                Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
                    } else {
                        Notification.show(getTranslation("sync.done", report.added(), report.changed(),
                                report.removed(), report.unchanged(), report.problems().size()), 5000,
                                Notification.Position.BOTTOM_START);
                    }
                    render();
                });
            } catch (UIDetachedException gone) {
                // the page was closed meanwhile: nothing to show
            }
        });
    }

    private Component languageCard(PageOverview page, Language language) {
        CoverageCell cell = page.page().cell(language.tag());
        String name = language.displayName(getLocale());
        Div card = new Div();
        card.addClassName("language-card");
        card.setId("card-" + language.tag());
        Span progress = new Span(getTranslation("page.progress", cell.translatedSegments(), cell.totalSegments(),
                cell.percentOfWords()));
        progress.addClassName("progress");
        card.add(new H3(name), StatusBadge.of(cell, this::getTranslation), progress);
        PageOverview.LastPublication last = page.publications().get(language.tag());
        if (last != null) {
            card.add(lastPublished(last, language.tag()));
        }

        HorizontalLayout actions = new HorizontalLayout();
        Anchor translate = new Anchor("translate/" + slug + "/" + language.tag(), getTranslation("page.translate"));
        translate.setId("translate-" + language.tag());
        actions.add(translate);
        if (Boolean.TRUE.equals(page.aligned().get(language.tag()))) {
            Anchor review = new Anchor("align/" + slug + "/" + language.tag(), getTranslation("page.reviewAlignment"));
            review.setId("review-" + language.tag());
            actions.add(review);
        }
        int notDone = cell.totalSegments() - countPublishable(page, language.tag());
        Button publishButton = new Button(getTranslation("page.publish"), VaadinIcon.UPLOAD.create(), e ->
                new PublishDialog(publish, slug, language.tag(), name, notDone,
                        authentication.getPrincipalName().orElse("unknown"), this::render).open());
        publishButton.setId("publish-" + language.tag());
        publishButton.addThemeVariants(ButtonVariant.LUMO_SMALL);
        actions.add(publishButton);
        actions.setAlignItems(FlexComponent.Alignment.BASELINE);
        card.add(actions);
        return card;
    }

    /** "Published 29 Nov 2026, 14:02 by admin · 3 segments changed since", in the UI's language. */
    private Span lastPublished(PageOverview.LastPublication last, String language) {
        String when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(getLocale()).withZone(ZoneId.systemDefault()).format(last.at());
        String text = getTranslation("page.lastPublished", when, last.by());
        if (last.changedSegments() > 0) {
            text += " · " + getTranslation("page.changedSince", last.changedSegments());
        }
        Span span = new Span(text);
        span.addClassName("last-published");
        span.setId("published-" + language);
        return span;
    }

    private static int countPublishable(PageOverview page, String language) {
        return (int) page.segments().stream().map(s -> s.statuses().get(language))
                .filter(s -> s != null && (s.countsAsTranslated() || s == TranslationStatus.NEEDS_REVIEW)).count();
    }

    private Grid<SegmentRow> segmentGrid(PageOverview page) {
        Grid<SegmentRow> grid = new Grid<>();
        grid.setId("segment-grid");
        grid.addColumn(row -> row.position() + 1).setHeader("#").setWidth("4em").setFlexGrow(0);
        // The extraction's context (p, attribute:alt) in words; the raw value stays as the tooltip for the curious.
        grid.addColumn(row -> getTranslation(SegmentKind.key(row.context()))).setKey("kind")
                .setTooltipGenerator(SegmentRow::context)
                .setHeader(getTranslation("page.column.kind")).setWidth("11em").setFlexGrow(0);
        grid.addColumn(SegmentRow::sourceText).setHeader(getTranslation("page.column.source")).setFlexGrow(4);
        for (Language language : languages.enabled()) {
            if (language.tag().equals(page.page().sourceLanguage())) {
                continue;
            }
            grid.addComponentColumn(row -> segmentStatus(row.statuses().get(language.tag())))
                    .setHeader(language.displayName(getLocale())).setKey("status-" + language.tag())
                    .setWidth("9em").setFlexGrow(1);
        }
        grid.setPartNameGenerator(row -> row.position() > 0
                && page.segments().get(row.position() - 1).paragraph() != row.paragraph() ? "paragraph-start" : null);
        grid.setItems(page.segments());
        grid.setEmptyStateText(getTranslation("page.empty"));
        // Whole sentences and kinds ("Описание изображения") wrap instead of being cut off.
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setSizeFull();
        return grid;
    }

    private Span segmentStatus(@Nullable TranslationStatus status) {
        TranslationStatus shown = status == null ? TranslationStatus.MISSING : status;
        Span span = new Span(getTranslation("segment.status." + shown.name()));
        span.addClassNames("segment-status", "status-" + shown.name().toLowerCase(Locale.ROOT));
        return span;
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("app.name");
    }
}
