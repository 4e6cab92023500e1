package org.govreview.readers.inspection;

import java.time.MonthDay;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.govreview.domain.document.Finding;
import org.govreview.readers.document.Block;
import org.govreview.readers.document.Cell;
import org.govreview.readers.document.DocumentModel;
import org.govreview.readers.document.Heading;
import org.govreview.readers.document.Paragraph;
import org.govreview.readers.document.Table;
import org.govreview.readers.inspection.Fragments.Fragment;
import org.govreview.readers.text.JapaneseDates;

/**
 * Walks a report's fragments in order and sorts them into the header and the visits. A visit starts at a report
 * heading with its number (●政務活動視察報告書（No. 548）), at a destination heading ((1) 北海道苫小牧市), or at a
 * label the current visit already has; everything else belongs to the visit being read. Not thread-safe; one per
 * document.
 */
final class ReportParser {

	/** 長野県飯田市 …: a line that starts with a destination. */
	private static final Pattern PLACE_FIRST = Pattern.compile(Destinations.PREFECTURE_CITY);

	private static final Pattern REPORT_HEADING = Pattern.compile("(?:視察|調査|研修)\\s*報\\s*告\\s*書");

	/** ２／２, 1/3: the page of a page count, printed beside a repeated title. */
	private static final Pattern PAGE_OF = Pattern.compile("(?<![\\d.])\\d{1,2}\\s*[/／]\\s*\\d{1,2}\\s*$");

	private static final Pattern CLOSING = Pattern.compile("^以[\\s　]*上$");

	private static final Pattern REPORT_NUMBER = Pattern.compile("(?:No\\.?|NO\\.?|№)\\s*(\\d+)|第\\s*(\\d+)\\s*号");

	/**
	 * The numbering and day words before a destination heading's name: (1), ２．, ３－（１）, ①, ⑴, Ⅰ, ■, 第１, 第１日, １日目,
	 * （午前）, その１, 【1日目】, 視察先①, 視察①.
	 */
	private static final Pattern HEADING_PREFIX = Pattern.compile("^(?:\\s*(?:第\\s*[0-9０-９一二三四五六七八九十]+\\s*日\\s*目?"
			+ "|第\\s*[0-9０-９一二三四五六七八九十]+(?![0-9０-９一二三四五六七八九十]|\\s*[日号回条])\\s*[.．、]?"
			+ "|[0-9０-９一二三四五六七八九]{1,2}\\s*日\\s*目(?:\\s*[・･]?\\s*(?:午前|午後))?|[(（](?:午前|午後)[)）]|その\\s*[0-9０-９一二三四五]+"
			+ "|(?:視察|訪問|調査)(?:先|地|報告|結果)?\\s*[①-⒇]|(?:視察|訪問|調査)(?:先|地)?\\s*[0-9０-９]{1,2}(?=[ 　]+[^0-9０-９\\s　]|[】\\]］)）])"
			+ "|[(（][0-9０-９]{1,2}[)）]|[0-9０-９]{1,2}\\s*[-－‐―]\\s*(?=[(（0-9０-９])|[0-9０-９]{1,2}[.．、)）]?|[A-ZＡ-Ｚ](?:[.．、]|[\\s　]+(?=\\S))|[①-⒇]|[ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ]{1,3}[.．、]?|[■□◆◇●○◎▼▽【】〈〉〓・])){1,6}\\s*");

	/** 視察先１, 訪問先２: a heading that numbers the destination it names, and nothing but the name after it. */
	private static final Pattern NUMBERED_DESTINATION = Pattern.compile("(?:視察|訪問|調査)(?:先|地)\\s*([0-9０-９]{1,2})");

	/** The number of the last destination heading that numbered its destination (視察先２), 0 before the first. */
	private int destinationNumber;

	/** The number a heading gives its destination (視察先２　愛媛県今治市 → 2), or -1 where it numbers none. */
	private static int destinationNumber(String text) {
		Matcher numbered = NUMBERED_DESTINATION.matcher(text.strip().replaceFirst("^[■□◆◇●【\\[［\\s　]+", ""));
		return numbered.lookingAt() ? Integer.parseInt(InspectionDates.normalize(numbered.group(1))) : -1;
	}

	/** 【石川県加賀市】: a heading wholly in brackets, the name inside them. */
	private static final Pattern WHOLE_IN_BRACKETS = Pattern.compile("^[【［〔]([^【】［］〔〕]+)[】］〕]$");

	private static final int HEADING_LENGTH = 40;

	private static final Pattern NUMBERED = Pattern.compile("[0-9０-９ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ①-⒇]");

	private static final Pattern MONTH_DAY = Pattern.compile("[0-9]{1,2}\\s*月\\s*[0-9]{1,2}\\s*日");

	private static final Pattern PLACE_ALONE = Pattern.compile(Destinations.PREFECTURE_CITY);

	/** A line that opens with a day: 10月16日（水）…, 令和6年10月16日. */
	private static final Pattern DATED_NEXT = Pattern.compile("^(?:令和\\s*[0-9元]{1,2}\\s*年\\s*)?[0-9]{1,2}\\s*月\\s*[0-9]{1,2}\\s*日");

	private static final int TOPIC_ITEM_LENGTH = 120;

	private static final Pattern MEMBER_LIST = Pattern
		.compile("^[○◯●・■◆]?[\\s\u3000]*(?:委[\\s\u3000]*員|議[\\s\u3000]*員)[\\s\u3000:：]+(\\S[^、,，]*[、,，].*)$");

	private static final Pattern BULLET = Pattern.compile("^[・■□◆◇●○◎▼▽〓\\s]+");

