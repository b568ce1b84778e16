package org.interlinea.security;

import java.sql.Array;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.interlinea.ReadableException;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The people who sign in, kept in PostgreSQL with hashed passwords. */
@Service
public class UserAccounts implements UserDetailsService {

    static final int MIN_PASSWORD_LENGTH = 10;

    private final JdbcClient jdbc;
    private final PasswordEncoder encoder;

    UserAccounts(JdbcClient jdbc, PasswordEncoder encoder) {
        this.jdbc = jdbc;
        this.encoder = encoder;
    }

    record Account(String username, String passwordHash, List<String> roles, boolean passwordChangeRequired) {
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        Account account = find(username).orElseThrow(() -> new UsernameNotFoundException(username));
        return User.withUsername(account.username())
                .password(account.passwordHash())
                .authorities(account.roles().stream().map(r -> new SimpleGrantedAuthority("ROLE_" + r)).toList())
                .build();
    }

    Optional<Account> find(String username) {
        return jdbc.sql("select username, password_hash, roles, password_change_required from app_user where username = :u")
                .param("u", username)
                .query((rs, n) -> new Account(rs.getString(1), rs.getString(2), strings(rs.getArray(3)),
                        rs.getBoolean(4)))
                .optional();
    }

    boolean anyUserExists() {
        return jdbc.sql("select exists (select 1 from app_user)").query(Boolean.class).single();
    }

    @Transactional
    void create(String username, String displayName, String rawPassword, List<String> roles,
                boolean passwordChangeRequired) {
        jdbc.sql("""
                        insert into app_user (username, password_hash, display_name, roles, password_change_required)
                        values (:u, :hash, :name, :roles, :change)""")
                .param("u", username).param("hash", encoder.encode(rawPassword)).param("name", displayName)
                .param("roles", roles.toArray(String[]::new)).param("change", passwordChangeRequired)
                .update();
    }

    public boolean passwordChangeRequired(String username) {
        return find(username).map(Account::passwordChangeRequired).orElse(false);
    }

    /**
     * Replaces a password after checking the current one.
     *
     * @throws ReadableException with the reason, when the change is refused
     */
    @Transactional
    public void changePassword(String username, String currentPassword, @Nullable String newPassword) {
        Account account = find(username).orElseThrow(() -> new IllegalArgumentException("unknown user"));
        if (!encoder.matches(currentPassword, account.passwordHash())) {
            throw new ReadableException("password.error.current", "the current password is not right");
        }
        if (newPassword == null || newPassword.length() < MIN_PASSWORD_LENGTH) {
            throw new ReadableException("password.error.short", "the new password is too short");
        }
        if (newPassword.equals(currentPassword)) {
            throw new ReadableException("password.error.same", "the new password is the current one");
        }
        jdbc.sql("update app_user set password_hash = :hash, password_change_required = false where username = :u")
                .param("hash", encoder.encode(newPassword)).param("u", username).update();
    }

    private static List<String> strings(@Nullable Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
