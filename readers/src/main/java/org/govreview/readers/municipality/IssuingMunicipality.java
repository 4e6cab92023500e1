package org.govreview.readers.municipality;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.govreview.domain.municipality.Municipality;

/**
 * The municipality that issued a document: the 市, 町 or 村 its title names, else the one its text names most. Each
 * run of up to six characters before 市, 町 or 村 is looked up in the master, the shortest name that resolves exactly
 * counted; a mention in the title counts five times, one followed by 長 (市長, 町長) twice. Stateless; thread-safe.
 */
public final class IssuingMunicipality {

	private static final int TITLE_WEIGHT = 5;

	private static final int LONGEST_NAME = 6;

	private IssuingMunicipality() {
	}

	/** What was found: the municipality, else perhaps the ambiguity that kept a name from resolving. */
	public record Found(Optional<Municipality> municipality, AmbiguousMunicipalityException ambiguity) {
	}

	/**
	 * @param sourceLines the document's lines, for the master's context (the prefecture it names)
	 * @param texts the document's blocks in order, as text
	 * @param titleBlocks how many of the first blocks are its title
	 */
	public static Found in(MunicipalityMaster master, List<String> sourceLines, List<String> texts, int titleBlocks) {
		Map<Municipality, Integer> mentions = new LinkedHashMap<>();
		Map<Municipality, Boolean> onlyMayor = new HashMap<>();
		StringBuilder whole = new StringBuilder();
		Map<String, Optional<Municipality>> cache = new HashMap<>();
		ResolutionContext context = master.contextOf(sourceLines);
		AmbiguousMunicipalityException[] ambiguity = new AmbiguousMunicipalityException[1];
		for (int b = 0; b < texts.size(); b++) {
			String text = Normalizer.normalize(texts.get(b), Normalizer.Form.NFKC).replaceAll("[\\s\\p{Z}]+", "");
			whole.append(text).append('\n');
			int weight = b < titleBlocks ? TITLE_WEIGHT : 1;
			for (int i = 1; i < text.length(); i++) {
				char c = text.charAt(i);
				if (c != '市' && c != '町' && c != '村') {
					continue;
				}
				for (int start = Math.max(0, i - LONGEST_NAME); start < i; start++) {
					String name = text.substring(start, i + 1);
					if (!name.matches("[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}ヶケ]+")) {
						continue;
					}
					Optional<Municipality> found = cache.computeIfAbsent(name, n -> resolve(master, n, context, ambiguity));
					if (found.isPresent()) {
						boolean mayor = i + 1 < text.length() && text.charAt(i + 1) == '長';
						mentions.merge(found.get(), weight * (mayor ? 2 : 1), Integer::sum);
						onlyMayor.merge(found.get(), mayor, Boolean::logicalAnd);
						break;
					}
				}
			}
		}
		for (Map.Entry<Municipality, Boolean> mayor : onlyMayor.entrySet()) {
			String name = mayor.getKey().name();
			String surname = name.substring(0, name.length() - 1);
			if (mayor.getValue() && java.util.regex.Pattern.compile(java.util.regex.Pattern.quote(surname) + "\\p{IsHan}{1,3}[市町村]長")
				.matcher(whole).find()) {
				// 村山卓市長 and （村山市長）: the mayor's family name, not the city of 村山
				mentions.remove(mayor.getKey());
			}
		}
		Optional<Municipality> most = mentions.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey);
		return new Found(most.isPresent() ? most : byNewsletter(master, whole), ambiguity[0]);
	}

	/** 広報たかなべ, 市報くれ: a newsletter's title, the municipality's name in its reading. */
	private static final java.util.regex.Pattern NEWSLETTER = java.util.regex.Pattern
		.compile("(広報|市報|町報|村報|区報)([\\p{IsHiragana}ー]{2,10})(?![\\p{IsHiragana}])");

	/** ちょう, まち, し: how a reading ends with the municipality's kind. */
	private static final java.util.regex.Pattern KIND_READING = java.util.regex.Pattern.compile("(?:し|ちょう|まち|そん|むら|く)$");

	/**
	 * The municipality whose reading a newsletter's title gives, where the text names no 市, 町 or 村 of the master:
	 * the one entry whose reading, less its kind, is that title's, the kind the title's 市報 or 町報 or the text's
	 * 市長, 町長 narrow it to where several share the reading.
	 */
	private static Optional<Municipality> byNewsletter(MunicipalityMaster master, CharSequence whole) {
		java.util.regex.Matcher title = NEWSLETTER.matcher(whole);
		if (!title.find()) {
			return Optional.empty();
		}
		String stem = title.group(2);
		String kind = title.group(1).equals("広報") ? selfReference(whole) : title.group(1).substring(0, 1);
		List<Municipality> candidates = master.entries()
			.stream()
			.filter(entry -> !entry.isRetired())
			.filter(entry -> entry.reading() != null && KIND_READING.matcher(entry.reading()).replaceFirst("").equals(stem))
			.map(MasterEntry::municipality)
			.filter(municipality -> kind == null || municipality.name().endsWith(kind))
			.distinct()
			.toList();
		return candidates.size() == 1 ? Optional.of(candidates.get(0)) : Optional.empty();
	}

	/** 町長, 町では: the kind a text calls its own municipality by, where only one kind is so used. */
	private static String selfReference(CharSequence whole) {
		String text = whole.toString();
		List<String> used = java.util.stream.Stream.of("市", "町", "村")
			.filter(kind -> text.contains(kind + "長") || text.contains("\n" + kind + "では") || text.contains("本" + kind))
			.toList();
		return used.size() == 1 ? used.get(0) : null;
	}

	private static Optional<Municipality> resolve(MunicipalityMaster master, String name, ResolutionContext context,
			AmbiguousMunicipalityException[] ambiguity) {
		try {
			MunicipalityMaster.Resolution resolution = master.resolve(name, context);
			return !resolution.corrected() && resolution.municipality().name().equals(name)
					? Optional.of(resolution.municipality()) : Optional.empty();
		}
		catch (AmbiguousMunicipalityException ex) {
			ambiguity[0] = ex;
			return Optional.empty();
		}
		catch (UnknownMunicipalityException ex) {
			return Optional.empty();
		}
	}
}
