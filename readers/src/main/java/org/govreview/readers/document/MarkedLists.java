package org.govreview.readers.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Lines set off by one bullet mark one after the other under a label, nothing under any of them (主な取組 over ●
 * 住宅用太陽光… over ● 公用車の…): the label's list, not headings whose sections would be empty. A heading has its text
 * under it; a mark that heads sections (■, □) is left to head them, and marked lines under no label are left to the
 * readers, which take a slide's ▶ lines under its title as its items. Stateless.
 */
final class MarkedLists {

	/** The marks a list's items are set off by, which a heading shape also takes for a symbol heading's. */
	private static final Set<String> BULLETS = Set.of("●", "○", "◆", "◇", "・", "▶", "▷", "►", "◎");

	private static final int MIN_ITEMS = 2;

	private MarkedLists() {
	}

	static List<Block> restructure(List<Block> blocks) {
		List<Block> out = new ArrayList<>(blocks);
		int i = 0;
		while (i < out.size()) {
			int end = i;
			while (end < out.size() && out.get(end) instanceof Heading heading && isBulleted(heading)
					&& heading.label().equals(((Heading) out.get(i)).label())) {
				end++;
			}
			// the last of them has nothing under it either: a paragraph after it is the section it heads, unless it is the
			// next label (主な取組 … 成果指標)
			if (end - i >= MIN_ITEMS && i > 0 && out.get(i - 1) instanceof Paragraph label && label.lines().size() == 1
					&& Words.isLabel(label.text()) && (end == out.size() || !(out.get(end) instanceof Paragraph after)
							|| after.lines().size() == 1 && Words.isLabel(after.text()))) {
				for (int j = i; j < end; j++) {
					Heading heading = (Heading) out.get(j);
					out.set(j, new ListItem(heading.label(), heading.title(), heading.location()));
				}
				i = end;
				continue;
			}
			i = Math.max(i + 1, end);
		}
		return out;
	}

	private static boolean isBulleted(Heading heading) {
		return heading.scheme() == NumberingScheme.SYMBOL && BULLETS.contains(heading.label()) && !heading.title().isBlank();
	}
}
