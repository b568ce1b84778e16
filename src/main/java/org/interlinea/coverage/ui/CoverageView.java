package org.interlinea.coverage.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

@Route("")
@PermitAll
public class CoverageView extends VerticalLayout {
    public CoverageView() {
        add(new H2(getTranslation("app.name")));
    }
}
