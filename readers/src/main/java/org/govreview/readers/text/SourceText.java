package org.govreview.readers.text;

import java.nio.file.Path;
import java.util.List;

import org.govreview.domain.document.Finding;

/**
 * The text of a source document as extracted: its lines, how it was obtained ({@code origin}: "UTF-8",
 * "windows-31j", "UTF-16LE", "PDF, 12 pages"), what loading it corrected ({@code findings}, e.g. NUL bytes
 * removed), which belong to the document read from it, and where its pages start ({@code pageStarts}: the index of
 * the first line of every page after the first; empty when the source has no pages, as a plain text file without
 * form feeds), and which lines of a PDF's running text the page's right edge broke ({@code softWraps}: the index of
 * each line the next one goes on; the lines stay as printed, the document model joins them). Lines keep the original
 * characters; readers normalize when they match.
 */
public record SourceText(Path file, List<String> lines, String origin, List<Finding> findings, List<Integer> pageStarts,
		java.util.Set<Integer> softWraps) {

	public SourceText {
		lines = List.copyOf(lines);
		findings = List.copyOf(findings);
		pageStarts = List.copyOf(pageStarts);
		softWraps = java.util.Set.copyOf(softWraps);
	}

	public SourceText(Path file, List<String> lines, String origin, List<Finding> findings, List<Integer> pageStarts) {
		this(file, lines, origin, findings, pageStarts, java.util.Set.of());
	}

	public SourceText(Path file, List<String> lines, String origin, List<Finding> findings) {
		this(file, lines, origin, findings, List.of());
	}

	public SourceText(Path file, List<String> lines, String origin) {
		this(file, lines, origin, List.of(), List.of());
	}

	/**
	 * Whether the text was extracted from a PDF: its table rows may have lost the empty cells that placed their first
	 * cells, which no tab-separated text loses.
	 */
	public boolean fromPdf() {
		return origin.startsWith("PDF");
	}

	/** The 1-based page of a line, 0 when the source has no pages. */
	public int page(int lineIndex) {
		if (pageStarts.isEmpty() && !fromPdf()) {
			return 0;
		}
		int page = 1;
		for (int start : pageStarts) {
			if (start <= lineIndex) {
				page++;
			}
		}
		return page;
	}

	public String location(int lineIndex) {
		int page = page(lineIndex);
		return (page > 0 ? "page " + page + ", " : "") + "line " + (lineIndex + 1);
	}
}
