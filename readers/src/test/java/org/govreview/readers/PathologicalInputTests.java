package org.govreview.readers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.govreview.domain.rating.RatingSheetLayout.DATA_START_ROW;
import static org.govreview.domain.rating.RatingSheetLayout.FISCAL_YEAR_ROW;
import static org.govreview.domain.rating.RatingSheetLayout.HEADER_VALUE_COLUMN;
import static org.govreview.domain.rating.RatingSheetLayout.MUNICIPALITY_CODE_ROW;
import static org.govreview.domain.rating.RatingSheetLayout.MUNICIPALITY_NAME_ROW;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.govreview.readers.actionplan.ActionPlanReader;
import org.govreview.readers.inspection.InspectionReportReader;
import org.govreview.readers.municipality.MunicipalityMaster;
import org.govreview.readers.pledge.PledgeReportReader;
import org.govreview.readers.policy.PolicyStatementReader;
import org.govreview.readers.ratingsheet.RatingSheetReader;
import org.govreview.readers.recognition.DocumentRecognition;
import org.govreview.readers.text.LaidOutGrids;
import org.govreview.readers.text.SourceText;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * No reader recurses to a depth that its input chooses: each reader's {@code recognises} and {@code read} run on
 * inputs built to exhaust a recursive parser or a backtracking regex (one 5 MB line of Japanese, a megabyte of
 * bullets, brackets or stars, 200,000 short lines), in a thread with the default stack, and end without an
 * {@link Error}. Rejecting such a document is fine; a {@link StackOverflowError} is not. The timeout only
 * catches a hang.
 */
class PathologicalInputTests {

	private static final long TIMEOUT_SECONDS = 120;

	private static final int MEGABYTE = 1 << 20;

	/** Opening lines under which each text reader goes past recognition into its body. */
	private static final List<String> HEAD = List.of("市長公約の取組状況", "苫小牧市", "令和5年度末",
			"I 行革を進めます 62", "1 持続可能な行財政運営を行います 73", "全 体 59.2", "局区運営方針", "アクションプラン",
			"1 持続可能な行財政運営を行います", "行政視察報告書", "提出日 令和6年5月1日", "目標1：安心", "課題A(1)", "基本政策");

	private static final MunicipalityMaster MASTER = MunicipalityMaster.builtIn();

	@TempDir
	static Path directory;

