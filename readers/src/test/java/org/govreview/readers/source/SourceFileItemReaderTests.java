package org.govreview.readers.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamException;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * A source tree as an office's shared folder holds it: reports in sub-folders, spreadsheets beside them (told
 * apart by their zip magic, not their name), the hidden files that editors and sync tools leave behind, and the
 * entries a listing cannot use.
 */
class SourceFileItemReaderTests extends ChecksummedItemReaderContract<SourceFile> {

	private static final byte[] ZIP_MAGIC = { 'P', 'K', 3, 4, 20, 0 };

	@TempDir
	Path source;

	@TempDir
	Path other;

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
	protected ItemStreamReader<SourceFile> newReader(ItemLedger ledger) {
		return new SourceFileItemReader(this.source, ledger);
	}

	@Override
	protected List<SourceFile> expectedItems() {
		return files("2023/report.txt", "2024/sakuragaoka/pledge-report.txt", "2024/tomakomai/report.pdf",
				"zz-notes.txt", "2024/sakuragaoka/rating-without-extension", "sheets/a-rating.xlsx");
	}

	@Override
	protected void commit(ItemLedger ledger, SourceFile item) {
		ledger.done(item.name(), SourceChecksum.sha256(item.path()));
	}

	@Override
	protected SourceFile addBefore(SourceFile item) {
		assertThat(item.name()).endsWith("2023/report.txt");
		write("2022/report.txt", text("市長公約の取組状況 2022"));
		return new SourceFile(this.source.resolve("2022/report.txt"));
	}

	@Override
	protected SourceFile addAtTheEnd() {
		write("zz-sheet.xlsx", ZIP_MAGIC);
		return new SourceFile(this.source.resolve("zz-sheet.xlsx"));
	}

