package org.govreview.readers.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamException;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * A source tree as an office's shared folder holds it: reports in sub-folders, spreadsheets beside them (told
 * apart by their zip magic, not their name), and the hidden files that editors and sync tools leave behind.
 */
class SourceFileItemReaderTests extends RestartableItemReaderContract<SourceFile> {

	private static final byte[] ZIP_MAGIC = { 'P', 'K', 3, 4, 20, 0 };

	@TempDir
	Path source;

	@BeforeEach
	void writeTheTree() {
		write("sheets/a-rating.xlsx", ZIP_MAGIC);
		write("2024/sakuragaoka/pledge-report.txt", text("市長公約の取組状況"));
		write("2024/sakuragaoka/rating-without-extension", ZIP_MAGIC);
		write("2024/tomakomai/report.pdf", text("%PDF-1.7"));
		write("2023/report.txt", text("市長公約の取組状況"));
		write("zz-notes.txt", text("メモ"));
		write(".DS_Store", text("hidden"));
		write("2024/.~lock.rating.xlsx#", text("hidden"));
		write(".sync/cache/report.txt", text("hidden directory"));
	}

	@Override
	protected ItemStreamReader<SourceFile> newReader() {
		return new SourceFileItemReader(this.source);
	}

	@Override
	protected List<SourceFile> expectedItems() {
		return files("2023/report.txt", "2024/sakuragaoka/pledge-report.txt", "2024/tomakomai/report.pdf",
				"zz-notes.txt", "2024/sakuragaoka/rating-without-extension", "sheets/a-rating.xlsx");
	}

	@Test
	void readsTheTreeRecursivelyWithSpreadsheetsAfterTextFiles() throws Exception {
		SourceFileItemReader reader = new SourceFileItemReader(this.source);
		reader.open(new ExecutionContext());

		List<SourceFile> read = new ArrayList<>();
		for (SourceFile file = reader.read(); file != null; file = reader.read()) {
			read.add(file);
		}

		assertThat(read).containsExactlyElementsOf(expectedItems());
		assertThat(reader.size()).isEqualTo(6);
		reader.close();
	}

	@Test
	void skipsHiddenFilesAndHiddenDirectories() throws Exception {
		SourceFileItemReader reader = new SourceFileItemReader(this.source);
		reader.open(new ExecutionContext());

		List<String> names = new ArrayList<>();
		for (SourceFile file = reader.read(); file != null; file = reader.read()) {
			names.add(this.source.relativize(file.path()).toString());
		}

		assertThat(names).noneMatch(name -> name.startsWith(".") || name.contains("/."));
		reader.close();
	}

	@Test
	void readsASingleFile() throws Exception {
		Path file = this.source.resolve("2023/report.txt");
		SourceFileItemReader reader = new SourceFileItemReader(file);
		reader.open(new ExecutionContext());

		assertThat(reader.read()).isEqualTo(new SourceFile(file));
		assertThat(reader.read()).isNull();
		reader.close();
	}

	@Test
	void savesHowManyFilesWereRead() throws Exception {
		SourceFileItemReader reader = new SourceFileItemReader(this.source);
		ExecutionContext context = new ExecutionContext();
		reader.open(context);
		reader.read();
		reader.read();
		reader.update(context);

		assertThat(context.getInt("sourceFiles.read.count")).isEqualTo(2);
		reader.close();
	}

	@Test
	void rejectsASourcePathThatDoesNotExist() {
		SourceFileItemReader reader = new SourceFileItemReader(this.source.resolve("missing"));

		assertThatExceptionOfType(ItemStreamException.class).isThrownBy(() -> reader.open(new ExecutionContext()))
			.havingCause()
			.isInstanceOf(IllegalArgumentException.class)
			.withMessageContaining("source path does not exist")
			.withMessageContaining(this.source.resolve("missing").toString());
	}

	private List<SourceFile> files(String... relative) {
		return Arrays.stream(relative).map(path -> new SourceFile(this.source.resolve(path))).toList();
	}

	private static byte[] text(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	private void write(String relative, byte[] bytes) {
		try {
			Path file = this.source.resolve(relative);
			Files.createDirectories(file.getParent());
			Files.write(file, bytes);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
