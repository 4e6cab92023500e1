package org.govreview.readers.pledge;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Recognises a cell that lists departments (担当部署): names ending in an organisational suffix, separated by
 * spaces or ・ bullets. Letters that extraction spaced out (I C T 推進室) are joined back.
 */
final class DepartmentNames {

	private static final List<String> NAME_ENDS = List.of("課", "室", "部", "局", "所", "場", "センター", "本部", "館", "署",
			"院", "事務局", "委員会", "準備室");

	/** Longer than any department's name: a longer run without a name's ending is not a department list. */
	private static final int LONGEST_NAME = 25;

	private static final Pattern PROSE = Pattern.compile("[、。,]|ます|ました");

	private DepartmentNames() {
	}

	static Optional<List<String>> parse(String cell) {
		String text = Normalizer.normalize(cell, Normalizer.Form.NFKC).strip();
		if (text.startsWith("担当部署")) {
			text = text.substring("担当部署".length()).strip();
		}
		if (text.isEmpty() || PROSE.matcher(text).find()) {
			return Optional.empty();
		}
		List<String> names = new ArrayList<>();
		StringBuilder pending = new StringBuilder();
		for (String token : text.split("\\s+")) {
			String name = token.replaceFirst("^[・･•]+", "");
			if (name.isEmpty()) {
				continue;
			}
			pending.append(name);
			if (pending.length() > LONGEST_NAME) {
				return Optional.empty();
			}
			String candidate = pending.toString();
			if (NAME_ENDS.stream().anyMatch(candidate::endsWith)) {
				names.add(candidate);
				pending.setLength(0);
			}
		}
		return pending.isEmpty() && !names.isEmpty() ? Optional.of(names) : Optional.empty();
	}
}
