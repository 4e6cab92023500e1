package org.govreview.writers.pack;

import java.nio.file.Path;

/** The Japanese font the PDF tests use: whatever {@link JapaneseFontLocator} finds; the build's fetch-font installs one. */
final class JapaneseFonts {

	private JapaneseFonts() {
	}

	static Path installed() {
		return JapaneseFontLocator.locate(null)
			.orElseThrow(() -> new AssertionError(
					"no Japanese TrueType font installed: run templates/fonts/fetch-font or set GOVREVIEW_PACK_FONT"));
	}
}
