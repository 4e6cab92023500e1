package org.govreview.readers.document;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A heading printed on one line with the offices in charge beside it, as a sheet's 施策 row gives it
 * (施策１－１　妊娠・出産・子育ての切れ目のない支援　　主担当課　こども未来課　　関係課　健康づくり課、保育課): the heading
 * becomes a line of its own and each label with its value a field's line (主担当課：こども未来課) under it, all on the
 * line's number, so that no table's row is read from it. Stateless.
 */
final class HeadingFields {

	/** 施策１－１, 基本目標２, 政策3: a heading's label and number, a cell of its own. */
	private static final Pattern HEADING = Pattern
		.compile("^(?:基本)?(?:施策|政策|目標|方針)[0-9０-９]{1,2}(?:[-－‐ー―・.．][0-9０-９]{1,2}){0,2}$");

	/** 主担当課, 関係課, 所管課: the label of an office in charge. */
	private static final Pattern OFFICE = Pattern.compile("^(?:主担当課|担当課|関係課|所管課|主管課|担当部署|担当部局|所管部署|関係部署|担当|所管)$");

	private HeadingFields() {
	}

	static List<BoxRows.Printed> split(List<BoxRows.Printed> printed) {
		List<BoxRows.Printed> out = new ArrayList<>(printed.size());
		for (BoxRows.Printed line : printed) {
			List<KeyedRowBlocks.Segment> cells = line.text().indexOf('\t') >= 0 ? List.of() : KeyedRowBlocks.segments(line.text());
			java.util.regex.Matcher scored = headingWithScore(cells);
			if (scored != null) {
				// 【分野１】子どもが夢を持ち…　　分野の進捗率　75.8％（6項目）: the heading, and its group's figure a field
				String indent = " ".repeat(cells.get(0).start());
				out.add(new BoxRows.Printed(indent + cells.get(0).text(), line.number(), line.page()));
				out.add(new BoxRows.Printed(indent + scored.group(1) + "：" + scored.group(2), line.number(), line.page()));
				continue;
			}
			if (!headingWithOffices(cells)) {
				out.add(line);
				continue;
			}
			String indent = " ".repeat(cells.get(0).start());
			out.add(new BoxRows.Printed(indent + cells.get(0).text() + "　" + cells.get(1).text(), line.number(), line.page()));
			for (int c = 2; c < cells.size(); c += 2) {
				out.add(new BoxRows.Printed(indent + cells.get(c).text() + "：" + cells.get(c + 1).text(), line.number(), line.page()));
			}
		}
		return out;
	}

	/** 分野の進捗率　75.8％（6項目）, 達成率 62.5%: a label and the figure it gives, at a heading's right margin. */
	private static final Pattern SCORE = Pattern.compile("^([^\\s　：:0-9０-９]{1,11}(?:率|度))[\\s　]+([0-9０-９][0-9０-９,.．]*[％%].{0,12})$");

	private static java.util.regex.Matcher headingWithScore(List<KeyedRowBlocks.Segment> cells) {
		if (cells.size() != 2 && cells.size() != 3) {
			return null;
		}
		boolean heading = HeadingShapes.match(cells.get(0).text(), null)
			.filter(h -> (h.scheme() == NumberingScheme.BRACKETED || h.scheme() == NumberingScheme.LABELLED) && !h.title().isEmpty())
			.isPresent();
		java.util.regex.Matcher scored = SCORE.matcher(cells.size() == 2 ? cells.get(1).text() : cells.get(1).text() + "　" + cells.get(2).text());
		return heading && scored.matches() ? scored : null;
	}

	private static boolean headingWithOffices(List<KeyedRowBlocks.Segment> cells) {
		if (cells.size() < 4 || cells.size() % 2 != 0 || !HEADING.matcher(cells.get(0).text()).matches()
				|| cells.get(1).text().matches(".*[0-9０-９]$")) {
			return false;
		}
		for (int c = 2; c < cells.size(); c += 2) {
			if (!OFFICE.matcher(cells.get(c).text()).matches() || OFFICE.matcher(cells.get(c + 1).text()).matches()) {
				return false;
			}
		}
		return true;
	}
}
