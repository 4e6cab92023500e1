package org.govreview.readers.text;

import java.nio.file.Path;
import java.util.List;

import org.govreview.domain.document.Finding;

/**
 * The text of a source document as extracted: its lines, how it was obtained ({@code origin}: "UTF-8",
 * "windows-31j", "UTF-16LE", "PDF, 12 pages"), and what loading it corrected ({@code findings}, e.g. NUL bytes
 * removed), which belong to the document read from it. Lines keep the original characters; readers normalize when
 * they match.
 */
public record SourceText(Path file, List<String> lines, String origin, List<Finding> findings) {

	public SourceText {
		lines = List.copyOf(lines);
		findings = List.copyOf(findings);
	}

	public SourceText(Path file, List<String> lines, String origin) {
		this(file, lines, origin, List.of());
	}

	public String location(int lineIndex) {
		return "line " + (lineIndex + 1);
	}
}
