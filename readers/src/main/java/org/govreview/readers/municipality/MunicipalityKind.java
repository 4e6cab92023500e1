package org.govreview.readers.municipality;

import java.util.Arrays;

/** What an entry of the municipality master is, as its {@code kind} column says. */
public enum MunicipalityKind {

	PREFECTURE("prefecture"), CITY("city"), WARD("ward"), SPECIAL_WARD("special-ward"), TOWN("town"), VILLAGE("village");

	private final String label;

	MunicipalityKind(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

	/** The kind a column value names, or, when it is empty, the kind the name's suffix implies (…市区 a ward). */
	static MunicipalityKind of(String label, String name) {
		if (label != null && !label.isBlank()) {
			return Arrays.stream(values()).filter(kind -> kind.label.equals(label.strip())).findFirst()
				.orElseThrow(() -> new IllegalArgumentException("unknown kind '" + label + "' (one of "
						+ Arrays.stream(values()).map(MunicipalityKind::label).toList() + ")"));
		}
		if (name.endsWith("区")) {
			return name.contains("市") ? WARD : SPECIAL_WARD;
		}
		if (name.endsWith("町")) {
			return TOWN;
		}
		if (name.endsWith("村")) {
			return VILLAGE;
		}
		if (name.endsWith("都") || name.endsWith("道") || name.endsWith("府") || name.endsWith("県")) {
			return PREFECTURE;
		}
		return CITY;
	}
}