	/** 議員３名（北川洋平、村井佳代子、竹内修一）: a count of members, then exactly that many names in brackets. */
	private static final Pattern MEMBERS_IN_BRACKETS = Pattern.compile("(?:議員|委員)\\s*(\\d{1,2})\\s*名\\s*[（(]([^（）()]{4,80})[）)]");

	private static final Pattern MEMBERS_IN_SENTENCE = Pattern
		.compile("(?:参加者|参加委員|参加議員|出席者|視察者)は[、,]?\\s*([^。]{4,160}?)の\\s*(\\d{1,2})\\s*名");

	/** 10月15日（火）　before a listed destination: the day of its visit. */
	private static final Pattern DATED_ITEM = Pattern.compile("[0-9０-９]{1,2}\\s*月\\s*[0-9０-９]{1,2}\\s*日\\s*(?:[(（][月火水木金土日][)）])?\\s*");

	/** 岩手県盛岡市　　地域包括ケア…: a place, a wide gap, a topic. */
	private static final Pattern TOPIC_ITEM = Pattern.compile("^(\\S{2,16}?[市町村区](?:（[^）]{2,4}）)?)(?:\\s{2,}|\u3000)\\s*(\\S.{3,})$");

	/** 岡崎市の現状と課題 → 岡崎市. */
	private static final Pattern HOME_CITY = Pattern
		.compile("([\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}ヶケ]+?[市町村区])\\s*(?:の|における)\\s*現\\s*状");

	final ReportHeader header = new ReportHeader();

	final PersonNames names = new PersonNames();

	final List<VisitDraft> drafts = new ArrayList<>();

	final Itinerary itinerary;

	/** Whether the lines now read are under a list of papers (添付資料, 配布資料), which names places but no topics. */
	private boolean papers;

	/** 添付資料, 配布資料, 添付書類: the label of a list of papers. */
	private static final Pattern PAPERS = Pattern.compile("資料|書類");

	/** Destinations listed with their topics in the summary (記, 調査先及び調査項目); their day is not stated there. */
	final List<Itinerary.Entry> topics = new ArrayList<>();

	private final List<Fragment> fragments;

	private final List<Finding> findings;

	private VisitDraft current;

	private Fragment day;

	/** 第１日目　令和７年７月１６日（水）, １日目　７月１６日: a day's line over the visits of that day. */
	private static final Pattern DAY_LINE = Pattern.compile("^[【〈(（]?(?:第\\s*)?[0-9０-９一二三四五六七]\\s*日\\s*目[】〉)）]?[\\s　]+\\S*?[0-9０-９]{1,2}\\s*月\\s*[0-9０-９]{1,2}\\s*日.{0,6}$");

	private ReportParser(DocumentModel model, List<Finding> findings) {
		this.itinerary = Itinerary.scan(model);
		Set<Integer> memberRows = memberTable(model);
		this.fragments = Fragments.of(model).stream()
			.filter(f -> !this.itinerary.covers(f) && !memberRows.contains(f.line())).toList();
		this.countedDays = countedDays(this.fragments);
		this.findings = findings;
	}

	/** A table's column of names: 氏名, 議員名. */
	private static final Set<String> NAME_COLUMN = Set.of("氏名", "議員名", "議員氏名", "委員名", "名前");

	/** 参加委員及び出欠状況: a roster titled with whether each member went. */
	private static final String ATTENDANCE = "及び(?:参加|出欠)状況";

	/** 参加者名簿, 参加議員名簿, 派遣議員, 参加委員及び参加状況: the title of a list of the members who went. */
	private static final Pattern ROSTER = Pattern.compile("(?:参加者|参加議員|派遣議員|視察議員|参加委員)(?:名簿|一覧|(" + ATTENDANCE
			+ "))|^(?:[^。]{0,6})名簿$|^(?:参加者|参加議員|参加委員|派遣議員|派遣委員)$");

	/** 別表１　参加者: the number of an annexed table, no part of what it lists. */
	private static final String TABLE_NUMBER = "^(?:別表|表|資料)[0-9０-９]{0,2}[\\s　:：]*(?=\\S)";

	/** 体調不良のため不参加: a row of the list naming someone who did not go. */
	private static final Pattern STAYED = Pattern.compile("不参加|欠席|取りやめ|取止め");

	/** …視察終了後に帰任（綾部市・南丹市は不参加）, 黒潮町視察から合流: someone who went for part of the journey, and went. */
	static final Pattern PART_OF_IT = Pattern.compile("帰任|途中|合流|終了後|から参加|のみ参加|早退|遅れて");

	/** ○ or △ in a roster's column of who took part (○：全日程参加　△：一部参加): the member went, whatever the note beside. */
	static final String WENT_MARK = "[○〇◯△]";

	private static final Pattern WENT = Pattern.compile("^" + WENT_MARK + "$");

	/** 随行, 事務局: a row of the staff who went with the members, no member. */
	private static final Pattern ACCOMPANYING = Pattern.compile("^(?:随行|随行者|随行職員|同行職員|事務局|議会事務局|事務局職員|書記)$");

