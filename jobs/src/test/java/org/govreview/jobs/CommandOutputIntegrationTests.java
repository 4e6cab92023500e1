package org.govreview.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a program reading govreview's output gets: data alone on standard output (CSV with its header first, JSON
 * that parses, spreadsheet-safe cells), one line on standard error for a failure, and the exit statuses the README
 * documents. Runs the packaged application in its own processes, on the samples with a rating comment that is a
 * spreadsheet formula.
 */
class CommandOutputIntegrationTests {

	static final String FORMULA = "=cmd|' /C calc'!A0";

	@TempDir
	static Path shared;

	static Path data;

	static GovreviewProcess nightly;

	@BeforeAll
	static void nightlyRunWithAFormulaInARatingComment() throws Exception {
		Path source = SourceFixtures.copySamples(shared.resolve("in"));
		replaceCellText(source.resolve("sakuragaoka/rating-sheets/rating-sheet_999997_FY2024_デジタル推進課.xlsx"),
				"対象手続の拡大を前倒しで達成", FORMULA);
		data = shared.resolve("data");
		nightly = GovreviewProcess.run("run", "nightly", "--source", source.toString(), "--data-dir", data.toString(),
				"--govreview.out=" + shared.resolve("packs"));
		assertThat(nightly.exitValue()).as(nightly.describe()).isZero();
	}

	@Test
	void aSettingAfterTheCommandIsApplied() throws Exception {
		try (Stream<Path> packs = Files.list(shared.resolve("packs"))) {
			assertThat(packs.map(path -> path.getFileName().toString()))
				.contains("review-pack_999997_FY2024.xlsx", "review-pack_999997_FY2024.pdf");
		}
	}

	@Test
	void logsGoToStandardErrorAndTheLogFileNeverToStandardOutput() throws Exception {
		assertThat(nightly.stdout()).startsWith("nightly: source ").doesNotContain(" INFO ", " WARN ");
		assertThat(nightly.stderr()).contains("INFO  [ingest]").doesNotContain("Starting GovreviewApplication");
		try (Stream<Path> logs = Files.list(data.resolve("logs"))) {
			Path log = logs.filter(path -> path.getFileName().toString().matches("govreview\\.\\d{4}-\\d\\d-\\d\\d\\.log"))
				.findFirst().orElseThrow();
			assertThat(Files.readString(log)).contains("Started GovreviewApplication", "[ingest]");
		}
	}

	@Test
	void exportCsvIsTheHeaderThenTheRowsWithSpreadsheetFormulasNeutralised() throws Exception {
		GovreviewProcess documents = GovreviewProcess.run("export", "documents", "--format", "csv", "--data-dir", data.toString());
		assertThat(documents.exitValue()).as(documents.describe()).isZero();
		List<CSVRecord> records = CSVFormat.DEFAULT.parse(new StringReader(documents.stdout())).getRecords();
		assertThat(records.get(0).values()).containsExactly("document_id", "kind", "path", "sha256", "municipality_code",
				"fiscal_year", "scope", "origin", "ingested_at", "job_execution_id", "current");
		assertThat(records).hasSize(1 + 4);

		GovreviewProcess ratings = GovreviewProcess.run("export", "ratings", "--format", "csv", "--data-dir", data.toString());
		assertThat(ratings.exitValue()).as(ratings.describe()).isZero();
		List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().get().parse(new StringReader(ratings.stdout())).getRecords();
		assertThat(rows).extracting(row -> row.get("comment")).contains("'" + FORMULA).doesNotContain(FORMULA);
		assertThat(rows).extracting(row -> row.get("rating")).allMatch(rating -> rating.matches("\\d+"));
	}

	@Test
	void exportJsonParses() throws Exception {
		GovreviewProcess documents = GovreviewProcess.run("export", "documents", "--format", "json", "--data-dir", data.toString());
		assertThat(documents.exitValue()).as(documents.describe()).isZero();
		JsonNode array = JsonMapper.builder().build().readTree(documents.stdout());
		assertThat(array.isArray()).isTrue();
		assertThat(array.size()).isEqualTo(4);
		assertThat(array.get(0).get("municipality_code").asString()).isEqualTo("999997");
	}