	@Override
	protected void remove(SourceFile item) {
		try {
			Files.delete(item.path());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	protected Optional<SourceFile> removalReport(SourceFile item) {
		return Optional.of(SourceFile.removed(item.name()));
	}

	@Override
	protected SourceFile change(SourceFile item) {
		write(this.source.relativize(item.path()).toString(), text("市長公約の取組状況 (訂正版)"));
		return item;
	}

	@Test
	void readsTheTreeRecursivelyWithSpreadsheetsAfterTextFilesAndNoHiddenFiles() throws Exception {
		List<SourceFile> read = readAll(new SourceFileItemReader(this.source));

		assertThat(read).containsExactlyElementsOf(expectedItems());
		assertThat(read).extracting(SourceFile::name).noneMatch(name -> name.contains("/."));
	}

	@Test
	void readsASingleFile() throws Exception {
		Path file = this.source.resolve("2023/report.txt");

		assertThat(readAll(new SourceFileItemReader(file))).containsExactly(new SourceFile(file));
	}

	@Test
	void keepsNothingInTheExecutionContext() throws Exception {
		SourceFileItemReader reader = new SourceFileItemReader(this.source);
		ExecutionContext context = new ExecutionContext();
		reader.open(context);
		reader.read();
		reader.update(context);

		assertThat(context.entrySet()).isEmpty();
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

	@Test
	void aSymbolicLinkLoopIsAnUnreadableEntryAndTheRestIsRead() throws Exception {
		Files.createDirectories(this.other.resolve("city/reports"));
		Files.writeString(this.other.resolve("city/reports/report.txt"), "市長公約の取組状況");
		Files.createSymbolicLink(this.other.resolve("city/reports/back-up"), this.other.resolve("city"));

		List<SourceFile> read = readAll(new SourceFileItemReader(this.other));

		assertThat(read).contains(new SourceFile(this.other.resolve("city/reports/report.txt")));
		assertThat(read).filteredOn(file -> file.status() == SourceFile.Status.UNREADABLE)
			.singleElement()
			.satisfies(loop -> {
				assertThat(loop.name()).isEqualTo(this.other.resolve("city/reports/back-up").toString());
				assertThat(loop.reason()).contains("loop");
			});
	}

	@Test
	void aLinkToItselfABrokenLinkAndAPipeAreUnreadableEntriesWithTheirReasons() throws Exception {
		Files.createDirectories(this.other.resolve("city"));
		Files.writeString(this.other.resolve("city/report.txt"), "市長公約の取組状況");
		Files.createSymbolicLink(this.other.resolve("city/self.txt"), this.other.resolve("city/self.txt"));
		Files.createSymbolicLink(this.other.resolve("city/gone.txt"), this.other.resolve("city/deleted.txt"));
		Process mkfifo = new ProcessBuilder("mkfifo", this.other.resolve("city/pipe").toString()).start();
		assertThat(mkfifo.waitFor()).as("mkfifo exit status").isZero();

		List<SourceFile> read = readAll(new SourceFileItemReader(this.other));

		assertThat(read).contains(new SourceFile(this.other.resolve("city/report.txt")));
		assertThat(read).filteredOn(file -> file.status() == SourceFile.Status.UNREADABLE)
			.extracting(file -> this.other.relativize(Path.of(file.name())) + ": " + file.reason())
			.hasSize(3)
			.contains("city/gone.txt: broken symbolic link: its target does not exist",
					"city/pipe: not a regular file (a pipe, socket or device): not read")
			.anySatisfy(entry -> assertThat(entry).startsWith("city/self.txt: symbolic link loop: it leads back to itself")
				.contains("Too many levels of symbolic links"));
	}

	@Test
	void namesFilesWrittenInCp932AsTheJapaneseTheyAre() throws Exception {
		Path file = rawName(this.other, "令和5年度 計画.txt".getBytes(Charset.forName("windows-31j")));

		List<SourceFile> read = readAll(new SourceFileItemReader(this.other));

		assertThat(read).singleElement().satisfies(entry -> {
			assertThat(entry.name()).isEqualTo(this.other + "/令和5年度 計画.txt");
			assertThat(entry.path()).isEqualTo(file);
			assertThat(Files.readString(entry.path())).isEqualTo("市長公約の取組状況");
		});
	}

	@Test
	void keepsUtf8NamesAndEscapesNamesNeitherUtf8NorCp932() throws Exception {
		Files.writeString(this.other.resolve("苫小牧市 報告.txt"), "x");
		rawName(this.other, new byte[] { 'r', (byte) 0xff, (byte) 0xfe, '.', 't', 'x', 't' });

		List<String> names = readAll(new SourceFileItemReader(this.other)).stream().map(SourceFile::name).toList();

		assertThat(names).containsExactlyInAnyOrder(this.other + "/苫小牧市 報告.txt", this.other + "/r\\xff\\xfe.txt");
	}

	/** Creates a file whose name is exactly {@code name}'s bytes, as a Windows share or an old archive leaves them. */
	private static Path rawName(Path directory, byte[] name) throws Exception {
		StringBuilder octal = new StringBuilder();
		for (byte b : name) {
			octal.append(String.format("\\%03o", b & 0xff));
		}
		Process touch = new ProcessBuilder("sh", "-c", "printf '市長公約の取組状況' > \"$(printf '" + octal + "')\"")
			.directory(directory.toFile()).inheritIO().start();
		assertThat(touch.waitFor()).isZero();
		try (Stream<Path> files = Files.list(directory)) {
			return files.filter(p -> Arrays.equals(fileNameBytes(p), name)).findFirst().orElseThrow();
		}
	}

	private static byte[] fileNameBytes(Path path) {
		String raw = path.toUri().getRawPath();
		String last = raw.substring(raw.lastIndexOf('/') + 1);
		java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
		for (int i = 0; i < last.length(); i++) {
			char c = last.charAt(i);
			if (c == '%') {
				out.write(Integer.parseInt(last.substring(i + 1, i + 3), 16));
				i += 2;
			}
			else {
				out.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
			}
		}
		return out.toByteArray();
	}

	private static List<SourceFile> readAll(SourceFileItemReader reader) throws Exception {
		reader.open(new ExecutionContext());
		List<SourceFile> read = new ArrayList<>();
		for (SourceFile file = reader.read(); file != null; file = reader.read()) {
			read.add(file);
		}
		reader.close();
		return read;
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
