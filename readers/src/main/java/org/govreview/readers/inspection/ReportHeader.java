package org.govreview.readers.inspection;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.govreview.readers.inspection.Fragments.Fragment;

/**
 * What a report says of itself: to which council it is addressed (岡崎市議会議長 様), when it was submitted (令和7年
 * 8月19日提出), by which faction or committee and representative, under which expense number, by which members, and
 * the period of the activity. Each fact is the first the text states. Not thread-safe; one per document.
 */
final class ReportHeader {

	/** 岡崎市議会議長 様, 岡崎市議会 議長 殿; not 本市 or 当市. */
	private static final Pattern ADDRESSEE = Pattern
		.compile("^\\s*(?:[^\\s:：]{1,6}[:：]\\s*)?((?![本当同各全他])[^\\s:：]+?[都道府県市町村区])\\s*議会\\s*議長");

	/** 提出先 ⇥ …議会議長 … 様 after a form's other cells on its row: the addressee's own cell and its label. */
	private static final Pattern ADDRESSED_CELL = Pattern.compile("[\\s　]{2,}(?:提出先|宛先|あて先)[\\s　]+(\\S[^:：]*?議会[\\s　]*議長.*)$");

	/** 岡崎市議会 総務企画委員会, 射水市議会, 石黒みほ｜射水市議会議員 (a blog's title, the writer's name before a bar): the council named. */
	private static final Pattern COUNCIL = Pattern.compile("(?:^\\s*|[|｜/／>＞›»]\\s*)(?:(?:令和|平成)\\s*[0-9元]{1,2}\\s*年度?\\s*(?:第\\s*[0-9]{1,2}\\s*回)?\\s*(?:[（(][^）)]{1,6}[）)])?)?((?![本当同各全他])[^\\s|｜/／>＞›»]+?[市町村区])\\s*議会");

	private static final Pattern BREADCRUMB = Pattern.compile("[>＞›»][^>＞›»]+[>＞›»]");

	private static final Pattern MEMBER = Pattern.compile("\\s*((?![本当同各全他])[\\p{IsHan}ヶケ]{1,8}?[市町村区])議会議員");

	private static final Pattern NEWSLETTER = Pattern.compile("((?![本当同各全他])[\\p{IsHan}ヶケ]{1,8}?[市町村区])議会だより");

	private static final Pattern COMMITTEE = Pattern.compile("^(?:\\S+?議会\\s*)?([^\\s>＞›»|｜/／]{2,20}委員会)$");

	/** 建設委員会行政視察報告書, 姫路市議会総務委員会視察報告: a title naming the committee that reports. */
	private static final Pattern TITLED_COMMITTEE = Pattern
		.compile("^(?:令和\\S{1,3}年度)?(?:\\S+?議会)?([^\\s>＞›»|｜/／]{2,16}?委員会)(?:行政|管外|先進地)?(?:視察|調査)(?:報告書?|記録)$");

	private static final Pattern CHAIR = Pattern.compile("^委員長[\\s:：]+(\\S.*)$");

	private static final int BYLINE_LINES = 20;

	/** 21:47 after a date: the time a page was posted. */
	private static final Pattern POSTED_AT = Pattern.compile("^\\s+[0-9]{1,2}:[0-9]{2}\\s*$");

	/** What a byline prints after its date: a name and categories, never a period, a time or a sentence. */
	private static final Pattern BYLINE_REST = Pattern.compile("^\\s+[^。～~〜:：]{2,40}$");

	/** A date alone, or followed by 提出 or a weekday: what is left once the date is taken out. */
	private static final Pattern DATE_REMAINDER = Pattern.compile("^[\\s()（）月火水木金土日曜]*(?:提出)?[\\s]*$");

	/** The council the report is addressed to (岡崎市議会議長 様 → 岡崎市). */
	Named addressee;

	/** A council named elsewhere in the header (岡崎市議会 総務企画委員会). */
	Named councilMention;

	/** The home city of a visit's 岡崎市の現状と課題. */
	Named homeCity;

	String submittedText;

	LocalDate submitted;

	/** When a web page carrying the report was posted: no fact of the report, only the year its days fall in. */
	LocalDate published;

	int submittedLine = -1;

	/** Whether the day came from a form's 提出日 cell, which no other day then replaces. */
	private boolean submittedByLabel;

	String faction;

	String representative;

	String expenseNumber;

	final List<String> members = new ArrayList<>();

	LocalDate activityStart;

	private static final Pattern HEADER_WORD = Pattern.compile("^(?:氏名|役職|名前|議員名|議員氏名|委員名|職名|備考|所属|出欠状況|出欠|参加状況|参加区分)$");

	/** 木更津市議会議長        永井    俊夫   様: the line as long as its words, however wide a page set them apart. */
	private static String collapsed(String text) {
		return text.replaceAll("[\\s　]+", " ");
	}