	/**
	 * ４　派遣議員 over a table 役職 | 氏名 | 備考: the members are its 氏名 column, less those its rows say did not go.
	 * The 0-based lines of the table, which state nothing else.
	 */
	private Set<Integer> memberTable(DocumentModel model) {
		Set<Integer> rows = new HashSet<>();
		List<String> lines = model.source().lines();
		Block before = null;
		for (Block block : model.blocks()) {
			Block previous = before;
			before = block;
			if (!(block instanceof Table table)) {
				continue;
			}
			int above = table.location().line() - 2;
			// a box's top rule (┌──┬──┐) is no line of text
			while (above >= 0 && (lines.get(above).isBlank() || lines.get(above).strip().matches("[─━┌┐┏┓┬┳═╔╗╦+\\-=]+"))) {
				above--;
			}
			// the line above as printed, or the heading the model read there (a web page's <h3>４　調査委員</h3>)
			// a sheet's caption cell over its table (参加委員), read as a paragraph of one line
			String labelText = (previous instanceof Heading heading ? heading.title()
					: previous instanceof Paragraph caption && caption.lines().size() == 1 && caption.text().strip().length() <= 12
							? caption.text().strip()
					: above < 0 ? "" : lines.get(above).strip()).replaceFirst(TABLE_NUMBER, "");
			Optional<Label.Match> label = labelText.isEmpty() ? Optional.empty()
					: Label.match(labelText.replaceFirst("^[0-9０-９]{1,2}[\\s　.．、]+", ""));
			List<Cell> header = table.rows().get(0);
			String side = header.isEmpty() ? "" : header.get(0).text().replaceAll("[\\s　]", "");
			Optional<Label.Match> sideLabel = side.isEmpty() ? Optional.empty() : Label.match(side);
			boolean labelAtSide = sideLabel.isPresent() && sideLabel.get().label() == Label.MEMBERS && sideLabel.get().rest().isEmpty()
					&& table.rows().size() >= 2 && table.rows().get(1).get(0).text().replaceAll("[\\s　]", "").equals(side);
			if (labelAtSide) {
				// 参加委員 | No. | 職名 | 氏名 | 参加区分 down a form's side (a cell spanning the roster's rows): the label
				label = sideLabel;
				labelText = side;
			}
			int column = -1;
			List<Integer> nameColumns = new java.util.ArrayList<>();
			for (int c = 0; c < header.size(); c++) {
				if (NAME_COLUMN.contains(header.get(c).text().replaceAll("[\\s　]", ""))) {
					// 職名 | 氏名 | 職名 | 氏名: a roster set in two pairs of columns names members in each
					column = c;
					nameColumns.add(c);
				}
			}
			if (label.isPresent() && label.get().label() == Label.MEMBERS && label.get().rest().isEmpty() && column < 0
					&& rolesBesideNames(table)) {
				// ４　調査委員 over 委員長 | 荻原　健一 | 副委員長 | 小山　真理子: each role, then its member
				for (List<Cell> row : table.rows()) {
					rows.add(row.get(0).location().line() - 1);
					for (int c = 0; c + 1 < row.size(); c += 2) {
						this.header.addMembers(this.names.list(row.get(c + 1).text()));
					}
				}
				continue;
			}
			// 別表　参加者名簿 over 議席番号 | 氏名 | 役職 | 備考: a list of the members who went, by its name
			Matcher rosterTitle = ROSTER.matcher(labelText.replaceAll("[\\s　]", ""));
			boolean roster = column >= 0 && rosterTitle.find();
			if (!roster && (label.isEmpty() || label.get().label() != Label.MEMBERS || !label.get().rest().isEmpty() || column < 0)) {
				continue;
			}
			// 参加委員及び出欠状況 over a PDF's ruled roster, one line of the text: a form whose places visited follow
			// in the same ruling, their figures read from that line too
			boolean oneLine = roster && rosterTitle.group(1) != null && table.rows().size() > 1
					&& table.rows().stream().map(row -> row.get(0).location().line()).distinct().count() == 1;
			for (List<Cell> row : table.rows()) {
				if (labelAtSide && !row.get(0).text().replaceAll("[\\s　]", "").equals(side)) {
					// 随行 | …, 視察目的 | … under the roster in the same form: fields of their own
					break;
				}
				if (!labelAtSide && !oneLine) {
					// a form's rows may share the line its table was read from: the form's other fields are on it too
					rows.add(row.get(0).location().line() - 1);
				}
				boolean went = row.stream().anyMatch(cell -> WENT.matcher(cell.text().strip()).matches());
				if (row != header && (went || row.stream().noneMatch(cell -> STAYED.matcher(cell.text()).find() && !PART_OF_IT.matcher(cell.text()).find()
						|| cell.text().strip().matches("[×✕]")))
						&& row.stream().noneMatch(cell -> ACCOMPANYING.matcher(cell.text().replaceAll("[\\s　]", "")).matches())) {
					for (int nameColumn : nameColumns) {
						Table.cell(row, nameColumn)
							.ifPresent(name -> this.header.addMembers(this.names.list(name)));
					}
				}
			}
		}
		return rows;
	}

	/** 委員長, 副委員長, 委員: a role in a roster's cell. */
	private static final Pattern ROLE_CELL = Pattern.compile("^(?:副?委員長|委員|副?議長|議員|副?団長|副?会長)$");

	/** Every row role | name | role | name …, the names filled. */
	private static boolean rolesBesideNames(Table table) {
		return table.rows().stream().allMatch(row -> {
			int filled = (int) row.stream().filter(cell -> !cell.isEmpty()).count();
			if (filled < 2 || filled % 2 != 0) {
				return false;
			}
			for (int c = 0; c + 1 < row.size(); c += 2) {
				if (row.get(c).isEmpty() && row.get(c + 1).isEmpty()) {
					continue;
				}
				if (!ROLE_CELL.matcher(row.get(c).text().replaceAll("[\\s　]", "")).matches() || row.get(c + 1).isEmpty()) {
					return false;
				}
			}
			return true;
		});
	}

