package org.govreview.readers.document;

import java.nio.file.Path;
import java.util.List;

import org.govreview.readers.text.SourceText;

/** The model of a few lines of text and a table's cells as text, for the model's tests. */
final class TestModels {

	private TestModels() {
	}

	/** The model of the lines, as the loader gives a text file of them. */
	static DocumentModel model(String... lines) {
		return DocumentModel.of(new SourceText(Path.of("doc.txt"), List.of(lines), "text"));
	}

	/** Every row's cells, header rows included, as their text. */
	static List<List<String>> cells(Table table) {
		return table.rows().stream().map(row -> row.stream().map(Cell::text).toList()).toList();
	}
}
