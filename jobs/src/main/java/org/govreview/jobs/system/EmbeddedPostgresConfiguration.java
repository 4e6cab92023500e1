package org.govreview.jobs.system;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The default database: a real PostgreSQL server started from Maven-provided binaries, its data kept under
 * {@code govreview.data-dir}/postgres so the warehouse and the job repository survive restarts; one server per data
 * directory, owned by one govreview process at a time (see {@link EmbeddedServer}). Not used when
 * {@code spring.datasource.url} names an external server.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isBlank()")
class EmbeddedPostgresConfiguration {

	@Bean(destroyMethod = "close")
	EmbeddedServer embeddedServer(GovreviewProperties properties, ObjectProvider<RunningCommand> command) {
		return EmbeddedServer.open(properties.getDataDir(), command.getIfAvailable(RunningCommand::ofThisProcess));
	}

	@Bean
	DataSource dataSource(EmbeddedServer server) {
		HikariDataSource dataSource = new HikariDataSource();
		dataSource.setJdbcUrl("jdbc:postgresql://localhost:" + server.port() + "/postgres");
		dataSource.setUsername("postgres");
		dataSource.setMaximumPoolSize(4);
		dataSource.setPoolName("govreview");
		return dataSource;
	}
}
