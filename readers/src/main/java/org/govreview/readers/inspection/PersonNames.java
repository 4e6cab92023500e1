package org.govreview.readers.inspection;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The council members a report names, as lists (鈴木英樹、加藤嘉哉 / 鈴木英樹・加藤嘉哉 / 委員長 山田太郎、委員 田中一郎)
 * and as the headings of their opinions (【鈴木英樹】, （山田太郎委員）, 山田太郎委員). Titles and roles are dropped,
 * spaces inside a name removed (原 紀彦 → 原紀彦). Collects the names it has seen, so that a heading is recognised
 * as a member's only when the report names that member; not thread-safe, one per document.
 */
final class PersonNames {

	/** 委員長, 委 員 長, 副委員長, 議員: a member's role, its letters perhaps spaced out. */
	private static final String SPACED_ROLE = "(?:副[ 　]*)?(?:委[ 　]*員|議[ 　]*員)(?:[ 　]*長)?";

	/** 、, ・, ／: what parts the names of a list. */
	private static final Pattern SEPARATORS = Pattern.compile("[、・,，/／;；]");

	/** 委員長 中谷 誠司 over 副委員長 河内 美和子: a roster a role a line, whose line breaks part its names. */
	private static final Pattern ROLE_LINE = Pattern.compile("(?m)^[\\s　]*" + SPACED_ROLE + "[ 　]");

	/** ※2 after a name: the mark of a note under the list, no part of the name. */
	static final Pattern NOTE_MARK = Pattern.compile("(?<=\\S)[※＊*][0-9０-９]{0,2}");

	/** En, em, thin and the other spaces of fixed widths (U+2000–U+200A, U+202F, U+205F). */
	private static final Pattern FIXED_WIDTH_SPACE = Pattern.compile("[\\u2000-\\u200A\\u202F\\u205F]");

	/** ※長谷川議員は所用のため…: a note's line under a list, which names a member only to say what he did. */
	private static final Pattern NOTE_LINE = Pattern.compile("(?m)^[\\s　]*[※＊*].*$");

	private static final Pattern PARENTHESES = Pattern.compile("[(（][^)）]*[)）]");

	private static final Pattern ROLE_SUFFIX = Pattern
		.compile("(?:副委員長|委員長|副議長|議長|副団長|団長|幹事長|副幹事|幹事|委員|議員|代表者|副代表|代表|会長|氏|様|さん)$");

	/**
	 * 総務部, 議会事務局: an office's name, never a person's; 渡部 and 服部 are family names. 清風会, 市民の会, 公明党: a
	 * group's (a 会派's, printed beside its members).
	 */
	private static final Pattern NOT_A_NAME = Pattern
		.compile(".*(?:委員会|議会|会派|クラブ)$|.{2,}(?:局|部|課|会|党)$|\\d+名|以上|計|ほか|外|全員|[0-9０-９].*"
				+ "|" + Destinations.PREFECTURE_CITY);

	/** A role printed before a name (委員長 田中誠一, 委 員 長 坂本 隆), also between names on one line. */
	private static final Pattern ROLE = Pattern.compile("副委員長|委員長|副団長|団長|副幹事長|幹事長|副幹事|幹事|副議長|議長|委員|議員|代表者|副代表|代表");

	private static final Pattern ROLE_SPACED = Pattern.compile("(" + ROLE.pattern() + ")\u3000+");

	/** Words of what a list of people may also say that no name contains: 議会事務局職員, 別紙のとおり, なし. */
	private static final List<String> NOISE = InspectionReportRecognition.VOCABULARY.words("not-a-name");

	private static final Pattern NAME_LIKE = Pattern.compile("[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}ー々ヶ]{2,8}");

	/** A name in an opinion's bracket may be a family name of one character (【森】). */
	private static final Pattern FAMILY_NAME_LIKE = Pattern.compile("[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}ー々ヶ]{1,8}");

	/** …議員の所感: a bracketed heading that says whose opinions follow. */
	private static final Pattern OPINIONS_OF = Pattern.compile("(?<=議員|委員|委員長|議長)の?(?:所感|感想|考察|所見)$");

	/** 【鈴木英樹】, ［鈴木英樹］, 〔鈴木英樹〕 and the text after it. */
	private static final Pattern BRACKETED = Pattern.compile("^[【\\[［〔〈《≪＜<]\\s*([^】\\]］〕〉》≫＞>]{1,16}?)\\s*[】\\]］〕〉》≫＞>]\\s*(.*)$",
			Pattern.DOTALL);

