package org.govreview.readers.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Evaluations on any scale, read from a cell or a phrase: star runs (★★★★★★★☆☆☆ → 7 of 10), scores with their
 * maximum (4/5, 4点/5点, 5点満点中4点, 5段階中4), and the marks and words of {@code evaluation-marks.txt} (◎○△×,
 * S/A/B/C/D, 達成/順調/概ね順調/やや遅れ/遅れ, 着手/未着手 …), where a new wording is a new line. Also the counts
 * of items per mark that summaries print (○36 △10 ×0; 達成 3、順調 57、やや遅れ 11、遅れ 1). Text is
 * NFKC-normalized and its spaces removed before comparing. Immutable and thread-safe once built.
 */
public final class EvaluationMarks {

	private static final EvaluationMarks STANDARD = load(EvaluationMarks.class.getResourceAsStream("evaluation-marks.txt"),
			"evaluation-marks.txt");

	/** The scales a bare fraction is read as a score on (2/3, 3/4, 3/5, 7/10, 85/100); 6／7 beside a rate is a count. */
	private static final java.util.Set<Integer> SCALES = java.util.Set.of(3, 4, 5, 10, 100);

	private static final Pattern STAR_RUN = Pattern.compile("[★☆]+");

	/**
	 * ◎３, ○５項目, △ 1件: a mark and how many items got it, as a regular expression to build on (spaces between the
	 * parts allowed, none required).
	 */
	public static final String MARK_COUNT = "[◎○〇△×▲●◯☆★" + EvaluationMarks.FILLS + "]\\s*[0-9]{1,3}(?:\\s*(?:項目|件))?";

	/**
	 * ◕ ◑ ◐ ◔: the circles filled by quarters (Harvey balls) a scale of five prints between ● and ○, to be added to a
	 * character class of marks.
	 */
	public static final String FILLS = "◕◑◐◔";

	/** The scale of circles filled by quarters, worst first (○ ◔ ◑ ◕ ●; ◐ spells ◑): a mark's level is its place + 1. */
	public static final String FILL_ORDER = "○◔◑◕●";

	/** The name of that scale. */
	public static final String FILL = "fill";

	/**
	 * A circle filled by quarters as a mark of that five-level scale: ◕ ◑ ◐ ◔ always, ● and ○ only where
	 * {@code quarters} (the document prints quarter circles; elsewhere ● is a bullet and ○ a symbol of its own scale).
	 */
	public static Optional<Evaluation> fill(String cell, boolean quarters) {
		String printed = cell == null ? "" : cell.strip();
		String text = Normalizer.normalize(printed, Normalizer.Form.NFKC).replace('◐', '◑').replace('〇', '○').replace('◯', '○');
		int at = text.length() == 1 ? FILL_ORDER.indexOf(text) : -1;
		boolean end = at == 0 || at == FILL_ORDER.length() - 1;
		return at < 0 || end && !quarters ? Optional.empty() : Optional.of(new Evaluation(FILL, text, at + 1, FILL_ORDER.length(), printed));
	}

	private static final Pattern SCORE = Pattern.compile("(\\d{1,3})点?/(\\d{1,3})点?|(\\d{1,3})点満点中(\\d{1,3})点?"
			+ "|(\\d{1,3})段階(?:評価)?(?:中|の)?(\\d{1,3})");

	/** A mark and a count after it, optionally with a colon and a counter word (○36, 達成：3件, ◎ 5項目). */
	private static final String COUNT = ":?(\\d{1,5})(?:件|項目|事業|個|本|施策)?";

	/** Spelling (normalized) → evaluation without its printed text. */
	private final Map<String, Evaluation> spellings;

	/** Spellings longest first, so that 概ね順調 is found before 順調. */
	private final List<String> longestFirst;

	private EvaluationMarks(Map<String, Evaluation> spellings) {
		this.spellings = Map.copyOf(spellings);
		this.longestFirst = spellings.keySet().stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
	}

	/** The vocabulary kept in {@code evaluation-marks.txt} beside this class. */
	public static EvaluationMarks standard() {
		return STANDARD;
	}

