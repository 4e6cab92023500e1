package org.govreview.readers.inspection;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import org.govreview.domain.document.DocumentKind;
import org.govreview.readers.document.DocumentModel;
import org.govreview.readers.document.Vocabulary;
import org.govreview.readers.recognition.KindAssessment;

/**
 * Whether a document reads as a council inspection report, by the words of {@code vocabulary.txt}: near its top it
 * says that it reports an activity (視察, 行政調査, 政務活動 … and 報告, in a title or a sentence), and it names what a
 * visit report names: destinations, dates, questions, opinions, members, an addressee, the destination's figures.
 * A host city's guide to receiving visits or committee minutes about a planned visit say no such thing at their top.
 * Stateless and thread-safe.
 */
public final class InspectionReportRecognition {

	static final Vocabulary VOCABULARY = Vocabulary.load(InspectionReportRecognition.class, "vocabulary.txt");

	/** How many opening lines may carry the statement that the document reports an inspection. */
	private static final int HEAD_LINES = 25;

	/** How long a line of a site's menu may be. */
	private static final int MENU_ITEM = 12;

	private static final List<String> SIGNALS = List.of("destination", "visit-date", "questions", "opinions", "members",
			"addressee", "figures");

	/** How many lines in a row a headline may be set over. */
	private static final int HEADLINE_LINES = 3;

	private static final int REPORT_STATEMENT = 3;

	private static final int SIGNALS_NEEDED = 2;

	/** How long an article's headline in a newsletter may be. */
	private static final int ARTICLE_HEADLINE = 20;

	/** 渋川市議会だより　第75号, 議会報 No.123: the title of a council's newsletter. */
	private static final java.util.regex.Pattern NEWSLETTER = java.util.regex.Pattern
		.compile("議会(?:だより|便り|報|通信|かわら版|NEWS|ニュース)");

	private InspectionReportRecognition() {
	}

	private static boolean newsletter(List<String> lines) {
		return lines.stream().filter(line -> !line.isBlank()).limit(HEAD_LINES)
			.anyMatch(line -> NEWSLETTER.matcher(line).find());
	}

	/** The document assessed as this kind: recognised, with its evidence, or what it lacks. */
	public static KindAssessment assess(DocumentModel model) {
		boolean statesReport = false;
		int read = 0;
		Deque<String> headline = new ArrayDeque<>();
		for (String printed : model.source().lines()) {
			if (read >= HEAD_LINES || statesReport) {
				break;
			}
			// a page saved as HTML: its tags, style sheet and metadata say nothing a reader sees
			String line = printed.indexOf('<') >= 0 ? org.govreview.readers.text.HtmlFragments.shown(printed) : printed;
			if (!org.govreview.readers.text.HtmlFragments.hasJapanese(line)) {
				continue;
			}
			if (!line.isBlank()) {
				headline.addLast(line);
				if (headline.size() > HEADLINE_LINES) {
					headline.removeFirst();
				}
			}
			// a newsletter's headline set over short lines: 委員会レポート / 市民文教委員会 / 行政視察を実施
			String said = String.join("", headline);
			statesReport = VOCABULARY.mentions("activity", line) && VOCABULARY.mentions("report", said)
					|| VOCABULARY.mentions("report", line) && VOCABULARY.mentions("activity", said);
			// a web page's menu (くらし・手続き, 文字サイズ, 拡大) before its title: short lines that count for little
			read += line.strip().length() > MENU_ITEM ? 1 : 0;
		}
		// minutes: the report is a committee chair's turn somewhere in the sitting, not the document's top
		statesReport |= Minutes.reportsInspection(model.source().lines());
		// a council's newsletter: the visit is one article among others, headed 行政視察報告 where it starts
		statesReport |= newsletter(model.source().lines()) && model.source().lines().stream()
			.anyMatch(line -> line.strip().length() <= ARTICLE_HEADLINE && VOCABULARY.mentions("activity", line)
					&& VOCABULARY.mentions("report", line));
		String text = String.join("\n", model.source().lines());
		List<String> missing = new ArrayList<>();
		int signals = 0;
		for (String signal : SIGNALS) {
			if (VOCABULARY.mentions(signal, text)) {
				signals++;
			}
			else {
				missing.add("no " + signal + " (" + String.join(", ", VOCABULARY.words(signal)) + ")");
			}
		}
		int evidence = signals + (statesReport ? REPORT_STATEMENT : 0);
		if (statesReport && signals >= SIGNALS_NEEDED) {
			return KindAssessment.recognised(DocumentKind.INSPECTION_REPORT, evidence);
		}
		if (!statesReport) {
			missing.add(0, "no statement near the top that it reports an inspection (視察/行政調査/政務活動 … 報告)");
		}
		return KindAssessment.lacking(DocumentKind.INSPECTION_REPORT, evidence, missing);
	}
}
