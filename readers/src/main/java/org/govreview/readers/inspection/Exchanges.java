package org.govreview.readers.inspection;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.govreview.domain.document.Finding;
import org.govreview.domain.inspection.InspectionVisit.QuestionAnswer;

/**
 * The questions put during a visit and the answers given (質疑), as reports write them: Q … / A …, Q1 … / A1 …,
 * Q：… / A：…, 質 … / 答 …, 問 … / 答 …, 問１（橋口委員） … / 答 …, 質問：… / 回答：…, ・質問：… / ⇒ …, ○委員 … / ●説明員 …, minutes' turns (○斉藤委員 … /
 * ○防災課長 …), and on one line, 質：… → 答：….
 * Text that follows a question or answer without a marker
 * continues it (extraction breaks lines and pages). A question left without an answer, or an answer without a
 * question, is not paired but reported. Not thread-safe; one per visit.
 */
final class Exchanges {

	private static final Pattern QUESTION = Pattern
		.compile("^(?:[QＱ][0-9０-９]{0,2}(?:\\s*[:：.．)）]\\s*|\\s+)|[・･●◆■]?\\s*(?:質問|質|問)[0-9０-９]{0,2}(?:[（(][^（）()]{1,12}[）)])?(?:\\s*[:：)）.．]\\s*|[\\s\\u3000]+)"
				+ "|[(（【〈<＜〔［\\[「]\\s*(?:" + speakers("question-speaker") + ")[0-9０-９]{0,2}\\s*[)）】〉>＞〕］\\]」]\\s*"
				+ "|[○◯〇◇]\\s*(?:" + speakers("question-speaker") + ")[0-9０-９]{0,2}(?:\\s*[:：]\\s*|[\\s\\u3000]+)"
				// ○斉藤委員　…, ○村上副委員長　…: a member's turn in minutes
				+ "|[○◯〇]\\s*[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}ー々]{1,8}?(?:副委員長|委員|議員)[\\s\\u3000]+(?=\\S))(.+)$",
				Pattern.DOTALL | Pattern.UNICODE_CHARACTER_CLASS);

	private static final Pattern ANSWER = Pattern
		// 答（情報統計課）　…: the department that answered in brackets after the mark
		.compile("^(?:[AＡ][0-9０-９]{0,2}(?:\\s*[:：.．)）]\\s*|\\s+)|(?:回答|答弁|答)[0-9０-９]{0,2}(?:[（(][^（）()\\n]{1,12}[）)](?:[ \\t\\u3000]*[:：][ \\t\\u3000]*|[ \\t\\u3000]+)(?=\\S)|\\s*[:：)）.．]\\s*|[\\s\\u3000]+)"
				// ・質問：… then ⇒ …: the answer on the line an arrow opens
				+ "|[⇒→]\\s*(?=\\S)"
				+ "|[(（【〈<＜〔［\\[「]\\s*(?:" + speakers("answer-speaker") + ")[0-9０-９]{0,2}\\s*[)）】〉>＞〕］\\]」]\\s*"
				// （坂井市）, 【明石市担当者】: the host answers, named by its municipality
				+ "|[(（【〔［\\[]\\s*[\\p{IsHan}ヶケ]{1,6}[市町村区](?:役所|役場)?(?:担当者?|職員|説明員)?\\s*[)）】〕］\\]]\\s*(?=\\S)"
				// ●答　…, ○答　…: the answer's marker, as a bullet before 答 or its speaker
				+ "|[●◆○◯〇]\\s*(?:" + speakers("answer-speaker") + ")[0-9０-９]{0,2}(?:\\s*[:：]\\s*|[\\s\\u3000]+)"
				// ○スマートシティ推進室長　…, ○防災課長　…: an official's turn in minutes, named by post
				+ "|[○◯〇]\\s*[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}ー々・]{0,16}?(?<!委員|議)(?:長|長補佐|主幹|主査|係長|担当|職員|説明員|参事|理事|補佐)[\\s\\u3000]+(?=\\S))(.+)$",
				Pattern.DOTALL | Pattern.UNICODE_CHARACTER_CLASS);

	/** An answer on the question's own line: 質：… → 答：…, Q: … A: …. */
	private static final Pattern ANSWER_ON_THE_SAME_LINE = Pattern.compile(
			"\\s*(?:→|⇒|->)\\s*(?:[(（【]\\s*(?:回答|答弁|答)\\s*[)）】]|回答|答弁|答|[AＡ])?[0-9０-９]{0,2}\\s*[:：]?\\s*|\\s+(?:回答|答|[AＡ])[0-9０-９]{0,2}\\s*[:：]\\s*"
					// 問：…／答：…: the answer after a slash
					+ "|\\s*[／/]\\s*(?:回答|答弁|答|[AＡ])[0-9０-９]{0,2}\\s*[:：]\\s*"
					+ "|(?<=[。？?])\\s*(?:[(（【]\\s*(?:回答|答)\\s*[)）】]|(?:回答|答|[AＡ])[0-9０-９]{0,2}[.．]?[\\s\u3000]+)",
			Pattern.UNICODE_CHARACTER_CLASS);

