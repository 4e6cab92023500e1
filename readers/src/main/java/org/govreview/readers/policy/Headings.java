package org.govreview.readers.policy;

import java.text.Normalizer;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a line of a ward or bureau policy is, by what it says rather than how it is numbered: an issue's heading
 * (課題A（1）, 【課題Ｂ－２】, 課題A(1) 窓口サービスの向上), a field of an issue (① 課題名, 課題名：…, 【課題の背景】,
 * 取組み:), the mission's heading (1 組織の使命（…）), the heading of the issues (2 課題と背景), a domain's heading
 * (A領域), or a heading the reader does not know (3 今後の予定, ⑤ 期待される効果).
 */
final class Headings {

	/** The fields of an issue and the words that label them. */
	enum Field {

		TITLE("① 課題名"), CONTENT("② 課題の内容"), BACKGROUND("③ 課題の背景"), ACTIONS("④ 課題に対する取組み");

		final String label;

		Field(String label) {
			this.label = label;
		}
	}

	private static final Map<String, Field> FIELD_WORDS = Map.ofEntries(Map.entry("課題名", Field.TITLE),
			Map.entry("課題の名称", Field.TITLE), Map.entry("名称", Field.TITLE), Map.entry("件名", Field.TITLE),
			Map.entry("テーマ", Field.TITLE), Map.entry("課題の内容", Field.CONTENT), Map.entry("内容", Field.CONTENT),
			Map.entry("課題の概要", Field.CONTENT), Map.entry("概要", Field.CONTENT), Map.entry("課題の詳細", Field.CONTENT),
			Map.entry("課題の背景", Field.BACKGROUND), Map.entry("背景", Field.BACKGROUND),
			Map.entry("背景・要因", Field.BACKGROUND), Map.entry("要因", Field.BACKGROUND),
			Map.entry("現状・背景", Field.BACKGROUND), Map.entry("経緯", Field.BACKGROUND),
			Map.entry("課題に対する取組み", Field.ACTIONS), Map.entry("課題に対する取組", Field.ACTIONS),
			Map.entry("課題に対する取り組み", Field.ACTIONS), Map.entry("取組み", Field.ACTIONS),
			Map.entry("取組", Field.ACTIONS), Map.entry("取り組み", Field.ACTIONS), Map.entry("取組内容", Field.ACTIONS),
			Map.entry("今後の取組み", Field.ACTIONS), Map.entry("今後の取組", Field.ACTIONS),
			Map.entry("具体的な取組み", Field.ACTIONS), Map.entry("具体的な取組", Field.ACTIONS),
			Map.entry("課題解決に向けた取組", Field.ACTIONS), Map.entry("課題解決に向けた取組み", Field.ACTIONS));

	private static final Set<String> MISSION_WORDS = Set.of("組織の使命", "使命", "ミッション", "組織の役割", "組織の使命と役割");

	private static final Set<String> ISSUES_WORDS = Set.of("課題と背景", "課題", "主な課題", "課題一覧", "重点課題", "課題と取組",
			"課題と取組み", "課題及び背景", "経営課題", "現状と課題");

	/** 課題A（1）: letter and number, in whatever brackets, dashes and widths; a title may follow. */
	private static final Pattern ISSUE = Pattern.compile("^[【\\[〈<(]?\\s*課題\\s*([A-Za-z])?\\s*[-‐ー―]?\\s*(\\()?\\s*(\\d{1,2})"
			+ "\\s*(\\))?\\s*[】\\]〉>)]?\\s*[:：]?\\s*(.*)$");

	/** A label: an optional marker (① is 1 after NFKC), the words (bracketed or not), a colon or space, inline text. */
	private static final Pattern LABEL = Pattern.compile("^(?:\\d{1,2}[.)、]?|\\(\\d{1,2}\\)|[■□◆◇●○▼▽])?\\s*"
			+ "(?:[【\\[〈<]\\s*([^】\\]〉>]{1,24}?)\\s*[】\\]〉>]|([^\\s:：]{1,30}))\\s*(?:[:：]\\s*)?(.*)$");

	private static final Pattern DOMAIN = Pattern.compile("^[【\\[]?\\s*([A-Z])\\s*領域\\s*[】\\]]?(?:[\\s:：].*)?$");

	private static final Pattern NUMBERED = Pattern.compile("^([0-9０-９]{1,2})[\\s\u3000.．、]+(\\S.{0,30})$");

	private static final Pattern CIRCLED = Pattern.compile("^([①-⑳])[\\s\u3000]*(\\S.{0,24})$");

	private static final Pattern BRACKETED = Pattern.compile("^[【〔\\[]([^】〕\\]]{1,24})[】〕\\]]$");

	private static final Pattern ITEM_NUMBER = Pattern.compile("^(\\()?(\\d{1,2})([).、]|\\s)");

