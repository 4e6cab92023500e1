package org.govreview.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.function.IntSupplier;

import javax.sql.DataSource;

import org.govreview.jobs.cli.CommandLine;
import org.govreview.jobs.cli.Commands;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.annotation.DirtiesContext;

/**
 * The application in the test's own JVM, on an embedded PostgreSQL of its own: one data directory per test class,
 * commands run as the command line would run them, the warehouse read through JDBC.
 * <p>
 * The context is closed after each class: the property source below is shared by every subclass, so without it a
 * second class would reuse a context whose data directory the first class's cleanup has deleted.
 */
@SpringBootTest(classes = GovreviewApplication.class)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
abstract class GovreviewInProcess {

	@TempDir
	static Path dataDir;

	@TempDir
	Path work;

	@Autowired
	Commands commands;

	@Autowired
	DataSource dataSource;

	@DynamicPropertySource
	static void dataDirectory(DynamicPropertyRegistry registry) {
		registry.add("govreview.data-dir", () -> dataDir.toString());
	}

	/** Runs {@code govreview ARGS}; returns its exit status. */
	int govreview(String... args) {
		return commands.execute(CommandLine.parse(args));
	}

	JdbcClient jdbc() {
		return JdbcClient.create(dataSource);
	}

	/** What a command prints on standard output; the command must succeed. */
	static String capture(IntSupplier command) {
		return capture(command, false);
	}

	/** What a command prints, on standard output and standard error together; the command must succeed. */
	static String captureBoth(IntSupplier command) {
		return capture(command, true);
	}

	private static String capture(IntSupplier command, boolean withStderr) {
		PrintStream out = System.out;
		PrintStream err = System.err;
		ByteArrayOutputStream buffer = new ByteArrayOutputStream();
		PrintStream captured = new PrintStream(buffer, true, StandardCharsets.UTF_8);
		System.setOut(captured);
		if (withStderr) {
			System.setErr(captured);
		}
		try {
			assertThat(command.getAsInt()).isZero();
		}
		finally {
			System.setOut(out);
			System.setErr(err);
		}
		return buffer.toString(StandardCharsets.UTF_8);
	}
}
