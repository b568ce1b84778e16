package org.interlinea.coverage.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import org.interlinea.content.ContentSyncService;
import org.interlinea.coverage.Availability;
import org.interlinea.coverage.CoverageFilter;
import org.interlinea.coverage.CoverageRow;
import org.interlinea.coverage.CoverageService;
import org.interlinea.coverage.LanguageCoverage;
import org.interlinea.language.Language;
import org.interlinea.language.Languages;

/**
 * The coordinator's home: every page x language with its availability, the count per language, and
 * filters to find what is missing. The grid loads lazily, a window of rows at a time.
 */
@Route("")
@PermitAll
public class CoverageView extends VerticalLayout implements HasDynamicTitle {

    private final CoverageService coverage;
    private final Languages languages;
    private final Grid<CoverageRow> grid = new Grid<>();
    private final HorizontalLayout counts = new HorizontalLayout();
    private CoverageFilter filter = CoverageFilter.all();

    public CoverageView(CoverageService coverage, Languages languages, ContentSyncService sync) {
        this.coverage = coverage;
        this.languages = languages;
        addClassName("coverage-view");
        setSizeFull();

        counts.addClassName("language-counts");
        counts.setId("language-counts");
        HorizontalLayout header = new HorizontalLayout(new H2(getTranslation("coverage.title")), counts);
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        header.setWidthFull();
        header.addClassName("coverage-header");

        SyncPanel syncPanel = new SyncPanel(sync, languages, this::refresh);
        add(header, toolbar(syncPanel), syncPanel.progress(), syncPanel.problems(), grid);
        configureGrid();
        refresh();
    }

    private HorizontalLayout toolbar(SyncPanel syncPanel) {
        TextField search = new TextField();
        search.setId("coverage-search");
        search.setPlaceholder(getTranslation("coverage.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> applyFilter(filter.withTitleContains(e.getValue())));

        Select<Availability> status = new Select<>();
        status.setId("coverage-status");
        status.setLabel(getTranslation("coverage.filter.status"));
        status.setItems(Availability.values());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("coverage.filter.anyStatus"));
        status.setItemLabelGenerator(s -> s == null ? getTranslation("coverage.filter.anyStatus")
                : getTranslation("availability." + s.name()));

        Select<Language> language = new Select<>();
        language.setId("coverage-language");
        language.setLabel(getTranslation("coverage.filter.language"));
        language.setItems(languages.enabled());
        language.setItemLabelGenerator(l -> l.displayName(getLocale()));
        language.setValue(languages.enabled().size() > 1 ? languages.enabled().getLast() : null);

        Runnable applyStatus = () -> applyFilter(filter.withStatusIn(
                language.getValue() == null ? null : language.getValue().tag(), status.getValue()));
        status.addValueChangeListener(e -> applyStatus.run());
        language.addValueChangeListener(e -> applyStatus.run());

        HorizontalLayout toolbar = new HorizontalLayout(search, status, language, syncPanel.button());
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        toolbar.setWidthFull();
        toolbar.expand(search);
        toolbar.addClassName("coverage-toolbar");
        return toolbar;
    }

    private void configureGrid() {
        grid.setId("coverage-grid");
        grid.setSizeFull();
        grid.setMultiSort(false);
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        grid.addComponentColumn(row -> {
                    Div title = new Div(new Anchor("pages/" + row.slug(), row.title()));
                    Span slug = new Span(row.slug());
                    slug.addClassName("slug");
                    title.add(slug);
                    title.addClassName("page-title");
                    return title;
                })
                .setHeader(getTranslation("coverage.column.page")).setKey("TITLE").setSortable(true)
                .setFlexGrow(3).setWidth("13em").setAutoWidth(false);
        grid.addColumn(row -> row.publishedDate() == null ? "" : dates.format(row.publishedDate()))
                .setHeader(getTranslation("coverage.column.published")).setKey("DATE").setSortable(true)
                .setFlexGrow(0).setWidth("12em"); // "14 de mar. de 2026" in full
        grid.addColumn(CoverageRow::priority)
                .setHeader(getTranslation("coverage.column.priority")).setKey("PRIORITY").setSortable(true)
                .setFlexGrow(0).setWidth("9em"); // "Prioridade" and "Приоритет" beside the sort arrows
        for (Language language : languages.enabled()) {
            grid.addComponentColumn(row -> cellOf(row, language.tag()))
                    .setHeader(language.displayName(getLocale())).setKey("lang-" + language.tag())
                    .setWidth("8.5em").setFlexGrow(1);
        }
        grid.setEmptyStateText(getTranslation("coverage.empty"));
        grid.setItems(query -> {
            CoverageFilter sorted = filter.withSort(sortOf(query.getSortOrders()));
            return coverage.fetch(sorted, query.getOffset(), query.getLimit()).stream();
        }, query -> coverage.count(filter));
    }

    /** A target language's badge opens the editor for that page and language. */
    private Component cellOf(CoverageRow row, String language) {
        Span badge = StatusBadge.of(row.cell(language), this::getTranslation);
        if (language.equals(row.sourceLanguage())) {
            return badge;
        }
        Anchor link = new Anchor("translate/" + row.slug() + "/" + language, badge);
        link.addClassName("status-link");
        return link;
    }

    private static CoverageFilter.Sort sortOf(List<com.vaadin.flow.data.provider.QuerySortOrder> orders) {
        if (orders.isEmpty()) {
            return CoverageFilter.Sort.NEWEST_FIRST;
        }
        var order = orders.getFirst();
        boolean ascending = order.getDirection() == SortDirection.ASCENDING;
        return switch (order.getSorted()) {
            case "DATE" -> ascending ? CoverageFilter.Sort.OLDEST_FIRST : CoverageFilter.Sort.NEWEST_FIRST;
            case "PRIORITY" -> ascending ? CoverageFilter.Sort.PRIORITY_LOW_FIRST : CoverageFilter.Sort.PRIORITY_HIGH_FIRST;
            default -> CoverageFilter.Sort.TITLE;
        };
    }

    private void applyFilter(CoverageFilter newFilter) {
        filter = newFilter;
        grid.getDataProvider().refreshAll();
    }

    private void refresh() {
        counts.removeAll();
        for (LanguageCoverage count : coverage.languageCoverage()) {
            Language language = languages.find(count.language()).orElseThrow();
            // An outdated page is readable (the site serves it) but a coordinator must not take it for done.
            int outdated = count.count(Availability.OUTDATED);
            Span span = new Span(outdated == 0
                    ? getTranslation("coverage.count", language.displayName(getLocale()), count.readable(), count.total())
                    : getTranslation("coverage.countWithOutdated", language.displayName(getLocale()), count.readable(),
                            count.total(), outdated));
            span.setId("count-" + language.tag());
            // The breakdown behind the count, for a coordinator who hovers: "Published 7 · Outdated 1 · Missing 5".
            span.setTitle(java.util.Arrays.stream(Availability.values()).filter(a -> count.count(a) > 0)
                    .map(a -> getTranslation("availability." + a.name()) + " " + count.count(a))
                    .collect(java.util.stream.Collectors.joining(" · ")));
            span.addClassName("language-count");
            counts.add(span);
        }
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("coverage.title") + " · " + getTranslation("app.name");
    }

    List<GridSortOrder<CoverageRow>> sortOrder() {
        return grid.getSortOrder();
    }
}
