package org.govreview.domain.municipality;

import java.util.Objects;

/**
 * A municipality (自治体 / 市区町村), identified by its 6-digit local government code.
 * Ordinance-designated city wards (政令市の区) are municipalities here too, with codes of their own.
 */
public record Municipality(LocalGovernmentCode code, String name) {

	public Municipality {
		Objects.requireNonNull(code, "code");
		if (name == null || name.isBlank()) {
			throw new IllegalArgumentException("municipality " + code + " has no name");
		}
	}

	public static Municipality of(String code, String name) {
		return new Municipality(LocalGovernmentCode.of(code), name);
	}

	@Override
	public String toString() {
		return name + " (" + code + ")";
	}
}
