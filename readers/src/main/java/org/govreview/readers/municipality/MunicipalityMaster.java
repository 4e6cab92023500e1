package org.govreview.readers.municipality;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.govreview.domain.municipality.LocalGovernmentCode;
import org.govreview.domain.municipality.Municipality;

/**
 * The municipality master: official names keyed by local government code (全国地方公共団体コード, see
 * {@code municipalities.csv} for its source), and the resolution of names as documents print them, OCR mistakes
 * included (苦小牧 → 苫小牧市). A name that matches no entry, or more than one, is an error carrying the text that
 * failed; nothing is guessed. Immutable and thread-safe once built.
 */
public final class MunicipalityMaster {

	private static final String BUILT_IN = "municipalities.csv";

	private final Map<LocalGovernmentCode, Municipality> byCode = new LinkedHashMap<>();

	private final Map<String, List<Municipality>> byName = new HashMap<>();

	private final Map<String, List<Municipality>> byCanonicalName = new HashMap<>();

	private final OcrConfusables confusables;

	private MunicipalityMaster(OcrConfusables confusables) {
		this.confusables = confusables;
	}

	/** The built-in excerpt, plus the entries of {@code extraFiles} (same CSV columns), later entries winning. */
	public static MunicipalityMaster load(List<Path> extraFiles) {
		MunicipalityMaster master = new MunicipalityMaster(OcrConfusables.builtIn());
		try (InputStream in = MunicipalityMaster.class.getResourceAsStream(BUILT_IN)) {
			master.read(new InputStreamReader(in, StandardCharsets.UTF_8), BUILT_IN);
			for (Path file : extraFiles) {
				try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
					master.read(reader, file.toString());
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read the municipality master", ex);
		}
		master.index();
		return master;
	}

	public static MunicipalityMaster builtIn() {
		return load(List.of());
	}

	private void read(Reader reader, String source) throws IOException {
		CSVFormat format = CSVFormat.DEFAULT.builder().setCommentMarker('#').setHeader().setSkipHeaderRecord(true)
			.setTrim(true).get();
		for (CSVRecord record : format.parse(reader)) {
			try {
				Municipality municipality = Municipality.of(record.get("code"), record.get("name"));
				byCode.put(municipality.code(), municipality);
			}
			catch (IllegalArgumentException ex) {
				throw new IllegalArgumentException(source + ", line " + record.getParser().getCurrentLineNumber() + ": "
						+ ex.getMessage(), ex);
			}
		}
	}

	private void index() {
		for (Municipality municipality : byCode.values()) {
			String key = key(municipality.name());
			byName.computeIfAbsent(key, k -> new ArrayList<>()).add(municipality);
			byCanonicalName.computeIfAbsent(confusables.canonical(key), k -> new ArrayList<>()).add(municipality);
		}
	}

	public Optional<Municipality> byCode(LocalGovernmentCode code) {
		return Optional.ofNullable(byCode.get(code));
	}

	public int size() {
		return byCode.size();
	}

	/** Every entry, in code order of loading. */
	public java.util.Collection<Municipality> all() {
		return java.util.Collections.unmodifiableCollection(byCode.values());
	}

	/**
	 * Resolves a name as printed ("苫 小 牧 市", "北海道苫小牧市", "苦小牧市").
	 * @throws UnknownMunicipalityException when no single entry matches
	 */
	public Resolution resolve(String printed) {
		String key = key(printed);
		for (String candidate : candidates(key)) {
			List<Municipality> exact = byName.getOrDefault(candidate, List.of());
			if (exact.size() == 1) {
				return new Resolution(exact.get(0), printed, false);
			}
			if (exact.size() > 1) {
				throw new UnknownMunicipalityException(printed, "matches several municipalities: " + exact);
			}
		}
		for (String candidate : candidates(key)) {
			List<Municipality> similar = byCanonicalName.getOrDefault(confusables.canonical(candidate), List.of());
			if (similar.size() == 1) {
				return new Resolution(similar.get(0), printed, true);
			}
			if (similar.size() > 1) {
				throw new UnknownMunicipalityException(printed, "matches several municipalities: " + similar);
			}
		}
		throw new UnknownMunicipalityException(printed, "is not in the municipality master");
	}

	/** The printed name, and without a leading prefecture (北海道苫小牧市 → 苫小牧市). */
	private List<String> candidates(String key) {
		List<String> candidates = new ArrayList<>(List.of(key));
		int prefectureEnd = Math.max(key.indexOf('道'), Math.max(key.indexOf('都'), Math.max(key.indexOf('府'), key.indexOf('県'))));
		if (prefectureEnd > 0 && prefectureEnd < key.length() - 1 && prefectureEnd <= 3) {
			candidates.add(key.substring(prefectureEnd + 1));
		}
		return candidates;
	}

	static String key(String printed) {
		return Normalizer.normalize(printed, Normalizer.Form.NFKC).replaceAll("\\s+", "");
	}

	/** The variants of a municipality's name that OCR may have produced, to correct them in running text. */
	public List<String> ocrVariantsOf(String name) {
		return confusables.variants(key(name));
	}

	/** A resolved name: {@code corrected} when it only matched after undoing OCR confusions. */
	public record Resolution(Municipality municipality, String printed, boolean corrected) {
	}
}