	/** True when a fragment addresses the report (…議会議長 様) or dates its submission (…提出). */
	static boolean speaksOfItself(String fragment) {
		String normalized = InspectionDates.normalize(fragment).strip();
		return (collapsed(normalized).length() <= 40 && ADDRESSEE.matcher(normalized).find())
				|| (normalized.length() <= 30 && normalized.contains("提出") && !InspectionDates.fullDates(normalized).isEmpty());
	}

	/** 建設委員会行政視察報告書: a title naming the committee that reports, taken as the report's body; true when so. */
	boolean titled(Fragment fragment) {
		Matcher titled = TITLED_COMMITTEE.matcher(InspectionDates.normalize(fragment.text()).replaceAll("\\s+", ""));
		if (!titled.matches() || fragment.line() >= BYLINE_LINES) {
			return false;
		}
		this.faction = first(this.faction, titled.group(1));
		return true;
	}

	/** True when the fragment addresses the report or dates its submission; the fact is taken. */
	boolean offer(Fragment fragment) {
		String normalized = InspectionDates.normalize(fragment.text()).strip();
		String[] cells = normalized.split("[\\s　]{2,}");
		for (int c = 0; c + 1 < cells.length && normalized.length() > 30; c++) {
			// 提出日　令和７年１１月２０日（木）　　提出先　…: the submission's cell among a form's row
			if (SUBMITTED_LABEL.matcher(cells[c]).matches()) {
				var dates = InspectionDates.fullDates(cells[c + 1]);
				if (!dates.isEmpty()) {
					submitLabelled(dates.get(0).date(), fragment);
				}
			}
		}
		String addressing = normalized;
		Matcher addressed = ADDRESSED_CELL.matcher(normalized);
		if (!(ADDRESSEE.matcher(normalized).find() && collapsed(normalized).length() <= 40) && addressed.find()) {
			// 提出日　令和７年…　　提出先　　白河市議会議長　菅野　一成　様: a form's row, the addressee its later cell
			addressing = addressed.group(1);
		}
		Matcher addressee = ADDRESSEE.matcher(addressing);
		if (addressee.find() && collapsed(addressing).length() <= 40) {
			if (this.addressee == null) {
				this.addressee = new Named(addressee.group(1), fragment.line());
			}
			return true;
		}
		if (normalized.contains("提出") && normalized.length() <= 30) {
			var dates = InspectionDates.fullDates(normalized);
			if (!dates.isEmpty()) {
				submit(dates.get(0).date(), fragment);
				return true;
			}
		}
		return false;
	}

	/** 提出日, 提 出 日, 提出年月日: the label of the day the report was submitted. */
	private static final Pattern SUBMITTED_LABEL = Pattern.compile("^提\\s?出\\s?(?:年\\s?月\\s?)?日$");

	/** Members named again, in another list or sentence: a name printed twice is one member. */
	void addMembers(List<String> named) {
		// 役職 | 氏名: a list's header words, no one's name
		named.stream().filter(name -> !this.members.contains(name) && !HEADER_WORD.matcher(name.replaceAll("[\\s　]", "")).matches())
			.forEach(this.members::add);
	}

	/** A header label and its value (the rest of its cell, or the cell or line after it). */
	void accept(Label label, String value, Fragment fragment, PersonNames names) {
		switch (label) {
			case SUBMITTED -> InspectionDates.firstDate(value).ifPresent(date -> submitLabelled(date, fragment));
			case FACTION -> this.faction = first(this.faction, committee(value));
			case REPRESENTATIVE -> names.list(value).stream().findFirst()
				.ifPresent(name -> this.representative = first(this.representative, name));
			case EXPENSE_NUMBER -> this.expenseNumber = first(this.expenseNumber,
					value.codePoints().anyMatch(Character::isDigit) ? value.strip() : null);
			case MEMBERS -> {
				// 議員氏名 then 同行議員: each label names members of its own
				addMembers(names.list(value));
			}
			case ACTIVITY_PERIOD -> {
				if (this.activityStart == null) {
					this.activityStart = InspectionDates.firstDate(value).orElse(null);
				}
			}
			default -> {
				// 備考 and the like: nothing to keep
			}
		}
	}

