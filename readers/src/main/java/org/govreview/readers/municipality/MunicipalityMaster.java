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
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.govreview.domain.municipality.LocalGovernmentCode;
import org.govreview.domain.municipality.Municipality;

/**
 * The municipality master: the 47 prefectures, every municipality, special ward and designated-city ward of Japan,
 * keyed by local government code (全国地方公共団体コード; see {@code municipalities.csv} for its source), and the
 * resolution of names as documents print them, with their prefecture or district (静岡県周智郡森町) and OCR mistakes
 * included (苦小牧 → 苫小牧市).
 * <p>
 * A name several municipalities bear (伊達市, 府中市, 森町 …) is decided by a prefecture written with it (北海道伊達市),
 * else by the {@link ResolutionContext}: the operator's choice, the parent city, the document's own municipality,
 * the prefectures its text names, the own municipality's prefecture, in that order. A name that matches no entry,
 * or several that nothing decides between, is an error carrying the text that failed and the candidates; nothing
 * is guessed. Retired entries (a ward abolished by a reorganisation) are found by code, and by name only when no
 * current entry bears it. Immutable and thread-safe once built.
 */
public final class MunicipalityMaster {

	private static final String BUILT_IN = "municipalities.csv";

	/** A town or village printed with its district (周智郡森町), which is no part of its name. */
	private static final Pattern IN_DISTRICT = Pattern.compile("\\p{IsHan}{1,4}?郡(\\p{IsHan}.*[町村])");

	private final Index index;

	private final Set<LocalGovernmentCode> choice;

	private MunicipalityMaster(Index index, Set<LocalGovernmentCode> choice) {
		this.index = index;
		this.choice = choice;
	}

