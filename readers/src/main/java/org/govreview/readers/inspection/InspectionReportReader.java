package org.govreview.readers.inspection;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.govreview.domain.document.Finding;
import org.govreview.domain.fiscal.FiscalYear;
import org.govreview.domain.inspection.InspectionReport;
import org.govreview.domain.inspection.InspectionVisit;
import org.govreview.domain.inspection.InspectionVisit.MemberOpinion;
import org.govreview.domain.inspection.InspectionVisit.QuestionAnswer;
import org.govreview.domain.municipality.Municipality;
import org.govreview.readers.inspection.Fragments.Fragment;
import org.govreview.readers.document.DocumentModel;
import org.govreview.readers.municipality.MunicipalityMaster;
import org.govreview.readers.municipality.ResolutionContext;
import org.govreview.readers.municipality.UnknownMunicipalityException;
import org.govreview.readers.source.RejectedDocumentException;
import org.govreview.readers.text.IssuedDates;
import org.govreview.readers.text.JapaneseDates;
import org.govreview.readers.text.SourceText;

/**
 * Reads a council inspection report (政務活動報告書 / 行政視察報告書 / 管外行政調査報告書) from its extracted text:
 * the council (the addressee, 岡崎市議会議長 様, resolved against the {@link MunicipalityMaster}), the submission date,
 * the faction or committee, its representative, the expense number, the members, and per visit its report number,
 * date and time, destination (coded through the master), the population, households and area stated for it and
 * their as-of date, topic (視察内容), purpose (選定理由), the home city's situation (…の現状と課題), reporters,
 * participants, questions and answers, and each member's opinion.
 * <p>
 * It keys on meaning, not on layout: labelled table rows (視 察 日 時 | 令和7年7月8日(火) 14時00分～15時30分), HTML
 * fragments, an itinerary table, per-destination sections in prose (committee reports), Q/A and 質/答 lines, and
 * opinions under 【name】 or a 所感 heading, in whatever order the sections come. The fiscal year is that of the
 * first visit, else of the submission date, else {@code fallbackFiscalYear} (with an info finding).
 * <p>
 * What it cannot place becomes a warning {@link Finding} with its line and text: an opinion that names no member, a
 * question without an answer, a destination the master does not know (the visit is kept, its destination null; a
 * name is never guessed). A document with no council, no visit, or no date and no fallback fiscal year is rejected
 * with a {@link RejectedDocumentException}. Stateless apart from the master, which is immutable; thread-safe.
 */
public final class InspectionReportReader {

	/** A member named by the family name alone (【森】) is not listed as a member; full names have three or more. */
	private static final int FULL_NAME = 3;

	private final MunicipalityMaster master;

	public InspectionReportReader(MunicipalityMaster master) {
		this.master = Objects.requireNonNull(master, "master");
	}

	/**
	 * True when the text reads as an inspection report: it speaks of 視察 and has a report's, an itinerary's or a
	 * visit's vocabulary (報告書, 用務先, 視察先, 視察日時), or is a committee's 行政調査報告書.
	 */
	public static boolean recognises(SourceText text) {
		String key = InspectionDates.normalize(String.join("\n", text.lines())).replaceAll("\\s+", "");
		boolean inspection = key.contains("視察") && Stream.of("報告書", "用務先", "視察先", "視察日時", "視察者")
			.anyMatch(key::contains);
		return inspection || key.contains("行政調査報告書");
	}

	/** Reads the document from its text, building its model. */
	public InspectionReport read(SourceText text, FiscalYear fallbackFiscalYear) {
		return read(DocumentModel.of(text), fallbackFiscalYear);
	}

