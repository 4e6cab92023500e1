package org.govreview.readers.policy;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.govreview.readers.text.DisplayWidth;

/**
 * The lines of one part of a statement (a field of an issue, the mission) with their line numbers, read back as
 * text. Extraction breaks lines anywhere, even in the middle of a sentence and across a blank line, so a line runs
 * on into the next unless it ends a sentence (。), the next is a list item, or either is a table row.
 */
final class Passage {

	/** A list item's marker: a bullet, (1), 1., 1 , ⑴, ①, ア. */
	static final Pattern ITEM_MARKER = Pattern.compile("^(?:[・･•●○◆◇■□▪\\-–]|[(（][0-9０-９]{1,2}[)）]"
			+ "|[0-9０-９]{1,2}(?:[)）、]|[.．](?![0-9０-９]))|[0-9０-９]{1,2}[\\s\u3000]+|[⑴-⒇]|[①-⑳]|[(（][ア-ン][)）]|[ア-ン][.．、)）])[\\s\u3000]*");

	private static final Pattern INLINE_BULLET = Pattern.compile("[\\s\u3000]+(?=[・･•])");

	private static final Pattern SENTENCE_END = Pattern.compile("[。．！？!?]$");

	private final List<Integer> indexes = new ArrayList<>();

	private final List<String> lines = new ArrayList<>();

	void add(int index, String line) {
		String stripped = line.strip();
		if (!stripped.isEmpty()) {
			this.indexes.add(index);
			this.lines.add(stripped);
		}
	}

	boolean isEmpty() {
		return this.lines.isEmpty();
	}

	int firstLine() {
		return this.indexes.get(0);
	}

	int size() {
		return this.lines.size();
	}

	String line(int i) {
		return this.lines.get(i);
	}

	int lineIndex(int i) {
		return this.indexes.get(i);
	}

	/** The lines as one line (a title that extraction wrapped). */
	String runOn() {
		return String.join("", this.lines);
	}

	/** The paragraphs, as the text reads them. */
	List<Paragraph> paragraphs() {
		List<Paragraph> paragraphs = new ArrayList<>();
		Paragraph current = null;
		for (int i = 0; i < this.lines.size(); i++) {
			String line = this.lines.get(i);
			if (current == null || !runsOn(this.lines.get(i - 1), line)) {
				current = new Paragraph();
				paragraphs.add(current);
			}
			current.append(line, this.indexes.get(i));
		}
		return paragraphs;
	}

	/** The text: paragraphs one per line. */
	String text() {
		return String.join("\n", paragraphs().stream().map(Paragraph::text).toList());
	}

	/**
	 * The items of a list of actions: each bulleted or numbered item (・, (1), 1., ①, also several ・ on one line), and
	 * in prose each paragraph; markers are dropped.
	 */
	List<Paragraph> items() {
		List<Paragraph> items = new ArrayList<>();
		Paragraph current = null;
		for (int i = 0; i < this.lines.size(); i++) {
			String line = this.lines.get(i);
			boolean tabular = isTabular(line) || (i > 0 && isTabular(this.lines.get(i - 1)));
			for (String part : INLINE_BULLET.split(line)) {
				var marker = ITEM_MARKER.matcher(part);
				boolean marked = marker.find();
				if (current == null || marked || tabular || SENTENCE_END.matcher(current.text()).find()) {
					current = new Paragraph();
					items.add(current);
				}
				String text = marked ? part.substring(marker.end()) : part;
				if (!text.isBlank()) {
					current.append(text.strip(), this.indexes.get(i));
				}
			}
		}
		items.removeIf(item -> item.text().isBlank());
		return items;
	}

	private static boolean runsOn(String previous, String next) {
		return !SENTENCE_END.matcher(previous).find() && !ITEM_MARKER.matcher(next).find() && !isTabular(previous)
				&& !isTabular(next) && !headingOver(previous, next);
	}

	/**
	 * 環境経済部を取り巻く現状と課題 over 観光・交流 over a sentence of a full line: a line far shorter than the next,
	 * ending on a noun or a closing bracket, with no comma or figure, was never wrapped into the prose after it.
	 */
	private static boolean headingOver(String previous, String next) {
		String line = previous.strip();
		return DisplayWidth.of(line) * 5 < DisplayWidth.of(next.strip()) * 3 && HEADING_END.matcher(line).find()
				&& !line.matches(".*[、。，0-9０-９].*") && next.matches(".*\\p{IsHiragana}.*");
	}

	/** A heading's end: a noun's last character or a closing bracket, never a particle or a verb's ending. */
	static final Pattern HEADING_END = Pattern.compile("[\\p{IsHan}\\p{IsKatakana}ー）)」』】]$");

	/** A table row as extraction gives it: cells separated by tabs, or by spaces with two or more figures or periods. */
	static boolean isTabular(String line) {
		if (line.indexOf('\t') >= 0) {
			return true;
		}
		String[] tokens = Normalizer.normalize(line, Normalizer.Form.NFKC).strip().split("\\s+");
		if (tokens.length < 3) {
			return false;
		}
		int cells = 0;
		for (int i = 1; i < tokens.length; i++) {
			if (FigureTokens.isCell(tokens[i]) || FigureTokens.isWholePeriod(new NormalizedText(tokens[i]))) {
				cells++;
			}
		}
		return cells >= 2 && cells == tokens.length - 1;
	}

	/** Lines joined into one paragraph, remembering where each line starts. */
	static final class Paragraph {

		private final StringBuilder text = new StringBuilder();

		private final List<int[]> starts = new ArrayList<>();

		void append(String line, int lineIndex) {
			this.starts.add(new int[] { this.text.length(), lineIndex });
			this.text.append(line);
		}

		String text() {
			return this.text.toString();
		}

		int firstLine() {
			return this.starts.get(0)[1];
		}

		/** The line (0-based) where the character at {@code offset} was printed. */
		int lineAt(int offset) {
			int line = this.starts.get(0)[1];
			for (int[] start : this.starts) {
				if (start[0] <= offset) {
					line = start[1];
				}
			}
			return line;
		}
	}
}
