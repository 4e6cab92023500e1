package org.govreview.writers.ratingsheet;

import java.nio.file.Path;

/**
 * Rewrites templates/rating-sheet.xlsx and the filled sample sheets under samples/ from the writer, after a
 * layout change: {@code ./mvnw -o -pl writers test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.govreview.writers.ratingsheet.RegenerateCommittedRatingSheets}, then commit the files.
 * {@link CommittedRatingSheetFilesTests} fails until the committed files match the writer again.
 */
public final class RegenerateCommittedRatingSheets {

	private RegenerateCommittedRatingSheets() {
	}

	public static void main(String[] args) {
		RatingSheetWorkbookWriter writer = new RatingSheetWorkbookWriter();
		writer.writeTemplate(RatingSheetTemplateTests.COMMITTED_TEMPLATE);
		SakuragaokaRatingSheets.writeFilled(writer, CommittedRatingSheetFilesTests.SAMPLES);
		System.out.println("rewrote " + Path.of("").toAbsolutePath().relativize(RatingSheetTemplateTests.COMMITTED_TEMPLATE.toAbsolutePath())
				+ " and the samples in " + CommittedRatingSheetFilesTests.SAMPLES);
	}
}