	/**
	 * Reads the document from its model, built once for recognition and reading.
	 * @param fallbackFiscalYear used when the text dates neither a visit nor its submission; may be null
	 * @throws RejectedDocumentException when the report names no council the master knows, describes no visit, or
	 * dates nothing and no fallback fiscal year is given
	 */
	public InspectionReport read(DocumentModel model, FiscalYear fallbackFiscalYear) {
		Optional<SourceText> minuted = Minutes.report(model.source());
		List<String> sittingLines = model.source().lines();
		Optional<LocalDate> sitting = minuted.flatMap(report -> Minutes.sittingDate(sittingLines));
		if (minuted.isPresent()) {
			// a council's minutes: the chair's turn that reports the inspection, not the rest of the sitting
			model = DocumentModel.of(minuted.get());
		}
		SourceText text = model.source();
		List<Finding> findings = new ArrayList<>();
		ReportParser parsed = ReportParser.parse(model, findings);
		ReportHeader header = parsed.header;
		if (header.members.isEmpty() && minuted.isPresent()) {
			header.addMembers(Minutes.members(text.lines()));
		}
		if (header.members.isEmpty()) {
			header.addMembers(Roster.of(model));
		}
		if (header.members.isEmpty()) {
			header.addMembers(TaggedPost.members(text.lines()));
		}
		if (header.members.isEmpty()) {
			header.addMembers(Roster.told(text.lines()));
		}
		if (header.members.isEmpty()) {
			header.addMembers(Roster.listed(text.lines()));
		}
		// ※春日真一委員は、公務のため欠席した: a member on the list who did not go
		List<String> absences = absences(text.lines());
		header.members.removeIf(name -> absent(name, absences));
		Municipality council = council(text, header, findings);
		Years years = new Years(header.activityStart, header.submitted != null ? header.submitted : header.published);
		Set<String> defaultReporters = new LinkedHashSet<>();
		Set<String> defaultParticipants = new LinkedHashSet<>();
		List<VisitFacts> visits = new ArrayList<>();
		String soleAuthor = soleAuthor(header, parsed.drafts);
		for (VisitDraft draft : parsed.drafts) {
			List<QuestionAnswer> questions = draft.finishQuestions();
			List<MemberOpinion> opinions = draft.finishOpinions(soleAuthor, header.faction);
			if (!draft.hasFacts(questions, opinions)) {
				// a header row of people (報告者 at the top of a committee report): it names them for every visit
				defaultReporters.addAll(draft.reporters);
				defaultParticipants.addAll(draft.participants);
				continue;
			}
			visits.add(facts(text, draft, questions, opinions, years, findings));
		}
		onTheSameDay(visits);
		for (ComparisonTable.Column column : ComparisonTable.in(Fragments.of(model))) {
			visits.add(compared(column, years));
		}
		List<VisitFacts> told = ProseVisits.in(model, sitting.orElse(null));
		if (visits.isEmpty() && parsed.itinerary.entries().isEmpty()) {
			// no 視察先, no itinerary, no destination section: a report told in sentences
			visits.addAll(told);
		}
		else {
			toldInSentences(visits, told, false);
		}
		boolean fromItinerary = visits.isEmpty();
		addItinerary(text, parsed.itinerary, visits, years, findings);
		if (fromItinerary) {
			// 10月22日（火）13:30～15:00 福井県あわら市 in a list, the visit told in posts before it
			toldInSentences(visits, told, true);
		}
		dateByPreviousVisit(visits);
		ResolutionContext places = this.master.contextOf(text.lines()).withHome(council);
		visits.forEach(visit -> visit.destination = destination(text, visit, places, findings));
		addTopics(parsed.topics, visits, places);
		List<VisitFacts> dropped = new ArrayList<>(visits);
		visits = merged(text, visits, findings);
		visits = withoutSummaries(visits, findings);
		visits = placed(text, visits, findings);
		visits = awayFromHome(visits, council);
		if (visits.isEmpty() && !told.isEmpty()) {
			// the sections found (a profile's 自己紹介 over a post) name no place visited: the visits are those its
			// sentences tell
			List<VisitFacts> prose = new ArrayList<>(told);
			dateByPreviousVisit(prose);
			prose.forEach(visit -> visit.destination = destination(text, visit, places, findings));
			visits = placed(text, withoutSummaries(merged(text, prose, findings), findings), findings);
		}
		dropped.removeAll(visits);
		for (VisitFacts visit : dropped) {
			defaultReporters.addAll(visit.reporters);
			defaultParticipants.addAll(visit.participants);
		}
		if (visits.isEmpty()) {
			throw new RejectedDocumentException(text.file(), "whole document",
					"no inspection visit: no 視察日時, 視察先 or destination section found", null);
		}
		List<InspectionVisit> typed = new ArrayList<>();
		for (int i = 0; i < visits.size(); i++) {
			typed.add(visits.get(i).toVisit(i + 1, List.copyOf(defaultReporters), List.copyOf(defaultParticipants)));
		}
		FiscalYear fiscalYear = fiscalYear(text, typed, header, fallbackFiscalYear, findings);
		return new InspectionReport(council, fiscalYear, header.submitted, header.faction, header.representative,
				header.expenseNumber, members(header, typed), typed, findings, IssuedDates.in(text).orElse(header.submitted));
	}

	/**
	 * 【視察先】①富山県富山市　②石川県加賀市 over the report: a header naming several places (or none the master knows,
	 * with no facts of its own), each visited in a section of its own.
	 */
	private static final java.util.regex.Pattern SEVERAL_PLACES = java.util.regex.Pattern
		.compile("[市町村区](?=[\\s　、，,・①-⑳]|及び|と).*[市町村区]");

	/**
	 * The visits that name their destination, where any names one the master knows: a visit beside them that names no
	 * place would state facts of no place, and is a finding.
	 */
	private static List<VisitFacts> placed(SourceText text, List<VisitFacts> visits, List<Finding> findings) {
		if (visits.stream().noneMatch(visit -> visit.destination != null)) {
			return visits;
		}
		List<VisitFacts> kept = new ArrayList<>();
		for (VisitFacts visit : visits) {
			if (visit.destination == null && visit.placeName == null) {
				// (a place it names that the master does not know is kept, the name in a finding)
				findings.add(Finding.warning(text.location(visit.firstLine),
						"a visit that names no destination beside visits that do: not kept", null));
				continue;
			}
			kept.add(visit);
		}
		return kept;
	}

	private static List<VisitFacts> withoutSummaries(List<VisitFacts> visits, List<Finding> findings) {
		if (visits.stream().noneMatch(visit -> visit.destination != null)) {
			return visits;
		}
		List<VisitFacts> kept = new ArrayList<>();
		for (VisitFacts visit : visits) {
			boolean several = visit.placeName != null && SEVERAL_PLACES.matcher(visit.placeName).find()
					|| visit.listedPlaces != null && Destinations.namesSeveral(visit.listedPlaces);
			boolean bare = visit.start == null && visit.topic == null && visit.figures.population() == null
					&& visit.questions.isEmpty() && visit.opinions.isEmpty();
			// １　富山県南砺市　　２　石川県野々市市 … in a form's 視察先 cell: the list, whichever place of it was resolved
			boolean listing = several && visit.placeName == null && bare;
			if ((visit.destination == null || listing) && (several || bare)) {
				findings.add(Finding.info("line " + visit.firstLine, "a 視察先 " + (several ? "naming several places ("
						+ (visit.placeName != null ? visit.placeName : visit.listedPlaces) + ")" : "without a destination or facts of its own")
						+ " beside the visits of the report: a summary of them, not a visit", null));
				if (several && visit.date != null && visit.listedPlaces != null) {
					// 視察日：7月24日 over 視察先：①流山市 ②守谷市: the day of each place it lists that dates itself not
					visits.stream().filter(other -> other.date == null && other.placeName != null
							&& Destinations.key(visit.listedPlaces).contains(Destinations.key(other.placeName)))
						.forEach(other -> other.date = visit.date);
				}
				continue;
			}
			kept.add(visit);
		}
		return kept;
	}

