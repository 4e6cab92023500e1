package org.govreview.readers.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;

import org.junit.jupiter.api.Test;

/**
 * The reasons for files and folders that cannot be read. Reading as a user that mode 000 stops is covered end to end
 * by the hostile-input suite (jobs), which runs the application as another user when the tests run as root.
 */
class SourceProblemsTests {

	@Test
	void namesEachFailureInPlainWords() {
		assertThat(SourceProblems.describe(new AccessDeniedException("/in/locked"))).isEqualTo("permission denied");
		assertThat(SourceProblems.describe(new FileSystemException("/in/locked", null, "Permission denied")))
			.isEqualTo("permission denied (/in/locked: Permission denied)");
		assertThat(SourceProblems.describe(new FileSystemLoopException("/in/a/back")))
			.isEqualTo("symbolic link loop: it leads back to a folder above it");
		assertThat(SourceProblems.describe(new NoSuchFileException("/in/gone.txt")))
			.isEqualTo("no such file (removed while the run was reading)");
		assertThat(SourceProblems.describe(new IOException("Input/output error"))).isEqualTo("IOException: Input/output error");
	}
}
