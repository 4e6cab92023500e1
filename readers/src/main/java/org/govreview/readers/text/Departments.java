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

	/** 中央図書館, 市民病院, 保育所, 担当, （主）: a name that ends whole although no office's ending ends it. */
	private static final Pattern PLACE_END = Pattern.compile("(?:館|所|場|院|園|者|担当|[、）)])$");

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

	/** Whether the text is one office's name and nothing else (子育て支援課, 農業委員会事務局); 課 alone names none. */
	public static boolean isOne(String text) {
		return text.strip().length() >= 2 && namesOnly(text) && split(text).size() == 1;
	}

	/** 地域包括ケア推進 over 課 in one cell: a name its cell's width wrapped, no two departments. */
	private static String joinedWraps(String cell) {
		String[] lines = cell.split("\n", -1);
		StringBuilder joined = new StringBuilder(lines[0]);
		for (int i = 1; i < lines.length; i++) {
			String before = joined.toString().strip();
			String last = before.substring(before.lastIndexOf('\n') + 1).strip();
			// 中央図書館 over 生涯学習課, こども家庭課（主） over 保育課: two offices, the first a place or marked
			boolean wrapped = !last.isEmpty() && !OFFICE_END.matcher(last).find() && !PLACE_END.matcher(last).find()
					&& OFFICE_END.matcher(lines[i].strip()).find() && (last + lines[i].strip()).length() <= MAX_NAME;
			joined.append(wrapped ? "" : "\n").append(wrapped ? lines[i].strip() : lines[i]);
		}
		return joined.toString();
	}

	/** The departments as printed, each stripped, in order. */
	public static List<String> split(String cell) {
		List<String> found = new ArrayList<>();
		// 健康推進課（関係課：国保課）: the offices that help, named after the one in charge, are none in charge
		cell = joinedWraps(RELATED.matcher(cell).replaceAll(""));
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
				found.addAll(apart(name));
			}
		}
		return found;
	}

	/** The offices of one level a cell's lines ran together: 部 after 部, 課 after 課. */
	private static final String LEVELS = "部局課室";

	/** 課税, 課題, 部長: a word the level's letter opens, inside one office's name (財務部課税第一課, 地域課題対策課). */
	private static final Pattern WORD_AFTER = Pattern.compile("^(?:課[税題長程]|部[長会門]|室[長]|局[長])");

	/** 市長公室, 危機管理本部: an office over the divisions named after it (市長公室秘書室), no office of the same level. */
	private static final Pattern WHOLE_BEFORE = Pattern.compile("(?:公室|本部|本局)$");

	/** The shortest office's name, 政策部 and the like. */
	private static final int MIN_NAME = 3;

	/**
	 * こども未来部教育総務部, 道路課危機管理課: two offices of one level, whose lines in a narrow cell were joined; 健康福祉部福祉課
	 * is one office, a division under its department.
	 */
	private static List<String> apart(String name) {
		char level = name.isEmpty() ? ' ' : name.charAt(name.length() - 1);
		if (LEVELS.indexOf(level) < 0) {
			return List.of(name);
		}
		for (int i = MIN_NAME - 1; i <= name.length() - 1 - MIN_NAME; i++) {
			if (name.charAt(i) == level && !WORD_AFTER.matcher(name.substring(i)).lookingAt()
					&& !WHOLE_BEFORE.matcher(name.substring(0, i + 1)).find()) {
				List<String> names = new ArrayList<>();
				names.add(name.substring(0, i + 1));
				names.addAll(apart(name.substring(i + 1)));
				return names;
			}
		}
		return List.of(name);
	}
}
