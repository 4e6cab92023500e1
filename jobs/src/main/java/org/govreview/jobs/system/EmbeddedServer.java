package org.govreview.jobs.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The PostgreSQL of a data directory as this process uses it: started here and owned through the directory's
 * {@link DataDirectoryLock}, or, for a read-only command while another govreview process owns the directory, that
 * process's server, used as a plain client. A command that runs jobs never shares: it refuses with
 * {@link DataDirectoryInUseException}. The server runs with PostgreSQL's durable defaults ({@code fsync} and
 * {@code synchronous_commit} on); its own log is {@code DATA_DIR/logs/postgresql.log}.
 */
final class EmbeddedServer implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedServer.class);

	private static final Duration WAIT_FOR_OWNER = Duration.ofSeconds(60);

	private static final Pattern ERROR_LINE = Pattern.compile(".*?((?:initdb|pg_ctl|postgres): error: .*|(?:FATAL|PANIC|ERROR): .*)");

	private final DataDirectoryLock lock;

	private final EmbeddedPostgres postgres;

	private final int port;

	private EmbeddedServer(DataDirectoryLock lock, EmbeddedPostgres postgres, int port) {
		this.lock = lock;
		this.postgres = postgres;
		this.port = port;
	}

	static EmbeddedServer open(Path dataDir, RunningCommand command) {
		Path directory = dataDir.toAbsolutePath().normalize();
		long deadline = System.nanoTime() + WAIT_FOR_OWNER.toNanos();
		try {
			while (true) {
				Optional<DataDirectoryLock> lock = DataDirectoryLock.tryAcquire(directory, command.description());
				if (lock.isPresent()) {
					return start(directory, lock.get());
				}
				Optional<DataDirectoryLock.Holder> holder = DataDirectoryLock.holder(directory);
				if (holder.isPresent() && command.databaseUse() == DatabaseUse.RUN_JOBS) {
					throw new DataDirectoryInUseException("data directory " + directory + " is in use by "
							+ holder.get().describe() + "; run this again when it has finished");
				}
				if (holder.isPresent() && holder.get().port() != null) {
					log.info("data directory {} is in use by {}: reading through its PostgreSQL on port {}", directory,
							holder.get().describe(), holder.get().port());
					return new EmbeddedServer(null, null, holder.get().port());
				}
				if (System.nanoTime() > deadline) {
					throw new DataDirectoryInUseException("data directory " + directory + " is in use by "
							+ holder.map(DataDirectoryLock.Holder::describe).orElse("another process")
							+ ", whose PostgreSQL has not started within " + WAIT_FOR_OWNER.toSeconds() + " s");
				}
				Thread.sleep(200);
			}
		}
		catch (IOException ex) {
			throw new DatabaseUnavailableException("cannot use data directory " + directory + ": " + ex, ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new DatabaseUnavailableException("interrupted while waiting for data directory " + directory, ex);
		}
	}

	private static EmbeddedServer start(Path dataDir, DataDirectoryLock lock) throws IOException {
		Path pgData = dataDir.resolve("postgres");
		Path serverLog = dataDir.resolve("logs").resolve("postgresql.log");
		long logStart = 0;
		EmbeddedPostgres postgres = null;
		try {
			Files.createDirectories(pgData);
			Files.createDirectories(serverLog.getParent());
			logStart = Files.exists(serverLog) ? Files.size(serverLog) : 0;
			PostmasterPidFile.clear(pgData);
			log.info("starting embedded PostgreSQL, data in {}", pgData);
			postgres = EmbeddedPostgres.builder()
				.setDataDirectory(pgData)
				.setCleanDataDirectory(false)
				.setServerConfig("fsync", "on") // after zonky's -F, so it wins
				.setServerConfig("synchronous_commit", "on")
				.setOutputRedirector(ProcessBuilder.Redirect.appendTo(serverLog.toFile()))
				.setPGStartupWait(Duration.ofSeconds(60))
				.start();
			lock.recordPort(postgres.getPort());
			return new EmbeddedServer(lock, postgres, postgres.getPort());
		}
		catch (RuntimeException | IOException ex) {
			if (postgres != null) {
				postgres.close();
			}
			lock.close();
			if (ex instanceof DatabaseUnavailableException unavailable) {
				throw unavailable;
			}
			throw new DatabaseUnavailableException("the embedded PostgreSQL in " + pgData + " could not start: "
					+ reason(serverLog, logStart).orElse(ex.getMessage()) + " (server log: " + serverLog + ")", ex);
		}
	}

	/** The last error PostgreSQL or initdb wrote to its log since {@code from}. */
	private static Optional<String> reason(Path serverLog, long from) {
		try {
			byte[] bytes = Files.exists(serverLog) ? Files.readAllBytes(serverLog) : new byte[0];
			String text = new String(bytes, (int) Math.min(from, bytes.length), (int) Math.max(0, bytes.length - from),
					StandardCharsets.UTF_8);
			List<String> errors = text.lines()
				.map(ERROR_LINE::matcher)
				.filter(Matcher::matches)
				.map(matcher -> matcher.group(1).replaceAll("\\s+", " ").strip())
				.toList();
			return errors.isEmpty() ? Optional.empty() : Optional.of(errors.get(errors.size() - 1));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	int port() {
		return port;
	}

	boolean owned() {
		return lock != null;
	}

	@Override
	public void close() throws IOException {
		if (postgres == null) {
			return;
		}
		try {
			postgres.close();
		}
		finally {
			lock.close();
		}
	}
}