	private static VisitFacts facts(SourceText text, VisitDraft draft, List<QuestionAnswer> questions,
			List<MemberOpinion> opinions, Years years, List<Finding> findings) {
		VisitFacts visit = new VisitFacts(draft.firstLine, draft.reportNumber, questions, opinions);
		visit.reporters.addAll(draft.reporters);
		visit.participants.addAll(draft.participants);
		List<Fragment> when = new ArrayList<>(draft.section(Label.DATE_TIME));
		when.addAll(draft.section(Label.TIME));
		List<Fragment> around = new ArrayList<>();
		if (draft.heading != null) {
			around.add(draft.heading);
		}
		around.addAll(draft.intro);
		// 視察日　７月10日（水）　７月11日（木）: a row of a table comparing the places, whose column is this visit's unknown
		when.removeIf(fragment -> SIDE_BY_SIDE.matcher(InspectionDates.normalize(fragment.text())).find());
		String dateText = join(when.isEmpty() ? around : when);
		int dateLine = (when.isEmpty() ? around : when).stream().mapToInt(Fragment::line).findFirst().orElse(draft.firstLine);
		visit.date = InspectionDates.firstEventDate(dateText).orElse(null);
		Optional<MonthDay> day = InspectionDates.firstMonthDay(dateText);
		if (visit.date == null && day.isPresent()) {
			visit.date = years.date(day.get()).orElse(null);
			if (visit.date == null) {
				findings.add(undated(text.location(dateLine), day.get()));
			}
		}
		if (visit.date == null && draft.day != null) {
			// 第１日目　令和７年７月１６日（水） over the visit, whose own lines give only its hours
			visit.date = InspectionDates.firstEventDate(draft.day.text())
				.or(() -> InspectionDates.firstMonthDay(draft.day.text()).flatMap(years::date))
				.orElse(null);
		}
		if (visit.date == null && day.isEmpty()) {
			visit.dayOfMonth = JapaneseDates.firstDayWithWeekday(dateText).orElse(0);
			// ◆視察日時　同日　14時～15時30分: the day of the visit described before it
			visit.sameDayAsBefore = !when.isEmpty() && SAME_DAY.matcher(InspectionDates.normalize(dateText)).find();
		}
		// without a label for it, the hours are the visit's, never a library's opening hours told in the account
		String timeText = when.isEmpty()
				? join(around.stream().filter(line -> !OPENING_HOURS.matcher(line.text()).find()).toList()) : dateText;
		InspectionDates.timeRange(timeText).ifPresent(range -> {
			visit.start = range.start();
			visit.end = range.end();
		});
		List<Fragment> place = draft.section(Label.DESTINATION);
		List<Fragment> figures = new ArrayList<>(place);
		figures.addAll(draft.section(Label.FIGURES));
		figures.addAll(draft.section(Label.FIGURE));
		visit.figures = StatedFigures.in(join(unreferenced(figures))).or(StatedFigures.in(join(unreferenced(around))))
			.or(StatedFigures.in(join(unreferenced(draft.section(Label.OVERVIEW)))));
		visit.listedPlaces = place.isEmpty() ? null : place.get(0).text();
		Optional<String> placeName = place.isEmpty() || Destinations.namesSeveral(place.get(0).text()) ? Optional.empty()
				: Destinations.nameAtStart(place.get(0).text());
		if (placeName.isPresent()) {
			visit.place = place.get(0);
			visit.placeName = placeName.get();
		}
		else if (draft.headingName != null) {
			visit.place = draft.heading;
			visit.placeName = draft.headingName;
		}
		if (visit.figures.population() == null && visit.placeName != null) {
			// 見附市は人口約３万８千人、面積77.91平方キロメートルで…: a sentence of the account giving the place's own figures
			visit.figures = visit.figures.or(ownFigures(visit.placeName, draft));
		}
		List<Fragment> topicLines = draft.section(Label.TOPIC);
		long attributions = topicLines.stream().filter(line -> ATTRIBUTED_TOPICS.matcher(line.text()).find()).count();
		// （１）…について（２）…について（以上、総社市）（３）…について（大東市）: topics of several places, each told
		// again in its own section
		boolean ofSeveralPlaces = attributions >= 2
				|| attributions == 1 && visit.listedPlaces != null && Destinations.namesSeveral(visit.listedPlaces);
		visit.topic = ofSeveralPlaces ? null : topics(topicLines).orElseGet(() -> topicOf(throughTopicEnd(topicLines)));
		visit.purpose = draft.text(Label.PURPOSE);
		visit.homeSituation = draft.text(Label.HOME_SITUATION);
		return visit;
	}

	/** （以上、総社市）, （大東市）: the place the topics above are about, after them. */
	private static final java.util.regex.Pattern ATTRIBUTED_TOPICS = java.util.regex.Pattern
		.compile("[（(](?:以上[、,]\\s*)?[^（）()、,\\s]{1,8}?[市町村区][）)]\\s*$");

