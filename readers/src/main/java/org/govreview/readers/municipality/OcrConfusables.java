package org.govreview.readers.municipality;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Classes of characters that OCR confuses (苫/苦/苔), from {@code ocr-confusables.txt}. Immutable. */
final class OcrConfusables {

	private final Map<Integer, Integer> canonical = new HashMap<>();

	private final Map<Integer, List<Integer>> classes = new HashMap<>();

	static OcrConfusables builtIn() {
		OcrConfusables confusables = new OcrConfusables();
		try (InputStream in = OcrConfusables.class.getResourceAsStream("ocr-confusables.txt");
				BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			String line;
			while ((line = reader.readLine()) != null) {
				line = line.strip();
				if (line.isEmpty() || line.startsWith("#")) {
					continue;
				}
				List<Integer> members = line.codePoints().boxed().toList();
				for (int member : members) {
					confusables.canonical.put(member, members.get(0));
					confusables.classes.put(member, members);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return confusables;
	}

	String canonical(String text) {
		StringBuilder out = new StringBuilder();
		text.codePoints().forEach(cp -> out.appendCodePoint(canonical.getOrDefault(cp, cp)));
		return out.toString();
	}

	/** Every spelling of {@code text} that differs from it only by confusable characters, itself excluded. */
	List<String> variants(String text) {
		List<String> variants = new ArrayList<>(List.of(""));
		text.codePoints().forEach(cp -> {
			List<Integer> options = classes.getOrDefault(cp, List.of(cp));
			List<String> next = new ArrayList<>();
			for (String prefix : variants) {
				for (int option : options) {
					next.add(prefix + Character.toString(option));
				}
			}
			variants.clear();
			variants.addAll(next.size() > 256 ? next.subList(0, 256) : next);
		});
		variants.remove(text);
		return variants;
	}
}
