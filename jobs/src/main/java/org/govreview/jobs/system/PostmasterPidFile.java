package org.govreview.jobs.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * PostgreSQL's {@code postmaster.pid} in a data directory, read before a server is started on it by the process
 * that holds the directory's {@link DataDirectoryLock} (so no govreview process runs a server there). A live server
 * is stopped only when it is provably this directory's: its command line (Linux {@code /proc/PID/cmdline}) is a
 * {@code postgres} with {@code -D} naming this directory. A file naming any other live process is stale and removed;
 * that process is never signalled.
 */
final class PostmasterPidFile {

	private static final Logger log = LoggerFactory.getLogger(PostmasterPidFile.class);

	private static final Duration STOP_WAIT = Duration.ofSeconds(60);

	private PostmasterPidFile() {
	}

	static void clear(Path pgData) throws IOException {
		Path pidFile = pgData.resolve("postmaster.pid");
		if (!Files.exists(pidFile)) {
			return;
		}
		List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
		if (lines.isEmpty() || !lines.get(0).strip().matches("\\d{1,10}")) {
			log.warn("{} names no process ({}): left by a crashed start, removed", pidFile,
					lines.isEmpty() ? "empty" : "'" + lines.get(0).strip() + "'");
			Files.delete(pidFile);
			return;
		}
		long pid = Long.parseLong(lines.get(0).strip());
		Optional<ProcessHandle> process = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
		if (process.isEmpty()) {
			return; // PostgreSQL replaces a pid file whose process is gone
		}
		Optional<List<String>> commandLine = commandLine(pid);
		if (commandLine.isEmpty()) {
			throw new DatabaseUnavailableException(pidFile + " names live process " + pid
					+ " whose command line cannot be read; if no PostgreSQL runs on " + pgData + ", remove that file",
					null);
		}
		if (isServerOf(commandLine.get(), pid, pgData)) {
			stop(process.get(), pgData);
		}
		else {
			log.warn("{} names pid {}, which is not this directory's PostgreSQL ({}): the file is stale, removed; "
					+ "that process is left alone", pidFile, pid, String.join(" ", commandLine.get()));
			Files.delete(pidFile);
		}
	}

	private static void stop(ProcessHandle server, Path pgData) {
		log.warn("stopping PostgreSQL (pid {}) of {}: the govreview process that started it is gone", server.pid(), pgData);
		server.destroy();
		try {
			server.onExit().get(STOP_WAIT.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (TimeoutException ex) {
			throw new DatabaseUnavailableException("the PostgreSQL (pid " + server.pid() + ") left running on " + pgData
					+ " by a govreview process that is gone did not stop within " + STOP_WAIT.toSeconds() + " s", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new DatabaseUnavailableException("interrupted while stopping PostgreSQL (pid " + server.pid() + ")", ex);
		}
		catch (java.util.concurrent.ExecutionException ex) {
			throw new DatabaseUnavailableException("could not stop PostgreSQL (pid " + server.pid() + ")", ex);
		}
	}

	/** Whether {@code commandLine} is a postgres server whose {@code -D} is {@code pgData}. */
	static boolean isServerOf(List<String> commandLine, long pid, Path pgData) {
		if (commandLine.isEmpty()) {
			return false;
		}
		String program = Path.of(commandLine.get(0)).getFileName().toString();
		if (!program.equals("postgres") && !program.equals("postmaster")) {
			return false;
		}
		for (int i = 1; i < commandLine.size(); i++) {
			String arg = commandLine.get(i);
			String directory = arg.equals("-D") && i + 1 < commandLine.size() ? commandLine.get(i + 1)
					: arg.startsWith("-D") && arg.length() > 2 ? arg.substring(2) : null;
			if (directory != null) {
				return sameDirectory(directory, pid, pgData);
			}
		}
		return false;
	}

	private static boolean sameDirectory(String directory, long pid, Path pgData) {
		try {
			Path named = Path.of(directory);
			if (!named.isAbsolute()) {
				named = Files.readSymbolicLink(Path.of("/proc", Long.toString(pid), "cwd")).resolve(named);
			}
			return Files.isSameFile(named, pgData);
		}
		catch (IOException | RuntimeException ex) {
			return false;
		}
	}

	private static Optional<List<String>> commandLine(long pid) {
		try {
			byte[] bytes = Files.readAllBytes(Path.of("/proc", Long.toString(pid), "cmdline"));
			String text = new String(bytes, StandardCharsets.UTF_8);
			if (text.endsWith("\0")) {
				text = text.substring(0, text.length() - 1);
			}
			return Optional.of(List.of(text.split("\0", -1)));
		}
		catch (IOException ex) {
			return Optional.empty();
		}
	}
}