	/**
	 * ・議会基本条例の制定と運用について ・町民との意見交換会について: several topics, a line each, kept one per line of
	 * the visit's topic; empty unless every line is a whole topic (a bullet opens it or …について ends it).
	 */
	private static Optional<String> topics(List<Fragment> section) {
		// ア　…について　　イ　…について: a field's wrapped lines joined, each still opening with its number
		List<String> lines = section.stream()
			.map(Fragment::text)
			.flatMap(text -> Arrays.stream(LISTED_TOPIC.split(text)))
			// 地域課題懇談会について、高校生との意見交換会について: two topics on one line, a comma between
			.flatMap(text -> Arrays.stream(TOPIC_COMMA.split(text)))
			.map(String::strip)
			.filter(line -> !line.isEmpty())
			.toList();
		List<String> whole = new ArrayList<>();
		for (String line : lines) {
			if (!TOPIC_END.matcher(line).find() || line.contains("。") || line.length() > 80 || whole.size() == 6) {
				break;
			}
			whole.add(TOPIC_BULLET.matcher(line).replaceFirst("").strip());
		}
		if (!whole.isEmpty() && whole.size() < lines.size()) {
			// the topics, then an account of what was seen (▶ 2017年11月開館。…): the topics alone
			return Optional.of(String.join("\n", whole));
		}
		if (lines.size() < 2 || lines.size() > 6) {
			return Optional.empty();
		}
		boolean bulleted = lines.stream().allMatch(line -> TOPIC_BULLET.matcher(line).lookingAt());
		boolean eachWhole = lines.stream().allMatch(line -> TOPIC_END.matcher(line).find());
		if (!bulleted && !eachWhole || lines.stream().anyMatch(line -> line.contains("。") || line.length() > 80)) {
			return Optional.empty();
		}
		return Optional.of(String.join("\n", lines.stream().map(line -> TOPIC_BULLET.matcher(line).replaceFirst("").strip()).toList()));
	}

	/** The gap before the next numbered topic of a field's value, its lines joined. */
	private static final java.util.regex.Pattern LISTED_TOPIC = java.util.regex.Pattern
		.compile("(?<=について|に関して|に関すること)[\\s　]*　[\\s　]*(?=[アイウエオカキクケコ][\\s　]|[①-⑳]|[(（][0-9０-９]{1,2}[)）])");

	/** The comma between two topics on one line, each ending on its について. */
	private static final java.util.regex.Pattern TOPIC_COMMA = java.util.regex.Pattern
		.compile("(?<=について|に関して)[、,]\\s*(?=[^、,。]{3,60}(?:について|に関して)$)");

	private static final java.util.regex.Pattern TOPIC_BULLET = java.util.regex.Pattern
		.compile("^(?:[・●○■◆◇□▶-]|[アイウエオカキクケコ](?=[\\s　])|[①-⑳]|[(（][0-9０-９]{1,2}[)）]|[0-9０-９]{1,2}[.．)）])[\\s　]*");

	private static final java.util.regex.Pattern TOPIC_END = java.util.regex.Pattern.compile("(?:について|に関して|に関すること)[)）」]?$");

	/** Characters of a label run on after a topic's end, at the most. */
	private static final int LABEL_AFTER_TOPIC = 20;

	/**
	 * The topic's lines up to the one that ends it (…まちづくりについて), not the label of what follows (大府市のプロフィール)
	 * that ran on into it; null when there are none.
	 */
	private static String throughTopicEnd(List<Fragment> fragments) {
		if (fragments.isEmpty()) {
			return null;
		}
		int last = -1;
		for (int f = 0; f < fragments.size(); f++) {
			if (TOPIC_END.matcher(fragments.get(f).text().strip()).find()) {
				last = f;
			}
		}
		// one short line after it, no sentence: a label that ran on, not the topic's rest
		boolean label = last >= 0 && last == fragments.size() - 2 && fragments.get(last + 1).text().strip().length() <= LABEL_AFTER_TOPIC
				&& !fragments.get(last + 1).text().contains("。");
		List<Fragment> kept = label ? fragments.subList(0, last + 1) : fragments;
		return Paragraphs.join(kept.stream().map(Fragment::text).toList());
	}

	/**
	 * The topic a section's 視察内容 states: a line naming the subject; an account of what was explained (several
	 * sentences, the explainers in brackets) is no topic, and the itinerary's topic stands instead.
	 */
	private static String topicOf(String text) {
		if (text == null) {
			return null;
		}
		String stripped = text.strip();
		if (stripped.matches("^(?:視察|訪問|調査)先\\s*[0-9０-９①-⑳]{1,2}(?:\\s|$)[\\s\\S]*")) {
			// 3 視察内容 over ■視察先１ over its rows: the report's part and the destination's number, then the topic row
			String rest = stripped.replaceFirst("^(?:視察|訪問|調査)先\\s*[0-9０-９①-⑳]{1,2}\\s*", "");
			return rest.isEmpty() ? null : topicOf(rest);
		}
		boolean account = stripped.length() > 80 || stripped.indexOf('。') >= 0 && stripped.indexOf('。') < stripped.length() - 1
				|| stripped.matches("^[（(](?:説明者?|対応者?|説明|視察場所)[）)].*");
		if (!account && stripped.indexOf('\n') < 0 && TOPIC_BULLET.matcher(stripped).lookingAt()) {
			// （３）住民主体の介護予防について: the topic, not its number in the list of topics
			return TOPIC_BULLET.matcher(stripped).replaceFirst("").strip();
		}
		return account ? null : text;
	}

