package org.govreview.readers.inspection;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.govreview.domain.municipality.Municipality;
import org.govreview.readers.municipality.MunicipalityMaster;

/**
 * The city a report calls 本市 when it names its council nowhere: the one city whose name, without its 市, the
 * sentences about 本市 use in names of their own (本市の…豊橋駅前, 本市の伝統的工芸品である豊橋筆), whose full name the
 * text prints somewhere (豊橋市DX推進計画), never after a prefecture nor on a line naming a place visited, as the
 * places visited are (視察先　滋賀県長浜市). Stateless.
 */
final class OwnCity {

	private static final String OWN = "本市";

	/** Sentences about 本市 that name the city, so that one passing mention decides nothing. */
	private static final int SENTENCES_NEEDED = 2;

	private static final int MIN_STEM = 2;

	private OwnCity() {
	}

	/** 視察先, 訪問先: a line that names a place visited. */
	private static final java.util.regex.Pattern DESTINATION = java.util.regex.Pattern
		.compile("(?:視[ 　]*察|訪[ 　]*問|調[ 　]*査|研[ 　]*修)[ 　]*先|視察地|用務地");

	/** 滋賀県長浜市: a city printed with its prefecture, as a report names the places it visited. */
	private static boolean visited(String text, String name) {
		for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
			if (at > 0 && "都道府県".indexOf(text.charAt(at - 1)) >= 0) {
				return true;
			}
		}
		return false;
	}

	static Optional<Municipality> in(MunicipalityMaster master, List<String> lines) {
		String whole = String.join("\n", lines);
		Map<String, Set<Municipality>> byStem = new HashMap<>();
		for (Municipality municipality : master.all()) {
			String name = municipality.name();
			if (name.endsWith("市") && name.length() > MIN_STEM && whole.contains(name) && !visited(whole, name)
					&& lines.stream().noneMatch(line -> line.contains(name) && DESTINATION.matcher(line).find())) {
				byStem.computeIfAbsent(name.substring(0, name.length() - 1), stem -> new HashSet<>()).add(municipality);
			}
		}
		Map<String, Integer> sentences = new HashMap<>();
		for (String line : lines) {
			if (!line.contains(OWN)) {
				continue;
			}
			Set<String> named = new HashSet<>();
			for (String stem : byStem.keySet()) {
				int at = line.indexOf(stem);
				if (at >= 0 && !(at > 0 && Character.UnicodeScript.of(line.charAt(at - 1)) == Character.UnicodeScript.HAN)) {
					named.add(stem);
				}
			}
			named.forEach(stem -> sentences.merge(stem, 1, Integer::sum));
		}
		List<String> decided = sentences.entrySet().stream().filter(entry -> entry.getValue() >= SENTENCES_NEEDED)
			.map(Map.Entry::getKey).toList();
		if (decided.size() != 1 || byStem.get(decided.get(0)).size() != 1) {
			return Optional.empty();
		}
		return Optional.of(byStem.get(decided.get(0)).iterator().next());
	}
}
