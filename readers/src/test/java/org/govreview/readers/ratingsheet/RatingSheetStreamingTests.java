package org.govreview.readers.ratingsheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.govreview.domain.rating.ActivityRating;
import org.govreview.domain.rating.IndicatorActual;
import org.govreview.domain.rating.RatingSheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Long sheets are read row by row: every row arrives, in order, with its own row number. */
class RatingSheetStreamingTests {

	private static final int ROWS = 20_000;

	@Test
	void readsASheetOf20000Rows(@TempDir Path directory) {
		FilledRatingSheets sheet = FilledRatingSheets.sakuragaoka();
		for (int i = 0; i < ROWS; i++) {
			sheet.row("I-1-1", "取組 " + i, (i % 10) + 1, (i % 1000 == 0) ? "コメント " + i : null);
		}
		Path file = sheet.writeTo(directory, "twentyThousandRows.xlsx");

		RatingSheet read = new RatingSheetReader().read(file, RatingSheetReaderTests.SAKURAGAOKA_MEASURES);

		assertThat(read.findings()).isEmpty();
		assertThat(read.ratings()).hasSize(ROWS);
		ActivityRating last = read.ratings().get(ROWS - 1);
		assertThat(last.activity()).isEqualTo("取組 " + (ROWS - 1));
		assertThat(last.rating()).isEqualTo(10);
		assertThat(last.location()).endsWith("row " + FilledRatingSheets.rowNumberOf(ROWS - 1));
		assertThat(read.ratings()).filteredOn((rating) -> rating.comment() != null).hasSize(ROWS / 1000);
	}

	@Test
	void readsAnIndicatorSheetOf20000Rows(@TempDir Path directory) {
		FilledRatingSheets sheet = FilledRatingSheets.sakuragaoka().row("I-1-1", "取組", 8, null);
		for (int i = 0; i < ROWS; i++) {
			sheet.actual("1-I-" + i, "指標 " + i, 2000 + (i % 25), (i % 100 == 0) ? null : i + "件");
		}
		Path file = sheet.writeTo(directory, "twentyThousandActuals.xlsx");

		RatingSheet read = new RatingSheetReader().read(file, RatingSheetReaderTests.SAKURAGAOKA_MEASURES);

		assertThat(read.ratings()).hasSize(1);
		assertThat(read.actuals()).hasSize(ROWS - ROWS / 100);
		IndicatorActual last = read.actuals().get(read.actuals().size() - 1);
		assertThat(last.indicator()).isEqualTo("指標 " + (ROWS - 1));
		assertThat(last.value().number()).isEqualByComparingTo(String.valueOf(ROWS - 1));
		assertThat(last.location()).endsWith("row " + FilledRatingSheets.actualRowNumberOf(ROWS - 1));
		assertThat(read.findings()).singleElement()
			.satisfies((finding) -> assertThat(finding.message()).startsWith(ROWS / 100 + " rows not reported yet"));
	}
}