	/**
	 * The built-in master, plus the rows of {@code extraFiles} (same columns; {@code code} and {@code name} required,
	 * the others optional), later rows winning. A row whose {@code retired} column holds a date retires the code; with
	 * an empty name it retires the entry as it stands.
	 */
	public static MunicipalityMaster load(List<Path> extraFiles) {
		Map<LocalGovernmentCode, MasterEntry> entries = new LinkedHashMap<>();
		try (InputStream in = MunicipalityMaster.class.getResourceAsStream(BUILT_IN)) {
			read(new InputStreamReader(in, StandardCharsets.UTF_8), BUILT_IN, entries);
			for (Path file : extraFiles) {
				try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
					read(reader, file.toString(), entries);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read the municipality master", ex);
		}
		return new MunicipalityMaster(new Index(entries, OcrConfusables.builtIn()), Set.of());
	}

	public static MunicipalityMaster builtIn() {
		return load(List.of());
	}

	/**
	 * This master with codes an operator chose ({@code --municipality CODE}) taking part in every resolution, as
	 * {@link ResolutionContext#withChoice} would.
	 */
	public MunicipalityMaster withChoice(Collection<LocalGovernmentCode> codes) {
		Set<LocalGovernmentCode> all = new LinkedHashSet<>(this.choice);
		all.addAll(codes);
		return new MunicipalityMaster(this.index, Set.copyOf(all));
	}

	private static void read(Reader reader, String source, Map<LocalGovernmentCode, MasterEntry> entries)
			throws IOException {
		CSVFormat format = CSVFormat.DEFAULT.builder().setCommentMarker('#').setHeader().setSkipHeaderRecord(true)
			.setTrim(true).get();
		for (CSVRecord record : format.parse(reader)) {
			try {
				MasterEntry entry = entry(record, entries);
				entries.put(entry.code(), entry);
			}
			catch (IllegalArgumentException ex) {
				throw new IllegalArgumentException(source + ", line " + record.getParser().getCurrentLineNumber() + ": "
						+ ex.getMessage(), ex);
			}
		}
	}

	private static MasterEntry entry(CSVRecord record, Map<LocalGovernmentCode, MasterEntry> known) {
		LocalGovernmentCode code = LocalGovernmentCode.of(record.get("code"));
		String name = column(record, "name");
		String retired = column(record, "retired");
		MasterEntry previous = known.get(code);
		if (name.isEmpty() && !retired.isEmpty()) {
			if (previous == null) {
				throw new IllegalArgumentException("code " + code + " is retired but is not in the master and has no name");
			}
			return new MasterEntry(previous.municipality(), previous.prefecture(), previous.reading(), previous.kind(),
					retired);
		}
		Municipality municipality = new Municipality(code, name);
		String prefecture = column(record, "prefecture");
		if (prefecture.isEmpty()) {
			prefecture = known.values().stream()
				.filter(entry -> entry.kind() == MunicipalityKind.PREFECTURE
						&& entry.code().prefectureCode().equals(code.prefectureCode()))
				.map(MasterEntry::name).findFirst()
				.orElseThrow(() -> new IllegalArgumentException("code " + code + " names no prefecture, and its "
						+ "prefecture code " + code.prefectureCode() + " is no prefecture of the master"));
		}
		return new MasterEntry(municipality, prefecture, column(record, "reading"),
				MunicipalityKind.of(column(record, "kind"), name), retired.isEmpty() ? null : retired);
	}

	private static String column(CSVRecord record, String name) {
		return record.isMapped(name) && record.isSet(name) ? record.get(name).strip() : "";
	}

	public Optional<Municipality> byCode(LocalGovernmentCode code) {
		return entry(code).map(MasterEntry::municipality);
	}

	/** The row of a code, retired or not. */
	public Optional<MasterEntry> entry(LocalGovernmentCode code) {
		return Optional.ofNullable(this.index.byCode.get(code));
	}

	/** Every row, retired ones included. */
	public int size() {
		return this.index.byCode.size();
	}

	/** Every current (not retired) municipality and prefecture, in code order of loading. */
	public Collection<Municipality> all() {
		return this.index.current.stream().map(MasterEntry::municipality).toList();
	}

	/** Every row, retired ones included, in code order of loading. */
	public Collection<MasterEntry> entries() {
		return Collections.unmodifiableCollection(this.index.byCode.values());
	}

	/** The prefectures the text names (北海道, 広島県), each once, read left to right (東京都府中市 names no 京都府). */
	public Set<String> prefecturesIn(CharSequence text) {
		String key = key(text.toString());
		Set<String> found = new LinkedHashSet<>();
		for (int at = 0; at < key.length();) {
			String prefecture = this.index.prefectureAt(key, at);
			if (prefecture == null) {
				at++;
			}
			else {
				found.add(prefecture);
				at += prefecture.length();
			}
		}
		return found;
	}

	/** A context holding the prefectures the document's lines name. */
	public ResolutionContext contextOf(List<String> lines) {
		return ResolutionContext.none().withPrefectures(prefecturesIn(String.join("\n", lines)));
	}

	/** The name of an entry's prefecture, if the code is in the master. */
	public Optional<String> prefectureOf(Municipality municipality) {
		return entry(municipality.code()).map(MasterEntry::prefecture);
	}

	/**
	 * Resolves a name as printed ("苫 小 牧 市", "北海道苫小牧市", "苦小牧市") with no context: a name several
	 * municipalities bear resolves only with its prefecture written before it.
	 * @throws UnknownMunicipalityException when no single entry matches
	 */
	public Resolution resolve(String printed) {
		return resolve(printed, ResolutionContext.none());
	}

	/**
	 * Resolves a name as printed, the context deciding between municipalities of the same name.
	 * @throws AmbiguousMunicipalityException when several match and neither the name nor the context decides
	 * @throws UnknownMunicipalityException when none matches (under the prefecture written with it, if any)
	 */
	public Resolution resolve(String printed, ResolutionContext context) {
		ResolutionContext effective = this.choice.isEmpty() ? context : context.withChoice(this.choice);
		String key = key(printed);
		String written = this.index.prefectureAt(key, 0);
		if (written != null && written.length() == key.length()) {
			written = null;
		}
		List<Attempt> attempts = new ArrayList<>();
		String bare = written == null ? key : key.substring(written.length());
		if (effective.parentCity() != null) {
			String parent = key(effective.parentCity().name());
			if (!bare.startsWith(parent)) {
				attempts.add(new Attempt(parent + bare, null));
			}
		}
		attempts.add(new Attempt(key, null));
		if (written != null) {
			attempts.add(new Attempt(bare, written));
		}
		Matcher district = IN_DISTRICT.matcher(bare);
		if (district.matches()) {
			attempts.add(new Attempt(district.group(1), written));
		}
		Set<MasterEntry> elsewhere = new LinkedHashSet<>();
		for (boolean corrected : new boolean[] { false, true }) {
			for (Attempt attempt : attempts) {
				List<MasterEntry> found = this.index.named(attempt.name, corrected);
				if (found.isEmpty()) {
					continue;
				}
				String decidedBy = null;
				if (attempt.prefecture != null) {
					List<MasterEntry> inPrefecture = found.stream().filter(e -> e.prefecture().equals(attempt.prefecture))
						.toList();
					if (inPrefecture.isEmpty()) {
						elsewhere.addAll(found);
						continue;
					}
					if (inPrefecture.size() < found.size()) {
						decidedBy = "the prefecture written with the name (" + attempt.prefecture + ")";
					}
					found = inPrefecture;
				}
				return decide(printed, found, effective, corrected, decidedBy);
			}
		}
		if (!elsewhere.isEmpty()) {
			throw new UnknownMunicipalityException(printed, "is not in the municipality master under " + written
					+ "; the name is that of " + elsewhere.stream().map(MasterEntry::toString).toList());
		}
		throw new UnknownMunicipalityException(printed, "is not in the municipality master");
	}

	private Resolution decide(String printed, List<MasterEntry> found, ResolutionContext context, boolean corrected,
			String decidedBy) {
		if (found.size() == 1) {
			return new Resolution(found.get(0).municipality(), printed, corrected, decidedBy);
		}
		List<MasterEntry> remaining = found;
		for (Rule rule : rules(context)) {
			List<MasterEntry> kept = remaining.stream().filter(rule.test).toList();
			if (kept.size() == 1) {
				return new Resolution(kept.get(0).municipality(), printed, corrected, rule.description);
			}
			if (!kept.isEmpty()) {
				remaining = kept;
			}
		}
		throw new AmbiguousMunicipalityException(printed, remaining);
	}

	private List<Rule> rules(ResolutionContext context) {
		List<Rule> rules = new ArrayList<>();
		if (!context.choice().isEmpty()) {
			rules.add(new Rule("the --municipality choice", entry -> context.choice().contains(entry.code())));
		}
		if (context.parentCity() != null) {
			String prefecture = prefectureOf(context.parentCity()).orElse(null);
			rules.add(new Rule("the prefecture of " + context.parentCity(), entry -> entry.prefecture().equals(prefecture)));
		}
		Municipality home = context.home();
		if (home != null) {
			rules.add(new Rule("the document's own municipality", entry -> entry.code().equals(home.code())));
		}
		if (!context.prefectures().isEmpty()) {
			rules.add(new Rule("a prefecture the text names " + context.prefectures(),
					entry -> context.prefectures().contains(entry.prefecture())));
		}
		if (home != null) {
			String prefecture = prefectureOf(home).orElse(null);
			rules.add(new Rule("the prefecture of " + home, entry -> entry.prefecture().equals(prefecture)));
		}
		return rules;
	}

	/** NFKC, without white space, ヶ as ケ (龍ヶ崎 is 龍ケ崎市). */
	static String key(String printed) {
		String normalized = Normalizer.normalize(printed, Normalizer.Form.NFKC);
		StringBuilder key = new StringBuilder(normalized.length());
		for (int i = 0; i < normalized.length(); i++) {
			char c = normalized.charAt(i);
			if (!Character.isWhitespace(c)) {
				key.append(c == 'ヶ' ? 'ケ' : c);
			}
		}
		return key.toString();
	}

	/** The variants of a municipality's name that OCR may have produced, to correct them in running text. */
	public List<String> ocrVariantsOf(String name) {
		return this.index.confusables.variants(key(name));
	}

	/**
	 * A resolved name: {@code corrected} when it only matched after undoing OCR confusions; {@code decidedBy} says
	 * what settled a name several municipalities bear (null when the name was unique).
	 */
	public record Resolution(Municipality municipality, String printed, boolean corrected, String decidedBy) {
	}

	private record Attempt(String name, String prefecture) {
	}

	private record Rule(String description, Predicate<MasterEntry> test) {
	}

	/** The rows and their name indexes, shared by every view of one loaded master. */
	private static final class Index {

		private final Map<LocalGovernmentCode, MasterEntry> byCode;

		private final List<MasterEntry> current;

		private final Map<String, List<MasterEntry>> byName = new HashMap<>();

		private final Map<String, List<MasterEntry>> byCanonicalName = new HashMap<>();

		/** Prefecture names (keys) by their first character, longest first. */
		private final Map<Character, List<String>> prefectures = new HashMap<>();

		private final OcrConfusables confusables;

		Index(Map<LocalGovernmentCode, MasterEntry> entries, OcrConfusables confusables) {
			this.byCode = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
			this.current = entries.values().stream().filter(entry -> !entry.isRetired()).toList();
			this.confusables = confusables;
			for (MasterEntry entry : entries.values()) {
				String key = key(entry.name());
				this.byName.computeIfAbsent(key, k -> new ArrayList<>()).add(entry);
				this.byCanonicalName.computeIfAbsent(confusables.canonical(key), k -> new ArrayList<>()).add(entry);
				if (entry.kind() == MunicipalityKind.PREFECTURE && !entry.isRetired()) {
					this.prefectures.computeIfAbsent(key.charAt(0), k -> new ArrayList<>()).add(key);
				}
			}
			this.prefectures.values().forEach(names -> names.sort(Comparator.comparingInt(String::length).reversed()));
		}

		/** The entries of a name, retired ones only when no current entry bears it. */
		List<MasterEntry> named(String key, boolean canonical) {
			List<MasterEntry> all = canonical ? this.byCanonicalName.getOrDefault(this.confusables.canonical(key), List.of())
					: this.byName.getOrDefault(key, List.of());
			List<MasterEntry> current = all.stream().filter(entry -> !entry.isRetired()).toList();
			return current.isEmpty() ? all : current;
		}

		/** The prefecture whose name starts at {@code at} in a key, or null. */
		String prefectureAt(String key, int at) {
			if (at >= key.length()) {
				return null;
			}
			for (String name : this.prefectures.getOrDefault(key.charAt(at), List.of())) {
				if (key.startsWith(name, at)) {
					return name;
				}
			}
			return null;
		}
	}

	@Override
	public String toString() {
		return "MunicipalityMaster[" + size() + " entries" + (this.choice.isEmpty() ? "" : ", choice " + this.choice) + "]";
	}
}
