package org.govreview.readers.inspection;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.govreview.domain.document.Finding;
import org.govreview.domain.inspection.InspectionVisit.MemberOpinion;
import org.govreview.domain.inspection.InspectionVisit.QuestionAnswer;
import org.govreview.readers.inspection.Fragments.Fragment;

/**
 * One visit as the text describes it, before its facts are typed: the fragments under each of its labels, the
 * heading it started with, its questions and answers and its members' opinions. A label the visit already has
 * (a second 視察者) means the next visit has begun, unless it repeats the label of the section being read (a table
 * row label that extraction moved into the middle of the row's text). Not thread-safe.
 */
final class VisitDraft {

	/** Fields that make a visit a visit; a draft with none of them only names people. */
	private static final Set<Label> FACTS = EnumSet.of(Label.DATE_TIME, Label.DESTINATION, Label.TOPIC, Label.PURPOSE,
			Label.HOME_SITUATION, Label.FIGURES, Label.FIGURE);

	/** Labels a visit's section may print more than once (概要 and 説明内容, 人口 and 面積 apart): no visit's start. */
	private static final Set<Label> REPEATABLE = EnumSet.of(Label.OVERVIEW, Label.FIGURE, Label.ASIDE, Label.TIME);

	final int firstLine;

	final String reportNumber;

	final boolean openedByReportHeading;

	final List<String> reporters = new ArrayList<>();

	final List<String> participants = new ArrayList<>();

	final List<Fragment> intro = new ArrayList<>();

	Fragment heading;

	/** The day line the visit was printed under (第１日目　令和７年７月１６日（水）), null when none. */
	Fragment day;

	String headingName;

	private final Map<Label, List<Fragment>> sections = new EnumMap<>(Label.class);

	private final Set<Label> seen = EnumSet.noneOf(Label.class);

	private final PersonNames names;

	private final Exchanges exchanges;

	private final Opinions opinions;

	/** ○ a question, ● its answer: the turns of a 質疑 marked without speakers. */
	private static final Pattern MARKED_TURN = Pattern.compile("^([○◯〇●])\\s*(\\S.*)$",
			Pattern.DOTALL);

	private Label section;

	VisitDraft(int firstLine, String reportNumber, boolean openedByReportHeading, PersonNames names,
			List<Finding> findings) {
		this.firstLine = firstLine;
		this.reportNumber = reportNumber;
		this.openedByReportHeading = openedByReportHeading;
		this.names = names;
		String visit = "the visit from line " + (firstLine + 1);
		this.exchanges = new Exchanges(visit, findings);
		this.opinions = new Opinions(visit, findings);
	}

	boolean has(Label label) {
		return this.seen.contains(label);
	}

	/** True when this label starts the next visit rather than a section of this one. */
	boolean isTakenBy(Label label) {
		// 【市勢】 人口 … 面積 … then 市の概要: the same account of the city, not a second visit
		boolean sameAccount = label == Label.FIGURES && this.section == Label.FIGURE;
		return this.seen.contains(label) && this.section != label && !REPEATABLE.contains(label) && !sameAccount;
	}

	/** 「…について」 on the line under the destination's heading: the visit's topic, the section going on as it was. */
	void statedTopic(Fragment fragment, String topic) {
		Label was = this.section;
		open(Label.TOPIC);
		accept(new Fragment(fragment.line(), fragment.column(), topic), topic);
		this.section = was;
	}

	void open(Label label) {
		openPart(label);
		this.seen.add(label);
	}

	/** 石川県野々市市　視察内容: the part of the account a heading opens, which its own labels (調査項目：) may still name. */
	void openPart(Label label) {
		if (label == Label.OPINIONS && this.section != Label.OPINIONS) {
			this.opinions.startSection();
		}
		this.section = label;
	}

	/** 模擬訓練への住民の参加状況について質問したところ、毎年…: a question told in a sentence, its answer after it. */
	private static final Pattern ASKED_THEN = Pattern.compile("^(.{4,80}?(?:について|を))(?:質問|質疑|お尋ね|尋ね)(?:し|を行っ)?たところ、?(.+)$");

	/** （1）, 1., ①: a numbered item's text. */
	private static final Pattern NUMBERED_QUESTION = Pattern
		.compile("^(?:[(（][0-9０-９]{1,2}[)）]|[0-9０-９]{1,2}[.．)）]|[①-⑳])[\\s　]*(.+)$", Pattern.DOTALL);