	static ReportParser parse(DocumentModel model, List<Finding> findings) {
		ReportParser parser = new ReportParser(model, findings);
		parser.walk();
		return parser;
	}

	private void walk() {
		boolean afterBareLabel = false;
		boolean membersOpen = false;
		boolean closed = false;
		for (int i = 0; i < this.fragments.size(); i++) {
			Fragment fragment = this.fragments.get(i);
			String text = fragment.text();
			if (ReportHeader.speaksOfItself(text) && this.header.offer(fragment)) {
				// 大崎市議会議長　様 in a sheet's cell beside the committee's name: the addressee, never a member
				membersOpen = false;
				continue;
			}
			if (this.header.titled(fragment)) {
				// 姫路市議会総務委員会視察報告: the committee, and the council it names
				this.header.acceptUnlabelled(fragment, this.names);
				continue;
			}
			if (membersOpen && Label.match(text).isEmpty() && moreMembers(text)) {
				continue;
			}
			if (Label.match(text).isEmpty() && i + 1 < this.fragments.size() && rosterAbove(text, this.fragments.get(i + 1).text())) {
				continue;
			}
			if (this.header.members.isEmpty() && memberList(text)) {
				continue;
			}
			membersInBrackets(text);
			if (this.header.members.isEmpty()) {
				membersInSentence(i + 1 < this.fragments.size() ? text + this.fragments.get(i + 1).text() : text);
			}
			membersOpen = false;
			if (afterBareLabel && Label.isAnnotation(text)) {
				afterBareLabel = false;
				continue;
			}
			afterBareLabel = false;
			if (this.header.offer(fragment)) {
				continue;
			}
			Optional<Label.Match> label = Label.match(text);
			if (label.isPresent()) {
				this.papers = label.get().label() == Label.ASIDE && PAPERS.matcher(text).find();
			}
			if (label.isPresent() && label.get().label().header()) {
				String value = label.get().rest();
				if (value.isEmpty() && valueFollows(i, label.get().label())) {
					value = this.fragments.get(++i).text();
				}
				this.header.accept(label.get().label(), value, fragment, this.names);
				membersOpen = label.get().label() == Label.MEMBERS
						&& !(value.isEmpty() && i + 1 < this.fragments.size() && tellsRoster(this.fragments.get(i + 1)));
				continue;
			}
			if (DAY_LINE.matcher(text).matches()) {
				// 第１日目　令和７年７月１６日（水）: the day of the visits printed under it
				this.day = fragment;
				continue;
			}
			if (reportHeading(fragment) || destinationHeading(i) || topicItem(fragment)) {
				continue;
			}
			if (label.isEmpty() && this.current != null && this.current.heading != null
					&& numberedAlike(this.current.heading.text(), text)) {
				// 6. 全体のまとめ after 5. 富山県氷見市　所感: the report's next part, no longer the visit's
				this.current.open(Label.ASIDE);
				continue;
			}
			if (topicUnderPlace(i)) {
				i++;
				continue;
			}
			Matcher bracketedTopic = BRACKETED_TOPIC.matcher(text.strip());
			if (this.current != null && i > 0 && this.current.heading == this.fragments.get(i - 1) && !this.current.has(Label.TOPIC)
					&& bracketedTopic.matches()) {
				// ◆長野県小布施町 over 「住民と行政の協働による景観まちづくりについて」: what the visit was about
				this.current.statedTopic(fragment, bracketedTopic.group(1));
				continue;
			}
			// (1)  長野県上田市  １０月２１日（火）  14:00～16:00 over 上田電鉄別所線の再生…について: the day and times
			// printed beside the place stand between it and its topic
			int timesBetween = this.current == null ? -1 : timesUnderHeading(i);
			boolean underHeading = this.current != null && i > 0 && !this.current.has(Label.TOPIC) && timesBetween >= 0;
			if (this.current != null && i > 0 && TOPIC_LINE.matcher(text.strip()).matches() && this.listingTopics
					&& (underHeading || this.lastTopic == this.fragments.get(i - 1))) {
				// ３　調査事項 / （１）岩手県北上市 / 企業誘致と…について: each destination's topics under it, a line each
				this.current.statedTopic(fragment, text.strip());
				this.lastTopic = fragment;
				continue;
			}
			if (underHeading && label.isEmpty() && TOPIC_LINE.matcher(text.strip()).matches()
					&& (NUMBERED_VISIT.matcher(this.current.heading.text().strip()).lookingAt()
							|| NUMBERED_PLACE.matcher(this.current.heading.text().strip()).lookingAt() && (timesBetween > 0
									|| InspectionDates.firstMonthDay(InspectionDates.normalize(this.current.heading.text())).isPresent()))) {
				// 視察①　飛騨市 / 関係人口の…について: the topic the numbered visit's heading stands over
				this.current.statedTopic(fragment, text.strip());
				continue;
			}
			if (label.isPresent()) {
				Label field = label.get().label();
				if (field == Label.DESTINATION && this.current != null && this.current.has(Label.DESTINATION)
						&& text.matches("^[\\s　【\\[［〔]*(?:視察|訪問|調査)?場所.*")) {
					// 【視察先】大東市 then 【視察場所】市民会館: the room the visit was held in, not another visit
					field = Label.ASIDE;
				}
				if (field == Label.TOPIC && label.get().rest().isEmpty() && this.current != null && this.current.has(Label.TOPIC)
						&& !this.current.has(Label.OVERVIEW) && i + 1 < this.fragments.size()
						&& Label.match(this.fragments.get(i + 1).text()).isEmpty()
						&& !PLACE_FIRST.matcher(this.fragments.get(i + 1).text().strip()).lookingAt()) {
					// 【調査事項】… then 【視察内容】 over １ …の概要 and its account: what was seen, no second visit
					field = Label.OVERVIEW;
				}
				if (this.current == null || this.current.isTakenBy(field)) {
					open(fragment.line(), null, false);
				}
				this.current.open(field);
				this.listingTopics = field == Label.TOPIC && label.get().rest().isEmpty();
				if (field == Label.HOME_SITUATION && this.header.homeCity == null) {
					Matcher home = HOME_CITY.matcher(InspectionDates.normalize(text));
					if (home.find() && !home.group(1).startsWith("本")) {
						this.header.homeCity = new ReportHeader.Named(home.group(1), fragment.line());
					}
				}
				if (label.get().rest().isEmpty() && field == Label.FIGURE) {
					this.current.accept(fragment, text);
				}
				else if (label.get().rest().isEmpty()) {
					afterBareLabel = true;
				}
				else {
					// a figure's label is part of what it states (人口 31万6,048人)
					this.current.accept(fragment, field == Label.FIGURE ? text : label.get().rest());
				}
				continue;
			}
			if ((this.current == null || this.current.namesOnlyPeople() || closed && this.header.submitted == null
					|| this.header.submitted == null && addressedBelow(i))
					&& this.header.acceptUnlabelled(fragment, this.names)) {
				continue;
			}
			if (CLOSING.matcher(text.strip()).matches()) {
				// 以上, then 令和６年11月15日 and the committee: the report's date printed at its end
				closed = true;
			}
			if (this.current != null) {
				this.current.accept(fragment, text);
			}
		}
	}

