package org.interlinea.shell;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinServiceInitListener;
import jakarta.servlet.http.Cookie;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The UI language: the browser's by default (Vaadin matches Accept-Language against the provided
 * locales), or the one the person chose, remembered in a cookie.
 */
@Component
public class UiLanguage implements VaadinServiceInitListener {

    static final String COOKIE = "interlinea-ui-language";
    private static final String SESSION_KEY = "interlinea.ui-language";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            Locale inSession = (Locale) init.getUI().getSession().getAttribute(SESSION_KEY);
            Optional.ofNullable(inSession).or(() -> chosen(VaadinRequest.getCurrent()))
                    .ifPresent(locale -> init.getUI().setLocale(locale));
        });
    }

    static Optional<Locale> chosen(@Nullable VaadinRequest request) {
        if (request == null || request.getCookies() == null) {
            return Optional.empty();
        }
        return Arrays.stream(request.getCookies())
                .filter(c -> COOKIE.equals(c.getName()))
                .map(c -> UiTranslations.supported(Locale.forLanguageTag(c.getValue())))
                .findFirst();
    }

    /** Switches this UI and remembers the choice for the next visit. */
    public static void choose(UI ui, Locale locale) {
        Locale supported = UiTranslations.supported(locale);
        VaadinResponse response = VaadinResponse.getCurrent();
        if (response != null) {
            Cookie cookie = new Cookie(COOKIE, supported.toLanguageTag());
            cookie.setPath("/");
            cookie.setMaxAge(60 * 60 * 24 * 365);
            cookie.setHttpOnly(true);
            response.addCookie(cookie);
        }
        ui.getSession().setAttribute(SESSION_KEY, supported);
        ui.getSession().setLocale(supported);
        ui.setLocale(supported);
        // Every view reads its texts when built, so the simplest correct switch is a reload.
        ui.getPage().reload();
    }
}
