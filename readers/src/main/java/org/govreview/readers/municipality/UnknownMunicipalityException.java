package org.govreview.readers.municipality;

/** A printed municipality name that the master cannot resolve to exactly one municipality. */
public class UnknownMunicipalityException extends IllegalArgumentException {

	private final String printed;

	public UnknownMunicipalityException(String printed, String reason) {
		super("municipality name '" + printed + "' " + reason);
		this.printed = printed;
	}

	public String printed() {
		return printed;
	}
}
