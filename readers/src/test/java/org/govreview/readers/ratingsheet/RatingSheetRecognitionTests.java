package org.govreview.readers.ratingsheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNoException;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.govreview.readers.source.RejectedDocumentException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Telling a rating sheet from the other workbooks a source tree holds, and refusing zip bombs without a trace. */
class RatingSheetRecognitionTests {

	@TempDir
	Path directory;

	@Test
	void acceptsAFilledRatingSheet() {
		Path file = FilledRatingSheets.sakuragaoka().writeTo(this.directory, "sheet.xlsx");

		assertThatNoException().isThrownBy(() -> RatingSheetReader.requireRatingSheet(file));
	}

	@Test
	void namesTheSheetsOfAWorkbookThatIsNotARatingSheet() throws IOException {
		Path file = this.directory.resolve("budget.xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
			workbook.createSheet("予算").createRow(0).createCell(0).setCellValue("令和6年度 予算");
			workbook.createSheet("Sheet2");
			workbook.write(out);
		}

		assertThat(rejection(file)).isEqualTo(file + ", first sheet, A1: an Excel workbook that is not a rating sheet "
				+ "(sheets: 予算, Sheet2): A1 of its first sheet lacks the marker govreview 10段階評価シート / rating sheet v1");
	}

	@Test
	void refusesAZipBombByPoisLimitsWithTheFileNamedOnOneLine() throws IOException {
		Path file = this.directory.resolve("bomb.xlsx");
		try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
			zip.putNextEntry(new ZipEntry("xl/workbook.xml"));
			zip.write("<workbook/>".getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
			zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
			zip.write(new byte[20 << 20]);
			zip.closeEntry();
		}

		assertThat(rejection(file)).startsWith(file + ", entry xl/worksheets/sheet1.xml: zip bomb").doesNotContain("\n");
	}

	@Test
	void refusesARealRatingSheetWhoseSheetIsPaddedIntoABomb() throws IOException {
		Path real = FilledRatingSheets.sakuragaoka().writeTo(this.directory, "real.xlsx");
		Path file = this.directory.resolve("lying.xlsx");
		// a valid rating sheet whose first sheet's XML goes on for 20 MB of blanks after its root element
		try (ZipFile source = new ZipFile(real.toFile());
				ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
			var entries = source.entries();
			while (entries.hasMoreElements()) {
				ZipEntry entry = entries.nextElement();
				zip.putNextEntry(new ZipEntry(entry.getName()));
				source.getInputStream(entry).transferTo(zip);
				if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
					byte[] blanks = new byte[1 << 20];
					java.util.Arrays.fill(blanks, (byte) ' ');
					for (int i = 0; i < 20; i++) {
						zip.write(blanks);
					}
				}
				zip.closeEntry();
			}
		}

		assertThat(rejection(file)).startsWith(file + ", entry xl/worksheets/sheet1.xml: zip bomb");
	}

	private static String rejection(Path file) {
		return assertThatExceptionOfType(RejectedDocumentException.class)
			.isThrownBy(() -> RatingSheetReader.requireRatingSheet(file))
			.actual()
			.getMessage();
	}
}
