package org.govreview.readers.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A heading's label printed beside the middle of its title's two lines (重点目標３ between 農業と水産業の担い手確保と産地の
 * and 活性化), as a card's badge stands beside a title its band wrapped: the label goes before the title joined, on the
 * label's line, and the title's two lines are left blank, so that every line keeps its number. Only the three lines
 * standing alone are read so: before them a blank line, the start or a sentence's end; after them a blank line or the
 * end; the title's second line shorter than its first, and the break inside a phrase (on a particle). Stateless.
 */
final class SideBadges {

	private SideBadges() {
	}

	static List<String> joined(List<String> lines) {
		List<String> out = new ArrayList<>(lines);
		for (int i = 1; i + 1 < out.size(); i++) {
			String first = out.get(i - 1).strip();
			String second = out.get(i + 1).strip();
			if (!standsAlone(out, i) || first.isEmpty() || second.isEmpty() || !titleLine(first) || !titleLine(second)
					|| second.length() >= first.length() || first.endsWith("。") || second.contains("。") || !wraps(first, second)) {
				continue;
			}
			Optional<Heading> badge = HeadingShapes.match(out.get(i), null);
			if (badge.isEmpty() || badge.get().scheme() != NumberingScheme.LABELLED || badge.get().number().isEmpty()
					|| !badge.get().title().isEmpty()) {
				continue;
			}
			out.set(i - 1, "");
			out.set(i, out.get(i).strip() + "　" + Wraps.join(List.of(first, second)));
			out.set(i + 1, "");
		}
		return out;
	}

	private static boolean standsAlone(List<String> lines, int badge) {
		String before = badge >= 2 ? lines.get(badge - 2).strip() : "";
		String after = badge + 2 < lines.size() ? lines.get(badge + 2).strip() : "";
		return (before.isEmpty() || before.endsWith("。")) && after.isEmpty();
	}

	/** A line of a title: no tab, no list mark, no label and its value, no heading of its own. */
	private static boolean titleLine(String line) {
		return line.indexOf('\t') < 0 && !line.matches("^[・●○■□◆◇※*＊\\-－].*") && !line.matches(".*[:：].*")
				&& HeadingShapes.match(line, null).isEmpty();
	}

	/**
	 * …産地の over 活性化, …観光交流 over の推進: the first line stops mid-phrase (on a particle) or the second goes on
	 * with one, or a full line stands over a word or two; a title over a heading of its own (鎌倉市総合計画実施計画 over
	 * 安全なまちづくり) does none of these.
	 */
	private static boolean wraps(String first, String second) {
		// …脱炭素社会に向けた取 over 組の推進: a full line over a word or two, the width broke a word
		return first.matches(".*[のとをにがでへや、・]$") || second.matches("^[のとをにがでへや、）」].*")
				|| first.length() >= FULL_LINE && second.length() <= WORD_OR_TWO;
	}

	private static final int FULL_LINE = 12;

	private static final int WORD_OR_TWO = 6;
}
