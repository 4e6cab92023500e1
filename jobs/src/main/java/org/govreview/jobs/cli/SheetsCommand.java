package org.govreview.jobs.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.govreview.domain.rating.IndicatorSheetRow;
import org.govreview.domain.rating.RatingSheetRow;
import org.govreview.writers.ratingsheet.RatingSheetWorkbookWriter;
import org.govreview.writers.warehouse.RatingSheetRowsQuery;
import org.govreview.writers.warehouse.ReviewSubject;
import org.govreview.writers.warehouse.ReviewSubjects;
import org.springframework.stereotype.Component;

/** Generates one rating sheet per department, pre-filled with its measures and activities from the warehouse. */
@Component
class SheetsCommand {

	private final ReviewSubjects subjects;

	private final RatingSheetRowsQuery rows;


	SheetsCommand(ReviewSubjects subjects, RatingSheetRowsQuery rows) {
		this.subjects = subjects;
		this.rows = rows;
	}

	int generate(CommandLine commandLine) {
		String code = commandLine.option("municipality");
		int year = Integer.parseInt(commandLine.option("fiscal-year"));
		ReviewSubject subject = subjects.find(code, year)
			.orElseThrow(() -> new IllegalArgumentException("no document of municipality " + code + " for FY" + year
					+ " in the warehouse: run the nightly job on it first"));
		Path directory = Path.of(commandLine.option("out")).toAbsolutePath().normalize();
		Map<String, List<RatingSheetRow>> byDepartment = rows.byDepartment(code, year);
		Map<String, List<IndicatorSheetRow>> indicators = rows.indicatorsByDepartment(code, year);
		java.util.Set<String> departments = new java.util.TreeSet<>(byDepartment.keySet());
		departments.addAll(indicators.keySet());
		RatingSheetWorkbookWriter writer = new RatingSheetWorkbookWriter();
		for (String department : departments) {
			List<RatingSheetRow> ratingRows = byDepartment.getOrDefault(department, List.of());
			List<IndicatorSheetRow> indicatorRows = indicators.getOrDefault(department, List.of());
			Path file = writer.write(subject.municipality(), subject.fiscalYear(), department, ratingRows, indicatorRows,
					directory);
			System.out.println(department + ": " + ratingRows.size() + " activities, " + indicatorRows.size()
					+ " indicators → " + file);
		}
		System.out.println(departments.size() + " rating sheets for " + subject + " in " + directory);
		return 0;
	}
}
