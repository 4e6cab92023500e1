package org.govreview.readers.municipality;

import org.govreview.domain.municipality.LocalGovernmentCode;
import org.govreview.domain.municipality.Municipality;

/**
 * One row of the municipality master: the municipality, its prefecture (the prefecture's own name for a prefecture),
 * reading in kana (may be empty), kind, and the date it was abolished when it is {@code retired} (else null).
 * Immutable.
 */
public record MasterEntry(Municipality municipality, String prefecture, String reading, MunicipalityKind kind,
		String retired) {

	public LocalGovernmentCode code() {
		return this.municipality.code();
	}

	public String name() {
		return this.municipality.name();
	}

	public boolean isRetired() {
		return this.retired != null;
	}

	/** 伊達市 012335 (北海道). */
	@Override
	public String toString() {
		return name() + " " + code() + " (" + this.prefecture + (isRetired() ? ", retired " + this.retired : "") + ")";
	}
}
