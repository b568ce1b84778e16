package org.interlinea;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.theme.lumo.Lumo;

/**
 * Page-wide settings for the Vaadin UI. Styles are plain stylesheets (Lumo plus ours from
 * {@code frontend/styles}, copied into the jar's static resources by the build) rather than a compiled
 * theme: a compiled theme forces a frontend bundle rebuild with npm, which this project avoids.
 * Server push (in the precompiled bundle) lets the editor show other people's presence and saves as they
 * happen.
 */
@Push
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles/interlinea.css")
public class AppShell implements AppShellConfigurator {
}