	/** 花巻市議会議長　菅原　隆信　様 within the next lines: the cover letter's date and addressee, whatever came before. */
	private boolean addressedBelow(int index) {
		for (int next = index + 1; next < this.fragments.size() && next <= index + 2; next++) {
			if (ADDRESSEE.matcher(this.fragments.get(next).text().strip()).matches()) {
				return true;
			}
		}
		return false;
	}

	private static final Pattern ADDRESSEE = Pattern.compile("^.{0,30}議長[\\s　].{1,12}[\\s　]*(?:様|殿)$");

	/**
	 * The value of a bare header label is the next cell of its line, or for a list of members or a name the next
	 * line, unless that is a label itself. A bare 支出番号 has no value.
	 */
	private boolean valueFollows(int index, Label label) {
		if (index + 1 >= this.fragments.size()) {
			return false;
		}
		Fragment fragment = this.fragments.get(index);
		Fragment next = this.fragments.get(index + 1);
		boolean sameLine = next.line() == fragment.line();
		boolean nextLine = next.column() == 0 && next.line() <= fragment.line() + 2 && label != Label.EXPENSE_NUMBER
				&& label != Label.REMARKS;
		boolean told = label == Label.MEMBERS && !sameLine && tellsRoster(next);
		return (sameLine || nextLine) && !told && Label.match(next.text()).isEmpty() && !ReportHeader.speaksOfItself(next.text());
	}

	/** ■参加メンバー over 参加したのは、…の5名です。: a sentence that tells the roster, no list of names. */
	private static boolean tellsRoster(Fragment next) {
		return next.text().strip().endsWith("。") || next.text().contains("は、");
	}

	/** ●政務活動視察報告書（No. 548）: the next visit's own report. A title without a number opens nothing. */
	private boolean reportHeading(Fragment fragment) {
		String normalized = InspectionDates.normalize(fragment.text());
		if (normalized.length() > 40 || !REPORT_HEADING.matcher(normalized).find()) {
			return false;
		}
		if (PAGE_OF.matcher(normalized).find()) {
			// 行政視察報告書（高橋　誠一）　２／２: the title a page repeats over its text, which goes on
			return true;
		}
		Matcher number = REPORT_NUMBER.matcher(normalized);
		String reportNumber = number.find() ? (number.group(1) != null ? number.group(1) : number.group(2)) : null;
		if (reportNumber != null || !this.drafts.isEmpty()) {
			if (this.current == null || !this.current.isBlank() || this.current.reportNumber != null) {
				open(fragment.line(), reportNumber, true);
			}
		}
		return true;
	}

	/** 新発田市, 〇〇県〇〇町: a municipality's name alone, as a site's header or a report's issuer prints it. */
	private static final Pattern PUBLISHER = Pattern.compile("(?:\\p{IsHan}{1,3}[都道府県])?\\p{IsHan}[\\p{IsHan}ヶケ]{0,6}[市町村区]");

