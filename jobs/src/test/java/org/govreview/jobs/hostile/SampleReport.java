package org.govreview.jobs.hostile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The samples' pledge progress report of the fictional 桜ヶ丘市 (999997, 令和6年度末 = FY2024) and variants of it.
 * Its figures are read off the text itself: the summary table and the star ratings of each measure.
 */
final class SampleReport {

	static final Path SAMPLES = Path.of("../samples").toAbsolutePath().normalize();

	static final Path FILE = SAMPLES.resolve("sakuragaoka/pledge-report-FY2024.txt");

	static final String MUNICIPALITY = "999997";

	static final int FISCAL_YEAR = 2024;

	/** The published figures of the report's summary table, by level and code. */
	static final Map<String, BigDecimal> PUBLISHED = published();

	/**
	 * Star ratings of the measures, in the order the report lists them (★★★★★ ★★☆☆☆ is 7 of 10); I-2-2 carries
	 * none.
	 */
	static final Map<String, Integer> STARS = stars();

	/** An activity of measure I-1-2, as the report words it (without its bullet). */
	static final String CASHLESS_ACTIVITY = "市民課窓口にキャッシュレス決済端末を設置しました。";

	private static final Pattern ERA_DATES = Pattern.compile("令和(\\d+)年(度|4月|3月|5月)");

	private SampleReport() {
	}

	static String text() {
		try {
			return Files.readString(FILE, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The same report as published for another fiscal year: every era date moved by the same number of years
	 * (period, issue date, 年度末), the figures unchanged.
	 */
	static String forFiscalYear(int fiscalYear) {
		int shift = fiscalYear - FISCAL_YEAR;
		Matcher matcher = ERA_DATES.matcher(text());
		StringBuilder out = new StringBuilder();
		while (matcher.find()) {
			int year = Integer.parseInt(matcher.group(1)) + shift;
			if (year < 1) {
				throw new IllegalArgumentException("令和 has no year " + year + " (fiscal year " + fiscalYear + ")");
			}
			matcher.appendReplacement(out, "令和" + (year == 1 ? "元" : Integer.toString(year)) + "年" + matcher.group(2));
		}
		matcher.appendTail(out);
		return out.toString();
	}

	/** The report with its star characters (★☆) deleted: the same table and activities, no measure rated. */
	static String withoutStars(String text) {
		return text.replaceAll("[★☆]", "");
	}

	/** The report issued by a municipality that does not exist. */
	static String issuedBy(String municipality) {
		return text().replace("桜ヶ丘市", municipality);
	}

	/** The report with its issue date (令和7年5月) replaced. */
	static String issuedOn(String text, String eraMonth) {
		if (!text.contains("令和7年5月")) {
			throw new IllegalArgumentException("the report has no issue date 令和7年5月");
		}
		return text.replace("令和7年5月", eraMonth);
	}

	/**
	 * The report with {@code paddingLines} lines of plain prose after its introduction, so that its tables start
	 * further into the file.
	 */
	static String withLongIntroduction(String text, int paddingLines) {
		String anchor = "取りまとめましたので公表します。\n";
		if (!text.contains(anchor)) {
			throw new IllegalArgumentException("the report's introduction has changed: no '" + anchor.strip() + "'");
		}
		String sentence = "本市では、市民の皆様からいただいたご意見を踏まえ、各施策の進め方を点検しながら、取組の改善に努めております。\n";
		return text.replace(anchor, anchor + "\n" + sentence.repeat(paddingLines));
	}

	static List<String> lines(String text) {
		return text.lines().toList();
	}

	private static Map<String, BigDecimal> published() {
		Map<String, BigDecimal> figures = new LinkedHashMap<>();
		figures.put("basic-policy I", new BigDecimal("65"));
		figures.put("pledge I-1", new BigDecimal("70"));
		figures.put("pledge I-2", new BigDecimal("60"));
		figures.put("basic-policy II", new BigDecimal("55"));
		figures.put("pledge II-1", new BigDecimal("65"));
		figures.put("pledge II-2", new BigDecimal("45"));
		figures.put("overall overall", new BigDecimal("60.0"));
		return Map.copyOf(figures);
	}

	private static Map<String, Integer> stars() {
		Map<String, Integer> stars = new LinkedHashMap<>();
		stars.put("I-1-1", 7);
		stars.put("I-1-2", 7);
		stars.put("I-2-1", 6);
		stars.put("II-1-1", 6);
		stars.put("II-1-2", 7);
		stars.put("II-2-1", 7);
		stars.put("II-2-2", 6);
		return stars;
	}
}