	/**
	 * A vocabulary from lines of {@code scale mark spelling} (tab- or space-separated, # comments), marks of one scale
	 * best first. {@code name} says where the lines came from in errors.
	 */
	public static EvaluationMarks load(InputStream lines, String name) {
		if (lines == null) {
			throw new IllegalStateException("evaluation marks not found: " + name);
		}
		Map<String, List<String>> marksByScale = new LinkedHashMap<>();
		Map<String, String[]> rows = new LinkedHashMap<>();
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(lines, StandardCharsets.UTF_8))) {
			String line;
			int number = 0;
			while ((line = reader.readLine()) != null) {
				number++;
				line = line.strip();
				if (line.isEmpty() || line.startsWith("#")) {
					continue;
				}
				String[] fields = line.split("[\\t ]+");
				if (fields.length != 3) {
					throw new IllegalArgumentException(name + " line " + number + ": expected scale, mark and spelling, got '"
							+ line + "'");
				}
				List<String> marks = marksByScale.computeIfAbsent(fields[0], scale -> new ArrayList<>());
				if (!marks.contains(fields[1])) {
					marks.add(fields[1]);
				}
				String spelling = compact(fields[2]);
				if (rows.containsKey(spelling) && !rows.get(spelling)[0].equals(fields[0])) {
					throw new IllegalArgumentException(name + " line " + number + ": '" + fields[2]
							+ "' is already a mark of scale " + rows.get(spelling)[0]);
				}
				rows.putIfAbsent(spelling, fields);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read " + name, ex);
		}
		Map<String, Evaluation> spellings = new HashMap<>();
		rows.forEach((spelling, fields) -> {
			List<String> marks = marksByScale.get(fields[0]);
			spellings.put(spelling,
					new Evaluation(fields[0], fields[1], marks.size() - marks.indexOf(fields[1]), marks.size(), fields[2]));
		});
		return new EvaluationMarks(spellings);
	}

	/** The evaluation a cell holds and nothing else: a star run, a score with its maximum, or a mark or word. */
	public Optional<Evaluation> read(String cell) {
		String printed = cell == null ? "" : cell.strip();
		String text = compact(printed);
		if (text.isEmpty()) {
			return Optional.empty();
		}
		Optional<Evaluation> stars = stars(text);
		if (stars.isPresent()) {
			return Optional.of(new Evaluation(Evaluation.STARS, stars.get().mark(), stars.get().level(), stars.get().levels(),
					printed));
		}
		Matcher score = SCORE.matcher(text);
		if (score.matches()) {
			int level = Integer.parseInt(score.group(1) != null ? score.group(1) : score.group(4) != null ? score.group(4)
					: score.group(6));
			int levels = Integer.parseInt(score.group(1) != null ? score.group(2) : score.group(3) != null ? score.group(3)
					: score.group(5));
			if (score.group(1) != null && !text.contains("点") && !SCALES.contains(levels)) {
				// 23／32 beside a rate: how many items of all count, no score on a scale
				return Optional.empty();
			}
			return level <= levels && levels > 0
					? Optional.of(new Evaluation(Evaluation.SCORE, String.valueOf(level), level, levels, printed))
					: Optional.empty();
		}
		Optional<Evaluation> quarter = fill(printed, false);
		if (quarter.isPresent()) {
			return quarter;
		}
		Evaluation mark = this.spellings.get(text);
		if (mark == null && text.length() > 1) {
			// ◎達成, ○（順調）: a symbol with the word its legend gives it, the symbol the evaluation
			Evaluation symbol = this.spellings.get(text.substring(0, 1));
			String word = text.substring(1).replaceAll("^[(（]|[)）]$", "");
			Evaluation worded = this.spellings.get(word);
			mark = symbol != null && symbol.scale().equals("symbol") && worded != null && !worded.scale().equals("symbol")
					&& Math.abs(rank(symbol) - rank(worded)) <= AGREEING_RANKS ? symbol : null;
		}
		return mark == null ? Optional.empty()
				: Optional.of(new Evaluation(mark.scale(), mark.mark(), mark.level(), mark.levels(), printed));
	}

	/** How far apart a mark and its word may stand on their scales (○ and 概ね順調 agree, ◎ and 遅れ do not). */
	private static final double AGREEING_RANKS = 0.4;

	/** Where an evaluation stands on its scale: 1 at the best mark, 0 at the worst. */
	private static double rank(Evaluation evaluation) {
		return evaluation.levels() <= 1 ? 1 : (evaluation.level() - 1) / (double) (evaluation.levels() - 1);
	}

	/** A score printed as a bare number on a scale the document states elsewhere (4 of 5); empty when out of range. */
	public static Optional<Evaluation> score(String cell, int maximum) {
		// ３（一部達成）, 4点(概ね達成): the score with the word the scale gives it
		String text = compact(cell == null ? "" : cell).replaceFirst("[（(][^（）()0-9]{1,12}[）)]$", "").replaceFirst("点$", "");
		if (!text.matches("\\d{1,3}")) {
			return Optional.empty();
		}
		int level = Integer.parseInt(text);
		return level <= maximum ? Optional.of(new Evaluation(Evaluation.SCORE, text, level, maximum, cell.strip()))
				: Optional.empty();
	}

	/**
	 * 4.8 under 評価点 on a stated five-level scale: the mean of several scores (five members' 5, 5, 4, 5, 5), placed on the
	 * scale in tenths (48 of 50); empty for a whole number, a second decimal, or a mean above the maximum or no scale.
	 */
	public static Optional<Evaluation> meanScore(String cell, int maximum) {
		String text = compact(cell == null ? "" : cell).replaceFirst("点$", "");
		if (maximum <= 0 || !text.matches("\\d\\.\\d")) {
			return Optional.empty();
		}
		int tenths = Integer.parseInt(text.replace(".", ""));
		return tenths <= 10 * maximum && tenths >= 10
				? Optional.of(new Evaluation(Evaluation.SCORE, text, tenths, 10 * maximum, cell.strip()))
				: Optional.empty();
	}

	/** A run of ★ and ☆ and nothing else: level the ★, levels the whole run (★★★★★★★☆☆☆ → 7 of 10). */
	public static Optional<Evaluation> stars(String run) {
		String text = compact(run == null ? "" : run);
		if (!STAR_RUN.matcher(text).matches()) {
			return Optional.empty();
		}
		int filled = (int) text.chars().filter(c -> c == '★').count();
		return Optional.of(new Evaluation(Evaluation.STARS, String.valueOf(filled), filled, text.length(), run.strip()));
	}

	/** How many items a summary counts per mark (○36 △10 ×0 → ○ 36, △ 10, × 0), in the order printed. */
	public List<MarkCount> counts(String text) {
		String compact = compact(text == null ? "" : text);
		List<MarkCount> counts = new ArrayList<>();
		boolean[] taken = new boolean[compact.length()];
		for (String spelling : this.longestFirst) {
			Matcher matcher = Pattern.compile(Pattern.quote(spelling) + COUNT).matcher(compact);
			while (matcher.find()) {
				if (taken[matcher.start()] || precededByLetter(compact, matcher.start(), spelling)) {
					continue;
				}
				java.util.Arrays.fill(taken, matcher.start(), matcher.end(), true);
				Evaluation mark = this.spellings.get(spelling);
				counts.add(new MarkCount(new Evaluation(mark.scale(), mark.mark(), mark.level(), mark.levels(), spelling),
						Integer.parseInt(matcher.group(1)), matcher.start()));
			}
		}
		counts.sort(Comparator.comparingInt(MarkCount::position));
		return counts;
	}

	/**
	 * A grade letter inside a word (KPI3, ABC) is not a mark, nor a kanji that ends a word; nor is a word after a number
	 * (１０取組中８取組: 取組中 is "of the ten", no mark).
	 */
	private static boolean precededByLetter(String text, int start, String spelling) {
		// 経済 6 (a contents line): a one-kanji mark (済) that ends a word is the word's, no mark
		return start > 0 && (spelling.matches("[A-Za-z]") && Character.isLetter(text.charAt(start - 1))
				|| spelling.matches("^\\p{IsHan}.*") && Character.isDigit(text.charAt(start - 1))
				|| spelling.matches("\\p{IsHan}") && Character.UnicodeScript.of(text.charAt(start - 1)) == Character.UnicodeScript.HAN);
	}

	private static String compact(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("[\\s\\p{Z}]+", "");
	}

	/** A mark and how many items a summary gives it; {@code position} is where it stood in the compacted text. */
	public record MarkCount(Evaluation mark, int count, int position) {
	}
}