	static Stream<Named<Supplier<List<String>>>> inputs() {
		return Stream.of(
				Named.of("one 5 MB line of Japanese", () -> List.of(repeat(
						"市長は５期目当選の際、５つの基本政策を柱とする２５項目５０施策の公約を掲げました　苫小牧市では（令和５年度末）これらを重要施策と位置づけ",
						5 * MEGABYTE))),
				Named.of("1 MB of stars", () -> List.of(repeat("★", MEGABYTE))),
				Named.of("1 MB of spaced stars", () -> List.of(repeat("★ ☆", MEGABYTE))),
				Named.of("1 MB of bullets", () -> List.of(repeat("・● ", MEGABYTE))),
				Named.of("1 MB of opening brackets", () -> List.of(repeat("（(「【<p>", MEGABYTE))),
				Named.of("1 MB of nested brackets", () -> List.of(repeat("(", MEGABYTE / 2) + repeat(")", MEGABYTE / 2))),
				Named.of("1 MB of figures and bullets", () -> List.of(repeat("・課 52 ", MEGABYTE))),
				Named.of("1 MB of numbered items", () -> List.of(repeat("1十2百3,4.5億 ①(1)課題A(1) ", MEGABYTE))),
				Named.of("200,000 short lines", () -> shortLines(200_000)),
				Named.of("10,000 lines of a laid-out grid whose names wrap", () -> gridLines(10_000)));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("inputs")
	void everyTextReaderEndsWithoutAnError(Supplier<List<String>> body) {
		List<String> lines = new ArrayList<>(HEAD);
		lines.addAll(body.get());
		SourceText text = new SourceText(Path.of("pathological.txt"), lines, "UTF-8");

		assertEndsWithoutError("PledgeReportReader.recognises", () -> PledgeReportReader.recognises(text));
		assertEndsWithoutError("PledgeReportReader.read", () -> new PledgeReportReader(MASTER).read(text, null));
		assertEndsWithoutError("ActionPlanReader.recognises", () -> ActionPlanReader.recognises(text));
		assertEndsWithoutError("ActionPlanReader.read", () -> new ActionPlanReader(MASTER).read(text, null));
		assertEndsWithoutError("PolicyStatementReader.recognises", () -> PolicyStatementReader.recognises(text));
		assertEndsWithoutError("PolicyStatementReader.read", () -> new PolicyStatementReader(MASTER).read(text, null));
		assertEndsWithoutError("InspectionReportReader.recognises", () -> InspectionReportReader.recognises(text));
		assertEndsWithoutError("InspectionReportReader.read", () -> new InspectionReportReader(MASTER).read(text, null));
		assertEndsWithoutError("LaidOutGrids.gridded", () -> LaidOutGrids.gridded(text));
	}

	@Test
	void recognitionEndsWithoutAnErrorOnALongGridWhoseRowsWrap() {
		// the text is read twice, the second time with its grid rebuilt from its columns
		List<String> lines = new ArrayList<>(HEAD);
		lines.addAll(gridLines(10_000));
		SourceText text = new SourceText(Path.of("pathological.txt"), lines, "UTF-8");

		assertEndsWithoutError("DocumentRecognition.recognise", () -> DocumentRecognition.recognise(text));
	}

	@Test
	void theRatingSheetReaderEndsWithoutAnErrorOnLongCellsAndManyRows() {
		Path sheet = pathologicalRatingSheet(directory.resolve("pathological.xlsx"));

		assertEndsWithoutError("RatingSheetReader.recognises", () -> RatingSheetReader.recognises(sheet));
		assertEndsWithoutError("RatingSheetReader.read", () -> new RatingSheetReader().read(sheet, code -> true));
	}

	/**
	 * Runs {@code call} in a new thread with the JVM's default stack size; an exception (a rejected document) is
	 * fine, an {@link Error} or no end within the timeout fails the test.
	 */
	private static void assertEndsWithoutError(String name, Runnable call) {
		AtomicReference<Throwable> thrown = new AtomicReference<>();
		Thread thread = new Thread(() -> {
			try {
				call.run();
			}
			catch (Throwable ex) {
				thrown.set(ex);
			}
		}, name);
		thread.setDaemon(true);
		thread.start();
		try {
			thread.join(TimeUnit.SECONDS.toMillis(TIMEOUT_SECONDS));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
		assertThat(thread.isAlive()).as("%s still running after %d s", name, TIMEOUT_SECONDS).isFalse();
		for (Throwable cause = thrown.get(); cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
			assertThat(cause).as("%s threw", name).isNotInstanceOf(Error.class);
			// java.util.regex turns a StackOverflowError while compiling into this exception
			assertThat(String.valueOf(cause.getMessage())).as("%s threw %s", name, cause).doesNotContain("Stack overflow");
		}
	}

	private static String repeat(String unit, int characters) {
		return unit.repeat(Math.max(1, characters / unit.length()));
	}

	/** Lines of every shape the readers look for: rows with figures, numerals, bullets, stars, labels. */
	private static List<String> shortLines(int count) {
		String[] shapes = { "I 行革 62", "1 公約を行います 73", "・課", "★★★★★ ☆☆☆☆☆", "52", "(", "●", "課題A(1)",
				"①課題名", "目標1：", "所管 総) 行政部", "【山田】", "質問", "答", "<ul>", "<li>", "令和5年度", "政策 I" };
		List<String> lines = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			lines.add(shapes[i % shapes.length]);
		}
		return lines;
	}

	@Test
	void theGridReadingEndsWithoutAnErrorOnAWideGrid() {
		// 1,000 rows of 300 figures each, every name wrapped: the grid's columns are counted once, not per piece
		List<String> lines = new ArrayList<>(HEAD);
		StringBuilder header = new StringBuilder("No.  指標名        ");
		for (int c = 0; c < 300; c++) {
			header.append(String.format("%8s", "R" + c));
		}
		lines.add(header.toString());
		for (int r = 0; r < 1000; r++) {
			StringBuilder row = new StringBuilder(String.format("%3d  文化施設の利用", r % 999 + 1));
			for (int c = 0; c < 300; c++) {
				row.append(String.format("%8d", (r * 7 + c) % 1000));
			}
			lines.add(row.toString());
			lines.add("     回数（年間）");
		}
		SourceText text = new SourceText(Path.of("pathological.txt"), lines, "UTF-8");

		assertEndsWithoutError("LaidOutGrids.gridded", () -> LaidOutGrids.gridded(text));
	}

	/** Rows of figures with a name wrapped over the line under each, a group's name down the left every tenth row. */
	private static List<String> gridLines(int count) {
		List<String> lines = new ArrayList<>(count);
		lines.add("政策      No.    成果指標                    単位      基準値      目標値      所管課");
		for (int i = 0; lines.size() < count; i++) {
			lines.add((i % 10 == 0 ? "政策" + (i / 10 % 9 + 1) : "     ") + "    " + (i % 999 + 1)
					+ "     市民１人当たりの文化施設       人      1,234      2,000      文化振興課");
			lines.add("             の利用回数（年間）");
		}
		return lines;
	}

	/** The template with a plausible header, 50,000 rows, and cells of 32,767 stars, bullets and brackets. */
	private static Path pathologicalRatingSheet(Path target) {
		try (InputStream in = Files.newInputStream(Path.of("..", "templates", "rating-sheet.xlsx"));
				XSSFWorkbook template = new XSSFWorkbook(in)) {
			Sheet header = template.getSheetAt(0);
			header.getRow(MUNICIPALITY_CODE_ROW).getCell(HEADER_VALUE_COLUMN, Row.MissingCellPolicy.CREATE_NULL_AS_BLANK)
				.setCellValue("012131");
			header.getRow(MUNICIPALITY_NAME_ROW).getCell(HEADER_VALUE_COLUMN, Row.MissingCellPolicy.CREATE_NULL_AS_BLANK)
				.setCellValue("苫小牧市");
			header.getRow(FISCAL_YEAR_ROW).getCell(HEADER_VALUE_COLUMN, Row.MissingCellPolicy.CREATE_NULL_AS_BLANK)
				.setCellValue("2023");
			String[] longCells = { repeat("★", 32_767), repeat("・● ", 32_767), repeat("（(「", 32_767),
					repeat("I-1-1 ", 32_767) };
			try (SXSSFWorkbook streaming = new SXSSFWorkbook(template, 100, true, true);
					OutputStream out = Files.newOutputStream(target)) {
				Sheet sheet = streaming.getSheetAt(0);
				for (int i = 0; i < 50_000; i++) {
					Row row = sheet.createRow(DATA_START_ROW + i);
					if (i < 40) {
						for (int column = 0; column < 6; column++) {
							row.createCell(column).setCellValue(longCells[(i + column) % longCells.length]);
						}
					}
					else {
						row.createCell(0).setCellValue("I-" + (i % 5 + 1) + "-" + (i % 7 + 1));
						row.createCell(2).setCellValue("取組" + i);
						row.createCell(4).setCellValue(i % 12);
						row.createCell(5).setCellValue(i % 3 == 0 ? "★☆・（" : "=cmd|' /C calc'!A0");
					}
				}
				streaming.write(out);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return target;
	}
}
