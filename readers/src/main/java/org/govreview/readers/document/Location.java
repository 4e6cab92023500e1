package org.govreview.readers.document;

import java.nio.file.Path;

/**
 * Where a block or cell stands in its source: the file, the 1-based page (0 when the source has no pages), the
 * 1-based line of the extracted text and, for a table cell, its 1-based column (0 for a whole line). Immutable.
 */
public record Location(Path file, int page, int line, int cell) {

	public static Location line(Path file, int page, int line) {
		return new Location(file, page, line, 0);
	}

	public Location cell(int column) {
		return new Location(file, page, line, column);
	}

	@Override
	public String toString() {
		String name = file == null ? "" : file.getFileName() + ": ";
		return name + (page > 0 ? "page " + page + ", " : "") + "line " + line + (cell > 0 ? ", cell " + cell : "");
	}
}