	void accept(Fragment fragment, String text) {
		if ((this.section == Label.PARTICIPANTS || this.section == Label.REPORTERS) && PersonNames.isSentence(text)) {
			// running text after a list of people: the list has ended
			this.section = null;
		}
		if (this.section == Label.PARTICIPANTS || this.section == Label.REPORTERS) {
			(this.section == Label.PARTICIPANTS ? this.participants : this.reporters).addAll(this.names.list(text));
			return;
		}
		Optional<String[]> reported = this.section == Label.QUESTIONS ? Exchanges.reported(text) : Optional.empty();
		if (reported.isPresent()) {
			this.exchanges.ask(reported.get()[0], fragment.line());
			this.exchanges.answer(reported.get()[1], fragment.line());
			return;
		}
		Matcher askedThen = this.section == Label.QUESTIONS ? ASKED_THEN.matcher(text.strip()) : null;
		if (askedThen != null && askedThen.matches()) {
			// …について質問したところ、…との回答があった。: the question, then its answer going on over the lines below
			this.exchanges.ask(askedThen.group(1), fragment.line());
			this.exchanges.answer(askedThen.group(2), fragment.line());
			return;
		}
		Optional<String> question = Exchanges.question(text);
		Matcher numbered = this.section == Label.QUESTIONS ? NUMBERED_QUESTION.matcher(text.strip()) : null;
		if (question.isEmpty() && numbered != null && numbered.matches()) {
			// （1）　端末の更新費用の見通しについて over 答 …: under 質疑, a numbered item is a question
			question = Exchanges.question(numbered.group(1)).or(() -> Optional.of(numbered.group(1)));
		}
		if (question.isPresent()) {
			open(Label.QUESTIONS);
			this.exchanges.ask(question.get(), fragment.line());
			return;
		}
		Optional<String> answer = this.section == Label.QUESTIONS ? Exchanges.answer(text) : Optional.empty();
		if (answer.isPresent()) {
			this.exchanges.answer(answer.get(), fragment.line());
			return;
		}
		Matcher turn = this.section == Label.QUESTIONS ? MARKED_TURN.matcher(text.strip()) : null;
		if (turn != null && turn.matches()) {
			// ○居場所の運営団体が… then ●令和5年度に…: under 質疑, ○ asks and ● answers
			if (turn.group(1).equals("●")) {
				this.exchanges.answer(turn.group(2), fragment.line());
			}
			else {
				this.exchanges.ask(turn.group(2), fragment.line());
			}
			return;
		}
		if (this.section == Label.OPINIONS && this.opinions.signs(text)) {
			// …提案したい。 over （佐藤　健一）: the name signs the passage above, it opens none below
			return;
		}
		Optional<PersonNames.Heading> member = this.names.heading(text, this.section == Label.OPINIONS);
		if (member.isPresent()) {
			open(Label.OPINIONS);
			this.opinions.startMember(member.get().member(), member.get().rest(), fragment.line());
			return;
		}
		if (this.section == null) {
			this.intro.add(new Fragment(fragment.line(), fragment.column(), text));
		}
		else if (this.section == Label.QUESTIONS) {
			this.exchanges.continueWith(text);
		}
		else if (this.section == Label.OPINIONS) {
			this.opinions.add(text, fragment.line());
		}
		else {
			this.sections.computeIfAbsent(this.section, label -> new ArrayList<>())
				.add(new Fragment(fragment.line(), fragment.column(), text));
		}
	}

	/** The fragments under a label, in order; empty when the visit has no such section. */
	List<Fragment> section(Label label) {
		return this.sections.getOrDefault(label, List.of());
	}

	String text(Label label) {
		List<Fragment> fragments = section(label);
		return fragments.isEmpty() ? null : Paragraphs.join(fragments.stream().map(Fragment::text).toList());
	}

	/** A draft opened by a report heading that has not yet said anything of its visit. */
	boolean isBlank() {
		return this.heading == null && this.seen.isEmpty() && this.intro.isEmpty();
	}

	/**
	 * True when a destination heading ((1) 北海道苫小牧市) continues this draft rather than starting the next visit:
	 * the draft was opened by a report heading and has named no more than people so far.
	 */
	boolean awaitsHeading() {
		return this.openedByReportHeading && this.heading == null
				&& EnumSet.of(Label.REPORTERS, Label.PARTICIPANTS).containsAll(this.seen);
	}

	/** True while the draft has named no more than people: the document's header may still be being read. */
	boolean namesOnlyPeople() {
		return this.heading == null && EnumSet.of(Label.REPORTERS, Label.PARTICIPANTS).containsAll(this.seen);
	}

	boolean hasFacts(List<QuestionAnswer> questions, List<MemberOpinion> opinions) {
		return this.heading != null || FACTS.stream().anyMatch(label -> !section(label).isEmpty()) || !questions.isEmpty()
				|| !opinions.isEmpty();
	}

	List<QuestionAnswer> finishQuestions() {
		return this.exchanges.finish();
	}

	List<MemberOpinion> finishOpinions(String soleAuthor, String body) {
		return this.opinions.finish(soleAuthor, body);
	}
}
