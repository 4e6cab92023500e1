package org.govreview.readers.policy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.govreview.domain.document.Finding;
import org.govreview.domain.municipality.LocalGovernmentCode;
import org.govreview.domain.municipality.Municipality;
import org.govreview.readers.municipality.MunicipalityMaster;
import org.govreview.readers.municipality.ResolutionContext;
import org.govreview.readers.municipality.UnknownMunicipalityException;
import org.govreview.readers.policy.StatementOutline.IndexedLine;
import org.govreview.readers.source.RejectedDocumentException;
import org.govreview.readers.text.SourceText;

/**
 * The organisation a statement is by, from the name its title gives (局区X方針〈小倉北区〉, 小倉北区 X方針の概要,
 * 北九州市小倉北区運営方針). A full name (北九州市小倉北区, 桜ヶ丘市) is resolved by the master. A ward's bare name
 * (小倉北区) is resolved as the ward of the city the text names (北九州市…), else as the only ward of that name in the
 * master; a bureau (総務市民局) as the one city the text names. Nothing is guessed: a name that resolves to no
 * municipality, or to several, rejects the document with the line that gave it. Immutable once built.
 */
final class Organisations {

	private static final Pattern BRACKETED = Pattern.compile("[〈<《【「『\\[(]\\s*([^〉>》】」』\\])]{1,24}?)\\s*[〉>》】」』\\])]");

	/** 第六次, 第２期: an ordinal that a plan's title puts before the municipality's name. */
	private static final Pattern ORDINAL = Pattern.compile("第[〇一二三四五六七八九十百0-9０-９]{1,3}[次期]");

	/** 生野区, 総務局, 北区 of 北区分庁舎; not 評価区分 or 対象区域, whose 区 is no ward's. */
	private static final Pattern NAME = Pattern
		.compile("[\\p{IsHan}\\p{IsKatakana}ヶケ]{1,14}(?:[市町村局]|区(?!分(?![庁室])|域|間|画|切))");

	private static final Pattern WARD_OF_CITY = Pattern.compile("^(.+市)(.+区)$");

	private static final Pattern ERA_YEAR = Pattern.compile("\\p{IsHan}\\s?\\p{IsHan}\\s?(元|[0-9０-９]{1,2})\\s?年\\s?度?|(19|20)\\d{2}年度?");

	private static final Set<String> GENERIC = Set.of("局区", "区", "市", "局", "各区", "全区", "本区", "当区", "本市", "当市", "全市",
			"各局", "市区", "市区町村", "区役所", "市役所", "都市", "他市", "各市", "県市", "市町", "市町村", "区市町村");

	private final MunicipalityMaster master;

	/** Bare ward names (小倉北区) and other names, each with the master's entries that end in it; built when needed. */
	private volatile Map<String, List<Municipality>> byWardName;

	Organisations(MunicipalityMaster master) {
		this.master = master;
	}

	private Map<String, List<Municipality>> byWardName() {
		Map<String, List<Municipality>> index = this.byWardName;
		if (index == null) {
			synchronized (this) {
				index = this.byWardName;
				if (index == null) {
					index = indexWardNames(this.master);
					this.byWardName = index;
				}
			}
		}
		return index;
	}

	private static Map<String, List<Municipality>> indexWardNames(MunicipalityMaster master) {
		Map<String, List<Municipality>> index = new HashMap<>();
		for (Municipality municipality : master.all()) {
			Matcher ward = WARD_OF_CITY.matcher(municipality.name());
			String key = ward.matches() ? ward.group(2) : municipality.name();
			index.computeIfAbsent(key, k -> new ArrayList<>()).add(municipality);
		}
		return Map.copyOf(index);
	}

	/** A name printed on a line. */
	record Named(IndexedLine line, String name) {
	}