	/** (1) 北海道苫小牧市, or a line naming a destination of the itinerary and nothing else. */
	private boolean destinationHeading(int index) {
		Fragment fragment = this.fragments.get(index);
		if (index == 0 && PUBLISHER.matcher(fragment.text().strip()).matches()) {
			// 新発田市 over the site's menu: a page opens with who publishes it; no report opens with a destination
			return false;
		}
		// 視察先２ first, or 視察先２ after 視察先２: a section's number before its label (２　視察先　岐阜県高山市), no heading;
		// the headings number their destinations in turn, perhaps from １ again on each day
		int numbered = destinationNumber(fragment.text());
		boolean inTurn = numbered < 0 || numbered == 1 || numbered == this.destinationNumber + 1;
		String name = inTurn ? headingName(fragment.text()).orElseGet(() -> itineraryPlace(fragment.text())) : null;
		Matcher outline = PLACE_OUTLINE.matcher(fragment.text().strip());
		if (name == null && outline.matches()) {
			// 郡上市の概要 over the city's figures, a page before 視察②　郡上市, after the part of another destination: that
			// destination's part of the report; under its own heading, or with no destination read yet, it goes on
			name = Destinations.headingName(outline.group(1)).map(place -> place.replaceAll("\\s+", "")).orElse(null);
			String current = this.current == null ? null : this.current.headingName;
			if (name != null && (current == null || current.endsWith(name) || name.endsWith(current))) {
				return false;
			}
		}
		if (name == null && index + 1 < this.fragments.size() && oneDay(this.fragments.get(index + 1).text())
				&& (index == 0 || !PLACE_ALONE.matcher(this.fragments.get(index - 1).text().strip()).matches())) {
			// 新潟県燕市 over 10月16日（水）午後１時30分～３時: a place named in full on a line of its own over its day, not
			// the last of a cover's list of places over the days of the trip
			Matcher placed = PLACE_ALONE.matcher(fragment.text().strip());
			name = placed.matches() ? placed.group() : null;
		}
		if (name == null) {
			return false;
		}
		if (this.current == null || !this.current.awaitsHeading()) {
			open(fragment.line(), null, false);
		}
		this.current.heading = fragment;
		this.current.headingName = name.replaceAll("\\s+", "");
		if (numbered > 0) {
			this.destinationNumber = numbered;
		}
		// 石川県野々市市　所感: the heading also opens that part of the destination's account
		Destinations.part(fragment.text()).flatMap(Label::match).ifPresent(part -> this.current.openPart(part.label()));
		Matcher counted = DAY_COUNT_HEADING.matcher(InspectionDates.normalize(fragment.text()));
		if (counted.lookingAt() && this.countedDays.containsKey(counted.group(2))) {
			// ◆1日目・午前　長野県小布施町 under 日程 1日目（5月20日）: the visit's day, as the schedule gives it
			this.current.day = new Fragment(fragment.line(), fragment.column(), this.countedDays.get(counted.group(2)));
		}
		return true;
	}

	/** 郡上市の概要, 飛騨市の概況 (perhaps with the place in full beside it): the heading of a destination's outline. */
	private static final Pattern PLACE_OUTLINE = Pattern.compile("^(\\S{1,12}?[市町村区])の(?:概要|概況)(?:[：:\\s　]+\\S{0,16})?$");

	/** 10月16日（水）午後１時30分～３時: a line that opens with one day, and names no other. */
	private static boolean oneDay(String text) {
		String normalized = InspectionDates.normalize(text).strip();
		return DATED_NEXT.matcher(normalized).lookingAt() && MONTH_DAY.matcher(normalized).results().count() == 1;
	}

	/** ○委 員 篠原 誠、石田 優子、…: a role word heading a list of two or more names is the list of members. */
	private boolean memberList(String text) {
		if (text.length() > TOPIC_ITEM_LENGTH || PersonNames.isSentence(text)) {
			return false;
		}
		Matcher list = MEMBER_LIST.matcher(text);
		if (!list.matches()) {
			return false;
		}
		List<String> members = this.names.list(list.group(1));
		if (members.size() < 2) {
			return false;
		}
		this.header.members.addAll(members);
		return true;
	}

	/** 会派所属議員３名（北川洋平、村井佳代子、竹内修一）で…を訪問した: the members a sentence lists in brackets. */
	private void membersInBrackets(String text) {
		Matcher listed = MEMBERS_IN_BRACKETS.matcher(InspectionDates.normalize(text));
		if (listed.find()) {
			countedMembers(listed.group(2), Integer.parseInt(listed.group(1)));
		}
	}

	/**
	 * 参加者は、委員長　小川直樹、副委員長　鈴木由美子、委員　石井正人、田中光男の４名であり: the members a sentence lists,
	 * exactly as many as it counts (the sentence may go on over the next line).
	 */
	private void membersInSentence(String text) {
		Matcher listed = MEMBERS_IN_SENTENCE.matcher(InspectionDates.normalize(text));
		if (listed.find()) {
			countedMembers(listed.group(1), Integer.parseInt(listed.group(2)));
		}
	}

	/** The names a list gives, taken as members only when there are two or more and exactly as many as it counts. */
	private void countedMembers(String list, int count) {
		List<String> members = this.names.list(list);
		if (members.size() >= 2 && members.size() == count) {
			this.header.addMembers(members);
		}
	}

	/**
	 * 委員長　渡辺　孝志　副委員長　望月　さおり over 参加委員　委員　遠藤　真由美 …: the first line of a roster whose label
	 * a form set beside the middle of its lines; names with their roles and nothing else, two or more.
	 */
	private boolean rosterAbove(String text, String next) {
		Optional<Label.Match> label = Label.match(next);
		String normalized = InspectionDates.normalize(text);
		if (label.isEmpty() || label.get().label() != Label.MEMBERS || label.get().rest().isEmpty()
				|| normalized.matches(".*[0-9。:：、].*")
				// 委 員 長　杉山　一郎: the role first, its letters perhaps spaced out
				|| !PersonNames.isRole(normalized.strip().split("\\s{2,}|\u3000")[0].replace(" ", ""))) {
			return false;
		}
		List<String> names = this.names.list(text);
		if (names.size() < 2) {
			return false;
		}
		this.header.addMembers(names);
		return true;
	}