	@Test
	void anEmptyExportIsTheHeaderAloneOrAnEmptyArrayAndSucceeds() throws Exception {
		GovreviewProcess csv = GovreviewProcess.run("export", "quarantine", "--data-dir", data.toString());
		assertThat(csv.exitValue()).as(csv.describe()).isZero();
		assertThat(csv.stdout().strip()).isEqualTo("path,sha256,reason,job_execution_id,quarantined_at");

		GovreviewProcess json = GovreviewProcess.run("export", "quarantine", "--format", "json", "--data-dir", data.toString());
		assertThat(json.exitValue()).as(json.describe()).isZero();
		assertThat(json.stdout().strip()).isEqualTo("[]");
	}

	@Test
	void rollupCsvStartsWithItsHeader() throws Exception {
		GovreviewProcess rollup = GovreviewProcess.run("rollup", "--municipality", "999997", "--fiscal-year", "2024",
				"--format", "csv", "--data-dir", data.toString());
		assertThat(rollup.exitValue()).as(rollup.describe()).isZero();
		assertThat(rollup.stdout().lines().findFirst()).contains("level,code,name,computed,lower_bound,upper_bound,published,status,note");
	}

	@Test
	void failuresAreOneLineOnStandardErrorWithTheirExitStatus(@TempDir Path work) throws Exception {
		GovreviewProcess usage = GovreviewProcess.run("run", "nightly", "--source", "x", "--sources", "y");
		assertThat(usage.exitValue()).isEqualTo(2);
		assertThat(usage.stderr().lines().toList()).containsExactly("govreview: 'run nightly' has no option --sources (usage: govreview help)");

		GovreviewProcess badUrl = GovreviewProcess.run("executions", "--db-url", "jdbc:postgresql://localhost:1/none",
				"--data-dir", work.resolve("data").toString());
		assertThat(badUrl.exitValue()).as(badUrl.describe()).isEqualTo(4);
		assertThat(badUrl.stdout()).isEmpty();
		assertThat(badUrl.stderr().lines().toList()).singleElement().asString()
			.startsWith("govreview: cannot connect to the database jdbc:postgresql://localhost:1/none");

		Path corrupt = work.resolve("corrupt");
		Files.createDirectories(corrupt.resolve("postgres"));
		Files.writeString(corrupt.resolve("postgres/postgresql.conf"), "# kept from an earlier installation\n");
		Files.writeString(corrupt.resolve("postgres/PG_VERSION"), "garbage\n");
		GovreviewProcess broken = GovreviewProcess.run("executions", "--data-dir", corrupt.toString());
		assertThat(broken.exitValue()).as(broken.describe()).isEqualTo(4);
		assertThat(broken.stderr().lines().filter(line -> line.startsWith("govreview: ")).toList()).singleElement().asString()
			.contains("the embedded PostgreSQL in " + corrupt.resolve("postgres") + " could not start: FATAL:");
		assertThat(broken.stderr()).doesNotContain("\tat ", "Exception");
	}

	private static void replaceCellText(Path xlsx, String from, String to) throws Exception {
		Workbook workbook;
		try (InputStream in = Files.newInputStream(xlsx)) {
			workbook = WorkbookFactory.create(in);
		}
		int replaced = 0;
		for (Sheet sheet : workbook) {
			for (Row row : sheet) {
				for (Cell cell : row) {
					if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING && cell.getStringCellValue().equals(from)) {
						cell.setCellValue(to);
						replaced++;
					}
				}
			}
		}
		assertThat(replaced).as("cells '" + from + "' in " + xlsx).isEqualTo(1);
		try (workbook; OutputStream out = Files.newOutputStream(xlsx)) {
			workbook.write(out);
		}
	}
}
