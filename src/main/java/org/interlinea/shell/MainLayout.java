package org.interlinea.shell;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.Locale;
import org.interlinea.security.ui.ChangePasswordDialog;
import org.interlinea.security.UserAccounts;

/** The frame around every signed-in screen: navigation, UI language, who is signed in. */
@Layout
@PermitAll
public class MainLayout extends AppLayout implements BeforeEnterObserver {

    private final AuthenticationContext authentication;
    private final UserAccounts accounts;

    public MainLayout(AuthenticationContext authentication, UserAccounts accounts) {
        this.authentication = authentication;
        this.accounts = accounts;
        Span brand = new Span(getTranslation("app.name"));
        brand.addClassName("brand");

        HorizontalLayout navbar = new HorizontalLayout(new DrawerToggle(), brand);
        navbar.setWidthFull();
        navbar.setAlignItems(FlexComponent.Alignment.CENTER);
        navbar.addClassName("navbar");
        Span spacer = new Span();
        navbar.addAndExpand(spacer);
        navbar.add(uiLanguageSelect(), userArea());
        addToNavbar(navbar);

        SideNav nav = new SideNav();
        nav.addItem(new SideNavItem(getTranslation("nav.coverage"), "", VaadinIcon.TABLE.create()));
        addToDrawer(nav);
        setPrimarySection(Section.DRAWER);
    }

    private Select<Locale> uiLanguageSelect() {
        Select<Locale> select = new Select<>();
        select.setId("ui-language");
        select.setAriaLabel(getTranslation("nav.uiLanguage"));
        select.setItems(UiTranslations.LOCALES);
        select.setItemLabelGenerator(l -> capitalised(l.getDisplayLanguage(l)));
        select.setValue(UiTranslations.supported(getLocale()));
        select.addValueChangeListener(e -> {
            if (e.getValue() != null && !e.getValue().equals(UiTranslations.supported(getLocale()))) {
                UiLanguage.choose(UI.getCurrent(), e.getValue());
            }
        });
        select.addClassName("ui-language");
        return select;
    }

    private HorizontalLayout userArea() {
        String name = authentication.getPrincipalName().orElse("");
        Span user = new Span(VaadinIcon.USER.create(), new Span(name));
        user.addClassName("user-name");
        Button logout = new Button(getTranslation("nav.signOut"), e -> authentication.logout());
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        logout.setId("sign-out");
        HorizontalLayout area = new HorizontalLayout(user, logout);
        area.setAlignItems(FlexComponent.Alignment.CENTER);
        return area;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        authentication.getPrincipalName()
                .filter(accounts::passwordChangeRequired)
                .ifPresent(name -> new ChangePasswordDialog(accounts, name, true).open());
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
