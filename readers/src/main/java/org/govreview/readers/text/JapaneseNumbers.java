package org.govreview.readers.text;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.govreview.domain.indicator.IndicatorValue;

/**
 * Values as Japanese documents print them, typed: 30.8% → 30.8 %, 2億2千万枚 → 220,000,000 枚, 20,000千円 →
 * 20,000,000 円, １，９６７，８７３人 → 1,967,873 人, 12万3,456人 → 123,456 人, 3.1万TJ → 31,000 TJ; a value without
 * digits is a milestone word (設置, 検討); '—' is absent. A number is never made from a word. A 中黒 between digits is a
 * decimal point when its right side has one or two digits and nothing but a unit follows (72・5点 → 72.5 点; 1・2・3 stays
 * a word); ▲ or △ before a figure is a minus sign (▲1,234 → -1234); ‰ stays the unit; km², ㎢ and 平方キロメートル are
 * {@code km2}, トン {@code t}, キロメートル {@code km}, キログラム {@code kg}, キロワット時 {@code kWh}. {@link #value}
 * keeps an approximate figure (約30件) a word, since a cell printed so is not a stated figure; {@link #quantity} reads it with its approximate flag. Stateless and thread-safe.
 */
public final class JapaneseNumbers {

	/** —, －（R5）, and 新規 (an indicator added since: no baseline), 集計中 (not counted yet): no value. */
	private static final Pattern ABSENT = Pattern
		.compile("^[—―‐\\-−－ー–]*$|^[—―‐\\-−－ー–]+\\s*[(（][^()（）]{1,10}[)）]$|^(?:新規(?:指標|設定)?|集計中|調査中|未集計|未確定)$");

	private static final Pattern TWO_FIGURES = Pattern.compile("\\d\\.\\d+\\s+\\d|\\d\\s+\\d+\\.\\d");

	/**
	 * 81.9 82.0: two figures a cell's extraction ran together, no one figure. Asked of the text as printed, before the
	 * spaces that set the figures apart are taken out.
	 */
	private static boolean runTogether(String printed) {
		return TWO_FIGURES.matcher(Normalizer.normalize(printed, Normalizer.Form.NFKC)).find();
	}

	/** A leading quantity: digits with separators, each optionally followed by kanji multipliers. */
	private static final Pattern QUANTITY = Pattern
		.compile("^((?:\\d[\\d,]*(?:\\.\\d+)?[十百千万億兆]*){1,16}|[十百千]?[万億兆])(.*)$");

	private static final Pattern GROUP = Pattern.compile("(\\d[\\d,]*(?:\\.\\d+)?)?([十百千万億兆]*)");

	private static final Map<Character, BigDecimal> SMALL = Map.of('十', BigDecimal.TEN, '百', BigDecimal.valueOf(100),
			'千', BigDecimal.valueOf(1000));

	private static final Map<Character, BigDecimal> LARGE = Map.of('万', BigDecimal.TEN.pow(4), '億',
			BigDecimal.TEN.pow(8), '兆', BigDecimal.TEN.pow(12));

	/** 1,234,567.8: digits grouped by commas in threes. */
	private static final Pattern THOUSANDS = Pattern.compile("\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?");

	/** 約, およそ, 概ね (and 約で) printed before a figure. */
	private static final Pattern APPROXIMATE = Pattern.compile("^(?:約で?|およそ|概ね|おおむね)");

	/** ±0: no change, the figure zero. */
	private static final Pattern ZERO_CHANGE = Pattern.compile("^±(?=0(?![.,]?\\d))");

	/** ▲ and △ are how budgets and statistics print a minus; a hyphen-like dash before digits is one too. */
	private static final Pattern SIGN = Pattern.compile("^([▲△\\-−－+＋])(?=\\d)");

	/** 8・5 → 8.5 only between digits, with one or two digits on the right and no further 中黒 or digit. */
	private static final Pattern MIDDLE_DOT_DECIMAL = Pattern.compile("(?<![\\d・])(\\d+)・(\\d{1,2})(?![\\d・])");

	/** Longest spelling first, so that 平方キロメートル is not read as 平方キロ and メートル. */
	private static final List<Map.Entry<String, String>> UNIT_SPELLINGS = List.of(Map.entry("平方キロメートル", "km2"),
			Map.entry("平方メートル", "m2"), Map.entry("平方キロ", "km2"), Map.entry("キロワット時", "kWh"),
			Map.entry("キロメートル", "km"), Map.entry("キログラム", "kg"), Map.entry("トン", "t"));

	private JapaneseNumbers() {
	}

	/**
	 * The quantity a phrase states: an optional approximation word (約, およそ, 概ね), an optional minus mark (▲, △),
	 * digits with separators and multipliers, and a unit. Empty when the phrase does not start with a figure after
	 * those prefixes; never throws.
	 */
	public static Optional<Quantity> quantity(String printed) {
		String raw = printed == null ? "" : printed.strip();
		if (runTogether(raw)) {
			return Optional.empty();
		}
		String text = normalize(raw);
		Matcher approximate = APPROXIMATE.matcher(text);
		boolean approx = approximate.lookingAt();
		if (approx) {
			text = text.substring(approximate.end());
		}
		IndicatorValue value = value(text);
		if (!value.isNumber() || (value.unit() != null && value.unit().startsWith("・"))) {
			// 1・2・3 and 123・456 are lists of items, not a figure and its unit
			return Optional.empty();
		}
		return Optional.of(new Quantity(value.number(), value.unit(), approx, raw));
	}

