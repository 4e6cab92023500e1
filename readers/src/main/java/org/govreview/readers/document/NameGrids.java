package org.govreview.readers.document;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.govreview.readers.text.DisplayWidth;

/**
 * A grid of people's names under a label like 参加議員, as pdftotext -layout prints it: a few names a line, each
 * name's surname and given name two spaces apart as a table's cells would be. The grid becomes one line of the label
 * and its names, the grid's other lines blank, so that the names are the label's value and no table of surnames and
 * given names. Stateless.
 */
final class NameGrids {

	/** 委員, 参加者: the words that end a label naming people. */
	static final String PEOPLE_WORDS = "(?:委員|議員|参加者|出席者|視察者)";

	private NameGrids() {
	}

	/**
	 * ３　参加議員　　岩本　浩之（団長）　　森田　祐介 over 濱本　健太郎　　上田　光男: a label naming people, then their
	 * names in a grid a few wide, each name's two parts two spaces apart as a table's cells would be.
	 */
	private static final Pattern PEOPLE_GRID = Pattern
		.compile("^(\\s*(?:[0-9０-９]{1,2}[.．]?\\s+)?[^\\s：:]{0,4}" + PEOPLE_WORDS + ")(\\s{2,})(\\S.*)$");

	/** 岩本  浩之: a surname and a given name two spaces apart. */
	private static final Pattern SPACED_NAME = Pattern.compile("^(\\p{IsHan}{1,3}) {1,2}([\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}]{1,4})((?:[（(][^）)]{1,8}[）)])?)$");

	/**
	 * The grid of names a label like 参加議員 heads, laid out by pdftotext as columns: one line of the label and its
	 * names (参加議員　　岩本浩之（団長）、森田祐介 …), the grid's other lines left blank, so that the names are read as the label's
	 * value and not as a table of surnames and given names. Only where every entry of the grid is such a name.
	 */
	static List<String> joined(List<String> lines) {
		List<String> read = new ArrayList<>(lines);
		for (int i = 0; i < read.size(); i++) {
			Matcher people = PEOPLE_GRID.matcher(read.get(i));
			if (!people.matches() || read.get(i).indexOf('\t') >= 0) {
				continue;
			}
			int column = DisplayWidth.of(people.group(1) + people.group(2));
			List<String> names = namesOf(people.group(3));
			int end = i;
			while (names != null && end + 1 < read.size()) {
				String next = read.get(end + 1);
				List<String> more = next.isBlank() || next.indexOf('\t') >= 0 || Math.abs(DisplayWidth.indent(next) - column) > 2
						? null : namesOf(next);
				if (more == null) {
					break;
				}
				names.addAll(more);
				end++;
			}
			if (names == null || names.size() < 2) {
				continue;
			}
			read.set(i, people.group(1) + people.group(2) + String.join("、", names));
			for (int j = i + 1; j <= end; j++) {
				read.set(j, "");
			}
			i = end;
		}
		return read;
	}

	/** The names a line of the grid holds, each joined up; null where any entry is no name. */
	private static List<String> namesOf(String value) {
		List<String> names = new ArrayList<>();
		for (String entry : value.strip().split(" {3,}|　+")) {
			Matcher name = SPACED_NAME.matcher(entry.strip());
			if (name.matches()) {
				names.add(name.group(1) + name.group(2) + name.group(3));
			}
			else if (entry.strip().matches("^[（(]以上.{1,6}[）)]$")) {
				names.add(entry.strip());
			}
			else {
				return null;
			}
		}
		return names;
	}
}
