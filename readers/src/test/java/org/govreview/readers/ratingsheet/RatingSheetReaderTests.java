package org.govreview.readers.ratingsheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.govreview.readers.ratingsheet.FilledRatingSheets.rowNumberOf;
import static org.govreview.readers.ratingsheet.FilledRatingSheets.sakuragaoka;

import java.nio.file.Path;
import java.util.Set;
import java.util.function.Predicate;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.govreview.domain.document.Finding;
import org.govreview.domain.document.Finding.Severity;
import org.govreview.domain.fiscal.FiscalYear;
import org.govreview.domain.municipality.LocalGovernmentCode;
import org.govreview.domain.rating.ActivityRating;
import org.govreview.domain.rating.RatingSheet;
import org.govreview.domain.rating.RatingSheetLayout;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Filled sheets made from the committed template, read back row by row. */
class RatingSheetReaderTests {

	/** The measures of samples/sakuragaoka/pledge-report-FY2024.txt. */
	static final Predicate<String> SAKURAGAOKA_MEASURES = Set.of("I-1-1", "I-1-2", "I-2-1", "I-2-2", "II-1-1",
			"II-1-2", "II-2-1", "II-2-2")::contains;

	static final String ONLINE = "住民票の写しなど120手続をオンライン申請に対応させました。";

	static final String SMARTPHONE = "申請受付システムを更新し、スマートフォンからの申請を可能にしました。";

	private final RatingSheetReader reader = new RatingSheetReader();

	@TempDir
	Path directory;

	@Test
	void readsHeaderAndRatedRowsOfAFilledSheet() {
		Path file = sakuragaoka().row("I-1-1", "電子申請の対象手続を拡大します", ONLINE, "デジタル推進課", 8, "対象手続の拡大を前倒しで達成")
			.row("I-1-1", "電子申請の対象手続を拡大します", SMARTPHONE, "デジタル推進課", 6, null)
			.writeTo(this.directory, "roundTrip.xlsx");

		RatingSheet sheet = this.reader.read(file, SAKURAGAOKA_MEASURES);

		assertThat(sheet.municipalityCode()).isEqualTo(LocalGovernmentCode.of("999997"));
		assertThat(sheet.fiscalYear()).isEqualTo(FiscalYear.of(2024));
		assertThat(sheet.department()).isEqualTo("デジタル推進課");
		assertThat(sheet.ratings()).containsExactly(
				new ActivityRating("I-1-1", ONLINE, "デジタル推進課", 8, "対象手続の拡大を前倒しで達成",
						"roundTrip.xlsx, sheet 評価シート, row 8"),
				new ActivityRating("I-1-1", SMARTPHONE, "デジタル推進課", 6, null, "roundTrip.xlsx, sheet 評価シート, row 9"));
		assertThat(sheet.findings()).isEmpty();
	}

	@Test
	void acceptsFullWidthDigits() {
		Path file = sakuragaoka().row("I-1-1", ONLINE, "７", null).row("I-1-2", "窓口", "１０", null)
			.writeTo(this.directory, "fullWidthDigits.xlsx");

		assertThat(this.reader.read(file, SAKURAGAOKA_MEASURES).ratings()).extracting(ActivityRating::rating)
			.containsExactly(7, 10);
	}

	@Test
	void acceptsRatingTypedAsText() {
		Path file = sakuragaoka().row("I-1-1", ONLINE, "7", null).row("I-1-2", "窓口", " 7.0 ", null)
			.writeTo(this.directory, "ratingAsText.xlsx");

		assertThat(this.reader.read(file, SAKURAGAOKA_MEASURES).ratings()).extracting(ActivityRating::rating)
			.containsExactly(7, 7);
	}

	@ParameterizedTest
	@ValueSource(strings = { "11", "0", "7.5", "abc", "-3", "７．５", "1e1" })
	void rejectsRatingThatIsNotAWholeNumberFrom1To10(String rating) {
		Path file = sakuragaoka().row("I-1-1", SMARTPHONE, 6, null)
			.row("I-1-1", ONLINE, rating, null)
			.writeTo(this.directory, "badRating.xlsx");

		RatingSheet sheet = this.reader.read(file, SAKURAGAOKA_MEASURES);

		assertThat(sheet.ratings()).extracting(ActivityRating::activity).containsExactly(SMARTPHONE);
		assertThat(sheet.findings()).containsExactly(Finding.error("badRating.xlsx, sheet 評価シート, row 9",
				"rating (評価) must be a whole number from 1 to 10", rating));
	}

