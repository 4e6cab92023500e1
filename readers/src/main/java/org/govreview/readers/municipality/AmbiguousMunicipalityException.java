package org.govreview.readers.municipality;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A printed name that several municipalities bear (伊達市: 北海道 and 福島県) when nothing in the document decides
 * between them. The message names every candidate with code and prefecture, and how to settle it.
 */
public class AmbiguousMunicipalityException extends UnknownMunicipalityException {

	private final List<MasterEntry> candidates;

	public AmbiguousMunicipalityException(String printed, List<MasterEntry> candidates) {
		super(printed, "matches several municipalities: "
				+ candidates.stream().map(MasterEntry::toString).collect(Collectors.joining(", "))
				+ "; nothing in the document decides (a prefecture written with the name, e.g. " + candidates.get(0).prefecture()
				+ candidates.get(0).name() + ", or named in the text): run with --municipality CODE, e.g. --municipality "
				+ candidates.get(0).code());
		this.candidates = List.copyOf(candidates);
	}

	public List<MasterEntry> candidates() {
		return this.candidates;
	}
}