	/** The names the title lines give, bracketed ones first. */
	static List<Named> names(List<IndexedLine> titleLines) {
		List<Named> bracketed = new ArrayList<>();
		List<Named> plain = new ArrayList<>();
		for (IndexedLine line : titleLines) {
			String normalized = Headings.normalized(line.text());
			String text = lastCrumb(normalized);
			if (text.equals(normalized) && StatementModel.isHomePath(text)) {
				// ホーム 区役所・出張所 安佐北区役所 …: a path whose steps cannot be told apart names none of them
				continue;
			}
			Matcher brackets = BRACKETED.matcher(text);
			while (brackets.find()) {
				String inside = brackets.group(1).replaceAll("\\s+", "").replaceFirst("役所$", "");
				if (NAME.matcher(inside).matches() && !GENERIC.contains(inside)) {
					bracketed.add(new Named(line, inside));
				}
			}
			String before = BRACKETED.matcher(text).replaceAll(" ");
			int policy = before.indexOf("方針");
			before = ERA_YEAR.matcher(policy >= 0 ? before.substring(0, policy) : before).replaceAll(" ");
			String joined = before.replaceAll("(?<=[\\p{IsHan}ヶケ])\\s+(?=[\\p{IsHan}ヶケ])", "")
				.replaceAll("([市区町村])(?=[市区](?:政|の|役所|運営|づくり))", "$1 ");
			// 第六次東松山市総合計画: the plan's ordinal before the city's name
			Matcher name = NAME.matcher(ORDINAL.matcher(joined).replaceAll(" "));
			int found = plain.size();
			while (name.find()) {
				if (!GENERIC.contains(name.group())) {
					plain.add(new Named(line, name.group()));
				}
			}
			if (plain.size() == found && policy >= 0) {
				// 部運営方針　呉　市: the issuer set apart at the title line's end, its name spaced out
				String after = ERA_YEAR.matcher(text.substring(policy + 2)).replaceAll(" ")
					.replaceAll("(?<=[\\p{IsHan}ヶケ])\\s+(?=[\\p{IsHan}ヶケ])", "").strip();
				Matcher issuer = NAME.matcher(after);
				if (issuer.matches() && !GENERIC.contains(issuer.group())) {
					plain.add(new Named(line, issuer.group()));
				}
			}
		}
		bracketed.addAll(plain);
		return bracketed;
	}

	private static final Pattern CRUMBS = Pattern.compile("^(?:[^>＞›»]+[>＞›»]){2,}\\s*([^>＞›»]+)$");

	/** ホーム > 区政情報 > 区の計画・方針 > 令和6年度 生野区運営方針: a site's breadcrumbs name the page last. */
	private static String lastCrumb(String text) {
		Matcher crumbs = CRUMBS.matcher(text.strip());
		return crumbs.matches() ? crumbs.group(1) : text;
	}

	private static final java.util.regex.Pattern CODE_HEADER = java.util.regex.Pattern
		.compile("^(?:全国)?(?:地方公共)?団体コード$|^自治体コード$|^市区町村コード$");

	Municipality resolve(SourceText text, List<IndexedLine> titleLines, List<Finding> findings) {
		return resolve(text, null, titleLines, findings);
	}

	/** As {@link #resolve(SourceText, List, List)}, a sheet's column of codes deciding where no title names one. */
	Municipality resolve(SourceText text, org.govreview.readers.document.DocumentModel model, List<IndexedLine> titleLines,
			List<Finding> findings) {
		List<Named> names = names(titleLines);
		if (names.isEmpty() && model != null) {
			Optional<Municipality> coded = org.govreview.readers.document.SheetColumns.sameInEveryRow(model, CODE_HEADER)
				.filter(code -> code.matches("\\d{6}")).flatMap(code -> this.master.byCode(LocalGovernmentCode.of(code)));
			if (coded.isPresent()) {
				// 全国地方公共団体コード | 242161 on every row of an open-data sheet: the municipality it is published for
				return coded.get();
			}
		}
		if (names.isEmpty()) {
			Optional<Municipality> named = namedThroughout(text);
			if (named.isPresent()) {
				// 令和６年度　部長マニフェスト（生活環境部）: a department's title; its city is the one the pages name
				findings.add(Finding.info("title", "the title names no municipality; the one the document names throughout is "
						+ named.get(), titleLines.isEmpty() ? null : titleLines.get(0).text()));
				return named.get();
			}
			throw new RejectedDocumentException(text.file(), titleLines.isEmpty() ? "title" : location(titleLines.get(0)),
					"no organisation named in the title (a 市, 区, 町, 村 or 局 in 局区X方針〈…〉 or before 方針)",
					titleLines.isEmpty() ? null : titleLines.get(0).text());
		}
		// 「国際文化住宅都市」 in the mission's first line: a bracketed phrase that ends like a city's name but names
		// none gives way to the next name the title lines give
		Named named = names.get(0);
		Municipality resolved = null;
		org.govreview.readers.source.RejectedDocumentException first = null;
		for (Named candidate : names) {
			try {
				resolved = resolve(text, candidate, findings);
				named = candidate;
				break;
			}
			catch (org.govreview.readers.source.RejectedDocumentException unknown) {
				first = first == null ? unknown : first;
				if (unknown.getMessage() == null || !unknown.getMessage().contains("is not in the municipality master")) {
					// an ambiguous name is no name the master lacks: the statement says which city it is, or is rejected
					throw first;
				}
			}
		}
		if (resolved == null) {
			throw first;
		}
		Municipality organisation = resolved;
		Named taken = named;
		names.stream()
			.filter(other -> !other.name().equals(taken.name()) && !taken.name().endsWith(other.name()))
			.findFirst()
			.ifPresent(other -> findings.add(Finding.warning(location(other.line()), "the title also names " + other.name()
					+ "; the organisation read is " + organisation, other.line().text())));
		return organisation;
	}

