package org.interlinea.security.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** The sign-in screen; Spring Security handles the form post to /login. */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /** The query parameter a failed sign-in comes back with: the user name it tried. */
    public static final String USERNAME_PARAMETER = "username";

    private final LoginForm form = new LoginForm();

    public LoginView() {
        addClassName("login-view");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        form.setI18n(loginI18n());
        H1 brand = new H1(getTranslation("app.name"));
        brand.addClassName("brand");
        add(brand, new Paragraph(getTranslation("login.tagline")), form);
    }

    private LoginI18n loginI18n() {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form f = i18n.getForm();
        f.setTitle(getTranslation("login.title"));
        f.setUsername(getTranslation("login.username"));
        f.setPassword(getTranslation("login.password"));
        f.setSubmit(getTranslation("login.submit"));
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        error.setTitle(getTranslation("login.error.title"));
        error.setMessage(getTranslation("login.error.message"));
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters();
        form.setError(parameters.getParameters().containsKey("error"));
        parameters.getSingleParameter(USERNAME_PARAMETER).filter(name -> !name.isBlank()).ifPresent(this::keepUserName);
    }

    /**
     * Puts the user name back in its field and the caret in the password field. LoginForm has no Java API for
     * the field, and the fields exist only once the web component has rendered, hence the wait for them.
     */
    private void keepUserName(String name) {
        form.getElement().executeJs("""
                const form = this; let tries = 0;
                const fill = () => {
                  const user = form.querySelector('#vaadinLoginUsername');
                  const password = form.querySelector('#vaadinLoginPassword');
                  if (!user || !password) { if (tries++ < 100) requestAnimationFrame(fill); return; }
                  user.value = $0;
                  // after the form's own autofocus of the user name field
                  setTimeout(() => password.focus());
                };
                customElements.whenDefined('vaadin-login-form').then(fill);""", name);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " · " + getTranslation("app.name");
    }
}