	/**
	 * Fills what a visit's own section left out (its date, topic, or destination) from its itinerary row: the row of
	 * the same destination (and day, when both are dated), else the row of the same day, whose disagreeing name is
	 * reported. A row that no section describes is a visit of its own.
	 */
	private static void addItinerary(SourceText text, Itinerary itinerary, List<VisitFacts> visits, Years years,
			List<Finding> findings) {
		List<Itinerary.Entry> entries = itinerary.entries();
		List<LocalDate> dates = entries.stream()
			.map(entry -> entry.date() != null ? entry.date() : years.date(entry.day()).orElse(null))
			.toList();
		VisitFacts[] described = new VisitFacts[entries.size()];
		List<VisitFacts> matched = new ArrayList<>();
		for (int pass = 0; pass < 3; pass++) {
			for (int i = 0; i < entries.size(); i++) {
				int row = i;
				int rule = pass;
				if (described[row] == null) {
					visits.stream().filter(visit -> !matched.contains(visit))
						.filter(visit -> visit.describes(entries.get(row), dates.get(row), rule)).findFirst()
						.ifPresent(visit -> {
							described[row] = visit;
							matched.add(visit);
						});
				}
			}
		}
		boolean added = false;
		for (int i = 0; i < entries.size(); i++) {
			Itinerary.Entry entry = entries.get(i);
			VisitFacts visit = described[i];
			String location = text.location(entry.line());
			if (visit == null) {
				findings.add(Finding.info(location,
						"a visit that only the itinerary states: no section of the report describes it", entry.place()));
				visit = new VisitFacts(entry.line(), null, List.of(), List.of());
				visits.add(visit);
				added = true;
			}
			else if (visit.placeName != null && !Destinations.sameName(visit.placeName, entry.place())) {
				findings.add(Finding.info(location, "the itinerary names another destination for the visit of "
						+ dates.get(i) + " than its section (" + visit.placeName + ")", entry.place()));
			}
			if (visit.date == null) {
				visit.date = dates.get(i);
				if (dates.get(i) == null) {
					findings.add(undated(location, entry.day()));
				}
			}
			if (visit.topic == null) {
				visit.topic = entry.topic();
			}
			if (visit.start == null && entry.time() != null) {
				visit.start = entry.time().start();
				visit.end = entry.time().end();
			}
			if (visit.placeName == null) {
				visit.placeName = entry.place();
				visit.place = new Fragment(entry.line(), 0, entry.place());
			}
		}
		if (added) {
			visits.sort(Comparator.comparing((VisitFacts visit) -> visit.date, Comparator.nullsLast(Comparator.naturalOrder())));
		}
	}

	/** ◆視察日時　同日　14時～: a visit on the day of the visit whose section comes before its own. */
	private static void onTheSameDay(List<VisitFacts> visits) {
		LocalDate previous = null;
		for (VisitFacts visit : visits) {
			if (visit.date == null && visit.sameDayAsBefore) {
				visit.date = previous;
			}
			previous = visit.date == null ? previous : visit.date;
		}
	}

	/** 同日, 当日, 同上 in a visit's date line that states no date. */
	private static final Pattern SAME_DAY = Pattern.compile("同日|当日|同\\s*上");

	/**
	 * 翌13日（水）: a visit dated by its day alone is in the month of the visit described before it, on or after
	 * that visit's day.
	 */
	private static void dateByPreviousVisit(List<VisitFacts> visits) {
		for (int i = 1; i < visits.size(); i++) {
			VisitFacts visit = visits.get(i);
			LocalDate previous = visits.get(i - 1).date;
			if (visit.date == null && visit.dayOfMonth > 0 && previous != null && visit.dayOfMonth >= previous.getDayOfMonth()
					&& visit.dayOfMonth <= previous.lengthOfMonth()) {
				visit.date = previous.withDayOfMonth(visit.dayOfMonth);
			}

		}
	}

	/** The topic a summary list gives a destination, for the visit to it that states none itself. */
	private void addTopics(List<Itinerary.Entry> topics, List<VisitFacts> visits, ResolutionContext places) {
		for (Itinerary.Entry entry : topics) {
			Municipality place;
			try {
				place = this.master.resolve(entry.place(), places).municipality();
			}
			catch (UnknownMunicipalityException ex) {
				continue;
			}
			visits.stream().filter(visit -> place.equals(visit.destination) && visit.topic == null)
				.forEach(visit -> visit.topic = entry.topic());
		}
	}

	/** A destination's column of a table comparing the destinations: its date, hours and figures, by their rows. */
	private static VisitFacts compared(ComparisonTable.Column column, Years years) {
		VisitFacts visit = new VisitFacts(column.header().line(), null, List.of(), List.of());
		visit.place = column.header();
		visit.placeName = column.place();
		Map<String, String> values = column.values();
		String day = Stream.of("視察日", "日時", "月日", "期日").map(values::get).filter(Objects::nonNull).findFirst().orElse("");
		visit.date = InspectionDates.firstEventDate(day)
			.or(() -> InspectionDates.firstMonthDay(day).flatMap(years::date))
			.orElse(null);
		String hours = Stream.of("時間", "日時").map(values::get).filter(Objects::nonNull).findFirst().orElse("");
		InspectionDates.timeRange(hours).ifPresent(range -> {
			visit.start = range.start();
			visit.end = range.end();
		});
		StringBuilder figures = new StringBuilder();
		values.forEach((label, value) -> {
			if (!label.equals("視察日") && !label.equals("時間") && !label.equals("日時")) {
				figures.append(label).append(' ').append(value).append(label.equals("基準日") ? "現在" : "").append('\n');
			}
		});
		visit.figures = StatedFigures.in(figures.toString());
		visit.comparedFigures = true;
		return visit;
	}