	/**
	 * The one municipality (a 市, 町 or 村 the master knows) that the text names on at least {@link #NAMED_LINES} lines
	 * (a running header or footer, a contact block), when it names no other that often; else empty.
	 */
	private Optional<Municipality> namedThroughout(SourceText text) {
		Map<Municipality, Integer> lines = new LinkedHashMap<>();
		ResolutionContext context = this.master.contextOf(text.lines());
		Map<String, Optional<Municipality>> resolved = new HashMap<>();
		for (String line : text.lines()) {
			Matcher name = CITY.matcher(Headings.normalized(line));
			Set<Municipality> onLine = new java.util.HashSet<>();
			while (name.find()) {
				if (!GENERIC.contains(name.group())) {
					resolved.computeIfAbsent(name.group(), printed -> {
						try {
							MunicipalityMaster.Resolution resolution = this.master.resolve(printed, context);
							return resolution.corrected() ? Optional.empty() : Optional.of(resolution.municipality());
						}
						catch (IllegalArgumentException ex) {
							// not a municipality's name: 文教都市, 地域の市
							return Optional.empty();
						}
					}).ifPresent(onLine::add);
				}
			}
			onLine.addAll(kanaNamed(Headings.normalized(line), context));
			onLine.forEach(municipality -> lines.merge(municipality, 1, Integer::sum));
		}
		List<Municipality> often = lines.entrySet().stream().filter(entry -> entry.getValue() >= NAMED_LINES).map(Map.Entry::getKey).toList();
		return often.size() == 1 ? Optional.of(often.get(0)) : Optional.empty();
	}

	private static final int NAMED_LINES = 2;

	/** さいたま市, ひたちなか市, 南アルプス市, いちき串木野市: a name with kana in it, after whatever particle stands before it. */
	private static final Pattern KANA_CITY = Pattern.compile("[\\p{IsHan}]{0,3}[\\p{IsHiragana}\\p{IsKatakana}ー]{2,8}[\\p{IsHan}]{0,3}[市町村](?![\\p{IsHan}])");

	/** The municipalities with kana in their names that a line names: the longest end of each run the master knows. */
	private List<Municipality> kanaNamed(String line, ResolutionContext context) {
		List<Municipality> found = new ArrayList<>();
		Matcher name = KANA_CITY.matcher(line);
		while (name.find()) {
			String run = name.group();
			for (int start = 0; start + 2 <= run.length(); start++) {
				String candidate = run.substring(start);
				try {
					MunicipalityMaster.Resolution resolution = this.master.resolve(candidate, context);
					if (!resolution.corrected() && resolution.municipality().name().equals(candidate)) {
						found.add(resolution.municipality());
						break;
					}
				}
				catch (IllegalArgumentException ex) {
					// のさいたま市: a particle before the name
				}
			}
		}
		return found;
	}

	/** 高知市 of 高知市消防局: the city a bureau's name starts with. */
	private static final Pattern OWN_CITY = Pattern.compile("^([\\p{IsHan}ヶケ]{1,5}?[市町村])(?=[\\p{IsHan}]{1,8}局$)");

	private static final Pattern CITY = Pattern.compile("(?<![\\p{IsHan}ヶケ])[\\p{IsHan}ヶケ]{1,5}[市町村](?![\\p{IsHan}])");

	private Municipality resolve(SourceText text, Named named, List<Finding> findings) {
		String name = named.name();
		if (name.endsWith("局")) {
			return bureau(text, named, findings);
		}
		if (name.endsWith("区") && !name.contains("市")) {
			return ward(text, named, findings);
		}
		ResolutionContext context = this.master.contextOf(text.lines());
		try {
			MunicipalityMaster.Resolution resolution = this.master.resolve(name, context);
			if (resolution.corrected()) {
				findings.add(Finding.info(location(named.line()),
						"organisation name corrected against the master to " + resolution.municipality(), name));
			}
			return resolution.municipality();
		}
		catch (UnknownMunicipalityException ex) {
			// 秋田市市民生活部長: the city's name runs on into 市民; the shorter name the master knows is the city (江戸川区
			// of 江戸川区都市開発部, a special ward)
			for (int end = name.length() - 1; end >= 2; end--) {
				if ("市町村区".indexOf(name.charAt(end - 1)) >= 0) {
					try {
						return this.master.resolve(name.substring(0, end), context).municipality();
					}
					catch (IllegalArgumentException shorter) {
						// not this one either
					}
				}
			}
			throw rejected(text, named, ex.getMessage());
		}
	}

