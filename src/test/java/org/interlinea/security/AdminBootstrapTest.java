package org.interlinea.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.interlinea.InterlineaProperties;
import org.interlinea.ReadableException;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest(properties = "interlinea.sync-on-start=false")
@ActiveProfiles("test")
@ExtendWith(OutputCaptureExtension.class)
class AdminBootstrapTest {

    @Autowired
    UserAccounts accounts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PasswordEncoder encoder;

    @BeforeEach
    void noUsers() {
        jdbc.sql("delete from app_user").update();
    }

    @Test
    void firstStartPrintsAOneTimePasswordOnceAndAsksToChangeIt(CapturedOutput output) {
        int start = output.getOut().length();
        bootstrap(null).createFirstAdmin();

        String out = output.getOut().substring(start);
        Matcher printed = Pattern.compile("one-time\\s+password\\s+(\\S{16})").matcher(out);
        assertThat(printed.find()).as("printed: %s", out).isTrue();
        String password = printed.group(1);
        UserAccounts.Account admin = accounts.find("admin").orElseThrow();
        assertThat(encoder.matches(password, admin.passwordHash())).isTrue();
        assertThat(admin.passwordHash()).doesNotContain(password);
        assertThat(accounts.passwordChangeRequired("admin")).isTrue();

        int before = output.getOut().length();
        bootstrap(null).createFirstAdmin();
        assertThat(output.getOut().substring(before)).doesNotContain("one-time");

        assertThatThrownBy(() -> accounts.changePassword("admin", password, "short"))
                .isInstanceOfSatisfying(ReadableException.class,
                        e -> assertThat(e.key()).isEqualTo("password.error.short"));
        assertThatThrownBy(() -> accounts.changePassword("admin", "wrong", "a-long-enough-one"))
                .isInstanceOfSatisfying(ReadableException.class,
                        e -> assertThat(e.key()).isEqualTo("password.error.current"));
        accounts.changePassword("admin", password, "a-long-enough-one");
        assertThat(accounts.passwordChangeRequired("admin")).isFalse();
    }

    @Test
    void configuredPasswordIsUsedAndNothingIsPrinted(CapturedOutput output) {
        int start = output.getOut().length();
        bootstrap("from-the-environment").createFirstAdmin();

        assertThat(output.getOut().substring(start)).doesNotContain("one-time");
        assertThat(encoder.matches("from-the-environment", accounts.find("admin").orElseThrow().passwordHash())).isTrue();
        assertThat(accounts.passwordChangeRequired("admin")).isFalse();
        assertThat(accounts.loadUserByUsername("admin").getAuthorities()).extracting(Object::toString)
                .contains("ROLE_ADMIN", "ROLE_COORDINATOR");
    }

    private AdminBootstrap bootstrap(@Nullable String password) {
        return new AdminBootstrap(accounts, new InterlineaProperties(
                Path.of("."), Path.of("."), List.of("en"), "en", false, password));
    }
}
