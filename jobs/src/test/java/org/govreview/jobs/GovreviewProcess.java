package org.govreview.jobs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The packaged application run as its own process, standard output and standard error kept apart, as a shell
 * script or a scheduler would run it.
 */
final class GovreviewProcess {

	static final Path JAR = Path.of("target/govreview.jar").toAbsolutePath();

	private static final Duration TIMEOUT = Duration.ofMinutes(4);

	private final Process process;

	private final Path stdout;

	private final Path stderr;

	private final String command;

	private GovreviewProcess(Process process, Path stdout, Path stderr, String command) {
		this.process = process;
		this.stdout = stdout;
		this.stderr = stderr;
		this.command = command;
	}

	/** Starts {@code govreview ARGS} with {@code jvmOptions} (such as -Dgovreview.fault.wait-before=...). */
	static GovreviewProcess start(List<String> jvmOptions, String... args) throws IOException {
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
		command.addAll(jvmOptions);
		command.addAll(List.of("-jar", JAR.toString()));
		command.addAll(List.of(args));
		Path stdout = Files.createTempFile("govreview-stdout", ".txt");
		Path stderr = Files.createTempFile("govreview-stderr", ".txt");
		Process process = new ProcessBuilder(command).redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
		return new GovreviewProcess(process, stdout, stderr, "govreview " + String.join(" ", args));
	}

	/** Runs {@code govreview ARGS} to its end. */
	static GovreviewProcess run(String... args) throws IOException, InterruptedException {
		return run(List.of(), args);
	}

	/** Runs {@code govreview ARGS} with {@code jvmOptions} to its end. */
	static GovreviewProcess run(List<String> jvmOptions, String... args) throws IOException, InterruptedException {
		return start(jvmOptions, args).waitForExit();
	}

	GovreviewProcess waitForExit() throws InterruptedException {
		if (!process.waitFor(TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
			process.destroyForcibly();
			throw new AssertionError(command + " did not finish in " + TIMEOUT.toMinutes() + " minutes; stderr: " + stderr());
		}
		return this;
	}

	/** Waits until standard error has a line containing {@code text}. */
	GovreviewProcess awaitStderr(String text) throws InterruptedException {
		long deadline = System.nanoTime() + TIMEOUT.toNanos();
		while (!stderr().contains(text)) {
			if (!process.isAlive() || System.nanoTime() > deadline) {
				throw new AssertionError(command + ": no '" + text + "' on standard error; it ended with "
						+ (process.isAlive() ? "nothing (timeout)" : "status " + process.exitValue()) + "; stderr: " + stderr()
						+ "; stdout: " + stdout());
			}
			Thread.sleep(200);
		}
		return this;
	}

	int exitValue() {
		return process.exitValue();
	}

	long pid() {
		return process.pid();
	}

	Process process() {
		return process;
	}

	String stdout() {
		return read(stdout);
	}

	String stderr() {
		return read(stderr);
	}

	/** For assertion messages: the command, its status and both streams. */
	String describe() {
		return command + " → " + (process.isAlive() ? "running" : "status " + process.exitValue()) + "\n--- stdout:\n"
				+ stdout() + "\n--- stderr:\n" + stderr();
	}

	private static String read(Path file) {
		try {
			return Files.readString(file, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			return "(unreadable: " + ex + ")";
		}
	}
}
