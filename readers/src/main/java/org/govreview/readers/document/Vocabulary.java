package org.govreview.readers.document;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A synonym table kept as a resource: one concept a line, {@code concept: word, word, word}, '#' for comments. A
 * reader finds its kind's vocabulary in it (公約 / マニフェスト / 政策集; 現状値 / 基準値 / 策定時), so that a new wording
 * is a line in a file rather than code. Words are compared in NFKC without whitespace. Immutable and thread-safe.
 */
public final class Vocabulary {

	private final String source;

	private final Map<String, List<String>> words;

	private Vocabulary(String source, Map<String, List<String>> words) {
		this.source = source;
		this.words = words;
	}

	/** The vocabulary in a resource beside the anchor class; fails when it is missing or a concept is unnamed. */
	public static Vocabulary load(Class<?> anchor, String resource) {
		Map<String, List<String>> words = new LinkedHashMap<>();
		String source = anchor.getPackageName().replace('.', '/') + "/" + resource;
		try (InputStream in = anchor.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("missing vocabulary resource " + source);
			}
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			int number = 0;
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				number++;
				String text = line.replaceFirst("#.*$", "").strip();
				if (text.isEmpty()) {
					continue;
				}
				int colon = text.indexOf(':');
				if (colon <= 0) {
					throw new IllegalStateException(source + ", line " + number + ": expected 'concept: word, word', got: " + line);
				}
				List<String> list = words.computeIfAbsent(text.substring(0, colon).strip(), key -> new ArrayList<>());
				for (String word : text.substring(colon + 1).split("[,、]")) {
					if (!word.isBlank()) {
						list.add(word.strip());
					}
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		Map<String, List<String>> frozen = new LinkedHashMap<>();
		words.forEach((concept, list) -> frozen.put(concept, List.copyOf(list)));
		return new Vocabulary(source, java.util.Collections.unmodifiableMap(frozen));
	}

	/** The words of a concept; fails for a concept the file does not name, so that a typo is found at once. */
	public List<String> words(String concept) {
		List<String> list = words.get(concept);
		if (list == null) {
			throw new IllegalArgumentException(source + " names no concept '" + concept + "'");
		}
		return list;
	}

	/** True when the text contains one of the concept's words (NFKC, whitespace ignored). */
	public boolean mentions(String concept, String text) {
		String key = Words.key(text);
		return words(concept).stream().map(Words::key).anyMatch(key::contains);
	}

	/** True when the text, bracket and colon stripped, is one of the concept's words. */
	public boolean is(String concept, String text) {
		String key = Words.key(text).replaceAll("[【】\\[\\]〔〕<>＜＞:：()（）]", "");
		return words(concept).stream().map(Words::key).anyMatch(key::equals);
	}

	/** The first concept one of whose words the text contains, longest words first within a concept. */
	public Optional<String> conceptIn(String text) {
		String key = Words.key(text);
		for (Map.Entry<String, List<String>> entry : words.entrySet()) {
			if (entry.getValue().stream().map(Words::key).anyMatch(key::contains)) {
				return Optional.of(entry.getKey());
			}
		}
		return Optional.empty();
	}

	public List<String> concepts() {
		return List.copyOf(words.keySet());
	}
}
