package org.govreview.writers.pack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicPackFileTests {

	@TempDir
	Path directory;

	@Test
	void movesTheCompleteFileIntoPlaceCreatingTheDirectory() throws IOException {
		Path target = AtomicPackFile.write(directory.resolve("out"), "pack.pdf",
				out -> out.write("complete".getBytes(StandardCharsets.UTF_8)));

		assertThat(target).hasContent("complete");
		assertThat(namesIn(directory.resolve("out"))).containsExactly("pack.pdf");
	}

	@Test
	void keepsThePreviousFileAndRemovesTheTemporaryFileWhenWritingFails() throws IOException {
		Files.writeString(directory.resolve("pack.xlsx"), "previous");

		assertThatThrownBy(() -> AtomicPackFile.write(directory, "pack.xlsx", out -> {
			out.write("half".getBytes(StandardCharsets.UTF_8));
			throw new IOException("disk full");
		})).isInstanceOf(UncheckedIOException.class).hasMessageContaining("pack.xlsx").hasMessageContaining("disk full");
		assertThatThrownBy(() -> AtomicPackFile.write(directory, "pack.xlsx", out -> {
			out.write("half".getBytes(StandardCharsets.UTF_8));
			throw new IllegalStateException("bad font");
		})).isInstanceOf(IllegalStateException.class);

		assertThat(directory.resolve("pack.xlsx")).hasContent("previous");
		assertThat(namesIn(directory)).containsExactly("pack.xlsx");
	}

	private static List<String> namesIn(Path directory) throws IOException {
		try (Stream<Path> files = Files.list(directory)) {
			return files.map(path -> path.getFileName().toString()).toList();
		}
	}
}
