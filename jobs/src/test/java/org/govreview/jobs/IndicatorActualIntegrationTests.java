package org.govreview.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.govreview.domain.rating.RatingSheetLayout;
import org.govreview.jobs.cli.CommandLine;
import org.govreview.jobs.cli.Commands;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * An indicator's actual travels from a department's rating sheet into the pack: the action plan of seed 003 is
 * ingested, the department's sheet generated and filled in as a department would, ingested, and the pack shows the
 * actual and the achievement rate.
 */
@SpringBootTest(classes = GovreviewApplication.class)
class IndicatorActualIntegrationTests {

	@TempDir
	static Path dataDir;

	@Autowired
	Commands commands;

	@DynamicPropertySource
	static void dataDirectory(DynamicPropertyRegistry registry) {
		registry.add("govreview.data-dir", () -> dataDir.toString());
	}

	private int govreview(String... args) {
		return commands.execute(CommandLine.parse(args));
	}

	@Test
	void aReportedActualAppearsInThePackWithItsAchievementRate(@TempDir Path work) throws Exception {
		Path seed = SourceFixtures.seed("003_dc1a2f1d0e437507.txt");
		CiPrerequisite.require(Files.exists(seed), () -> "seed 003 not found at " + seed + ": this acceptance test needs ../shared");
		Path out = work.resolve("out");
		assertThat(govreview("run", "nightly", "--source", seed.toString(), "--out", out.toString())).isZero();

		Path sheets = work.resolve("sheets");
		assertThat(govreview("sheets", "--municipality", "011002", "--fiscal-year", "2023", "--out", sheets.toString())).isZero();
		Path sheet;
		try (Stream<Path> files = Files.list(sheets)) {
			sheet = files.filter(p -> p.getFileName().toString().contains("子ども育成部")).findFirst().orElseThrow();
		}
		// seed 003: 相談など繋がりを持てた若年女性の実人数(累計), 2022年 225人 → 2027年 975人
		fillActual(sheet, "若年女性の実人数", "2024", "600人");

		assertThat(govreview("run", "nightly", "--source", sheet.toString(), "--out", out.toString())).isZero();

		List<String> row = indicatorRow(out.resolve("review-pack_011002_FY2023.xlsx"), "若年女性の実人数");
		// (600 − 225) / (975 − 225) = 50.0 %
		assertThat(row).contains("225 人", "975 人", "600 人", "2024", "50");
	}

	private static void fillActual(Path file, String indicator, String year, String value) throws Exception {
		XSSFWorkbook workbook;
		try (InputStream in = Files.newInputStream(file)) {
			workbook = new XSSFWorkbook(in);
		}
		Sheet sheet = workbook.getSheet(RatingSheetLayout.INDICATOR_SHEET_NAME);
		boolean filled = false;
		for (Row row : sheet) {
			Cell name = row.getCell(RatingSheetLayout.INDICATOR_COLUMN_INDICATOR);
			if (row.getRowNum() >= RatingSheetLayout.INDICATOR_DATA_START_ROW && name != null
					&& name.getCellType() == CellType.STRING && name.getStringCellValue().contains(indicator)) {
				row.createCell(RatingSheetLayout.INDICATOR_COLUMN_YEAR).setCellValue(year);
				row.createCell(RatingSheetLayout.INDICATOR_COLUMN_VALUE).setCellValue(value);
				filled = true;
			}
		}
		assertThat(filled).as("the generated sheet lists the indicator " + indicator).isTrue();
		try (OutputStream out = Files.newOutputStream(file)) {
			workbook.write(out);
		}
		workbook.close();
	}

	private static List<String> indicatorRow(Path pack, String indicator) throws Exception {
		try (XSSFWorkbook workbook = new XSSFWorkbook(pack.toFile())) {
			Sheet sheet = workbook.getSheet("指標 Indicators");
			assertThat(sheet).as("the pack's indicator sheet").isNotNull();
			for (Row row : sheet) {
				List<String> cells = new java.util.ArrayList<>();
				row.forEach(cell -> cells.add(cell.getCellType() == CellType.NUMERIC
						? new java.math.BigDecimal(String.valueOf(cell.getNumericCellValue())).stripTrailingZeros().toPlainString()
						: cell.toString()));
				if (cells.stream().anyMatch(text -> text.contains(indicator))) {
					return cells;
				}
			}
		}
		throw new AssertionError("no row for " + indicator + " in " + pack);
	}
}