	private static final Pattern PARENTHETICAL = Pattern.compile("\\([^()]*\\)$");

	private Headings() {
	}

	static String normalized(String line) {
		return Normalizer.normalize(line, Normalizer.Form.NFKC).strip();
	}

	/** An issue's heading: domain (may be empty), number, and what follows on the line. */
	record IssueHeading(String domain, int number, String rest) {

		String id() {
			return this.domain + "(" + this.number + ")";
		}
	}

	static Optional<IssueHeading> issue(String line) {
		NormalizedText normalized = new NormalizedText(line.strip());
		String text = normalized.normalized();
		Matcher matcher = ISSUE.matcher(text);
		if (!matcher.matches()) {
			return Optional.empty();
		}
		String rest = normalized.original(matcher.start(5), text.length()).strip();
		boolean lettered = matcher.group(1) != null;
		boolean bracketed = matcher.group(2) != null && matcher.group(4) != null;
		boolean titled = lettered || bracketed || rest.isEmpty() || text.matches(".*\\d[\\s:：].*");
		if (rest.endsWith("。") || rest.endsWith("．") || !titled) {
			return Optional.empty();
		}
		String domain = lettered ? matcher.group(1).toUpperCase(java.util.Locale.ROOT) : "";
		return Optional.of(new IssueHeading(domain, Integer.parseInt(matcher.group(3)), rest));
	}

	/** A field's label and the text that follows it on the line. */
	record Label(Field field, String inline) {
	}

	static Optional<Label> label(String line) {
		return words(line).flatMap(words -> {
			Field field = FIELD_WORDS.get(words.head());
			return field == null ? Optional.empty() : Optional.of(new Label(field, words.inline()));
		});
	}

	/** The mission's heading; its value is the text that follows on the line (empty when none). */
	static Optional<String> mission(String line) {
		return words(line).filter(words -> MISSION_WORDS.contains(words.head())).map(Words::inline);
	}

	static boolean issues(String line) {
		return words(line).filter(words -> words.inline().isEmpty()).map(words -> ISSUES_WORDS.contains(words.head()))
			.orElse(false);
	}

	static Optional<String> domain(String line) {
		Matcher matcher = DOMAIN.matcher(normalized(line));
		return matcher.matches() ? Optional.of(matcher.group(1)) : Optional.empty();
	}

	/** A numbered heading (3 今後の予定): its number, when the line reads as a heading, not a sentence. */
	static OptionalInt numbered(String line) {
		Matcher matcher = NUMBERED.matcher(line.strip());
		if (!matcher.matches() || line.contains("。")) {
			return OptionalInt.empty();
		}
		return OptionalInt.of(Integer.parseInt(normalized(matcher.group(1))));
	}

	/** A circled-number label (⑤ 期待される効果): its number, when the line reads as a label, not a sentence. */
	static OptionalInt circled(String line) {
		Matcher matcher = CIRCLED.matcher(line.strip());
		if (!matcher.matches() || line.contains("。")) {
			return OptionalInt.empty();
		}
		return OptionalInt.of(matcher.group(1).charAt(0) - '①' + 1);
	}

	/** A bracketed label alone on its line (【期待される効果】). */
	static boolean bracketed(String line) {
		return BRACKETED.matcher(normalized(line)).matches();
	}

	/** A list item's marker: its number and its shape ((1), 1., 1), 1、, 1 , ①), so that a list goes on in one shape. */
	record ItemMarker(int number, String shape) {
	}

	static Optional<ItemMarker> itemMarker(String line) {
		String stripped = line.strip();
		if (!stripped.isEmpty() && stripped.charAt(0) >= '①' && stripped.charAt(0) <= '⑳') {
			return Optional.of(new ItemMarker(stripped.charAt(0) - '①' + 1, "①"));
		}
		Matcher matcher = ITEM_NUMBER.matcher(normalized(stripped) + " ");
		if (!matcher.find()) {
			return Optional.empty();
		}
		String shape = matcher.group(1) != null ? "(1)" : matcher.group(3).isBlank() ? "1 " : "1" + matcher.group(3);
		return Optional.of(new ItemMarker(Integer.parseInt(matcher.group(2)), shape));
	}

	private record Words(String head, String inline) {
	}

	/** The words a line starts with, and the rest of the line as printed. */
	private static Optional<Words> words(String line) {
		NormalizedText normalized = new NormalizedText(line.strip());
		String text = normalized.normalized();
		Matcher matcher = LABEL.matcher(text);
		if (!matcher.matches()) {
			return Optional.empty();
		}
		String head = matcher.group(1) != null ? matcher.group(1) : matcher.group(2);
		head = PARENTHETICAL.matcher(head.replaceAll("\\s+", "")).replaceAll("");
		head = head.replaceAll("について$", "");
		return Optional.of(new Words(head, normalized.original(matcher.start(3), text.length()).strip()));
	}
}
