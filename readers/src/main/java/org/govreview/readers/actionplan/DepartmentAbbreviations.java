package org.govreview.readers.actionplan;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The table that expands the department abbreviations of an action plan's 所管 cells: {@code 総) 行政部} → 総務局
 * 行政部. The built-in table ({@code department-abbreviations.properties}) holds 札幌市's; another city's is loaded
 * from a file of the same format. Immutable and thread-safe.
 */
public final class DepartmentAbbreviations {

	private static final String BUILT_IN = "department-abbreviations.properties";

	/** An abbreviation: up to three characters and a closing parenthesis, at the start or after a separator. */
	private static final Pattern ABBREVIATION = Pattern.compile("(?:^|(?<=[\\s、,，]))([^\\s、,，()]{1,3})\\)");

	/** "ほか" / "他" / "等" after the last department: others not named. */
	private static final Pattern OTHERS = Pattern.compile("\\s*(?:ほか|他|等)$");

	private final Map<String, String> bureaus;

	private DepartmentAbbreviations(Map<String, String> bureaus) {
		this.bureaus = Map.copyOf(bureaus);
	}

	public static DepartmentAbbreviations builtIn() {
		try (InputStream in = DepartmentAbbreviations.class.getResourceAsStream(BUILT_IN)) {
			return read(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read the built-in " + BUILT_IN, ex);
		}
	}

	/** A table from a UTF-8 properties file: {@code 総=総務局}, one abbreviation a line. */
	public static DepartmentAbbreviations load(Path file) {
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			return read(reader);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read the department abbreviations " + file, ex);
		}
	}

	public static DepartmentAbbreviations of(Map<String, String> bureaus) {
		Map<String, String> normalized = new LinkedHashMap<>();
		bureaus.forEach((abbreviation, bureau) -> normalized.put(normalize(abbreviation), bureau.strip()));
		return new DepartmentAbbreviations(normalized);
	}

	private static DepartmentAbbreviations read(Reader reader) throws IOException {
		Properties properties = new Properties();
		properties.load(reader);
		Map<String, String> bureaus = new LinkedHashMap<>();
		properties.stringPropertyNames().forEach(name -> bureaus.put(name, properties.getProperty(name)));
		return of(bureaus);
	}

	/** The bureau an abbreviation stands for (総 → 総務局). */
	public Optional<String> bureau(String abbreviation) {
		return Optional.ofNullable(bureaus.get(normalize(abbreviation)));
	}

	/**
	 * The departments of a 所管 cell as normalized text ("総) 行政部、 デ) スマートシティ推進部 ほか"), expanded.
	 * An unknown abbreviation is kept as printed and reported to {@code unknown} (abbreviation, department);
	 * a trailing ほか is reported to {@code others} with the cell.
	 */
	List<String> expand(String cell, BiConsumer<String, String> unknown, Runnable others) {
		String text = cell.strip();
		Matcher othersMatcher = OTHERS.matcher(text);
		if (othersMatcher.find()) {
			text = text.substring(0, othersMatcher.start());
			others.run();
		}
		List<String> departments = new ArrayList<>();
		Matcher matcher = ABBREVIATION.matcher(text);
		List<int[]> marks = new ArrayList<>();
		while (matcher.find()) {
			marks.add(new int[] { matcher.start(1), matcher.end() });
		}
		if (marks.isEmpty()) {
			for (String part : text.split("[、,，]")) {
				addIfPresent(departments, part);
			}
			return departments;
		}
		addIfPresent(departments, text.substring(0, marks.get(0)[0]));
		for (int i = 0; i < marks.size(); i++) {
			String abbreviation = text.substring(marks.get(i)[0], marks.get(i)[1] - 1);
			int end = i + 1 < marks.size() ? marks.get(i + 1)[0] : text.length();
			String department = strip(text.substring(marks.get(i)[1], end));
			Optional<String> bureau = bureau(abbreviation);
			if (bureau.isPresent()) {
				departments.add(department.isEmpty() ? bureau.get() : bureau.get() + " " + department);
			}
			else {
				unknown.accept(abbreviation, department);
				departments.add(abbreviation + ") " + department);
			}
		}
		return departments;
	}

	private static void addIfPresent(List<String> departments, String part) {
		String department = strip(part);
		if (!department.isEmpty()) {
			departments.add(department);
		}
	}

	private static String strip(String part) {
		return part.replaceAll("^[\\s、,，]+|[\\s、,，]+$", "").replaceAll("\\s+", " ");
	}

	private static String normalize(String abbreviation) {
		return Normalizer.normalize(abbreviation, Normalizer.Form.NFKC).strip();
	}

	@Override
	public String toString() {
		return "DepartmentAbbreviations" + bureaus;
	}
}