	/** A further line of the members' list: names with their roles and nothing else. */
	private boolean moreMembers(String text) {
		// 浅本 隆之※2: the mark of a note under the list after a name, no figure of a sentence
		String normalized = PersonNames.NOTE_MARK.matcher(InspectionDates.normalize(text)).replaceAll("");
		// 委員 井上 俊介（自民党・無所属の会）、木下 由美（ハートフル北九州）: the factions in brackets make no sentence of a list
		if (normalized.matches(".*[0-9。:：].*") || normalized.replaceAll("[（(][^（）()]*[）)]", "").length() > 60
				|| NOTE_OF_ABSENCE.matcher(normalized).find()) {
			// ※委員の重田　晃氏は、体調不良のため欠席: who did not go, in a note under the list
			return false;
		}
		List<String> more = this.names.list(text);
		this.header.addMembers(more);
		// 副委員長 on a line of its own over 岩田 真由美: the role of the name on the next line, the list goes on
		return !more.isEmpty() || PersonNames.isRole(normalized);
	}

	/** ※…欠席, （随行）議会事務局…: who did not go, or who went with the members and is none of them. */
	private static final Pattern NOTE_OF_ABSENCE = Pattern.compile("^\\s*※|欠席|不参加|^\\s*[（(【\\[]?(?:随行|同行)");

	private final Map<String, String> countedDays;

	/** 「…について」 alone on its line. */
	private static final Pattern BRACKETED_TOPIC = Pattern.compile("^「([^「」]{4,60}(?:について|に関して|の取組))」$");

	/** (1)  長野県上田市: a destination numbered in brackets. */
	private static final Pattern NUMBERED_PLACE = Pattern.compile("^[(（][0-9０-９]{1,2}[)）]\\s*\\S");

	/** 視察①, 視察先２: a visit's heading by its number in the trip. */
	private static final Pattern NUMBERED_VISIT = Pattern.compile("^(?:視察|訪問|調査)先?\\s*[①-⒇0-9０-９]");

	/**
	 * How many fragments of a day and its times stand between the visit's heading and fragment {@code i} (at most two);
	 * -1 when the heading is not right above them.
	 */
	private int timesUnderHeading(int i) {
		for (int between = 0; between <= 2 && i - 1 - between >= 0; between++) {
			if (this.current.heading == this.fragments.get(i - 1 - between)) {
				return between;
			}
			String text = this.fragments.get(i - 1 - between).text();
			if (!dayAndTimes(text) && InspectionDates.timeRange(InspectionDates.normalize(text)).isEmpty()) {
				return -1;
			}
		}
		return -1;
	}

	/** １０月２１日（火）  14:00～16:00: a line of a day and its times, nothing else. */
	private static boolean dayAndTimes(String text) {
		String normalized = InspectionDates.normalize(text).strip();
		return normalized.length() <= 40 && InspectionDates.firstMonthDay(normalized).isPresent() && !normalized.contains("。")
				&& !normalized.matches(".*(?:について|市|町|村)$");
	}

	/** 企業誘致と産業人材の確保・育成について: a topic on a line of its own, unbracketed, perhaps quoting a name. */
	private static final Pattern TOPIC_LINE = Pattern.compile("^[^。「」][^。]{3,59}(?:について|に関して|に関すること)$");

	/** The topic read last from a line of its own under its destination: the next such line is another topic. */
	private Fragment lastTopic;

	/** Whether the destinations now read are listed under the topics' label (３　調査事項 over （１）岩手県北上市). */
	private boolean listingTopics;

	/** 1日目（5月20日）: the day of the trip a count of days stands for. */
	private static final Pattern DAY_COUNT_DATED = Pattern.compile("([0-9０-９]{1,2})日目\\s*[（(]?\\s*([0-9０-９]{1,2})月\\s*([0-9０-９]{1,2})日");

	/** ◆1日目・午前　長野県小布施町: a part headed by its count of days, no date. */
	private static final Pattern DAY_COUNT_HEADING = Pattern.compile("^([◆◇■□●○・\\s]*)([0-9０-９]{1,2})日目(?![0-9０-９\\s]*[（(]?\\s*[0-9０-９]{1,2}月)");

	/** 日程 1日目（5月20日）: the day of the trip each count of days stands for, as the schedule gives it. */
	private static Map<String, String> countedDays(List<Fragment> fragments) {
		Map<String, String> days = new HashMap<>();
		for (Fragment fragment : fragments) {
			Matcher dated = DAY_COUNT_DATED.matcher(InspectionDates.normalize(fragment.text()));
			while (dated.find()) {
				days.putIfAbsent(dated.group(1), dated.group(2) + "月" + dated.group(3) + "日");
			}
		}
		return days;
	}

	/** ⑴ 岩手県盛岡市　地域包括ケア…について: a list of destinations each with its topic, in the report's summary. */
	private boolean topicItem(Fragment fragment) {
		String text = fragment.text().strip();
		if (this.papers) {
			// ５　添付資料 over ・境港市　クルーズ客船受入れの概要: the papers each place gave, no topics
			return false;
		}
		if (text.length() > TOPIC_ITEM_LENGTH || Destinations.namesSeveral(text)) {
			// １　富山県南砺市　　２　石川県野々市市 …: the destinations listed, no place's topic
			return false;
		}
		Matcher prefix = HEADING_PREFIX.matcher(text);
		Matcher bullet = BULLET.matcher(text);
		if (!prefix.lookingAt() || NUMBERED_DESTINATION.matcher(prefix.group()).find()) {
			// 視察先２　岐阜県岐阜市　岐阜市立草潤中学校: the destination's label and the facility, no topic
			return false;
		}
		for (String body : List.of(text.substring(prefix.end()), text.substring(bullet.lookingAt() ? bullet.end() : 0))) {
			Matcher dated = DATED_ITEM.matcher(body);
			MonthDay day = null;
			if (dated.lookingAt()) {
				day = JapaneseDates.firstMonthDay(dated.group()).orElse(null);
				body = body.substring(dated.end());
			}
			Matcher item = TOPIC_ITEM.matcher(body);
			Optional<String> name = item.matches() ? Destinations.nameAtStart(item.group(1)) : Optional.empty();
			if (name.isPresent() && !item.group(2).contains("。")) {
				this.topics.add(new Itinerary.Entry(fragment.line(), day, null, name.get(), item.group(2).strip(), null));
				return true;
			}
		}
		return false;
	}


