package org.interlinea.shell;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import java.util.Locale;
import org.interlinea.support.DemoCorpusApp;
import org.interlinea.support.KaribuUi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The UI language can be switched from the top bar, and every text follows. */
@DemoCorpusApp
class MainLayoutTest {

    @Autowired
    ApplicationContext context;

    @BeforeEach
    void signedIn() {
        KaribuUi.signedInAsAdmin(context);
        UI.getCurrent().navigate("");
    }

    @AfterEach
    void tearDown() {
        KaribuUi.tearDown();
    }

    @Test
    @SuppressWarnings("unchecked")
    void switchingToPortugueseTranslatesTheScreen() {
        assertThat(_get(Span.class, spec -> spec.withId("count-pt")).getText()).startsWith("Portuguese:");
        Select<Locale> select = _get(Select.class, spec -> spec.withId("ui-language"));

        HasValueUtilsKt._setValue(select, Locale.forLanguageTag("pt"), true);
        // The switch reloads the page; a new navigation renders it in the chosen language.
        assertThat(UI.getCurrent().getLocale().getLanguage()).isEqualTo("pt");
        UI.getCurrent().navigate("pages/radio-for-the-night-shift");
        UI.getCurrent().navigate("");
        assertThat(_get(Span.class, spec -> spec.withId("count-pt")).getText()).isEqualTo("Português: 3 de 13 páginas");
    }
}
