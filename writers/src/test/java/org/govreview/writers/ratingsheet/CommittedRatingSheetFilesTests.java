package org.govreview.writers.ratingsheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.govreview.domain.rating.RatingSheetLayout.COLUMN_ACTIVITY;
import static org.govreview.domain.rating.RatingSheetLayout.COLUMN_COMMENT;
import static org.govreview.domain.rating.RatingSheetLayout.COLUMN_POLICY_CODE;
import static org.govreview.domain.rating.RatingSheetLayout.COLUMN_RATING;
import static org.govreview.domain.rating.RatingSheetLayout.DATA_START_ROW;
import static org.govreview.domain.rating.RatingSheetLayout.INDICATOR_SHEET_NAME;
import static org.govreview.domain.rating.RatingSheetLayout.INDICATOR_TABLE_HEADER_ROW;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The committed sample sheets under samples/sakuragaoka/rating-sheets/ are what {@link SakuragaokaRatingSheets}
 * generates, and the sheet with indicator actuals the readers module reads is what {@link IndicatorActualSheets}
 * generates. To regenerate them and templates/rating-sheet.xlsx: run {@link RegenerateCommittedRatingSheets} (see
 * its Javadoc).
 */
class CommittedRatingSheetFilesTests {

	static final Path SAMPLES = Path.of("..", "samples", "sakuragaoka", "rating-sheets");

	private final RatingSheetWorkbookWriter writer = new RatingSheetWorkbookWriter();

	@Test
	void committedSamplesAreWhatTheGeneratorWritesNow(@TempDir Path directory) {
		List<Path> generated = SakuragaokaRatingSheets.writeFilled(this.writer, directory);

		assertThat(generated).extracting((file) -> file.getFileName().toString())
			.containsExactly("rating-sheet_999997_FY2024_デジタル推進課.xlsx", "rating-sheet_999997_FY2024_市民課.xlsx",
					"rating-sheet_999997_FY2024_高齢福祉課.xlsx");
		for (Path file : generated) {
			Path committed = SAMPLES.resolve(file.getFileName().toString());
			assertThat(RatingSheetWorkbooks.contents(committed)).as(committed.toString())
				.isEqualTo(RatingSheetWorkbooks.contents(file));
		}
	}

	@Test
	void committedSheetWithIndicatorActualsIsWhatTheGeneratorWritesNow(@TempDir Path directory) {
		Path generated = IndicatorActualSheets.writeFilled(this.writer, directory);

		assertThat(generated.getFileName()).hasToString("rating-sheet_999989_FY2024_政策企画課.xlsx");
		Path committed = IndicatorActualSheets.COMMITTED.resolve(generated.getFileName().toString());
		assertThat(RatingSheetWorkbooks.contents(committed)).as(committed.toString())
			.isEqualTo(RatingSheetWorkbooks.contents(generated));
	}

	@Test
	void samplesHaveAnEmptyIndicatorSheetForSakuragaokaHasNoActionPlan() throws IOException {
		for (String department : List.of("デジタル推進課", "市民課", "高齢福祉課")) {
			Path file = SAMPLES.resolve("rating-sheet_999997_FY2024_" + department + ".xlsx");
			try (XSSFWorkbook workbook = RatingSheetWorkbooks.open(file)) {
				RatingSheetTemplateTests.assertHasIndicatorSheet(workbook);
				assertThat(workbook.getSheet(INDICATOR_SHEET_NAME).getLastRowNum()).as(department)
					.isEqualTo(INDICATOR_TABLE_HEADER_ROW);
			}
		}
	}

	@Test
	void elderlyWelfareSampleHoldsTheMistakesItShows() throws IOException {
		Path file = SAMPLES.resolve("rating-sheet_999997_FY2024_高齢福祉課.xlsx");

		try (XSSFWorkbook workbook = RatingSheetWorkbooks.open(file)) {
			XSSFSheet sheet = workbook.getSheetAt(0);
			assertThat(sheet.getLastRowNum()).isEqualTo(DATA_START_ROW + 4);
			assertThat(row(sheet, 0)).containsExactly("II-2-1", SakuragaokaRatingSheets.WATCH_AGREEMENTS, "11");
			assertThat(row(sheet, 1)).containsExactly("II-2-2", SakuragaokaRatingSheets.EVACUATION_LIST, "6");
			assertThat(row(sheet, 2)).containsExactly("II-2-1", SakuragaokaRatingSheets.WATCH_AGREEMENTS, "5");
			assertThat(row(sheet, 3)).containsExactly("II-2-1", SakuragaokaRatingSheets.WATCH_AGREEMENTS, "4");
			assertThat(row(sheet, 4)).containsExactly("IX-9-9", "存在しない施策", "5");
		}
	}

	@Test
	void digitalSampleCarriesTheComment() throws IOException {
		Path file = SAMPLES.resolve("rating-sheet_999997_FY2024_デジタル推進課.xlsx");

		try (XSSFWorkbook workbook = RatingSheetWorkbooks.open(file)) {
			XSSFSheet sheet = workbook.getSheetAt(0);
			assertThat(RatingSheetWorkbooks.text(sheet, DATA_START_ROW, COLUMN_COMMENT)).isEqualTo("対象手続の拡大を前倒しで達成");
			assertThat(RatingSheetWorkbooks.text(sheet, DATA_START_ROW + 1, COLUMN_COMMENT)).isEmpty();
		}
	}

	@Test
	void committedFilesAreSmall() throws IOException {
		for (Path file : List.of(RatingSheetTemplateTests.COMMITTED_TEMPLATE,
				SAMPLES.resolve("rating-sheet_999997_FY2024_高齢福祉課.xlsx"),
				IndicatorActualSheets.COMMITTED.resolve("rating-sheet_999989_FY2024_政策企画課.xlsx"))) {
			assertThat(Files.size(file)).as(file.toString()).isLessThan(20_000);
		}
	}

	private static List<String> row(XSSFSheet sheet, int dataRow) {
		int row = DATA_START_ROW + dataRow;
		return List.of(RatingSheetWorkbooks.text(sheet, row, COLUMN_POLICY_CODE),
				RatingSheetWorkbooks.text(sheet, row, COLUMN_ACTIVITY), RatingSheetWorkbooks.text(sheet, row, COLUMN_RATING));
	}
}
