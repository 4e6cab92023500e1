package org.govreview.readers.ratingsheet;

import java.util.function.Predicate;

import org.govreview.domain.fiscal.FiscalYear;
import org.govreview.domain.municipality.LocalGovernmentCode;

/**
 * The policy codes a rating sheet may use, which depend on the municipality and fiscal year its header names:
 * asked once per sheet, after the header is read.
 */
@FunctionalInterface
public interface PolicyCatalog {

	Predicate<String> policyCodes(LocalGovernmentCode municipality, FiscalYear fiscalYear);
}
