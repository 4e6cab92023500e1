package org.govreview.writers.ratingsheet;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Rewrites templates/rating-sheet.xlsx, the filled sample sheets under samples/ and the filled sheet with indicator
 * actuals that the readers module reads ({@link IndicatorActualSheets}) from the writer, after a layout change,
 * from the writers module directory (the paths are relative to it, and exec:java runs in Maven's own working
 * directory): {@code ./mvnw -q -o -pl domain install -DskipTests && cd writers && ../mvnw -o test-compile exec:java
 * -Dexec.classpathScope=test -Dexec.mainClass=org.govreview.writers.ratingsheet.RegenerateCommittedRatingSheets},
 * then commit the files.
 * {@link CommittedRatingSheetFilesTests} fails until the committed files match the writer again.
 */
public final class RegenerateCommittedRatingSheets {

	private RegenerateCommittedRatingSheets() {
	}

	public static void main(String[] args) {
		for (Path directory : List.of(RatingSheetTemplateTests.COMMITTED_TEMPLATE.getParent(),
				CommittedRatingSheetFilesTests.SAMPLES, IndicatorActualSheets.COMMITTED.getParent())) {
			if (!Files.isDirectory(directory)) {
				throw new IllegalStateException(directory.toAbsolutePath().normalize()
						+ " not found: run from the writers module directory");
			}
		}
		RatingSheetWorkbookWriter writer = new RatingSheetWorkbookWriter();
		writer.writeTemplate(RatingSheetTemplateTests.COMMITTED_TEMPLATE);
		SakuragaokaRatingSheets.writeFilled(writer, CommittedRatingSheetFilesTests.SAMPLES);
		IndicatorActualSheets.writeFilled(writer, IndicatorActualSheets.COMMITTED);
		System.out.println("rewrote " + Path.of("").toAbsolutePath().relativize(RatingSheetTemplateTests.COMMITTED_TEMPLATE.toAbsolutePath())
				+ ", the samples in " + CommittedRatingSheetFilesTests.SAMPLES + " and the sheet with indicator actuals in "
				+ IndicatorActualSheets.COMMITTED);
	}
}
