package org.govreview.readers.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The departments (担当課, 所管課) a cell or a label's value names: one a line, several joined by 、 or a space after
 * a name's ending, or by ・ or ／ where each side is a whole department (防災課・福祉総務課). 生涯学習・スポーツ課 and
 * 保育所・幼稚園課 are one department each: one side is no office of its own. Stateless and thread-safe.
 */
public final class Departments {

	/** How a department's name ends; 保育所 and the like are places, no office. */
	private static final Pattern OFFICE_END = Pattern
		.compile("(?:課|室|局|部|係|事務所|出張所|支所|保健所|研究所|センター|本部|委員会)$");

	private static final Pattern RELATED = Pattern.compile("[（(]\\s*(?:関係課|関係部署|関係部局|関連課|協力課)\\s*[：:][^）)]*[）)]");

	/** The longest department name, 市民生活部地域振興課多文化共生推進室 and the like. */
	private static final int MAX_NAME = 24;

	private Departments() {
	}

	/**
	 * Whether a cell names departments and nothing else (児童課, 防災課・福祉総務課, 産業振興課、商工課): what a column
	 * headed 担当課 holds, where a sentence's piece (限 300 万円）。) never stands.
	 */
	public static boolean namesOnly(String cell) {
		List<String> names = split(cell);
		return !names.isEmpty() && cell.indexOf('。') < 0
				&& names.stream().allMatch(name -> name.length() <= MAX_NAME && OFFICE_END.matcher(name).find());
	}

	/** The departments as printed, each stripped, in order. */
	public static List<String> split(String cell) {
		List<String> found = new ArrayList<>();
		// 健康推進課（関係課：国保課）: the offices that help, named after the one in charge, are none in charge
		cell = RELATED.matcher(cell).replaceAll("");
		for (String part : cell.split("[\\n、，,]|(?<=課|室|局|係|センター)[ 　]+")) {
			String name = part.strip();
			if (name.isEmpty()) {
				continue;
			}
			// こども家庭課／保健センター: a slash between two whole departments, as ・ is
			String[] pieces = name.split("[・／/]");
			boolean whole = pieces.length > 1 && Arrays.stream(pieces).allMatch(p -> OFFICE_END.matcher(p.strip()).find());
			if (whole) {
				Arrays.stream(pieces).map(String::strip).forEach(found::add);
			}
			else {
				found.add(name);
			}
		}
		return found;
	}
}
