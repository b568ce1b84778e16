package org.interlinea.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.interlinea.security.ui.LoginView;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationEntryPoint;

/**
 * Login is required everywhere except the site's read-only availability API and the health check.
 * The JSON API's write endpoints take HTTP Basic credentials so scripts can call them.
 */
@Configuration
@EnableWebSecurity
class SecurityConfiguration {

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(HttpSecurity http) throws Exception {
        return http.securityMatcher("/api/**", "/actuator/**")
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(HttpMethod.GET, "/api/availability", "/api/pages/*/availability").permitAll()
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .anyRequest().authenticated())
                .httpBasic(Customizer.withDefaults())
                // An API client wants a 401 it can act on, not a redirect to the login screen.
                .exceptionHandling(e -> e.authenticationEntryPoint(apiEntryPoint()))
                // Stateless API, no browser session to ride on, so no CSRF token either.
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain uiSecurity(HttpSecurity http) throws Exception {
        // Our stylesheets and icon must load on the login screen too (a missing icon is a console error).
        // The error page carries the status of a refused API call (401), so it cannot itself need a login.
        // Static scripts (frontend/scripts, e.g. the editor's draft keeping) hold no data and are public too.
        http.authorizeHttpRequests(auth -> auth.requestMatchers("/styles/**", "/scripts/**", "/favicon.ico", "/error")
                .permitAll());
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)).build();
    }

    private static BasicAuthenticationEntryPoint apiEntryPoint() {
        BasicAuthenticationEntryPoint entryPoint = new BasicAuthenticationEntryPoint();
        entryPoint.setRealmName("Interlinea");
        return entryPoint;
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
