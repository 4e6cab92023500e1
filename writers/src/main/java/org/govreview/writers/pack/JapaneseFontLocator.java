package org.govreview.writers.pack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Finds the Japanese TrueType font for the PDF packs: the configured {@code govreview.pack.font}, else the first
 * existing of {@code $GOVREVIEW_PACK_FONT}, Debian's IPAex Gothic (package fonts-ipaexfont-gothic) and the Noto Sans
 * JP that {@code templates/fonts/fetch-font} caches ({@code $GOVREVIEW_FONT_CACHE} or
 * {@code $HOME/.cache/govreview/fonts}). Stateless and thread-safe.
 */
public final class JapaneseFontLocator {

	static final String FONT_VARIABLE = "GOVREVIEW_PACK_FONT";

	static final String CACHE_VARIABLE = "GOVREVIEW_FONT_CACHE";

	static final List<Path> INSTALLED = List.of(Path.of("/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"),
			Path.of("/usr/share/fonts/truetype/ipaexfont-gothic/ipaexg.ttf"));

	static final String CACHED_FONT = "NotoSansJP-Regular.ttf";

	private JapaneseFontLocator() {
	}

	/**
	 * The configured path when not blank, even if missing (so the writer can say what it tried); else the first
	 * existing candidate; empty when there is none.
	 */
	public static Optional<Path> locate(String configured) {
		return locate(configured, System::getenv);
	}

	static Optional<Path> locate(String configured, Function<String, String> environment) {
		if (configured != null && !configured.isBlank()) {
			return Optional.of(Path.of(configured.strip()));
		}
		List<Path> candidates = new ArrayList<>();
		variable(environment, FONT_VARIABLE).ifPresent(candidates::add);
		candidates.addAll(INSTALLED);
		variable(environment, CACHE_VARIABLE).ifPresent(cache -> candidates.add(cache.resolve(CACHED_FONT)));
		String home = variable(environment, "HOME").map(Path::toString).orElse(System.getProperty("user.home"));
		candidates.add(Path.of(home, ".cache", "govreview", "fonts", CACHED_FONT));
		return candidates.stream().filter(Files::isRegularFile).findFirst();
	}

	private static Optional<Path> variable(Function<String, String> environment, String name) {
		String value = environment.apply(name);
		return value == null || value.isBlank() ? Optional.empty() : Optional.of(Path.of(value.strip()));
	}
}