	/** （山田太郎委員） and the text after it. */
	private static final Pattern PARENTHESIZED = Pattern.compile("^[(（]\\s*([^)）]{1,16}?)\\s*[)）]\\s*(.*)$", Pattern.DOTALL);

	/** ○山田太郎委員, 山田太郎：… */
	private static final Pattern PLAIN = Pattern.compile(
			"^[○◯◎●◆◇■□・]?\\s*([^\\s:：]{1,6}(?:[\\s\\u3000]?[^\\s:：]{1,6}?)??)\\s*(?:[:：]\\s*(.*))?$", Pattern.DOTALL);

	/** ・佐々木副委員長　駅前の…: a name with its role, then the opinion; within an opinions section. */
	private static final Pattern WITH_ROLE = Pattern.compile(
			"^[○◯◎●◆◇■□・]?\\s*([\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}ー々ヶ]{1,8}?(?:副委員長|委員長|委員|議員))[\\s\\u3000:：]+(.+)$",
			Pattern.DOTALL);

	private final Set<String> known = new LinkedHashSet<>();

	/** 伊藤　英明　　松尾　美紀: names of a family and a given name each, set apart by wider gaps than their parts. */
	private static List<String> pairsSplit(String[] pieces) {
		List<String> split = new ArrayList<>();
		for (String printed : pieces) {
			// 委　　　員　　佐藤　誠　　鈴木　花子, 委　　員　岩井　忠彦　　茂木　千里: the role before the names, no name of its own
			String piece = printed.strip().replaceFirst("^" + SPACED_ROLE + "[ 　]+(?=\\S+[ 　]\\S+[ 　]{2,})", "");
			String[] names = piece.strip().split("[ 　]{2,}");
			// not 新 井　 智 子, one name spaced out letter by letter
			boolean pairs = names.length >= 2 && java.util.Arrays.stream(names).allMatch(name -> name.strip().split("[ 　]").length == 2
					&& name.strip().replaceAll("[ 　]", "").length() >= 3 && ROLE.matcher(name).results().findAny().isEmpty());
			split.addAll(pairs ? List.of(names) : List.of(piece));
		}
		return split;
	}

	/** The names in a list as printed, in order, each remembered as a known member. */
	List<String> list(String printed) {
		List<String> names = new ArrayList<>();
		// 中谷 誠司 with an em space between family and given name (a web page's &emsp;): a space like any other
		String spaced = FIXED_WIDTH_SPACE.matcher(printed).replaceAll(" ");
		String listed = NOTE_MARK.matcher(NOTE_LINE.matcher(PARENTHESES.matcher(spaced).replaceAll(" ")).replaceAll("")).replaceAll("");
		// 宮澤 over 千春, a name a narrow cell wrapped, stays one name; a line a role opens is a name of its own
		String[] pieces = ROLE_LINE.matcher(listed).find() ? SEPARATORS.split(listed.replace('\n', '、')) : SEPARATORS.split(listed);
		for (String piece : pairsSplit(pieces)) {
			List<List<String>> groups = new ArrayList<>();
			groups.add(new ArrayList<>());
			// 副委員長　石井 奈緒子: the role set apart by a full-width space, as a token of its own
			for (String token : ROLE_SPACED.matcher(piece.strip()).replaceAll("$1 ").split("\\s+")) {
				// ◎高橋 健一, ○村上 美和: the chair's and the vice-chair's marks, no part of a name
				String bare = token.replaceFirst("^[◎○〇●◯]", "");
				String name = withoutRole(bare);
				if (name.isEmpty() && !bare.isEmpty() && !groups.get(groups.size() - 1).isEmpty()) {
					// 石井 達也 副委員長 小野里 恵: a role between spaced names ends the name before it
					groups.add(new ArrayList<>());
				}
				else if (!name.isEmpty() && !NOT_A_NAME.matcher(name).matches()) {
					groups.get(groups.size() - 1).add(name);
				}
			}
			for (List<String> tokens : groups) {
				if (tokens.size() > 1 && tokens.stream().allMatch(token -> token.length() >= 3)) {
					tokens.forEach(token -> names.addAll(byRole(token)));
				}
				else if (familyAndGiven(tokens)) {
					// 本間 直樹 吉岡 美和: two names, each a family and a given name a space apart
					for (int t = 0; t < tokens.size(); t += 2) {
						names.addAll(byRole(tokens.get(t) + tokens.get(t + 1)));
					}
				}
				else if (!tokens.isEmpty()) {
					names.addAll(byRole(String.join("", tokens)));
				}
			}
		}
		names.removeIf(name -> !NAME_LIKE.matcher(name).matches() || NOISE.stream().anyMatch(name::contains));
		this.known.addAll(names);
		return names.stream().distinct().toList();
	}

