package org.govreview.readers.document;

import java.nio.file.Path;

/**
 * Where a block or cell stands in its source: the file, the 1-based line of the extracted text and, for a table
 * cell, its 1-based column (0 for a whole line). Immutable.
 */
public record Location(Path file, int line, int cell) {

	public static Location line(Path file, int line) {
		return new Location(file, line, 0);
	}

	public Location cell(int column) {
		return new Location(file, line, column);
	}

	@Override
	public String toString() {
		String name = file == null ? "" : file.getFileName() + ": ";
		return name + "line " + line + (cell > 0 ? ", cell " + cell : "");
	}
}