	@Test
	void rejectsFractionalNumberEvenWhenItsFormatShowsAWholeNumber() {
		Path file = sakuragaoka().row("I-1-1", ONLINE, 7.5, null).edit((workbook) -> {
			XSSFCellStyle wholeNumbers = workbook.createCellStyle();
			wholeNumbers.setDataFormat(workbook.createDataFormat().getFormat("0"));
			workbook.getSheetAt(0).setDefaultColumnStyle(RatingSheetLayout.COLUMN_RATING, wholeNumbers);
		}).writeTo(this.directory, "fractionShownAsWhole.xlsx");

		RatingSheet sheet = this.reader.read(file, SAKURAGAOKA_MEASURES);

		assertThat(sheet.ratings()).isEmpty();
		assertThat(sheet.findings()).singleElement().extracting(Finding::value).isEqualTo("7.5");
	}

	@Test
	void rejectsUnknownPolicyCode() {
		Path file = sakuragaoka().row("IX-9-9", "存在しない施策", 5, null).writeTo(this.directory, "unknownCode.xlsx");

		RatingSheet sheet = this.reader.read(file, SAKURAGAOKA_MEASURES);

		assertThat(sheet.ratings()).isEmpty();
		assertThat(sheet.findings()).containsExactly(Finding.error("unknownCode.xlsx, sheet 評価シート, row 8",
				"unknown policy code (政策コード): not a measure of this review", "IX-9-9"));
	}

	@Test
	void normalizesPolicyCodeBeforeLookingItUp() {
		Path file = sakuragaoka().row("Ⅰ－１－２", "窓口", 7, null).row(" ii‐2‐1 ", "見守り", 5, null)
			.writeTo(this.directory, "fullWidthCode.xlsx");

		assertThat(this.reader.read(file, SAKURAGAOKA_MEASURES).ratings()).extracting(ActivityRating::policyCode)
			.containsExactly("I-1-2", "II-2-1");
	}

	@Test
	void rejectsDuplicateRowNamingTheEarlierRow() {
		Path file = sakuragaoka().row("I-1-1", ONLINE, 8, null)
			.row("I-1-1", SMARTPHONE, 6, null)
			.row("I-1-1", null, "住民票の写しなど１２０手続をオンライン申請に対応させました。", "デジタル推進課", 4, null)
			.writeTo(this.directory, "duplicateRow.xlsx");

		RatingSheet sheet = this.reader.read(file, SAKURAGAOKA_MEASURES);

		assertThat(sheet.ratings()).extracting(ActivityRating::rating).containsExactly(8, 6);
		assertThat(sheet.findings()).singleElement().satisfies((finding) -> {
			assertThat(finding.severity()).isEqualTo(Severity.ERROR);
			assertThat(finding.location()).isEqualTo("duplicateRow.xlsx, sheet 評価シート, row " + rowNumberOf(2));
			assertThat(finding.message()).contains("duplicate of row " + rowNumberOf(0));
			assertThat(finding.value()).contains("I-1-1", "１２０手続");
		});
	}

	@Test
	void keepsTheSameActivityOfAnotherDepartment() {
		Path file = sakuragaoka().row("II-2-2", null, "名簿を更新", null, 6, null)
			.row("II-2-2", null, "名簿を更新", "危機管理課", 5, null)
			.writeTo(this.directory, "sameActivityOtherDepartment.xlsx");

		assertThat(this.reader.read(file, SAKURAGAOKA_MEASURES).ratings()).extracting(ActivityRating::department)
			.containsExactly("デジタル推進課", "危機管理課");
	}

	@Test
	void rowRejectedForItsRatingDoesNotMakeTheCorrectionADuplicate() {
		Path file = sakuragaoka().row("I-1-1", ONLINE, 11, null).row("I-1-1", ONLINE, 5, null)
			.writeTo(this.directory, "correctedRow.xlsx");

		RatingSheet sheet = this.reader.read(file, SAKURAGAOKA_MEASURES);

		assertThat(sheet.ratings()).extracting(ActivityRating::rating).containsExactly(5);
		assertThat(sheet.findings()).extracting(Finding::value).containsExactly("11");
	}

