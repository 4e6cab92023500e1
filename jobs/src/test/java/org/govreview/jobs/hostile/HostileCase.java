package org.govreview.jobs.hostile;

import java.util.List;

/**
 * One input of the hostile-input run and the outcome it must have: quarantined with one of the agreed reason
 * keywords (and naming more, e.g. a workbook's sheets), or read as a document of a kind and fiscal year.
 *
 * @param relativePath where it lies under the source root, '/'-separated
 * @param description what it is, for the outcome table
 * @param reasonKeywords for a quarantined input: the reason contains one of these (lower case)
 * @param reasonAlsoNames for a quarantined input: the reason also contains each of these
 * @param kind for a document: its kind
 * @param fiscalYear for a document: its fiscal year
 * @param current for a document: whether it is the current version (null: either)
 * @param pathPrefix when the stored path cannot be known in advance (bytes that are not UTF-8): what it starts
 * with, else null
 */
record HostileCase(String relativePath, String description, List<String> reasonKeywords, List<String> reasonAlsoNames,
		String kind, Integer fiscalYear, Boolean current, String pathPrefix) {

	static HostileCase quarantined(String relativePath, String description, String... keywords) {
		return new HostileCase(relativePath, description, List.of(keywords), List.of(), null, null, null, null);
	}

	static HostileCase document(String relativePath, String description, String kind, int fiscalYear, Boolean current) {
		return new HostileCase(relativePath, description, List.of(), List.of(), kind, fiscalYear, current, null);
	}

	HostileCase alsoNaming(List<String> names) {
		return new HostileCase(this.relativePath, this.description, this.reasonKeywords, List.copyOf(names), this.kind,
				this.fiscalYear, this.current, this.pathPrefix);
	}

	HostileCase matchedByPrefix(String prefix) {
		return new HostileCase(this.relativePath, this.description, this.reasonKeywords, this.reasonAlsoNames, this.kind,
				this.fiscalYear, this.current, prefix);
	}

	boolean expectsQuarantine() {
		return this.kind == null;
	}

	/** Whether a stored path (absolute, as the warehouse holds it) is this input's. */
	boolean matches(String storedPath) {
		String path = storedPath.endsWith("/") ? storedPath.substring(0, storedPath.length() - 1) : storedPath;
		if (this.pathPrefix != null) {
			return path.contains("/" + this.pathPrefix);
		}
		return path.endsWith("/" + this.relativePath);
	}

	String expectation() {
		if (expectsQuarantine()) {
			return "quarantined: " + String.join(" or ", this.reasonKeywords)
					+ (this.reasonAlsoNames.isEmpty() ? "" : ", naming " + String.join(", ", this.reasonAlsoNames));
		}
		return this.kind + " FY" + this.fiscalYear + (this.current == null ? "" : this.current ? " current" : " superseded");
	}
}
