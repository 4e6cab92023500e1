package org.govreview.jobs.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class CsvOutputTests {

	@Test
	void textThatASpreadsheetWouldEvaluateIsPrefixedWithAQuote() {
		assertThat(Arrays.asList("=cmd|' /C calc'!A0", "+SUM(A1)", "-2+3+cmd|' /C calc'!A0", "@SUM(1+1)", "\t=1", "\r=1")
			.stream().map(CsvOutput::neutralised))
			.containsExactly("'=cmd|' /C calc'!A0", "'+SUM(A1)", "'-2+3+cmd|' /C calc'!A0", "'@SUM(1+1)", "'\t=1", "'\r=1");
	}

	@Test
	void numbersStayNumbers() {
		assertThat(CsvOutput.neutralised(new BigDecimal("-1.5"))).isEqualTo(new BigDecimal("-1.5"));
		assertThat(CsvOutput.neutralised(-3)).isEqualTo(-3);
		assertThat(CsvOutput.neutralised("-1.5")).isEqualTo("-1.5");
		assertThat(CsvOutput.neutralised("+20")).isEqualTo("+20");
	}

	@Test
	void ordinaryTextAndEmptyCellsAreLeftAlone() {
		assertThat(CsvOutput.neutralised("対象手続の拡大を前倒しで達成")).isEqualTo("対象手続の拡大を前倒しで達成");
		assertThat(CsvOutput.neutralised("a=b")).isEqualTo("a=b");
		assertThat(CsvOutput.neutralised("")).isEqualTo("");
		assertThat(CsvOutput.neutralised(null)).isNull();
	}

	@Test
	void printsTheHeaderFirstAndTheHeaderAloneForNoRows() throws Exception {
		assertThat(print(List.of("a", "b"), List.of())).isEqualTo("a,b\r\n");
		String text = print(List.of("comment", "rating"), List.of(Arrays.asList("=1+1, \"quoted\"", 7)));
		List<CSVRecord> records = CSVFormat.DEFAULT.parse(new StringReader(text)).getRecords();
		assertThat(records.get(0).values()).containsExactly("comment", "rating");
		assertThat(records.get(1).values()).containsExactly("'=1+1, \"quoted\"", "7");
	}

	private static String print(List<String> header, List<? extends Iterable<?>> rows) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		CsvOutput.print(header, rows, new PrintStream(bytes, true, StandardCharsets.UTF_8));
		return bytes.toString(StandardCharsets.UTF_8);
	}
}
