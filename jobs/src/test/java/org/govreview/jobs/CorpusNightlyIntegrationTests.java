package org.govreview.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The readers' corpus (documents of every kind in layouts unlike the seeds, and near misses) through the nightly job
 * into the embedded PostgreSQL: every document of a kind is stored, every near miss is quarantined, and the
 * evaluations on other scales reach the warehouse and the roll-up.
 */
class CorpusNightlyIntegrationTests extends GovreviewInProcess {

	private static final Path CORPUS = Path.of("..", "readers", "src", "test", "resources", "corpus");

	@Test
	void storesEveryDocumentOfAKindAndQuarantinesEveryNearMiss() throws Exception {
		Path source = Files.createDirectories(work.resolve("in"));
		List<String> documents = new ArrayList<>();
		List<String> nearMisses = new ArrayList<>();
		try (Stream<Path> files = Files.walk(CORPUS)) {
			for (Path text : files.filter(file -> file.toString().endsWith(".txt")).sorted().toList()) {
				String name = text.getParent().getFileName() + "_" + text.getFileName();
				Files.copy(text, source.resolve(name));
				(isNearMiss(text) ? nearMisses : documents).add(source.resolve(name).toString());
			}
		}

		assertThat(govreview("run", "nightly", "--source", source.toString(), "--out", work.resolve("out").toString()))
			.isZero();

		assertThat(jdbc().sql("SELECT path FROM quarantine ORDER BY path").query(String.class).list())
			.containsExactlyInAnyOrderElementsOf(nearMisses);
		assertThat(jdbc().sql("SELECT path FROM source_document WHERE superseded_at IS NULL")
			.query(String.class)
			.list()).containsAll(documents);
		assertThat(jdbc().sql("SELECT count(*) FROM measure WHERE evaluation_scale IS NOT NULL AND evaluation_scale <> 'stars'")
			.query(Integer.class)
			.single()).as("evaluations on scales other than stars").isPositive();
		assertThat(jdbc().sql("SELECT count(*) FROM mark_count").query(Integer.class).single()).isPositive();
		assertThat(jdbc().sql("SELECT count(*) FROM rollup_result WHERE level = 'overall' AND note LIKE 'stated rule%'")
			.query(Integer.class)
			.single()).as("overall figures reconciled by the rule the report states").isPositive();
	}

	private static boolean isNearMiss(Path text) {
		Path json = text.resolveSibling(text.getFileName().toString().replaceFirst("\\.txt$", ".json"));
		try {
			return Files.readString(json).replaceAll("\\s+", "").contains("\"kind\":\"NONE\"");
		}
		catch (IOException ex) {
			throw new IllegalStateException("every corpus document has its facts: " + json, ex);
		}
	}
}
