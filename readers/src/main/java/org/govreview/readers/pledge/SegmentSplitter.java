package org.govreview.readers.pledge;

import java.util.ArrayList;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

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
			for (String part : parts(lines.get(i))) {
				for (String cell : part.split("\t")) {
					if (!cell.isBlank()) {
						segments.add(new Segment(cell.strip(), i));
					}
				}
			}
		}
		return segments;
	}

	private static List<String> parts(String line) {
		if (line.indexOf('<') < 0 || line.indexOf('>') < 0) {
			return List.of(line);
		}
		List<String> parts = new ArrayList<>();
		StringBuilder current = new StringBuilder();
		Jsoup.parseBodyFragment(line).body().traverse(new NodeVisitor() {
			@Override
			public void head(Node node, int depth) {
				if (node instanceof TextNode text) {
					current.append(text.getWholeText());
				}
				else if (node instanceof Element && depth > 0) {
					flush();
				}
			}

			@Override
			public void tail(Node node, int depth) {
				if (node instanceof Element && depth > 0) {
					flush();
				}
			}

			private void flush() {
				if (!current.toString().isBlank()) {
					parts.add(current.toString());
				}
				current.setLength(0);
			}
		});
		if (!current.toString().isBlank()) {
			parts.add(current.toString());
		}
		return parts;
	}
}
