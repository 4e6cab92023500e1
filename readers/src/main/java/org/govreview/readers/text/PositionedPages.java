package org.govreview.readers.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * A PDF's text as poppler's {@code pdftohtml -xml} writes it: every run of text an element with its page position
 * ({@code <text top="458" left="415" width="49" height="16">274,318</text>}), in the order the content stream drew
 * them, one figure apart from its unit and year where the PDF changed font. Laid out here as pdftotext -layout sets
 * a page: runs on one baseline make one line, each starting at the column its left edge gives, pages apart by form
 * feeds, so that every reader finds the page's lines, tables and columns as in any other extracted PDF. Stateless.
 */
final class PositionedPages {

	/** How far into the text its root element may open. */
	private static final int HEAD = 400;

	/** How wide a column of the laid-out page is where no run measures it: half a 16-pixel full-width letter. */
	private static final double COLUMN = 8;

	private static final java.util.regex.Pattern FIGURES = java.util.regex.Pattern
		.compile("^[0-9][0-9,.]*[%％]?(?: [0-9][0-9,.]*[%％]?)+$");

	private PositionedPages() {
	}

	private record Run(double top, double left, double width, double height, String text) {

		double middle() {
			return top + height / 2;
		}

		double right() {
			return left + width;
		}
	}

	static boolean are(String text) {
		return text.substring(0, Math.min(text.length(), HEAD)).contains("<pdf2xml");
	}

	/** The pages laid out as lines; a page printed from the source (a wrapped element) is read whole again first. */
	static String laidOut(String text) {
		Document document = Jsoup.parse(rejoined(text), "", Parser.xmlParser());
		List<List<Run>> pages = new ArrayList<>();
		for (Element page : document.select("page")) {
			List<Run> runs = new ArrayList<>();
			for (Element element : page.select("text")) {
				String shown = element.text();
				if (!shown.isBlank()) {
					runs.add(new Run(number(element, "top"), number(element, "left"), number(element, "width"),
							number(element, "height"), shown));
				}
			}
			pages.add(runs);
		}
		double column = column(pages);
		double margin = pages.stream().flatMap(List::stream).mapToDouble(Run::left).min().orElse(0);
		StringBuilder laidOut = new StringBuilder();
		for (int p = 0; p < pages.size(); p++) {
			if (p > 0) {
				laidOut.append('\f');
			}
			laidOut.append(page(pages.get(p), column, margin));
		}
		return laidOut.toString();
	}

	/** An element printed over several lines (a PDF of the source wraps long ones): each element on one line again. */
	private static String rejoined(String text) {
		StringBuilder whole = new StringBuilder();
		for (String line : (Iterable<String>) text.lines()::iterator) {
			String bare = line.replace(String.valueOf(CellGapStripper.SOFT_WRAP), "").strip();
			if (bare.isEmpty()) {
				continue;
			}
			if (whole.length() > 0 && !bare.startsWith("<")) {
				// a break between two attributes parts them; one inside a value or a text does not
				if (whole.charAt(whole.length() - 1) == '"' && Character.isLetter(bare.charAt(0))) {
					whole.append(' ');
				}
			}
			else if (whole.length() > 0) {
				whole.append('\n');
			}
			whole.append(bare);
		}
		return whole.toString();
	}

	private static double number(Element element, String attribute) {
		try {
			return Double.parseDouble(element.attr(attribute));
		}
		catch (NumberFormatException ex) {
			return 0;
		}
	}

	/** Pixels to a column of the laid-out line: the median width of a half-width letter over the runs of Japanese. */
	private static double column(List<List<Run>> pages) {
		double[] widths = pages.stream()
			.flatMap(List::stream)
			.filter(run -> DisplayWidth.of(run.text()) >= 4 && run.width() > 0)
			.mapToDouble(run -> run.width() / DisplayWidth.of(run.text()))
			.sorted()
			.toArray();
		return widths.length == 0 ? COLUMN : widths[widths.length / 2];
	}

	private static String page(List<Run> runs, double column, double margin) {
		List<List<Run>> lines = new ArrayList<>();
		List<Run> sorted = new ArrayList<>(runs);
		sorted.sort(Comparator.comparingDouble(Run::middle).thenComparingDouble(Run::left));
		for (Run run : sorted) {
			List<Run> last = lines.isEmpty() ? null : lines.get(lines.size() - 1);
			if (last != null && Math.abs(run.middle() - middle(last)) <= Math.min(run.height(), height(last)) * 0.4) {
				last.add(run);
			}
			else {
				lines.add(new ArrayList<>(List.of(run)));
			}
		}
		StringBuilder page = new StringBuilder();
		double bottom = Double.NaN;
		for (List<Run> line : lines) {
			line.sort(Comparator.comparingDouble(Run::left));
			double top = line.stream().mapToDouble(Run::top).min().orElse(0);
			// a gap of a line's height or more between two lines: a blank line, as pdftotext prints one
			if (!Double.isNaN(bottom) && top - bottom >= height(line) * 0.9) {
				page.append('\n');
			}
			bottom = line.stream().mapToDouble(run -> run.top() + run.height()).max().orElse(top);
			page.append(line(line, column, margin)).append('\n');
		}
		return page.toString();
	}

	private static String line(List<Run> runs, double column, double margin) {
		StringBuilder line = new StringBuilder();
		double right = Double.NaN;
		for (Run run : runs) {
			int at = (int) Math.round((run.left() - margin) / column);
			int width = DisplayWidth.of(line);
			// a run that goes on where the last one ends (a figure in another font: 令和５年|10|月) joins it
			if (Double.isNaN(right) || run.left() - right >= column * 0.8) {
				// a gap as wide as two letters parts cells, however far the text before it ran past its column
				int least = Double.isNaN(right) ? 0 : run.left() - right >= column * 2 ? 2 : 1;
				line.append(" ".repeat(Math.max(least, at - width)));
			}
			// 28,406 31,752 33,000: poppler's one element for figures of narrow columns drawn close together
			line.append(FIGURES.matcher(run.text()).matches() ? run.text().replace(" ", "  ") : run.text());
			right = run.right();
		}
		return line.toString().stripTrailing();
	}

	private static double middle(List<Run> line) {
		return line.stream().mapToDouble(Run::middle).average().orElse(0);
	}

	private static double height(List<Run> line) {
		return line.stream().mapToDouble(Run::height).max().orElse(0);
	}
}
