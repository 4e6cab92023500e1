package org.govreview.readers.document;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbered lists and headings in Word's plain text, whose tab after a number reads like a cell break: a list in a
 * table's cell (視察項目⇥(1)⇥…, then ②⇥… on lines of their own) and a numbered heading alone on its line
 * (（２）⇥群馬県前橋市). The number is joined to its item or title. Stateless.
 */
final class TabbedLists {

	/** (1), 1., ①: a list item's number. */
	private static final String LIST_NUMBER = "([(（][0-9０-９]{1,2}[)）]|[0-9０-９]{1,2}[.．)）]|[\\x{2460}-\\x{2473}])";

	private TabbedLists() {
	}

	/** 視察項目⇥(1)⇥…, 所見⇥①⇥…: a list's number a tab parts from its item, after a label and a tab. */
	private static final Pattern TABBED_LIST_NUMBER = Pattern
		.compile("^([^\\t]+\\t)" + LIST_NUMBER + "\\t(?=[^\\t\\s][^\\t]*$)");

	/** （２）⇥群馬県前橋市, ３．⇥視察の概要: a heading's number and its short title, alone on their line. */
	private static final Pattern TABBED_HEADING = Pattern
		.compile("^([(（][0-9０-９]{1,2}[)）]|[0-9０-９]{1,2}[.．]|第[0-9０-９]{1,2}[章節])\\t([^\\t。、]{1,30})$");

	/** Whether two lines open with numbers of one style and a tab (1.⇥総務課 over 2.⇥企画課): rows of a table. */
	private static boolean sameNumbering(String line, String next) {
		Matcher a = TABBED_HEADING.matcher(line);
		Matcher b = TABBED_HEADING.matcher(next);
		return a.matches() && b.matches() && numberingStyle(a.group(1)) == numberingStyle(b.group(1));
	}

	/** （２） bracketed, 第２ counted, ３． plain. */
	private static char numberingStyle(String number) {
		return number.startsWith("(") || number.startsWith("（") ? 'B' : number.startsWith("第") ? 'C' : 'P';
	}

	/** ②⇥… alone on its line: the next item of such a list. */
	private static final Pattern TABBED_LIST_ITEM = Pattern
		.compile("^" + LIST_NUMBER + "\\t(?=[^\\t]+$)");

	/**
	 * Word's plain text of a cell whose paragraphs are a numbered list: the number and its item one cell, as a list
	 * prints them (視察項目⇥(1) ネットワーク型…, then ⇥② 長期にわたる… under the label's empty cell), not a number in a
	 * column of its own.
	 */
	static List<String> untabbed(List<String> lines) {
		List<String> read = new ArrayList<>(lines);
		boolean inList = false;
		for (int i = 0; i < read.size(); i++) {
			String line = read.get(i);
			if (line.indexOf('\t') < 0) {
				// a paragraph of the item above goes on with the list; a blank line ends it
				inList &= !line.isBlank();
				continue;
			}
			Matcher heading = TABBED_HEADING.matcher(line);
			if (heading.matches() && (i == 0 || read.get(i - 1).isBlank() || read.get(i - 1).indexOf('\t') < 0)
					&& (i + 1 >= read.size() || !sameNumbering(line, read.get(i + 1)))) {
				// （２）⇥群馬県前橋市, ４．⇥総括: a numbered heading, its number tabbed off by the word processor
				read.set(i, heading.group(1) + "\u3000" + heading.group(2));
				inList = false;
				continue;
			}
			String untabbed = TABBED_LIST_NUMBER.matcher(line).replaceFirst("$1$2 ");
			if (!untabbed.equals(line)) {
				inList = true;
			}
			else if (inList && TABBED_LIST_ITEM.matcher(line).lookingAt()) {
				// under the label's empty cell, as the cell's next paragraph: no heading of its own
				untabbed = TABBED_LIST_ITEM.matcher(line).replaceFirst("\t$1 ");
			}
			else {
				inList = false;
			}
			read.set(i, untabbed);
		}
		return read;
	}
}