	/**
	 * １日目　７月１８日（木）　長野県伊那市 over ドローン物流による…について: a day and a place on a line of the summary,
	 * the topic on the line under it.
	 */
	private boolean topicUnderPlace(int index) {
		if (index + 1 >= this.fragments.size()) {
			return false;
		}
		String text = this.fragments.get(index).text().strip();
		String topic = this.fragments.get(index + 1).text().strip();
		// the day may follow a day count or a bullet (１日目, ・), never words
		Matcher dated = DATED_ITEM.matcher(text);
		if (!dated.find() || dated.start() > 6 || text.substring(0, dated.start()).matches(".*\\p{IsHiragana}{2}.*")
				|| !topic.matches(".{4,60}(?:について|に関して|の取組|の推進)[）)]?$") || topic.contains("。")) {
			return false;
		}
		String place = text.substring(dated.end()).strip();
		Optional<String> name = Destinations.nameAtStart(place);
		if (name.isEmpty() || place.replaceAll("\\s+", "").length() > name.get().length() + 4) {
			return false;
		}
		MonthDay day = JapaneseDates.firstMonthDay(dated.group()).orElse(null);
		this.topics.add(new Itinerary.Entry(this.fragments.get(index).line(), day, null, name.get(), topic, null));
		return true;
	}

	/**
	 * 5. 富山県氷見市 and 6. 全体のまとめ: headings numbered alike, by a number and a full stop or a space; 3－(4) 福井県敦賀市
	 * and 4. 総括: a part of section 3, and the section after it.
	 */
	private static boolean numberedAlike(String heading, String text) {
		// never NFKC here: it makes ① a 1
		Matcher one = TOP_NUMBER.matcher(heading);
		Matcher other = TOP_NUMBER.matcher(text);
		Matcher part = PART_NUMBER.matcher(heading);
		if (part.lookingAt() && other.lookingAt() && text.strip().length() <= HEADING_LENGTH && !text.contains("。")) {
			Matcher next = LEADING_NUMBER.matcher(text);
			return next.lookingAt() && Integer.parseInt(InspectionDates.normalize(next.group(1)))
					> Integer.parseInt(InspectionDates.normalize(part.group(1)));
		}
		return one.lookingAt() && other.lookingAt() && one.group(1).replace('．', '.').equals(other.group(1).replace('．', '.'))
				&& text.strip().length() <= HEADING_LENGTH && !text.contains("。");
	}

	/** 4. of 4. 総括: a section's number. */
	private static final Pattern LEADING_NUMBER = Pattern.compile("^[\\s　]*([0-9０-９]{1,2})");

	/** ３－（４）, 3-2: a part of a numbered section, the section's number first. */
	private static final Pattern PART_NUMBER = Pattern.compile("^[\\s　]*([0-9０-９]{1,2})\\s*[-－‐―]\\s*[(（]?[0-9０-９]");

	private static final Pattern TOP_NUMBER = Pattern.compile("^[\\s　]*[0-9０-９]{1,2}([.．]?)[\\s　]+\\S");

	private static Optional<String> headingName(String text) {
		String stripped = text.strip();
		if (stripped.length() > HEADING_LENGTH || stripped.contains("。")) {
			return Optional.empty();
		}
		Matcher bracketed = WHOLE_IN_BRACKETS.matcher(stripped);
		if (bracketed.matches()) {
			return Destinations.headingName(bracketed.group(1).strip());
		}
		Matcher prefix = HEADING_PREFIX.matcher(stripped);
		if (!prefix.lookingAt()) {
			return Optional.empty();
		}
		String body = stripped.substring(prefix.end()).strip();
		if (NUMBERED_DESTINATION.matcher(prefix.group()).find()
				&& !Destinations.nameAtStart(body).map(name -> name.length() == body.replaceAll("[\\s　]+", "").length()).orElse(false)) {
			// 視察先２　岐阜県岐阜市　岐阜市立草潤中学校: the place and the facility, a labelled line and no heading
			return Optional.empty();
		}
		// Ⅰ　会津若松市議会: a numbered section headed by the council it visited; a bullet's 大和市議会 is a link
		return Destinations.headingName(body).or(() -> NUMBERED.matcher(prefix.group()).find()
				? Destinations.institutionName(body) : Optional.empty());
	}

	private String itineraryPlace(String text) {
		String key = InspectionDates.normalize(text).replaceAll("\\s+", "");
		return this.itinerary.entries().stream().map(Itinerary.Entry::place)
			.filter(place -> InspectionDates.normalize(place).replaceAll("\\s+", "").equals(key)).findFirst().orElse(null);
	}

	private void open(int line, String reportNumber, boolean byReportHeading) {
		this.current = new VisitDraft(line, reportNumber, byReportHeading, this.names, this.findings);
		this.current.day = this.day;
		this.drafts.add(this.current);
	}
}