	@Test
	void rejectsRatedRowWithoutPolicyCodeOrActivity() {
		Path file = sakuragaoka().row(null, ONLINE, 5, null).row("I-1-1", null, 5, null)
			.writeTo(this.directory, "missingCodeOrActivity.xlsx");

		RatingSheet sheet = this.reader.read(file, SAKURAGAOKA_MEASURES);

		assertThat(sheet.ratings()).isEmpty();
		assertThat(sheet.findings()).extracting(Finding::location, Finding::message)
			.containsExactly(
					tuple("missingCodeOrActivity.xlsx, sheet 評価シート, row 8",
							"policy code (政策コード) missing"),
					tuple("missingCodeOrActivity.xlsx, sheet 評価シート, row 9",
							"activity (取組事業) missing"));
	}

	@Test
	void ignoresBlankRows() {
		Path file = sakuragaoka().row("I-1-1", ONLINE, 8, null)
			.blankRow()
			.blankRow()
			.row("I-1-1", SMARTPHONE, 6, null)
			.writeTo(this.directory, "blankRows.xlsx");

		RatingSheet sheet = this.reader.read(file, SAKURAGAOKA_MEASURES);

		assertThat(sheet.ratings()).extracting(ActivityRating::location)
			.containsExactly("blankRows.xlsx, sheet 評価シート, row 8", "blankRows.xlsx, sheet 評価シート, row 11");
		assertThat(sheet.findings()).isEmpty();
	}

	@Test
	void countsUnratedRowsInOneFinding() {
		Path file = sakuragaoka().row("I-1-1", ONLINE, null, "まだ評価していません")
			.row("I-1-1", SMARTPHONE, 6, null)
			.row("I-1-2", "窓口", " ", null)
			.row("IX-9-9", "存在しない施策", null, null)
			.writeTo(this.directory, "unratedRows.xlsx");

		RatingSheet sheet = this.reader.read(file, SAKURAGAOKA_MEASURES);

		assertThat(sheet.ratings()).extracting(ActivityRating::activity).containsExactly(SMARTPHONE);
		assertThat(sheet.findings()).containsExactly(Finding.info("unratedRows.xlsx, sheet 評価シート",
				"3 rows not rated yet (評価 blank), skipped", "rows 8, 10, 11"));
	}

	@Test
	void blankDepartmentMeansTheHeaderDepartment() {
		Path file = sakuragaoka().header("999997", "桜ヶ丘市", "2024", " 市民課 ")
			.row("I-1-2", "窓口", 7, null)
			.writeTo(this.directory, "blankDepartment.xlsx");

		RatingSheet sheet = this.reader.read(file, SAKURAGAOKA_MEASURES);

		assertThat(sheet.department()).isEqualTo("市民課");
		assertThat(sheet.ratings()).extracting(ActivityRating::department).containsExactly("市民課");
	}

	@Test
	void readsHeaderValuesTypedAsNumbersOrFullWidth() {
		Path file = sakuragaoka().header(999997, "桜ヶ丘市", "２０２４", "デジタル推進課")
			.row("I-1-1", ONLINE, 8, null)
			.writeTo(this.directory, "numericHeader.xlsx");

		RatingSheet sheet = this.reader.read(file, SAKURAGAOKA_MEASURES);

		assertThat(sheet.municipalityCode()).hasToString("999997");
		assertThat(sheet.fiscalYear()).isEqualTo(FiscalYear.of(2024));
	}

	@Test
	void findsColumnsByTheirLabelsWhenADepartmentMovesThem() {
		Path file = sakuragaoka().edit((workbook) -> {
			Row header = workbook.getSheetAt(0).getRow(RatingSheetLayout.TABLE_HEADER_ROW);
			header.getCell(RatingSheetLayout.COLUMN_RATING).setCellValue("コメント");
			header.getCell(RatingSheetLayout.COLUMN_COMMENT).setCellValue("評価");
		}).row("I-1-1", null, ONLINE, null, "よくできた", "9").writeTo(this.directory, "movedColumns.xlsx");

		RatingSheet sheet = this.reader.read(file, SAKURAGAOKA_MEASURES);

		assertThat(sheet.ratings()).singleElement().satisfies((rating) -> {
			assertThat(rating.rating()).isEqualTo(9);
			assertThat(rating.comment()).isEqualTo("よくできた");
		});
	}
}