	private static StatedFigures ownFigures(String placeName, VisitDraft draft) {
		String own = InspectionDates.normalize(placeName).replaceAll("\\s+", "").replaceFirst("^.{2,3}?[都道府県](?=.+[市町村])", "");
		List<Fragment> told = new ArrayList<>(draft.section(Label.TOPIC));
		told.addAll(draft.section(Label.PURPOSE));
		String text = InspectionDates.normalize(String.join("", told.stream().map(fragment -> fragment.text().strip()).toList()));
		for (String sentence : text.split("。")) {
			if (sentence.contains(own + "は人口") || sentence.contains(own + "の人口")) {
				return StatedFigures.in(sentence);
			}
		}
		return new StatedFigures(null, null, null, null);
	}

	/** 【参考】伊勢原市 人口 99,832人: figures given to compare with, the council's own or another place's, no visit's. */
	private static List<Fragment> unreferenced(List<Fragment> fragments) {
		return fragments.stream().filter(fragment -> !REFERENCE.matcher(fragment.text()).lookingAt()
				&& !SIDE_BY_SIDE.matcher(InspectionDates.normalize(fragment.text())).find()).toList();
	}

	/** ７月10日（水）　７月11日（木）, 13:30～15:30　9:30～11:30, 11,046人　18,093人: a value for each of several places. */
	private static final java.util.regex.Pattern SIDE_BY_SIDE = java.util.regex.Pattern.compile(
			"\\d{1,2}月\\d{1,2}日(?:[(（][^()（）]{1,3}[)）])?[\\s　]+\\d{1,2}月\\d{1,2}日"
					+ "|\\d{1,2}:\\d{2}[～~〜-]\\d{1,2}:\\d{2}[\\s　]+\\d{1,2}:\\d{2}[～~〜-]"
					+ "|\\d[\\d,.]*\\s*(人|世帯|km2)[\\s　]+\\d[\\d,.]*\\s*\\1(?![\\d])");

	private static final java.util.regex.Pattern REFERENCE = java.util.regex.Pattern.compile("^[\\s　※・]*[【（(\\[［〔]?\\s*参考");

	/**
	 * One visit per destination and day: visits to the same destination on the same day, or where one of them is
	 * undated, are one visit described in several places (the 記, the itinerary, its section) and are merged; so is a
	 * visit without a destination on a day with one visit that has one. A visit with neither a destination nor a date
	 * states nothing certain and is reported, not kept.
	 */
	private static List<VisitFacts> merged(SourceText text, List<VisitFacts> visits, List<Finding> findings) {
		List<VisitFacts> kept = new ArrayList<>();
		for (VisitFacts visit : visits) {
			Optional<VisitFacts> same = kept.stream().filter(other -> visit.destination != null
					&& visit.destination.equals(other.destination)
					&& (visit.date == null || other.date == null || visit.date.equals(other.date))).findFirst();
			if (same.isPresent()) {
				same.get().absorb(visit);
			}
			else {
				kept.add(visit);
			}
		}
		for (VisitFacts visit : List.copyOf(kept)) {
			if (visit.destination != null || visit.date == null) {
				continue;
			}
			List<VisitFacts> sameDay = kept.stream()
				.filter(other -> other.destination != null && visit.date.equals(other.date))
				.toList();
			if (sameDay.size() == 1) {
				// 14:00～16:00 富山市役所 in the itinerary, the day's one visit described in its own section
				sameDay.get(0).absorb(visit);
				kept.remove(visit);
			}
		}
		kept.removeIf(visit -> {
			boolean uncertain = visit.destination == null && visit.date == null;
			if (uncertain) {
				findings.add(Finding.warning(text.location(visit.firstLine),
						"a visit with neither a destination the master knows nor a date: not kept", visit.placeName));
			}
			return uncertain;
		});
		return kept;
	}

	private static Finding undated(String location, MonthDay day) {
		return Finding.warning(location, "a visit dated without a year, and the report states none to take",
				day.getMonthValue() + "月" + day.getDayOfMonth() + "日");
	}

	private Municipality destination(SourceText text, VisitFacts visit, ResolutionContext places, List<Finding> findings) {
		String location = text.location(visit.place == null ? visit.firstLine : visit.place.line());
		if (visit.placeName == null) {
			findings.add(Finding.warning(location, "the visit names no destination municipality",
					visit.place == null ? null : visit.place.text()));
			return null;
		}
		try {
			MunicipalityMaster.Resolution resolution = this.master.resolve(visit.placeName, places);
			if (resolution.corrected()) {
				findings.add(Finding.info(location,
						"destination name corrected against the master to " + resolution.municipality(), visit.placeName));
			}
			return resolution.municipality();
		}
		catch (UnknownMunicipalityException ex) {
			findings.add(Finding.warning(location,
					ex.getMessage() + ": the visit is kept without a destination", visit.place.text()));
			return null;
		}
	}

	/**
	 * 狭山市役所 発 … 狭山市役所 着 in a committee's itinerary: where the trip went to other cities, the council's own
	 * city is where it started and ended, no place visited (an inspection at home stands in a report of its own).
	 */
	private static List<VisitFacts> awayFromHome(List<VisitFacts> visits, Municipality council) {
		List<VisitFacts> away = visits.stream()
			.filter(visit -> visit.destination == null || !visit.destination.equals(council))
			.toList();
		return away.isEmpty() ? visits : new ArrayList<>(away);
	}

	/** ひたちなか市HITACHINAKA CITY: a city's site name opening the page, before its menu. */
	private static final java.util.regex.Pattern SITE_NAME = java.util.regex.Pattern
		.compile("^((?:\\p{IsHan}{1,3}[都道府県])?[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}ヶケ]{1,8}[市町村])(?![\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}])");

	/** トップページ＞市議会＞委員会＞…: a breadcrumb through the council's pages of the site, the council unnamed. */
	private static final java.util.regex.Pattern COUNCIL_CRUMB = java.util.regex.Pattern.compile("[>＞][\\s　]*(?:市|町|村|区)?議会[\\s　]*[>＞]");