	/** A hyphen-like dash, then a line break before a figure: a cell's dash for no value and the next row's figure. */
	private static final Pattern DASH_APART = Pattern.compile("^[\\-−－―‐][ 　]*\\R[\\s　]*[0-9０-９]");

	/** The typed value of a cell or phrase; never throws. */
	public static IndicatorValue value(String printed) {
		String raw = printed == null ? "" : printed.strip();
		String text = normalize(raw);
		if (ABSENT.matcher(text).matches() || DASH_APART.matcher(raw).lookingAt()) {
			// － 382.6: a cell's dash for no value, then a figure of the next line's row, never a minus
			return IndicatorValue.absent(raw);
		}
		if (runTogether(raw)) {
			return IndicatorValue.milestone(text, raw);
		}
		text = ZERO_CHANGE.matcher(text).replaceFirst("");
		Matcher sign = SIGN.matcher(text);
		boolean signed = sign.lookingAt();
		// ＋312人: a gain printed with its sign is the figure itself
		boolean negative = signed && !sign.group(1).matches("[+＋]");
		String unsigned = signed ? text.substring(sign.end()) : text;
		Matcher quantity = QUANTITY.matcher(unsigned);
		if (quantity.matches() && Character.isDigit(unsigned.charAt(0))) {
			Optional<BigDecimal> number = number(quantity.group(1));
			if (number.isPresent()) {
				String unit = unit(quantity.group(2).strip());
				return IndicatorValue.number(negative ? number.get().negate() : number.get(), unit, raw);
			}
		}
		// a word, or words around digits that do not lead (前年度比増加): kept as printed, never made a number
		return IndicatorValue.milestone(text, raw);
	}

	/** The number of a digits-and-multipliers run (2億2千万 → 220000000), empty when it is not one. */
	public static Optional<BigDecimal> number(String printed) {
		String text = normalize(printed);
		if (text.isEmpty()) {
			return Optional.empty();
		}
		BigDecimal total = BigDecimal.ZERO;
		BigDecimal section = BigDecimal.ZERO;
		Matcher group = GROUP.matcher(text);
		int end = 0;
		while (end < text.length() && group.find(end) && group.start() == end && group.end() > end) {
			if (group.group(1) != null && group.group(1).indexOf(',') >= 0 && !THOUSANDS.matcher(group.group(1)).matches()) {
				// 3,6 (an OCR engine's 3,688 with a digit lost), 1,2,3: commas that group no thousands, no figure
				return Optional.empty();
			}
			BigDecimal number = group.group(1) == null ? null : new BigDecimal(group.group(1).replace(",", ""));
			BigDecimal value = number;
			for (char multiplier : group.group(2).toCharArray()) {
				if (SMALL.containsKey(multiplier)) {
					value = (value == null ? BigDecimal.ONE : value).multiply(SMALL.get(multiplier));
				}
				else {
					section = section.add(value == null ? BigDecimal.ZERO : value);
					if (section.signum() == 0) {
						section = BigDecimal.ONE;
					}
					total = total.add(section.multiply(LARGE.get(multiplier)));
					section = BigDecimal.ZERO;
					value = null;
				}
			}
			if (value != null) {
				section = section.add(value);
			}
			end = group.end();
		}
		if (end != text.length()) {
			return Optional.empty();
		}
		return Optional.of(total.add(section));
	}

	/** NFKC (full-width digits and separators to ASCII, ㎢ to km2), no spaces, 中黒 decimals to points. */
	private static String normalize(String printed) {
		String text = Normalizer.normalize(printed, Normalizer.Form.NFKC).replaceAll("\\s+", "");
		return MIDDLE_DOT_DECIMAL.matcher(text).replaceAll("$1.$2");
	}

	private static final java.util.regex.Pattern BOUND = java.util.regex.Pattern.compile("(?:以下|以上|未満|超)$");

	/** ※1, *1, 注3, (注1), ※ after a figure's unit (text already NFKC): the note under the table it refers to. */
	private static final Pattern NOTE_REFERENCE = Pattern.compile("\\s*(?:\\(?(?:※|\\*|注)[0-9]{1,2}\\)?|※|\\*)$");

	private static String unit(String unbounded) {
		// 250件以下, 90％以上: a target's bound, no part of its unit; 412.5万人※1: a note's reference, none either
		String printed = BOUND.matcher(NOTE_REFERENCE.matcher(unbounded).replaceFirst("")).replaceFirst("");
		if (printed.isEmpty()) {
			return null;
		}
		for (Map.Entry<String, String> spelling : UNIT_SPELLINGS) {
			if (printed.startsWith(spelling.getKey())) {
				return spelling.getValue() + printed.substring(spelling.getKey().length());
			}
		}
		return printed;
	}
}
