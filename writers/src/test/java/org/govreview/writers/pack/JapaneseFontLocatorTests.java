package org.govreview.writers.pack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JapaneseFontLocatorTests {

	@TempDir
	Path directory;

	@Test
	void returnsTheConfiguredPathEvenWhenItIsMissingSoTheWriterCanReportIt() {
		assertThat(JapaneseFontLocator.locate(" /nowhere/ipaexg.ttf ", Map.<String, String>of()::get))
			.contains(Path.of("/nowhere/ipaexg.ttf"));
	}

	@Test
	void prefersTheEnvironmentVariableOverInstalledFonts() throws IOException {
		Path font = Files.createFile(directory.resolve("custom.ttf"));

		assertThat(JapaneseFontLocator.locate("", Map.of("GOVREVIEW_PACK_FONT", font.toString())::get)).contains(font);
	}

	@Test
	void skipsCandidatesThatDoNotExist() throws IOException {
		Path home = directory.resolve("home");
		Path cached = home.resolve(".cache/govreview/fonts/NotoSansJP-Regular.ttf");
		Files.createDirectories(cached.getParent());
		Files.createFile(cached);
		Map<String, String> environment = Map.of("GOVREVIEW_PACK_FONT", directory.resolve("gone.ttf").toString(),
				"HOME", home.toString());

		Path found = JapaneseFontLocator.locate(null, environment::get).orElseThrow();

		Path installed = JapaneseFontLocator.INSTALLED.stream().filter(Files::isRegularFile).findFirst().orElse(cached);
		assertThat(found).isEqualTo(installed);
	}
}