	/**
	 * The council of a city's web page whose breadcrumb goes through its 市議会 pages: the city whose name opens the page
	 * (the site's header); empty when no breadcrumb does so or the name is no municipality of the master.
	 */
	private Optional<Municipality> siteCouncil(List<String> lines) {
		List<String> top = lines.stream().filter(line -> !line.isBlank()).limit(SITE_HEAD_LINES).toList();
		if (top.isEmpty() || top.stream().noneMatch(line -> COUNCIL_CRUMB.matcher(line.replaceAll("\\t", "")).find())) {
			return Optional.empty();
		}
		java.util.regex.Matcher site = SITE_NAME.matcher(top.get(0).strip());
		// 福岡市 行政視察報告 over the breadcrumb: a report's title naming the city it visited, no site's name
		if (!site.find() || REPORT_WORDS.matcher(top.get(0)).find()) {
			return Optional.empty();
		}
		try {
			return Optional.of(this.master.resolve(site.group(1), this.master.contextOf(lines)).municipality());
		}
		catch (UnknownMunicipalityException unknown) {
			return Optional.empty();
		}
	}

	private static final int SITE_HEAD_LINES = 6;

	private static final java.util.regex.Pattern REPORT_WORDS = java.util.regex.Pattern.compile("視察|報告|調査|研修");

	/** The addressee (岡崎市議会議長 様), else a council named in the header, else the home city of …の現状と課題. */
	private Municipality council(SourceText text, ReportHeader header, List<Finding> findings) {
		boolean unnamed = Stream.of(header.addressee, header.councilMention, header.homeCity).allMatch(Objects::isNull);
		Optional<Municipality> own = unnamed ? OwnCity.in(this.master, text.lines()).or(() -> siteCouncil(text.lines()))
				: Optional.empty();
		if (own.isPresent()) {
			return own.get();
		}
		ReportHeader.Named named = Stream.of(header.addressee, header.councilMention, header.homeCity)
			.filter(Objects::nonNull).findFirst()
			.orElseThrow(() -> new RejectedDocumentException(text.file(), "whole document",
					"no council: no addressee (…議会議長 様), no …議会 in the header, no …の現状と課題 and no city 本市 names", null));
		try {
			MunicipalityMaster.Resolution resolution = this.master.resolve(named.name(), this.master.contextOf(text.lines()));
			if (resolution.corrected()) {
				findings.add(Finding.info(text.location(named.line()),
						"council name corrected against the master to " + resolution.municipality(), named.name()));
			}
			return resolution.municipality();
		}
		catch (UnknownMunicipalityException ex) {
			throw new RejectedDocumentException(text.file(), text.location(named.line()), ex.getMessage(),
					text.lines().get(named.line()), ex);
		}
	}

	private static FiscalYear fiscalYear(SourceText text, List<InspectionVisit> visits, ReportHeader header,
			FiscalYear fallback, List<Finding> findings) {
		Optional<LocalDate> firstVisit = visits.stream().map(InspectionVisit::date).filter(Objects::nonNull)
			.min(Comparator.naturalOrder());
		if (firstVisit.isPresent()) {
			return FiscalYear.containing(firstVisit.get());
		}
		if (header.submitted != null) {
			findings.add(Finding.info(text.location(header.submittedLine),
					"no visit is dated: the fiscal year is that of the submission date", header.submittedText));
			return FiscalYear.containing(header.submitted);
		}
		if (fallback != null) {
			findings.add(Finding.info("whole document",
					"neither a visit nor the submission is dated; using --fiscal-year " + fallback.year(), null));
			return fallback;
		}
		throw new RejectedDocumentException(text.file(), "whole document",
				"no date: neither a visit (視察日時) nor the submission (提出日) is dated, and no --fiscal-year was given", null);
	}

	/**
	 * （1）福岡県大牟田市 over its account, the day and hours only in the sentences of the itinerary above (同日は午後1時30分
	 * から3時まで、福岡県大牟田市を訪問し…): each section's visit takes what the sentences say of its place and it lacks;
	 * a visit only {@code listed} (a day, hours and a place on a line) takes their figures and questions too.
	 */
	private static void toldInSentences(List<VisitFacts> visits, List<VisitFacts> told, boolean listed) {
		for (VisitFacts visit : visits) {
			if (visit.placeName == null) {
				continue;
			}
			for (VisitFacts sentence : told) {
				if (!samePlace(visit.placeName, sentence.placeName)) {
					continue;
				}
				if (visit.date == null) {
					visit.date = sentence.date;
				}
				if (visit.start == null && visit.end == null) {
					visit.start = sentence.start;
					visit.end = sentence.end;
				}
				if (visit.topic == null) {
					visit.topic = sentence.topic;
				}
				if (listed) {
					// a thread's posts on a place its list of visits names: its figures and the questions asked there
					visit.figures = visit.figures.or(sentence.figures);
					if (visit.questions.isEmpty()) {
						visit.questions = new ArrayList<>(sentence.questions);
					}
					if (visit.opinions.isEmpty() && sentence.opinions.size() >= 2) {
						// one point alone may be the first of a list a page's width broke: no count to trust
						visit.opinions = new ArrayList<>(sentence.opinions);
					}
				}
				break;
			}
		}
	}

	/** 福岡県大牟田市 and 大牟田市: one place, its prefecture printed or not. */
	private static boolean samePlace(String one, String other) {
		String a = one.replaceFirst("^\\p{IsHan}{2,3}[都道府県](?=[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}])", "");
		String b = other.replaceFirst("^\\p{IsHan}{2,3}[都道府県](?=[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}])", "");
		return a.equals(b);
	}