	/** A bureau (総務市民局) is its city's: the one city the text names. */
	private Municipality bureau(SourceText text, Named named, List<Finding> findings) {
		Matcher own = OWN_CITY.matcher(named.name());
		if (own.find()) {
			// 高知市消防局: the bureau names its city
			try {
				return this.master.resolve(own.group(1), this.master.contextOf(text.lines())).municipality();
			}
			catch (IllegalArgumentException notACity) {
				// 中央市場局 and the like: no city's name at its start
			}
		}
		Map<Municipality, Integer> cities = citiesNamed(text, "");
		if (cities.size() != 1) {
			throw rejected(text, named, "bureau '" + named.name() + "' is no municipality, and the text names "
					+ (cities.isEmpty() ? "no city of the master" : "several cities: " + cities.keySet()));
		}
		Map.Entry<Municipality, Integer> city = cities.entrySet().iterator().next();
		findings.add(Finding.info(location(named.line()), named.name() + " resolved to " + city.getKey()
				+ ": the city of the bureau " + named.name() + ", named at line " + (city.getValue() + 1)
				+ " (the statement records no bureau)", named.line().text()));
		return city.getKey();
	}

	/** A ward's bare name (小倉北区): the ward of the city the text names, else the only ward of that name. */
	private Municipality ward(SourceText text, Named named, List<Finding> findings) {
		String name = named.name();
		Map<Municipality, Integer> viaCity = citiesNamed(text, name);
		if (viaCity.size() > 1) {
			throw rejected(text, named, "organisation '" + name + "' is ambiguous: the text names several cities that have "
					+ "such a ward: " + viaCity.keySet());
		}
		if (viaCity.size() == 1) {
			Map.Entry<Municipality, Integer> only = viaCity.entrySet().iterator().next();
			findings.add(Finding.info(location(named.line()), name + " resolved to " + only.getKey()
					+ ": the ward of the city the text names at line " + (only.getValue() + 1), named.line().text()));
			return only.getKey();
		}
		List<Municipality> wards = byWardName().getOrDefault(name, List.of());
		if (wards.isEmpty()) {
			throw rejected(text, named, "organisation '" + name + "' is not in the municipality master, as a ward or "
					+ "otherwise");
		}
		if (wards.size() > 1) {
			throw rejected(text, named, "organisation '" + name + "' matches several municipalities " + wards
					+ " and the text names no city to tell which");
		}
		findings.add(Finding.info(location(named.line()), name + " resolved to " + wards.get(0)
				+ ": the only municipality of that name in the master (the text names no city)", named.line().text()));
		return wards.get(0);
	}

	/** The municipalities "X市" + {@code ward} that the master knows, for each X市 the text names, with the first line. */
	private Map<Municipality, Integer> citiesNamed(SourceText text, String ward) {
		Map<Municipality, Integer> found = new LinkedHashMap<>();
		ResolutionContext context = this.master.contextOf(text.lines());
		for (int i = 0; i < text.lines().size(); i++) {
			String line = Headings.normalized(text.lines().get(i));
			for (int at = line.indexOf('市'); at >= 0; at = line.indexOf('市', at + 1)) {
				Municipality longest = null; // 北広島市, not the 広島市 inside it
				for (int start = at - 1; start >= Math.max(0, at - 8); start--) {
					Character.UnicodeScript script = Character.UnicodeScript.of(line.codePointAt(start));
					if (script != Character.UnicodeScript.HAN && script != Character.UnicodeScript.HIRAGANA
							&& script != Character.UnicodeScript.KATAKANA) {
						break;
					}
					String city = line.substring(start, at + 1);
					try {
						MunicipalityMaster.Resolution resolution = this.master.resolve(city + ward, context);
						if (!resolution.corrected() && (!ward.isEmpty() || resolution.municipality().name().equals(city))) {
							longest = resolution.municipality();
						}
					}
					catch (UnknownMunicipalityException ex) {
						// not a city with such a ward
					}
				}
				if (longest != null) {
					found.putIfAbsent(longest, i);
				}
			}
		}
		return found;
	}

	private static RejectedDocumentException rejected(SourceText text, Named named, String reason) {
		return new RejectedDocumentException(text.file(), location(named.line()), reason, named.line().text());
	}

	private static String location(IndexedLine line) {
		return "line " + (line.index() + 1);
	}
}
