package org.govreview.jobs.system;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The ownership lock of a data directory: an exclusive lock on {@code DATA_DIR/govreview.lock}, held for the life
 * of the process that runs the directory's embedded PostgreSQL. The file names that process (pid, command, since
 * when) and, once started, the server's port. The operating system releases the lock when the process ends,
 * however it ends (kill -9 included), so a lock that can be taken proves that no govreview process owns the
 * directory.
 */
final class DataDirectoryLock implements AutoCloseable {

	static final String FILE_NAME = "govreview.lock";

	private static final DateTimeFormatter SINCE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
		.withZone(ZoneId.systemDefault());

	/**
	 * The locks this JVM holds. A second channel must never be opened on one of them: closing it would release the
	 * lock (POSIX record locks belong to the process, not to the channel).
	 */
	private static final Map<Path, DataDirectoryLock> HELD = new ConcurrentHashMap<>();

	private final Path file;

	private final FileChannel channel;

	private final FileLock lock;

	private volatile Holder holder;

	private DataDirectoryLock(Path file, FileChannel channel, FileLock lock, Holder holder) {
		this.file = file;
		this.channel = channel;
		this.lock = lock;
		this.holder = holder;
	}

	/** The process that owns a data directory, as its lock file describes it. */
	record Holder(long pid, String command, Instant since, Integer port) {

		String describe() {
			return "govreview process " + pid + " (" + command + ") since " + SINCE.format(since);
		}

		String text() {
			return "pid=" + pid + "\ncommand=" + command.replaceAll("[\\r\\n]+", " ") + "\nsince=" + since + "\n"
					+ (port == null ? "" : "port=" + port + "\n");
		}

		static Optional<Holder> parse(String text) {
			Map<String, String> values = new HashMap<>();
			for (String line : text.split("\n")) {
				int equals = line.indexOf('=');
				if (equals > 0) {
					values.put(line.substring(0, equals), line.substring(equals + 1));
				}
			}
			try {
				return Optional.of(new Holder(Long.parseLong(values.get("pid")), values.getOrDefault("command", "?"),
						Instant.parse(values.get("since")),
						values.containsKey("port") ? Integer.valueOf(values.get("port")) : null));
			}
			catch (RuntimeException ex) {
				return Optional.empty();
			}
		}
	}

	/** Takes the lock of {@code dataDir} for this process, or returns empty when another process holds it. */
	static synchronized Optional<DataDirectoryLock> tryAcquire(Path dataDir, String command) throws IOException {
		Path file = key(dataDir);
		if (HELD.containsKey(file)) {
			return Optional.empty();
		}
		FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
				StandardOpenOption.WRITE);
		FileLock lock;
		try {
			lock = channel.tryLock();
		}
		catch (OverlappingFileLockException ex) {
			lock = null;
		}
		if (lock == null) {
			channel.close();
			return Optional.empty();
		}
		Holder holder = new Holder(ProcessHandle.current().pid(), command, Instant.now(), null);
		DataDirectoryLock acquired = new DataDirectoryLock(file, channel, lock, holder);
		try {
			acquired.write(holder);
		}
		catch (IOException | RuntimeException ex) {
			acquired.close();
			throw ex;
		}
		HELD.put(file, acquired);
		return Optional.of(acquired);
	}

	/** Who holds the lock of {@code dataDir}, as far as its file tells; empty when it is unreadable or incomplete. */
	static Optional<Holder> holder(Path dataDir) throws IOException {
		Path file = key(dataDir);
		DataDirectoryLock here = HELD.get(file);
		if (here != null) {
			return Optional.of(here.holder);
		}
		try {
			return Holder.parse(Files.readString(file, StandardCharsets.UTF_8));
		}
		catch (NoSuchFileException ex) {
			return Optional.empty();
		}
	}

	Holder holder() {
		return holder;
	}

	/** Records the port of the server this process started, for other commands to connect to it. */
	void recordPort(int port) throws IOException {
		Holder started = new Holder(holder.pid(), holder.command(), holder.since(), port);
		write(started);
		holder = started;
	}

	private void write(Holder content) throws IOException {
		channel.truncate(0);
		channel.write(ByteBuffer.wrap(content.text().getBytes(StandardCharsets.UTF_8)), 0);
		channel.force(true);
	}

	@Override
	public void close() throws IOException {
		synchronized (DataDirectoryLock.class) {
			HELD.remove(file, this);
			try {
				channel.truncate(0);
				lock.release();
			}
			finally {
				channel.close();
			}
		}
	}

	private static Path key(Path dataDir) throws IOException {
		Files.createDirectories(dataDir);
		return dataDir.toRealPath().resolve(FILE_NAME);
	}
}