	private static final Pattern REPORTED = Pattern.compile(
			"^[◇◆・○●]?\\s*「(.+?)」\\s*(?:との|という)(?:問い|質問|質疑)に(?:対し|対して)、?\\s*「(.+?)」\\s*(?:との|という)(?:答え|回答|答弁|説明)",
			Pattern.UNICODE_CHARACTER_CLASS);

	private final List<QuestionAnswer> pairs = new ArrayList<>();

	/**
	 * Who asks or answers, in brackets before what is said: （問）, 【答】, 「問」, （委員）, （説明員）, spaced out as a
	 * justified cell prints them (（委 員）).
	 */
	private static String speakers(String concept) {
		return String.join("|", InspectionReportRecognition.VOCABULARY.words(concept).stream()
			.map(word -> String.join("[\\s\\u3000]*", word.codePoints().mapToObj(Character::toString).map(Pattern::quote).toList()))
			.toList());
	}

	private final List<Finding> findings;

	private final String visit;

	private StringBuilder question;

	private int questionLine;

	private StringBuilder answer;

	Exchanges(String visit, List<Finding> findings) {
		this.visit = visit;
		this.findings = findings;
	}

	/** The text of a question, when the fragment starts with a question marker. */
	static Optional<String> question(String fragment) {
		Matcher matcher = QUESTION.matcher(unbulleted(fragment));
		return matcher.matches() ? Optional.of(matcher.group(1).strip()) : Optional.empty();
	}

	/** ・ Q1. …, ・ A. …, ・ 答：…: a list's bullet before the question's or answer's own mark (a Markdown list of Q&A). */
	private static final Pattern BULLET_BEFORE_MARK = Pattern.compile("^[・･•]\\s*(?=[QＱAＡ][0-9０-９]{0,2}\\s*[.．:：)）\\s]|(?:回答|答弁|答)[0-9０-９]{0,2}\\s*[:：)）.．\\s])");

	private static String unbulleted(String fragment) {
		return BULLET_BEFORE_MARK.matcher(fragment).replaceFirst("");
	}

	/** 「…」との問いに対し、「…」との答えであった: a question and its answer reported in one sentence. */
	static Optional<String[]> reported(String fragment) {
		Matcher matcher = REPORTED.matcher(fragment.strip());
		return matcher.find() ? Optional.of(new String[] { matcher.group(1).strip(), matcher.group(2).strip() }) : Optional.empty();
	}

	static Optional<String> answer(String fragment) {
		Matcher matcher = ANSWER.matcher(unbulleted(fragment));
		return matcher.matches() ? Optional.of(matcher.group(1).strip()) : Optional.empty();
	}

	void ask(String text, int line) {
		close();
		this.questionLine = line;
		Matcher answer = ANSWER_ON_THE_SAME_LINE.matcher(text);
		if (answer.find() && answer.start() > 0 && answer.end() < text.length()) {
			this.question = new StringBuilder(text.substring(0, answer.start()));
			this.answer = new StringBuilder(text.substring(answer.end()));
			return;
		}
		this.question = new StringBuilder(text);
	}

	void answer(String text, int line) {
		if (this.question == null) {
			this.findings.add(Finding.warning("line " + (line + 1), this.visit + ": an answer without a question", text));
			return;
		}
		if (this.answer != null) {
			Paragraphs.append(this.answer, text);
			return;
		}
		this.answer = new StringBuilder(text);
	}

	/** Text without a marker: the continuation of the question or answer it follows; before any, nothing. */
	void continueWith(String text) {
		if (this.answer != null) {
			Paragraphs.append(this.answer, text);
		}
		else if (this.question != null) {
			Paragraphs.append(this.question, text);
		}
	}

	List<QuestionAnswer> finish() {
		close();
		return List.copyOf(this.pairs);
	}

	private void close() {
		if (this.question != null && this.answer == null) {
			this.findings.add(Finding.warning("line " + (this.questionLine + 1),
					this.visit + ": a question without an answer", this.question.toString()));
		}
		else if (this.question != null) {
			this.pairs.add(new QuestionAnswer(this.question.toString(), this.answer.toString()));
		}
		this.question = null;
		this.answer = null;
	}
}
