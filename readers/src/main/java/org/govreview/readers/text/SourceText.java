package org.govreview.readers.text;

import java.nio.file.Path;
import java.util.List;

/**
 * The text of a source document as extracted: its lines, and how it was obtained ({@code origin}: "UTF-8",
 * "windows-31j", "PDF, 12 pages"). Lines keep the original characters; readers normalize when they match.
 */
public record SourceText(Path file, List<String> lines, String origin) {

	public SourceText {
		lines = List.copyOf(lines);
	}

	public String location(int lineIndex) {
		return "line " + (lineIndex + 1);
	}
}
