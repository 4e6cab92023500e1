package org.govreview.domain.rating;

import java.util.List;

import org.govreview.domain.document.Finding;
import org.govreview.domain.fiscal.FiscalYear;
import org.govreview.domain.municipality.LocalGovernmentCode;

/**
 * A department's filled-in rating sheet: the valid rating rows, the indicator actuals it reports, and a finding
 * for each row that was rejected.
 */
public record RatingSheet(LocalGovernmentCode municipalityCode, FiscalYear fiscalYear, String department,
		List<ActivityRating> ratings, List<IndicatorActual> actuals, List<Finding> findings) {

	public RatingSheet {
		ratings = List.copyOf(ratings);
		actuals = List.copyOf(actuals);
		findings = List.copyOf(findings);
	}

	/** A sheet without indicator actuals. */
	public RatingSheet(LocalGovernmentCode municipalityCode, FiscalYear fiscalYear, String department,
			List<ActivityRating> ratings, List<Finding> findings) {
		this(municipalityCode, fiscalYear, department, ratings, List.of(), findings);
	}
}
