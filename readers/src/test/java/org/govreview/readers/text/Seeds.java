package org.govreview.readers.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.govreview.readers.CiPrerequisite;

/**
 * Test fixture: the seed documents of the acceptance tests, which live outside the repository in
 * {@code shared/seeds} beside it. A test without its seed is skipped with the reason, never passed.
 */
public final class Seeds {

	private Seeds() {
	}

	/**
	 * The seed in {@code shared/seeds} beside the working directory or one of its parents, wherever the build runs
	 * from (repository or module); where none exists, where it would be beside the module ({@code ../shared/seeds}).
	 */
	public static Path locate(String fileName) {
		for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
			Path candidate = dir.resolve("shared").resolve("seeds").resolve(fileName);
			if (Files.exists(candidate)) {
				return candidate;
			}
		}
		return Path.of("..", "shared", "seeds", fileName).toAbsolutePath().normalize();
	}

	/**
	 * Skips the calling test unless the seed exists, with the reason: "seed 004 not found at …: acceptance tests need
	 * ../shared" (the number is the file name's up to its first underscore). Returns the seed.
	 */
	public static Path assumePresent(Path seed) {
		CiPrerequisite.require(Files.exists(seed),
				() -> "seed " + number(seed) + " not found at " + seed + ": acceptance tests need ../shared");
		return seed;
	}

	/** The seed's lines, as they are stored (UTF-8). */
	public static List<String> lines(Path seed) {
		try {
			return Files.readAllLines(seed);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String number(Path seed) {
		String name = seed.getFileName().toString();
		int underscore = name.indexOf('_');
		return underscore < 0 ? name : name.substring(0, underscore);
	}
}
