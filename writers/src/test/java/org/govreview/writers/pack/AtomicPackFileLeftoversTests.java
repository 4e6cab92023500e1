package org.govreview.writers.pack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a pack write killed half-way leaves behind, and what the next run removes. */
class AtomicPackFileLeftoversTests {

	@TempDir
	Path out;

	@Test
	void removesTheTemporaryFilesOfKilledPackWritesAndNothingElse() throws IOException {
		Path leftoverXlsx = Files.createFile(out.resolve(".review-pack_999997_FY2024.xlsx.1a2b3c4d.tmp"));
		Path leftoverPdf = Files.createFile(out.resolve(".review-pack_012131_FY2023.pdf.9f8e7d6c.tmp"));
		Path pack = Files.writeString(out.resolve("review-pack_999997_FY2024.xlsx"), "pack");
		Path otherTemp = Files.createFile(out.resolve(".someone-elses.tmp"));
		Path notes = Files.writeString(out.resolve("notes.tmp"), "kept");

		assertThat(AtomicPackFile.removeLeftovers(out)).containsExactlyInAnyOrder(leftoverXlsx, leftoverPdf);

		assertThat(leftoverXlsx).doesNotExist();
		assertThat(leftoverPdf).doesNotExist();
		assertThat(pack).exists();
		assertThat(otherTemp).exists();
		assertThat(notes).exists();
	}

	@Test
	void findsNothingToRemoveInADirectoryNotCreatedYet() {
		assertThat(AtomicPackFile.removeLeftovers(out.resolve("not-yet"))).isEmpty();
	}
}
