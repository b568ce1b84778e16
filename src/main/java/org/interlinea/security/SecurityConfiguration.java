package org.interlinea.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import java.util.List;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.interlinea.security.ui.LoginView;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationEntryPoint;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;

/**
 * Login is required everywhere except the site's read-only availability API and the health check.
 * The JSON API's write endpoints take HTTP Basic credentials so scripts can call them. Response headers are set
 * for every request by {@link SecurityHeaders}, since Vaadin serves some requests past these chains.
 */
@Configuration
@EnableWebSecurity
class SecurityConfiguration {

    private static final String[] PUBLIC_API = {"/api/availability", "/api/pages/*/availability"};
    private static final int MAX_USER_NAME = 200;

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(HttpSecurity http, SiteApiCorsProperties cors) throws Exception {
        return http.securityMatcher("/api/**", "/actuator/**")
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(HttpMethod.GET, PUBLIC_API).permitAll()
                        .requestMatchers(HttpMethod.HEAD, PUBLIC_API).permitAll()
                        .requestMatchers(HttpMethod.OPTIONS, PUBLIC_API).permitAll()
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .anyRequest().authenticated())
                .httpBasic(Customizer.withDefaults())
                // An API client wants a 401 it can act on, not a redirect to the login screen.
                .exceptionHandling(e -> e.authenticationEntryPoint(apiEntryPoint()))
                // Stateless API, no browser session to ride on, so no CSRF token either.
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .cors(c -> c.configurationSource(publicApiCors(cors)))
                .build();
    }

    /** The site's pages may read the public API from the configured origins; nothing else is shared. */
    private static CorsConfigurationSource publicApiCors(SiteApiCorsProperties properties) {
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        if (!properties.corsOrigins().isEmpty()) {
            CorsConfiguration config = new CorsConfiguration();
            config.setAllowedOrigins(properties.corsOrigins());
            config.setAllowedMethods(List.of("GET", "HEAD"));
            config.setExposedHeaders(List.of("ETag"));
            config.setAllowCredentials(false);
            config.setMaxAge(3600L);
            for (String path : PUBLIC_API) {
                source.registerCorsConfiguration(path, config);
            }
        }
        return source;
    }

    @Bean
    @Order(2)
    SecurityFilterChain uiSecurity(HttpSecurity http) throws Exception {
        // Our stylesheets and icon must load on the login screen too (a missing icon is a console error).
        // Our static scripts (frontend/scripts) are code, no data: Vaadin's rules would refuse them (403).
        // The error page carries the status of a refused API call (401), so it cannot itself need a login.
        http.authorizeHttpRequests(auth -> auth.requestMatchers("/styles/**", "/scripts/**", "/favicon.ico", "/error")
                .permitAll());
        // A failed sign-in comes back with the user name it tried (never the password), so the person only
        // retypes the password. Vaadin's login configuration keeps a failure handler already set; the login
        // page is named here too, or Spring would also switch on its own generated login page.
        http.formLogin(form -> form.loginPage("/login").failureHandler(SecurityConfiguration::backToLoginWithUserName));
        // Vaadin denies any address that is not a route before the UI sees it (a bare 403 page); signed-in
        // people get the UI's own "nothing here" screen inside the layout instead, with a way back.
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)
                .anyRequest(rule -> rule.authenticated())).build();
    }

    private static void backToLoginWithUserName(HttpServletRequest request, HttpServletResponse response,
                                                AuthenticationException failure) throws IOException {
        String name = request.getParameter("username");
        String query = name == null || name.isBlank() || name.length() > MAX_USER_NAME ? ""
                : "&" + LoginView.USERNAME_PARAMETER + "=" + URLEncoder.encode(name, StandardCharsets.UTF_8);
        response.sendRedirect(request.getContextPath() + "/login?error" + query);
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
