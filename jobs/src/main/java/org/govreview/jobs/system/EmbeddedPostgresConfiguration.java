package org.govreview.jobs.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The default database: a real PostgreSQL server started from Maven-provided binaries, its data kept under
 * {@code govreview.data-dir}/postgres so the warehouse and the job repository survive restarts. Not used when
 * {@code spring.datasource.url} names an external server.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isBlank()")
class EmbeddedPostgresConfiguration {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);

	@Bean(destroyMethod = "close")
	EmbeddedPostgres embeddedPostgres(GovreviewProperties properties) throws IOException {
		Path dataDirectory = properties.getDataDir().resolve("postgres").toAbsolutePath();
		Files.createDirectories(dataDirectory);
		stopOrphanedServer(dataDirectory);
		log.info("starting embedded PostgreSQL, data in {}", dataDirectory);
		return EmbeddedPostgres.builder()
			.setDataDirectory(dataDirectory)
			.setCleanDataDirectory(false)
			.setPGStartupWait(Duration.ofSeconds(60))
			.start();
	}

	@Bean
	DataSource dataSource(EmbeddedPostgres postgres) {
		HikariDataSource dataSource = new HikariDataSource();
		dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
		dataSource.setUsername("postgres");
		dataSource.setMaximumPoolSize(4);
		dataSource.setPoolName("govreview");
		return dataSource;
	}

	/**
	 * A process killed with SIGKILL leaves its PostgreSQL child running and holding the data directory; the
	 * server's pid file says which process that is, and it is stopped before a new one starts.
	 */
	private static void stopOrphanedServer(Path dataDirectory) {
		Path pidFile = dataDirectory.resolve("postmaster.pid");
		if (!Files.exists(pidFile)) {
			return;
		}
		try {
			List<String> lines = Files.readAllLines(pidFile);
			Optional<ProcessHandle> server = lines.isEmpty() ? Optional.empty()
					: ProcessHandle.of(Long.parseLong(lines.get(0).strip()));
			if (server.isPresent() && server.get().isAlive()
					&& server.get().info().command().map(c -> c.contains("postgres")).orElse(false)) {
				log.warn("stopping PostgreSQL (pid {}) left running on {} by an earlier process", server.get().pid(), dataDirectory);
				server.get().destroy();
				server.get().onExit().get(java.util.concurrent.TimeUnit.SECONDS.toMillis(30), java.util.concurrent.TimeUnit.MILLISECONDS);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (Exception ex) {
			log.warn("could not check the PostgreSQL pid file {}: {}", pidFile, ex.toString());
		}
	}
}