	/**
	 * Unlabelled header lines: a date alone (the submission date of reports that print no 提出), a committee's name,
	 * 委員長 and a name, a council named with its 議会. True when the fragment was taken.
	 */
	boolean acceptUnlabelled(Fragment fragment, PersonNames names) {
		String text = fragment.text().strip();
		String normalized = InspectionDates.normalize(text);
		var dates = InspectionDates.fullDates(normalized);
		Matcher newsletter = NEWSLETTER.matcher(normalized);
		if (fragment.line() < BYLINE_LINES && newsletter.find() && this.councilMention == null) {
			// 令和７年２月１日　菊川市議会だより　第78号: the council whose newsletter the page is
			this.councilMention = new Named(newsletter.group(1), fragment.line());
		}
		for (var stated : dates) {
			if (SUBMITTED_ON.matcher(normalized.substring(stated.end())).lookingAt()) {
				// …は令和6年11月13日付けで議長あてに報告書として提出しております: the day a sentence says it was submitted
				submit(stated.date(), fragment);
			}
			else if (fragment.line() < BYLINE_LINES && ISSUED.matcher(normalized.substring(stated.end())).lookingAt()) {
				// 太田市議会だより 第２１５号 令和７年２月１日発行: a newsletter's page reports on the day it is issued
				submit(stated.date(), fragment);
			}
		}
		if (dates.size() == 1 && fragment.line() < BYLINE_LINES && NEWSLETTER.matcher(normalized).find() && this.submitted == null) {
			// 6　渋川市議会だより　第75号　令和7年（2025年）2月1日: a newsletter's running head, the day it is issued
			submit(dates.get(0).date(), fragment);
		}
		if (dates.size() == 1 && DATE_REMAINDER.matcher(normalized.substring(0, dates.get(0).start())
				+ normalized.substring(dates.get(0).end())).matches()) {
			submit(dates.get(0).date(), fragment);
			return true;
		}
		if (dates.size() == 1 && dates.get(0).start() == 0 && fragment.line() < BYLINE_LINES && this.published == null
				&& POSTED_AT.matcher(normalized.substring(dates.get(0).end())).matches()) {
			// 2024年11月5日 21:47 under a blog post's title: when it was posted, the year of the days it names alone
			this.published = dates.get(0).date();
			return true;
		}
		if (dates.size() == 1 && this.published == null && normalized.substring(dates.get(0).end()).isBlank()
				&& POST_TIME.matcher(normalized.substring(0, dates.get(0).start())).matches()) {
			// 午後9:05 · 2024年10月23日 under a post on X: when it was posted, the year of the days the thread names alone
			this.published = dates.get(0).date();
			return true;
		}
		if (dates.size() == 1 && dates.get(0).start() == 0 && fragment.line() < BYLINE_LINES && this.submitted == null
				&& BYLINE_REST.matcher(normalized.substring(dates.get(0).end())).matches()) {
			// 2025年6月3日 稲垣 誠 議会報告, 視察: a page's byline at its top, the day the report was published
			submit(dates.get(0).date(), fragment);
			return true;
		}
		Matcher council = COUNCIL.matcher(normalized);
		// ホーム > 新発田市議会 > 委員会 > …: a site's breadcrumb names the council whose page it is, however long
		if ((normalized.length() <= 30 || BREADCRUMB.matcher(normalized).find()) && council.find() && this.councilMention == null) {
			this.councilMention = new Named(council.group(1), fragment.line());
		}
		Matcher member = MEMBER.matcher(normalized);
		if (fragment.line() < BYLINE_LINES && member.lookingAt() && this.councilMention == null) {
			// 薩摩川内市議会議員 今吉陽子のオフィシャルブログです: the council of the member whose page it is
			this.councilMention = new Named(member.group(1), fragment.line());
		}
		// ・総務教育委員会 in a page's menu: a link to a committee's pages, not the committee that reports
		Matcher committee = COMMITTEE.matcher(normalized.replaceAll("\\s+", ""));
		if (committee.matches() && this.faction == null && !normalized.matches("^[・･•].*")) {
			this.faction = committee.group(1);
			return true;
		}
		Matcher chair = CHAIR.matcher(normalized);
		if (chair.matches() && this.representative == null) {
			names.list(chair.group(1)).stream().findFirst().ifPresent(name -> this.representative = name);
			return this.representative != null;
		}
		return false;
	}

	private static final java.util.regex.Pattern ISSUED = java.util.regex.Pattern.compile("\\s*発行");

	/** 午後9:05 ·, 21:05 ·: the time a post on X was posted, before its day. */
	private static final java.util.regex.Pattern POST_TIME = java.util.regex.Pattern
		.compile("^\\s*(?:午前|午後)?\\s*\\d{1,2}\\s*[:：]\\s*\\d{2}\\s*[·・･]\\s*$");

	/** 付けで…提出: what a sentence says after the day a report was submitted. */
	private static final java.util.regex.Pattern SUBMITTED_ON = java.util.regex.Pattern.compile("\\s*付け?で[^。]{0,60}提出");

	/** A name as printed and its 0-based line. */
	record Named(String name, int line) {
	}

	/**
	 * The day a 提出日 label gives, before any day found alone (受付日 | 2025/11/28 on the row above: a day alone in a cell
	 * is the day the report was received); the first labelled day stays.
	 */
	private void submitLabelled(LocalDate date, Fragment fragment) {
		if (!submittedByLabel) {
			this.submitted = null;
			submit(date, fragment);
			submittedByLabel = true;
		}
	}

	private void submit(LocalDate date, Fragment fragment) {
		if (this.submitted == null) {
			this.submitted = date;
			this.submittedText = fragment.text();
			this.submittedLine = fragment.line();
		}
	}

	private static String committee(String value) {
		String stripped = value.strip().replaceFirst("^\\S+?議会\\s*(?=\\S)", "");
		return stripped.isEmpty() ? null : stripped;
	}

	private static String first(String current, String candidate) {
		return current != null ? current : candidate;
	}
}