	/**
	 * 本間 直樹 吉岡 美和, 藤田 康之 大塚 晋: four words or more in pairs, a family name of two to four letters and a given
	 * name of one to four (新 井 智 子 is one name spaced out letter by letter).
	 */
	private static boolean familyAndGiven(List<String> tokens) {
		if (tokens.size() < 4 || tokens.size() % 2 != 0 || !tokens.stream().allMatch(token -> FAMILY_NAME_LIKE.matcher(token).matches())) {
			return false;
		}
		for (int t = 0; t < tokens.size(); t += 2) {
			// a family name of two letters or more, a given name of one to four
			if (tokens.get(t).length() < 2 || tokens.get(t).length() > 4 || tokens.get(t + 1).length() > 4) {
				return false;
			}
		}
		return true;
	}

	/** 委員長長谷川修副委員長村上千尋 → 長谷川修, 村上千尋: the roles between names separate them. */
	private static List<String> byRole(String joined) {
		// 幹事長の佐藤花子: the role and its の before the name
		return java.util.Arrays.stream(ROLE.split(joined)).map(name -> name.strip().replaceFirst("^の(?=\\p{IsHan}{2})", ""))
			.filter(name -> !name.isEmpty())
			.filter(name -> !NOT_A_NAME.matcher(name).matches()).toList();
	}

	/** 副委員長, 委　員: a role and nothing else. */
	static boolean isRole(String text) {
		return ROLE.matcher(text.replaceAll("[\\s　]+", "")).matches();
	}

	/** A sentence, not a list of names: it ends one (。) or runs longer than a list of a few members. */
	static boolean isSentence(String text) {
		return text.contains("。") || text.strip().length() > 60;
	}

	boolean isKnown(String name) {
		return this.known.contains(name);
	}

	/** 伊藤 of 伊藤広志: a listed member's family name, as an opinion's label gives it (伊藤：…). */
	private boolean isFamilyName(String name) {
		return FAMILY_NAME_LIKE.matcher(name).matches()
				&& this.known.stream().anyMatch(known -> known.startsWith(name) && known.length() > name.length());
	}

	/**
	 * A member's opinion heading at the start of a fragment: the member and the text that follows. Inside an opinions
	 * section a bracketed name-like word counts even when the report did not list that member.
	 */
	Optional<Heading> heading(String fragment, boolean inOpinions) {
		Matcher bracketed = BRACKETED.matcher(fragment);
		if (bracketed.matches()) {
			// 【比嘉議員の所感】: the member whose opinions follow, said so
			boolean opinionsOf = OPINIONS_OF.matcher(bracketed.group(1)).find();
			String name = withoutRole(OPINIONS_OF.matcher(bracketed.group(1)).replaceFirst(""));
			if (isKnown(name) || ((inOpinions || opinionsOf) && FAMILY_NAME_LIKE.matcher(name).matches() && NOISE.stream().noneMatch(name::contains))) {
				return Optional.of(new Heading(name, bracketed.group(2).strip()));
			}
			return Optional.empty();
		}
		Matcher withRole = WITH_ROLE.matcher(fragment);
		if (inOpinions && withRole.matches()) {
			return Optional.of(new Heading(withoutRole(withRole.group(1)), withRole.group(2).strip()));
		}
		for (Pattern pattern : List.of(PARENTHESIZED, PLAIN)) {
			Matcher matcher = pattern.matcher(fragment);
			if (matcher.matches() && (isKnown(withoutRole(matcher.group(1)))
					|| inOpinions && matcher.group(2) != null && isFamilyName(withoutRole(matcher.group(1))))) {
				String rest = matcher.group(2) == null ? "" : matcher.group(2).strip();
				return Optional.of(new Heading(withoutRole(matcher.group(1)), rest));
			}
		}
		return Optional.empty();
	}

	/** A member named as the heading of an opinion, and the opinion's text on the same fragment. */
	record Heading(String member, String rest) {
	}

	private static String withoutRole(String token) {
		String name = token.replaceAll("[\\s\\u3000]+", "");
		String previous;
		do {
			previous = name;
			name = ROLE_SUFFIX.matcher(name).replaceFirst("");
		}
		while (!name.equals(previous) && !name.isEmpty());
		return name;
	}
}
