package org.govreview.readers.document;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.govreview.readers.text.SourceText;

/** A document of several pages for the model's tests, as the loader gives one whose text held form feeds. */
final class PagedText {

	private PagedText() {
	}

	/** The pages' lines as one document, each page after the first starting where the list says. */
	static DocumentModel model(List<List<String>> pages) {
		List<String> lines = new ArrayList<>();
		List<Integer> starts = new ArrayList<>();
		for (List<String> page : pages) {
			if (!lines.isEmpty()) {
				starts.add(lines.size());
			}
			lines.addAll(page);
		}
		return DocumentModel.of(new SourceText(Path.of("doc.txt"), lines, "text", List.of(), starts));
	}
}
