package org.govreview.readers.document;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text that a search indexer dumped from a slide deck (python-pptx and the like): {@code --- Slide 3 ---} over each
 * slide's shapes in the order they were drawn, the slide's number last, then its speaker notes. Each slide becomes a
 * page of its own, so that the banner every slide repeats is a running header and its number a page number; a title
 * drawn after the body (the last short line before the slide's number) is put first, where a title stands, set off
 * by blank lines; a paragraph indented under another (its bullet lost in the dump) is a bullet again; a chart's data
 * (its categories, then 救急出動件数（件）: 8104.0, 7236.0, …) is a table. Stateless.
 */
final class SlideDumps {

	private static final Pattern SLIDE = Pattern.compile("^-{3}\\s*Slide\\s+([0-9]{1,3})\\s*-{3}$");

	private static final Pattern NUMBER = Pattern.compile("^[0-9]{1,3}$");

	private static final int MIN_SLIDES = 2;

	private static final int LONGEST_TITLE = 40;

	/** Not a title: a sentence, a note, a table's row, a chart's series or a figure with its label. */
	private static final Pattern NO_TITLE = Pattern.compile("。|^[※＊*・●○◆■□\\-]|\\s\\|\\s|[:：]\\s*[0-9０-９]|,\\s*[0-9]");

	private static final Pattern INDENTED = Pattern.compile("^[ \t　]+");

	/** 令和元年, 令和2年, 令和3年: a chart's categories. */
	private static final Pattern CATEGORIES = Pattern.compile("^[^:：,]{1,12}(?:, *[^:：,]{1,12}){2,}$");

	/** 救急出動件数（件）: 8104.0, 7236.0, None: a chart's series, a value (or None) for each category. */
	private static final Pattern SERIES = Pattern.compile("^([^:：]{1,40}): *((?:-?[0-9.]+|None)(?:, *(?:-?[0-9.]+|None))+)$");

	/** A slide's lines in reading order, and its title where one was moved first (else null). */
	private record Slide(List<BoxRows.Printed> lines, BoxRows.Printed title) {
	}

	private SlideDumps() {
	}

	/** The chart whose categories are on line {@code l}, as tabbed rows (header first); empty where none is. */
	private static List<String> series(List<BoxRows.Printed> lines, int l) {
		String categories = lines.get(l).text().strip();
		if (!CATEGORIES.matcher(categories).matches()) {
			return List.of();
		}
		List<String> header = java.util.Arrays.stream(categories.split(",")).map(String::strip).toList();
		List<String> rows = new ArrayList<>();
		rows.add("区分\t" + String.join("\t", header));
		for (int r = l + 1; r < lines.size(); r++) {
			Matcher series = SERIES.matcher(lines.get(r).text().strip());
			if (!series.matches()) {
				break;
			}
			List<String> values = java.util.Arrays.stream(series.group(2).split(","))
				.map(String::strip)
				.map(value -> value.equals("None") ? "" : value.replaceFirst("\\.0$", ""))
				.toList();
			if (values.size() != header.size()) {
				break;
			}
			rows.add(series.group(1).strip() + "\t" + String.join("\t", values));
		}
		return rows.size() > 1 ? rows : List.of();
	}

	static List<BoxRows.Printed> read(List<BoxRows.Printed> printed) {
		if (printed.stream().filter(line -> SLIDE.matcher(line.text().strip()).matches()).count() < MIN_SLIDES) {
			return printed;
		}
		String banner = banner(printed);
		List<BoxRows.Printed> out = new ArrayList<>();
		int i = 0;
		while (i < printed.size()) {
			Matcher slide = SLIDE.matcher(printed.get(i).text().strip());
			if (!slide.matches()) {
				out.add(printed.get(i));
				i++;
				continue;
			}
			int page = Integer.parseInt(slide.group(1));
			int end = i + 1;
			while (end < printed.size() && !SLIDE.matcher(printed.get(end).text().strip()).matches()) {
				end++;
			}
			out.add(new BoxRows.Printed("", printed.get(i).number(), page));
			Slide read = titleFirst(printed.subList(i + 1, end), banner);
			List<BoxRows.Printed> lines = read.lines();
			boolean notes = false;
			for (int l = 0; l < lines.size(); l++) {
				BoxRows.Printed line = lines.get(l);
				String text = line.text();
				notes |= text.strip().equals("Notes:");
				List<String> series = notes ? List.of() : series(lines, l);
				if (!series.isEmpty()) {
					out.add(new BoxRows.Printed("", line.number(), page));
					for (int r = 0; r < series.size(); r++) {
						out.add(new BoxRows.Printed(series.get(r), lines.get(l + r).number(), page));
					}
					out.add(new BoxRows.Printed("", line.number(), page));
					l += series.size() - 1;
					continue;
				}
				if (!notes && INDENTED.matcher(text).lookingAt() && !text.isBlank()) {
					text = "・" + text.strip();
				}
				boolean setOff = line == read.title() || text.strip().equals(banner);
				if (setOff) {
					out.add(new BoxRows.Printed("", line.number(), page));
				}
				out.add(new BoxRows.Printed(text, line.number(), page));
				if (setOff) {
					out.add(new BoxRows.Printed("", line.number(), page));
				}
			}
			i = end;
		}
		return out;
	}

	/** The line most slides open with (豊川市消防本部, set top right on every slide), or null. */
	private static String banner(List<BoxRows.Printed> printed) {
		java.util.Map<String, Integer> openings = new java.util.HashMap<>();
		int slides = 0;
		for (int i = 0; i < printed.size(); i++) {
			if (SLIDE.matcher(printed.get(i).text().strip()).matches()) {
				slides++;
				int j = i + 1;
				while (j < printed.size() && printed.get(j).text().isBlank()) {
					j++;
				}
				if (j < printed.size()) {
					openings.merge(printed.get(j).text().strip(), 1, Integer::sum);
				}
			}
		}
		int half = slides / 2;
		return openings.entrySet().stream().filter(opening -> opening.getValue() > half).map(java.util.Map.Entry::getKey)
			.findFirst().orElse(null);
	}

	/** The slide's lines, a title drawn after its body moved before the body (after the banner, where it opens one). */
	private static Slide titleFirst(List<BoxRows.Printed> slide, String banner) {
		int body = slide.size();
		for (int l = 0; l < slide.size(); l++) {
			if (slide.get(l).text().strip().equals("Notes:")) {
				body = l;
				break;
			}
		}
		int last = body - 1;
		while (last >= 0 && slide.get(last).text().isBlank()) {
			last--;
		}
		if (last >= 0 && NUMBER.matcher(slide.get(last).text().strip()).matches()) {
			last--;
		}
		int first = 0;
		while (first < last && slide.get(first).text().isBlank()) {
			first++;
		}
		if (first < last && slide.get(first).text().strip().equals(banner)) {
			first++;
		}
		if (last <= first || !isTitle(slide.get(last).text())) {
			return new Slide(slide, null);
		}
		List<BoxRows.Printed> moved = new ArrayList<>(slide);
		BoxRows.Printed title = moved.remove(last);
		moved.add(first, title);
		return new Slide(moved, title);
	}

	private static boolean isTitle(String text) {
		String stripped = text.strip();
		return !stripped.isEmpty() && !Character.isWhitespace(text.charAt(0)) && text.charAt(0) != '　'
				&& stripped.length() <= LONGEST_TITLE && !NO_TITLE.matcher(stripped).find();
	}
}
