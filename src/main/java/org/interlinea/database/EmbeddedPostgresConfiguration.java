package org.interlinea.database;

import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.interlinea.InterlineaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Starts a real PostgreSQL server from the embedded binaries when no {@code spring.datasource.url} is
 * configured, so the app runs with nothing installed. Production sets the URL and this stays off.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedPostgresConfiguration.NoDatasourceUrl.class)
class EmbeddedPostgresConfiguration {

    @Bean(destroyMethod = "close")
    EmbeddedServer.EmbeddedDatabase embeddedDatabase(InterlineaProperties properties) {
        return EmbeddedServer.start(properties.dataDir());
    }

    @Bean
    DataSource dataSource(EmbeddedServer.EmbeddedDatabase database) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(database.server().getJdbcUrl("postgres", "postgres"));
        dataSource.setUsername("postgres");
        dataSource.setPassword(database.password());
        dataSource.setPoolName("interlinea-embedded");
        dataSource.setMaximumPoolSize(20);
        return dataSource;
    }

    static class NoDatasourceUrl implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            String url = context.getEnvironment().getProperty("spring.datasource.url");
            return url == null || url.isBlank();
        }
    }

}
