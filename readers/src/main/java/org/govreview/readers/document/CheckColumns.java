package org.govreview.readers.document;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.govreview.readers.text.DisplayWidth;

/**
 * A column split under its header into one narrow column per grade (進捗状況 over 達成 | 順調 | 着手 | 未着手), each
 * row marking its grade with a ○ under one of them: only where the mark stands tells the grade. The mark is replaced
 * by the word of the column it stands under, and the line of grade words, no row, is dropped, so that a row reads
 * as any other row with its grade in a cell. Lines keep their numbers. Stateless.
 */
final class CheckColumns {

	/** Figures, brackets, punctuation and marks: what no grade's word (達成, 順調, A) holds, as a character class's body. */
	static final String NO_GRADE_WORD = "0-9０-９()（）:：。、・◎○●△▲×✕◯〇□■◆◇☆★【】\\[\\]";

	/** ○, ●, ◯, 〇, ✓, ✔, レ: the marks a row ticks its grade with, as a character class's body. */
	static final String TICKS = "○●◯〇✓✔レ";

	/** 達成　順調　着手　未着手, A　B　C: three or more short words, apart, and nothing else. */
	private static final Pattern WORD = Pattern.compile("[^\\s　" + NO_GRADE_WORD + "]{1,5}");

	/** ○, ●, ◯, 〇, ✓, ✔, レ: the mark a row sets under its grade. */
	private static final Pattern MARK = Pattern.compile("(?<=[\\s　]|^)[" + TICKS + "](?=[\\s　]|$)");

	private static final Pattern RUN = Pattern.compile("\\S+");

	private static final int MIN_WORDS = 3;

	private static final int MIN_ROWS = 2;

	/** How many lines after the grade words their columns may hold rows. */
	private static final int REACH = 60;

	private CheckColumns() {
	}

	private record Word(String text, int start, int end) {
		double centre() {
			return (start + end) / 2.0;
		}
	}

	static List<BoxRows.Printed> marked(List<BoxRows.Printed> printed) {
		List<BoxRows.Printed> lines = new ArrayList<>(printed);
		for (int i = 0; i < lines.size(); i++) {
			List<Word> words = words(lines.get(i).text());
			if (words == null) {
				continue;
			}
			List<Integer> rows = new ArrayList<>();
			List<String> replaced = new ArrayList<>();
			for (int j = i + 1; j < Math.min(lines.size(), i + REACH); j++) {
				String text = lines.get(j).text();
				if (lines.get(j).page() != lines.get(i).page() || words(text) != null) {
					break;
				}
				String marked = marked(text, words);
				if (marked != null) {
					rows.add(j);
					replaced.add(marked);
				}
			}
			// the marks of a column of grades stand under one word; a grade's own columns, under several
			if (rows.size() < MIN_ROWS || words.stream().filter(w -> replaced.stream().anyMatch(row -> row.contains(w.text()))).count() < 2) {
				continue;
			}
			for (int r = 0; r < rows.size(); r++) {
				BoxRows.Printed row = lines.get(rows.get(r));
				lines.set(rows.get(r), new BoxRows.Printed(replaced.get(r), row.number(), row.page()));
			}
			BoxRows.Printed header = lines.get(i);
			lines.set(i, new BoxRows.Printed("", header.number(), header.page()));
		}
		return lines;
	}

	/** The grade words of a line that holds nothing else, or null. */
	private static List<Word> words(String text) {
		if (text.isBlank() || text.indexOf('\t') >= 0) {
			return null;
		}
		List<Word> words = new ArrayList<>();
		Matcher word = RUN.matcher(text.replace('　', ' '));
		while (word.find()) {
			if (!WORD.matcher(word.group()).matches()) {
				return null;
			}
			int start = DisplayWidth.of(text, 0, word.start());
			words.add(new Word(word.group(), start, start + DisplayWidth.of(word.group())));
		}
		for (int w = 1; w < words.size(); w++) {
			if (words.get(w).start() - words.get(w - 1).end() < 2) {
				return null;
			}
		}
		return words.size() >= MIN_WORDS ? words : null;
	}

	/** The row with its one mark replaced by the word of the column it stands under, or null. */
	private static String marked(String text, List<Word> words) {
		Matcher mark = MARK.matcher(text);
		if (!mark.find()) {
			return null;
		}
		int at = mark.start();
		if (mark.find()) {
			return null;
		}
		double centre = DisplayWidth.of(text, 0, at) + DisplayWidth.of(text, at, at + 1) / 2.0;
		Word nearest = null;
		for (Word word : words) {
			if (nearest == null || Math.abs(word.centre() - centre) < Math.abs(nearest.centre() - centre)) {
				nearest = word;
			}
		}
		double spacing = (words.get(words.size() - 1).centre() - words.get(0).centre()) / (words.size() - 1);
		if (Math.abs(nearest.centre() - centre) > spacing / 2 + 1) {
			return null;
		}
		String after = text.substring(at + 1);
		int room = after.length() - after.stripLeading().length();
		int wider = DisplayWidth.of(nearest.text()) - DisplayWidth.of(text, at, at + 1);
		if (!after.isBlank() && room < wider + 2) {
			return null;
		}
		String rest = after.isBlank() ? "" : after.substring(Math.max(0, wider));
		return text.substring(0, at) + nearest.text() + rest;
	}
}
