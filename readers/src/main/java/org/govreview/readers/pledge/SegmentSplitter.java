package org.govreview.readers.pledge;

import java.util.ArrayList;
import java.util.List;

import org.govreview.readers.text.HtmlFragments;

/**
 * Splits extracted lines into {@link Segment}s: table cells come out tab-separated, and list markup survives
 * as HTML fragments ({@code <p>}, {@code <ul>}), whose tags separate items just as tabs separate cells.
 */
final class SegmentSplitter {

	private SegmentSplitter() {
	}

	/** The segments of all lines but those from {@code skipFrom} to {@code skipTo} (inclusive; the summary table). */
	static List<Segment> split(List<String> lines, int skipFrom, int skipTo) {
		List<Segment> segments = new ArrayList<>();
		for (int i = 0; i < lines.size(); i++) {
			if (i >= skipFrom && i <= skipTo) {
				continue;
			}
			for (String part : HtmlFragments.parts(lines.get(i))) {
				for (String cell : part.split("\t")) {
					if (!cell.isBlank()) {
						segments.add(new Segment(cell.strip(), i));
					}
				}
			}
		}
		return segments;
	}
}
