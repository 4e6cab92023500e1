package org.govreview.readers.ratingsheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.govreview.readers.ratingsheet.FilledRatingSheets.sakuragaoka;
import static org.govreview.readers.ratingsheet.RatingSheetReaderTests.SAKURAGAOKA_MEASURES;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.govreview.domain.rating.RatingSheetLayout;
import org.govreview.readers.source.RejectedDocumentException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Files that are not rating sheets, or whose header is wrong: not recognised, and rejected as a whole. */
class RatingSheetRejectionTests {

	private final RatingSheetReader reader = new RatingSheetReader();

	@TempDir
	Path directory;

	@Test
	void recognisesAFilledSheet() {
		Path file = sakuragaoka().row("I-1-1", "取組", 8, null).writeTo(this.directory, "filled.xlsx");

		assertThat(RatingSheetReader.recognises(file)).isTrue();
	}

	@Test
	void randomBytesAreRejected() throws IOException {
		byte[] bytes = new byte[4096];
		new Random(42).nextBytes(bytes);
		assertRejectedAsUnreadable(Files.write(this.directory.resolve("randomBytes.xlsx"), bytes));
	}

	@Test
	void truncatedZipIsRejected() throws IOException {
		Path whole = sakuragaoka().row("I-1-1", "取組", 8, null).writeTo(this.directory, "whole.xlsx");
		byte[] bytes = Files.readAllBytes(whole);
		Path truncated = Files.write(this.directory.resolve("truncatedZip.xlsx"),
				Arrays.copyOf(bytes, bytes.length / 2));

		assertRejectedAsUnreadable(truncated);
	}

	@Test
	void emptyFileIsRejected() throws IOException {
		assertRejectedAsUnreadable(Files.createFile(this.directory.resolve("empty.xlsx")));
	}

	@Test
	void missingFileIsRejected() {
		assertRejectedAsUnreadable(this.directory.resolve("missing.xlsx"));
	}

	@Test
	void workbookWithoutTheMarkerIsRejected() throws IOException {
		Path file = this.directory.resolve("noMarker.xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
			workbook.createSheet("Sheet1").createRow(0).createCell(0).setCellValue("評価一覧");
			workbook.write(out);
		}

		assertThat(RatingSheetReader.recognises(file)).isFalse();
		assertThatExceptionOfType(RejectedDocumentException.class)
			.isThrownBy(() -> this.reader.read(file, SAKURAGAOKA_MEASURES))
			.satisfies((ex) -> {
				assertThat(ex.file()).isEqualTo(file);
				assertThat(ex.location()).isEqualTo("sheet Sheet1, cell A1");
				assertThat(ex.value()).isEqualTo("評価一覧");
				assertThat(ex.getMessage()).contains("noMarker.xlsx", "marker");
			});
	}

	@Test
	void workbookWithAnEmptyFirstSheetIsRejected() throws IOException {
		Path file = this.directory.resolve("emptySheet.xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
			workbook.createSheet("評価シート");
			workbook.write(out);
		}

		assertThat(RatingSheetReader.recognises(file)).isFalse();
		assertThatExceptionOfType(RejectedDocumentException.class)
			.isThrownBy(() -> this.reader.read(file, SAKURAGAOKA_MEASURES))
			.withMessageContaining("emptySheet.xlsx")
			.withMessageContaining("marker");
	}

	@Test
	void otherVersionOfTheMarkerIsRejected() {
		Path file = sakuragaoka().marker("govreview 10段階評価シート / rating sheet v2")
			.writeTo(this.directory, "otherMarker.xlsx");

		assertThat(RatingSheetReader.recognises(file)).isFalse();
		assertThatExceptionOfType(RejectedDocumentException.class)
			.isThrownBy(() -> this.reader.read(file, SAKURAGAOKA_MEASURES))
			.withMessageContaining("cell A1");
	}

	@Test
	void municipalityCodeWithWrongCheckDigitIsRejected() {
		Path file = sakuragaoka().header("012132", "苫小牧市", "2024", "市民課").writeTo(this.directory, "badCheckDigit.xlsx");

		assertThat(RatingSheetReader.recognises(file)).isTrue();
		assertThatExceptionOfType(RejectedDocumentException.class)
			.isThrownBy(() -> this.reader.read(file, SAKURAGAOKA_MEASURES))
			.satisfies((ex) -> {
				assertThat(ex.file()).isEqualTo(file);
				assertThat(ex.location()).isEqualTo("sheet 評価シート, cell B2");
				assertThat(ex.value()).isEqualTo("012132");
				assertThat(ex.getMessage()).contains("badCheckDigit.xlsx", "check digit");
			});
	}

	@ParameterizedTest(name = "{0}: {1}")
	@CsvSource(delimiter = '|', nullValues = "null", textBlock = """
			missing municipality code | null   | 2024    | 市民課 | B2 | municipality code
			municipality code of 5 digits | 12131 | 2024 | 市民課 | B2 | municipality code
			fiscal year in era | 999997 | 令和6年度 | 市民課 | B4 | fiscal year
			fiscal year of 2 digits | 999997 | 24 | 市民課 | B4 | fiscal year
			fiscal year out of range | 999997 | 0024 | 市民課 | B4 | fiscal year
			missing fiscal year | 999997 | null | 市民課 | B4 | fiscal year
			missing department | 999997 | 2024 | null | B5 | department
			blank department | 999997 | 2024 | '　' | B5 | department
			""")
	void headerProblemIsRejectedNamingTheCell(String problem, String code, String year, String department,
			String cell, String reason) {
		Path file = sakuragaoka().header(code, "桜ヶ丘市", year, department)
			.row("I-1-1", "取組", 8, null)
			.writeTo(this.directory, "badHeader.xlsx");

		assertThatExceptionOfType(RejectedDocumentException.class)
			.isThrownBy(() -> this.reader.read(file, SAKURAGAOKA_MEASURES))
			.satisfies((ex) -> {
				assertThat(ex.location()).isEqualTo("sheet 評価シート, cell " + cell);
				assertThat(ex.getMessage()).contains(reason);
			});
	}

	@Test
	void sheetWithoutTableHeaderIsRejected() {
		Path file = sakuragaoka().edit((workbook) -> workbook.getSheetAt(0)
			.removeRow(workbook.getSheetAt(0).getRow(RatingSheetLayout.TABLE_HEADER_ROW)))
			.writeTo(this.directory, "noTableHeader.xlsx");

		assertThatExceptionOfType(RejectedDocumentException.class)
			.isThrownBy(() -> this.reader.read(file, SAKURAGAOKA_MEASURES))
			.withMessageContaining("table header");
	}

	private void assertRejectedAsUnreadable(Path file) {
		assertThat(RatingSheetReader.recognises(file)).isFalse();
		assertThatExceptionOfType(RejectedDocumentException.class)
			.isThrownBy(() -> this.reader.read(file, SAKURAGAOKA_MEASURES))
			.satisfies((ex) -> {
				assertThat(ex.file()).isEqualTo(file);
				assertThat(ex.getMessage()).startsWith(file.toString()).contains("not a readable .xlsx workbook");
			});
	}
}
