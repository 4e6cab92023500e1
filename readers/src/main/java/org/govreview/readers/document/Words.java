package org.govreview.readers.document;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Word lists kept as resources beside this class, one word per line, '#' for comments: the words that head a table's
 * columns, label a field or name a labelled heading. A new wording is a line in a file. Immutable once loaded.
 */
final class Words {

	/** Header words that a longer cell may contain. */
	private static final Set<String> CONTAINED_HEADER = load("header-words.txt");

	static final Set<String> HEADER = union(CONTAINED_HEADER, load("whole-header-words.txt"));

	static final Set<String> LABELS = load("label-words.txt");

	static final Set<String> HEADINGS = load("heading-words.txt");

	static final Set<String> SECTIONS = load("section-words.txt");

	private Words() {
	}

	private static Set<String> union(Set<String> one, Set<String> other) {
		Set<String> all = new LinkedHashSet<>(one);
		all.addAll(other);
		return all;
	}

	static Set<String> load(String resource) {
		Set<String> words = new LinkedHashSet<>();
		try (InputStream in = Words.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("missing resource " + resource + " beside " + Words.class.getName());
			}
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				String word = key(line.replaceFirst("#.*$", ""));
				if (!word.isEmpty()) {
					words.add(word);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return Set.copyOf(words);
	}

	/** NFKC without whitespace: the form words are compared in. */
	static String key(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("[\\s　]+", "");
	}

	/** True when the text is itself one of the words that name a column (進捗状況), not just contains one. */
	static boolean isHeaderWord(String text) {
		return HEADER.contains(headerKey(text));
	}

	/** 推進方針, 出典: a short noun that names a column though the header words do not know it. */
	private static final Pattern SHORT_NAME = Pattern.compile("^[\\p{IsHan}\\p{IsKatakana}ー・]{1,6}$");

	/** True when the text is a header cell, or a noun of six characters or fewer that may name a column. */
	static boolean isColumnName(String text) {
		return isHeaderCell(text) || SHORT_NAME.matcher(text).matches();
	}

	/** True when the text is a header word, or a short text containing one (成果指標名, 現状値(R4)). */
	static boolean isHeaderCell(String text) {
		String key = headerKey(text);
		if (key.isEmpty() || key.length() > 14) {
			return false;
		}
		if (HEADER.contains(key)) {
			return true;
		}
		for (String word : CONTAINED_HEADER) {
			if (word.length() >= 2 && key.contains(word)) {
				return true;
			}
		}
		return false;
	}

	/** The key a header cell is looked up by: brackets around a word (（単位）, 【指標】) do not count. */
	private static String headerKey(String text) {
		return key(text).replaceAll("[()（）【】\\[\\]]", "");
	}

	/** 合計, 計, 平均, 全体, 小計 …: a cell that names a total row. */
	static boolean isTotal(String text) {
		return headerKey(text).matches("(?:合計|総計|小計|計|平均|全体|総数|分野計|累計)");
	}

	/** 【分野の所見】: a row's bracketed label, a row of its own that no number keys. */
	private static final Pattern ROW_LABEL = Pattern.compile("^【[^】]{1,12}】$");

	/** 視察日, 所感: a word a form labels a value with, or one a report names a part with. */
	static boolean isLabelOrPart(String word) {
		return LABELS.contains(word) || SECTIONS.contains(word);
	}

	static boolean isRowLabel(String text) {
		return ROW_LABEL.matcher(text.strip()).matches();
	}

	static boolean isLabel(String text) {
		String key = key(text).replaceAll("[【】\\[\\]〔〕<>＜＞]", "");
		return LABELS.contains(key) || HEADER.contains(key);
	}
}
