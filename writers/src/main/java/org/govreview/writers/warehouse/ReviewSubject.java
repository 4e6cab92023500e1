package org.govreview.writers.warehouse;

import org.govreview.domain.fiscal.FiscalYear;
import org.govreview.domain.municipality.Municipality;

/** A municipality and fiscal year the warehouse has a current pledge report for: one roll-up, one pack. */
public record ReviewSubject(Municipality municipality, FiscalYear fiscalYear) {

	@Override
	public String toString() {
		return municipality + " " + fiscalYear;
	}
}