	/** 年中無休・午前9時から午後9時まで開館: the hours a place is open, no visit's. */
	private static final java.util.regex.Pattern OPENING_HOURS = java.util.regex.Pattern
		.compile("開館|開所|開園|営業|受付時間|利用時間|診療時間|運行");

	/**
	 * The one member a report names (as its member, reporter or participant) when it names no faction or committee:
	 * what its opinions say, that member says.
	 */
	private static String soleAuthor(ReportHeader header, List<VisitDraft> drafts) {
		Set<String> named = new LinkedHashSet<>(header.members);
		for (VisitDraft draft : drafts) {
			named.addAll(draft.reporters);
			named.addAll(draft.participants);
		}
		return named.size() == 1 && header.faction == null ? named.iterator().next() : null;
	}

	/** 欠席した, 不参加: a sentence saying someone did not go. */
	private static final java.util.regex.Pattern ABSENCE = java.util.regex.Pattern.compile("欠席|不参加|参加(?:しなかった|できなかった|を取りやめ)");

	/** 欠席者なし, 欠席はありません: a sentence saying no one was absent. */
	private static final java.util.regex.Pattern NO_ABSENCE = java.util.regex.Pattern.compile("欠席(?:者)?(?:は)?(?:なし|無し|ありません)");

	/** <td>○</td>, <td>△</td> in a roster's row: the member went, whatever the row's note says. */
	private static final java.util.regex.Pattern WENT_CELL = java.util.regex.Pattern.compile("<td>" + ReportParser.WENT_MARK + "</td>");

	/** The sentences of the text, spaces taken out, that say someone did not go. */
	private static List<String> absences(List<String> lines) {
		List<String> absences = new ArrayList<>();
		for (String line : lines) {
			// a table's row is a sentence of its own; a row marking the member as going (○, △ 一部参加) says who went
			for (String sentence : line.replaceAll("[\\s　]", "").split("。|</tr>")) {
				if (ABSENCE.matcher(sentence).find() && !NO_ABSENCE.matcher(sentence).find() && !WENT_CELL.matcher(sentence).find()) {
					absences.add(sentence);
				}
			}
		}
		return absences;
	}

	/** Whether one of those sentences names the member before saying so. */
	private static boolean absent(String member, List<String> absences) {
		String name = member.replaceAll("[\\s　]", "");
		if (name.length() < 2) {
			return false;
		}
		for (String sentence : absences) {
			int at = sentence.indexOf(name);
			java.util.regex.Matcher absence = ABSENCE.matcher(sentence);
			// …視察終了後に帰任（綾部市・南丹市は不参加）: who went for part of the journey went
			if (at >= 0 && absence.find(at) && !ReportParser.PART_OF_IT.matcher(sentence.substring(at, absence.end())).find()) {
				return true;
			}
		}
		return false;
	}

	/** 係長, 課長補佐, センター長: the post of an official of the place visited, which ends no member's name. */
	private static final java.util.regex.Pattern OFFICIAL_POST = java.util.regex.Pattern
		.compile("(?:係長|課長|部長|室長|所長|局長|次長|参事|主査|主事|主任|補佐|館長|園長|センター長)$");

	/**
	 * The members, without an official of the place visited (同課　まちづくり係長) that a list of people took in, nor a
	 * name too short to be a whole one.
	 */
	private static List<String> members(ReportHeader header, List<InspectionVisit> visits) {
		// 松岡 / 亜希子: a family or a given name alone, a roster split at the space between the two, names no member
		return named(header, visits).stream().filter(name -> !OFFICIAL_POST.matcher(name).find())
			.filter(name -> name.replaceAll("[\\s\u3000]", "").length() >= FULL_NAME).toList();
	}

	/** The members the header lists, else everyone who took part in a visit, else everyone who gave an opinion. */
	private static List<String> named(ReportHeader header, List<InspectionVisit> visits) {
		if (!header.members.isEmpty()) {
			return List.copyOf(new LinkedHashSet<>(header.members));
		}
		Set<String> members = new LinkedHashSet<>();
		visits.forEach(visit -> members.addAll(visit.participants()));
		if (!members.isEmpty()) {
			return List.copyOf(members);
		}
		// no list of members: whoever reports, and whoever gives an opinion under a full name
		visits.forEach(visit -> members.addAll(visit.reporters()));
		List<String> authors = visits.stream().flatMap(visit -> visit.opinions().stream()).map(MemberOpinion::member)
			.distinct().toList();
		// the committee or faction whose numbered opinions name no member is no member
		authors.stream().filter(author -> author.length() >= FULL_NAME && !author.equals(header.faction)
				&& authors.stream().noneMatch(other -> !other.equals(author) && other.startsWith(author)))
			.forEach(members::add);
		return List.copyOf(members);
	}

	private static String join(List<Fragment> fragments) {
		return String.join("\n", fragments.stream().map(Fragment::text).toList());
	}

	/**
	 * The year of a day printed without one (7月 8日): that of the activity period's start when the header states
	 * it (a day before the start falls in the next year), else of the submission (a day after it falls in the year
	 * before).
	 */
	private record Years(LocalDate activityStart, LocalDate submitted) {

		Optional<LocalDate> date(MonthDay day) {
			if (this.activityStart != null) {
				LocalDate date = day.atYear(this.activityStart.getYear());
				return Optional.of(date.isBefore(this.activityStart) ? day.atYear(date.getYear() + 1) : date);
			}
			if (this.submitted != null) {
				LocalDate date = day.atYear(this.submitted.getYear());
				return Optional.of(date.isAfter(this.submitted) ? day.atYear(date.getYear() - 1) : date);
			}
			return Optional.empty();
		}
	}
}
