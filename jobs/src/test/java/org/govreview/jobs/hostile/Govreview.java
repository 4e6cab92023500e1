package org.govreview.jobs.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The packaged application in a process of its own, as a user would run it: stdout and stderr kept apart (data on
 * one, logs and errors on the other), run as the {@link RunAs} user.
 */
final class Govreview {

	static final Path JAR = Path.of("target/govreview.jar").toAbsolutePath();

	/** Long enough for a loaded machine, short enough to catch a hang. */
	private static final Duration TIMEOUT = Duration.ofMinutes(5);

	/** The exit code of a command the test killed because it did not finish. */
	static final int KILLED = -9;

	private final RunAs user;

	private final Path scratch;

	private final List<String> jvmOptions;

	/** @param scratch a directory the user may write: the JVM's temporary files and the command's output files */
	Govreview(RunAs user, Path scratch, List<String> jvmOptions) {
		this.user = user;
		this.scratch = scratch;
		this.jvmOptions = List.copyOf(jvmOptions);
	}

	Govreview(RunAs user, Path scratch) {
		this(user, scratch, List.of());
	}

	Govreview withJvmOptions(String... options) {
		List<String> all = new ArrayList<>(this.jvmOptions);
		all.addAll(List.of(options));
		return new Govreview(this.user, this.scratch, all);
	}

	/** Runs one command to its end (at most five minutes). */
	Result run(String... args) {
		return start(args).await();
	}

	/** Starts one command; {@link Running#await()} waits for it. */
	Running start(String... args) {
		assertThat(JAR).as("the packaged application (mvn package runs before the integration tests)").exists();
		List<String> command = new ArrayList<>(this.user.commandPrefix());
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.add("-Duser.home=" + this.scratch.resolve("home"));
		command.addAll(this.jvmOptions);
		command.addAll(List.of("-jar", JAR.toString()));
		command.addAll(List.of(args));
		try {
			Files.createDirectories(this.scratch.resolve("home"));
			Path stdout = Files.createTempFile(this.scratch, "stdout", ".txt");
			Path stderr = Files.createTempFile(this.scratch, "stderr", ".txt");
			this.user.own(this.scratch);
			ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(stdout.toFile()).redirectError(stderr.toFile());
			builder.environment().put("HOME", this.scratch.resolve("home").toString());
			return new Running(List.of(args), builder.start(), stdout, stderr);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot start govreview " + String.join(" ", args), ex);
		}
	}

	/** A command still running. */
	record Running(List<String> args, Process process, Path stdout, Path stderr) {

		Result await() {
			return await(TIMEOUT);
		}

		/** Waits at most {@code timeout}; a command still running then is a hang, and fails the test. */
		Result await(Duration timeout) {
			Result result = awaitOrKill(timeout);
			if (result.exitCode() == KILLED) {
				throw new AssertionError(result.describe());
			}
			return result;
		}

		/**
		 * Waits at most {@code timeout}; a command still running then is killed with its children, and its result
		 * says so (exit code {@value Govreview#KILLED}).
		 */
		Result awaitOrKill(Duration timeout) {
			try {
				if (!this.process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
					this.process.descendants().forEach(ProcessHandle::destroyForcibly);
					this.process.destroyForcibly();
					this.process.waitFor(30, TimeUnit.SECONDS);
					return new Result(this.args, KILLED, read(this.stdout),
							read(this.stderr) + "\n(killed by the test: still running after " + timeout + ")");
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new AssertionError("interrupted while waiting for govreview " + String.join(" ", this.args), ex);
			}
			return new Result(this.args, this.process.exitValue(), read(this.stdout), read(this.stderr));
		}

		String stdoutSoFar() {
			return read(this.stdout);
		}

		String stderrSoFar() {
			return read(this.stderr);
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

	/** What a finished command left: its exit status, standard output and standard error. */
	record Result(List<String> args, int exitCode, String stdout, String stderr) {

		/** For assertion messages: the command, its status and both streams. */
		String describe() {
			return "govreview " + String.join(" ", this.args) + " exited " + this.exitCode + "\n--- stdout:\n" + this.stdout
					+ "\n--- stderr:\n" + tail(this.stderr, 6000);
		}

		private static String tail(String text, int chars) {
			return text.length() <= chars ? text : "…" + text.substring(text.length() - chars);
		}
	}
}
