package org.interlinea.security;

import java.security.SecureRandom;
import java.util.List;
import org.interlinea.InterlineaProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * There is no default password. On the first start (no user yet) the admin account is created with
 * {@code INTERLINEA_ADMIN_PASSWORD}, or, when that is unset, with a random one-time password printed
 * once to the console, which must be changed at the first sign-in.
 */
@Component
class AdminBootstrap {

    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);
    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private final UserAccounts accounts;
    private final String configuredPassword;

    /** Spring's relaxed binding also fills {@code adminPassword} from {@code INTERLINEA_ADMIN_PASSWORD}. */
    AdminBootstrap(UserAccounts accounts, InterlineaProperties properties) {
        this.accounts = accounts;
        this.configuredPassword = properties.adminPassword() == null ? "" : properties.adminPassword();
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(-10)
    void createFirstAdmin() {
        if (accounts.anyUserExists()) {
            return;
        }
        List<String> roles = List.of("ADMIN", "COORDINATOR", "REVIEWER", "TRANSLATOR");
        if (!configuredPassword.isBlank()) {
            if (configuredPassword.length() < UserAccounts.MIN_PASSWORD_LENGTH) {
                log.warn("INTERLINEA_ADMIN_PASSWORD is shorter than {} characters; consider a longer one",
                        UserAccounts.MIN_PASSWORD_LENGTH);
            }
            accounts.create("admin", "Administrator", configuredPassword, roles, false);
            log.info("Created the first user 'admin' with the password from INTERLINEA_ADMIN_PASSWORD");
            return;
        }
        String oneTime = randomPassword();
        accounts.create("admin", "Administrator", oneTime, roles, true);
        // Printed once, on purpose to the console: it is the only way in, and is never shown again.
        System.out.println("""

                ==================================================================
                 Interlinea: first start. Sign in as 'admin' with the one-time
                 password  %s  (you will be asked to change it).
                 It is not shown again; set INTERLINEA_ADMIN_PASSWORD to choose one.
                ==================================================================
                """.formatted(oneTime));
    }

    private static String randomPassword() {
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
