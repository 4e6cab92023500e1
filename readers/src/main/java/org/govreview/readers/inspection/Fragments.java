package org.govreview.readers.inspection;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.govreview.readers.document.Block;
import org.govreview.readers.document.Cell;
import org.govreview.readers.document.DocumentModel;
import org.govreview.readers.document.Field;
import org.govreview.readers.document.Heading;
import org.govreview.readers.document.ListItem;
import org.govreview.readers.document.Location;
import org.govreview.readers.document.NumberingScheme;
import org.govreview.readers.document.Paragraph;
import org.govreview.readers.document.Table;
import org.govreview.readers.text.HtmlFragments;

/**
 * The document model's blocks as the {@link Fragment}s a report is walked in: each delimited table cell, each row of
 * a space-aligned table as the line it was printed as, each line of a paragraph, and each heading, list item and
 * label–value field. A heading and the text the model found beside it on its line stay one fragment, as do the
 * parts of a cell or line that HTML markup ({@code <p>}, {@code <br>}) did not break. Markdown emphasis ({@code **})
 * and list dashes that extraction left are dropped.
 */
final class Fragments {

	private static final Pattern LIST_DASH = Pattern.compile("^-\\s+");

	/** Q1, A1, 問, 回答２: a question's or answer's marker alone on its line. */
	private static final Pattern BARE_MARKER = Pattern.compile("^(?:[QＱAＡ]|質問|回答|問|答)[0-9０-９]{0,2}[.．:：]?$");

	private Fragments() {
	}

	private static final Pattern START = Pattern.compile("^(?:開始|開始時刻|開始時間)$");

	private static final Pattern END = Pattern.compile("^(?:終了|終了時刻|終了時間)$");

	private static final Pattern CLOCK = Pattern.compile("^[0-9０-９]{1,2}[:：][0-9０-９]{2}$");

	private static final Pattern ROLE_LABEL = Pattern.compile("^(?:副?委員長?|副?議長|議員)");

	private static final Pattern NUMBER_HEADER = Pattern.compile("^(?:番号|No\\.?|NO\\.?|№|項番|#)$");

	private static final Pattern QUESTION_HEADER = Pattern.compile("^(?:質問|問|Ｑ|Q|質問事項|主な質問|質疑)(?:内容)?$");

	private static final Pattern ANSWER_HEADER = Pattern.compile("^(?:回答|答|Ａ|A|答弁|回答内容)(?:内容)?$");

	/** A cell or paragraph of one source line (0-based {@code line}), the {@code column}th of that line. */
	record Fragment(int line, int column, String text) {
	}

	static List<Fragment> of(DocumentModel model) {
		Walk walk = new Walk(model.source().lines().size(), model.sheet());
		Block previous = null;
		for (Block block : model.blocks()) {
			if (block instanceof Table table) {
				walk.table(table);
			}
			else if (block instanceof Paragraph paragraph) {
				walk.paragraph(paragraph, previous instanceof Heading heading && heading.location().line() == block.location().line());
			}
			else if (block instanceof Heading heading) {
				walk.add(heading.location(),
						heading.scheme() == NumberingScheme.BRACKETED ? "【" + heading.title() + "】" : heading.text());
			}
			else if (block instanceof ListItem item) {
				walk.add(item.location(), item.marker() + " " + item.body());
			}
			else if (block instanceof Field field && ROLE_LABEL.matcher(field.label()).lookingAt() && field.label().length() <= 6) {
				// 委　　員　　石　川　博　之 read as the field 委員: 石川博之, a role and its member as printed
				walk.add(field.location(), field.label() + "　　" + field.value());
			}
			else if (block instanceof Field field && field.value().matches("(?s)^[①-⑳].*\n[②-⑳].*")) {
				// 視察先：①千葉県流山市 over ②茨城県守谷市: one field listing its places, never a place's own heading
				walk.add(field.location(), field.label() + "：" + field.value().replace("\n", "　"));
			}
			else if (block instanceof Field field) {
				walk.add(field.location(), field.text());
			}
			previous = block;
		}
		return walk.fragments;
	}

	private static final class Walk {

		final List<Fragment> fragments = new ArrayList<>();

		/** The next column of each source line. */
		private final int[] columns;

		/** Whether the text is a sheet's records, whose long cells may each tell a whole account. */
		private final boolean sheet;

		Walk(int lines, boolean sheet) {
			this.columns = new int[lines + 1];
			this.sheet = sheet;
		}

		/** 問, 答, 質問, 回答, Q1, A: the mark a question's or an answer's turn opens with. */
		private static final Pattern TURN_MARK = Pattern.compile("^(?:問|答|質問|回答|質|[QAＱＡ][0-9０-９]{0,2})$");

		/** 人　口…………: the label without the dots that lead to its value and the spaces that spread it. */
		private static String leaderless(String cell) {
			return cell.replaceAll("[.．…‥・･]{2,}\\s*$", "").replaceAll("[\\s　]", "");
		}

		private static boolean isFigureLabel(String text) {
			return !text.isEmpty() && Label.match(text).filter(match -> match.label() == Label.FIGURE && match.rest().isBlank()).isPresent();
		}

		/** 基準日, 時点: a label of the day figures are as of. */
		private static final Pattern AS_OF_LABEL = Pattern.compile("^(?:基準日|時点|調査時点|基準時点)$");

		void table(Table table) {
			int questionsAbove = this.questionColumns;
			this.questionColumns = -1;
			if (questionsGoOn(table, questionsAbove)) {
				return;
			}
			if (figuresUnderLabels(table) || figuresByDate(table) || questionsBesideAnswers(table) || opinionsByPlace(table)
					|| figuresByPlace(table)) {
				return;
			}
			// a form's rows of figures under their labels and of questions beside their answers, each read in its place
			java.util.Map<Integer, List<Cell>> read = new java.util.HashMap<>();
			figureRowPairs(table, read);
			questionRows(table, read);
			for (int r = 0; r < table.rows().size(); r++) {
				List<Cell> row = table.rows().get(r);
				if (read.containsKey(r)) {
					read.get(r).forEach(cell -> add(cell.location(), cell.text()));
					continue;
				}
				if (table.layout() == Table.Layout.ALIGNED) {
					// 岩手県盛岡市　　地域包括ケア…: a row set out in spaces reads as the line it was printed as
					add(row.get(0).location(), String.join("　　", row.stream().map(Cell::text).filter(text -> !text.isEmpty()).toList()));
				}
				else if (row.size() == 2 && TURN_MARK.matcher(row.get(0).text().strip()).matches() && !row.get(1).isEmpty()) {
					// 問⇥返礼品の品質管理は…, 答⇥市の担当者が…: a turn of the questions, its mark and its words one line
					add(row.get(0).location(), row.get(0).text().strip() + "　" + row.get(1).text().strip());
				}
				else if (row.size() == 2 && !row.get(1).isEmpty() && isFigureLabel(leaderless(row.get(0).text()))
						&& !AS_OF_LABEL.matcher(leaderless(row.get(0).text())).matches()) {
					// 人　口………… ⇥ １８０，９２７人: a figure's label led by dots to its value, one statement
					add(row.get(0).location(), leaderless(row.get(0).text()) + "　" + row.get(1).text().strip());
				}
				else if (row.size() == 2 && AS_OF_LABEL.matcher(row.get(0).text().strip()).matches() && !row.get(1).isEmpty()) {
					// 基準日⇥令和７年６月３０日 under the figures: the day they are as of
					add(row.get(0).location(), "（" + row.get(1).text().strip() + "現在）");
				}
				else if (r >= table.headerRows() || !Table.namesColumns(row)
						|| row.stream().anyMatch(cell -> Label.match(cell.text()).isPresent())) {
					// a header of 項目 | 内容 states nothing; one of 視察先 | 日時 says what the cells under it are
					List<Cell> cells = withTimesJoined(row);
					cells.forEach(cell -> add(cell.location(), cell.text()));
				}
			}
		}

		/**
		 * 視察日 | 2024/10/16 | 開始 | 13:30 | 終了 | 15:00: a form's row that gives the hours in labelled cells after the
		 * date, read as the date and its hours in one cell (2024/10/16 13:30～15:00).
		 */
		private static List<Cell> withTimesJoined(List<Cell> row) {
			for (int c = 1; c + 3 < row.size(); c++) {
				if (START.matcher(row.get(c).text().strip()).matches() && CLOCK.matcher(row.get(c + 1).text().strip()).matches()
						&& END.matcher(row.get(c + 2).text().strip()).matches()
						&& CLOCK.matcher(row.get(c + 3).text().strip()).matches() && !row.get(c - 1).text().isBlank()) {
					List<Cell> joined = new ArrayList<>(row.subList(0, c - 1));
					Cell dated = row.get(c - 1);
					joined.add(new Cell(dated.text().strip() + " " + row.get(c + 1).text().strip() + "～" + row.get(c + 3).text().strip(),
							dated.location()));
					joined.addAll(row.subList(c + 4, row.size()));
					return joined;
				}
			}
			return row;
		}

		/**
		 * 質問 | 回答 over a row per question: each row as the question and the answer a report prints in turns
		 * (（問）… then （答）…). False, and nothing added, when the table is no such pair of columns.
		 */
		private boolean questionsBesideAnswers(Table table) {
			List<String> header = table.headerRows() > 0 ? table.header()
					: table.rows().isEmpty() ? List.of() : table.rows().get(0).stream().map(Cell::text).toList();
			// 視察先 | No. | 質疑（質疑者） | 回答（回答課）: the place each question was asked at may stand first
			int place = !header.isEmpty() && isPlaceHeader(header.get(0)) ? 1 : 0;
			// 番号 | 質問 | 回答: a column numbering the questions may stand first
			// 番号 | 質問 | 回答, or the number column's head left blank
			int q = place + (header.size() == place + 3 && (NUMBER_HEADER.matcher(header.get(place).replaceAll("\\s", "")).matches()
					|| header.get(place).isBlank()) ? 1 : 0);
			if (header.size() != q + 2 || !QUESTION_HEADER.matcher(headWord(header.get(q))).matches()
					|| !ANSWER_HEADER.matcher(headWord(header.get(q + 1))).matches()) {
				return false;
			}
			if (place == 0) {
				add(table.location(), "【質疑応答】");
				this.questionColumns = header.size();
			}
			String placed = null;
			String asked = null;
			for (List<Cell> row : table.rows().subList(Math.max(1, table.headerRows()), table.rows().size())) {
				if (row.size() == q + 2 && !row.get(q).isEmpty() && !row.get(q + 1).isEmpty()) {
					if (place > 0 && !row.get(0).isEmpty() && !row.get(0).text().equals(placed)) {
						// 富山県⏎南砺市 over its questions: the place's own section of questions
						placed = row.get(0).text();
						add(row.get(0).location(), "【視察先】" + placed.replace("\n", ""));
						add(row.get(0).location(), "【質疑応答】");
						asked = null;
					}
					if (!row.get(q).text().equals(asked)) {
						// a question spanned down beside two answers is asked once
						add(row.get(q).location(), "（問）" + row.get(q).text());
					}
					asked = row.get(q).text();
					add(row.get(q + 1).location(), "（答）" + row.get(q + 1).text());
				}
			}
			return true;
		}

		/** The width of the table of numbered questions and answers read last, or -1: the table before was another. */
		private int questionColumns = -1;

		/**
		 * 6 | 市域が広い中で、… | 幹線は… then ような考え方で… | タクシーと、… after a table of numbered questions and answers,
		 * without its header: the question a page break cut out of that table, its second line without a number.
		 * False, and nothing added, when the table is no such rest.
		 */
		private boolean questionsGoOn(Table table, int width) {
			if (width != 3 || table.headerRows() != 0 || table.rows().isEmpty() || table.rows().get(0).size() != width
					|| !table.rows().get(0).get(0).text().strip().matches("[0-9０-９]{1,2}")) {
				return false;
			}
			List<String[]> turns = new ArrayList<>();
			List<Cell> at = new ArrayList<>();
			for (List<Cell> row : table.rows()) {
				if (row.size() == width && row.get(0).text().strip().matches("[0-9０-９]{1,2}")) {
					turns.add(new String[] { row.get(1).text(), row.get(2).text() });
					at.add(row.get(1));
				}
				else if (row.size() == width - 1 && !turns.isEmpty()) {
					String[] turn = turns.get(turns.size() - 1);
					turn[0] = turn[0] + row.get(0).text().strip();
					turn[1] = turn[1] + row.get(1).text().strip();
				}
				else {
					return false;
				}
			}
			for (int t = 0; t < turns.size(); t++) {
				add(at.get(t).location(), "（問）" + turns.get(t)[0]);
				add(at.get(t).location(), "（答）" + turns.get(t)[1]);
			}
			return true;
		}

		/** 視察先, 訪問先: a column of the places the rows are about. */
		private static boolean isPlaceHeader(String header) {
			return Label.match(header.replaceAll("[\\s　]", "")).filter(match -> match.label() == Label.DESTINATION && match.rest().isBlank())
				.isPresent();
		}

		/** 質疑（質疑者）: a column's word without the note in brackets on what else its cells give. */
		private static String headWord(String header) {
			return header.replaceAll("[\\s　]", "").replaceAll("[（(][^）)]*[）)]$", "");
		}

		/**
		 * 視察先 | 委員名 | 所感 over a row per member's opinion: each place's opinions in a section of their own, each
		 * signed by its member as a report signs them（根本委員）. False, and nothing added, when the table is no such list.
		 */
		private boolean opinionsByPlace(Table table) {
			List<String> header = table.headerRows() > 0 ? table.header() : List.of();
			if (header.size() != 3 || !isPlaceHeader(header.get(0)) || !MEMBER_HEADER.matcher(headWord(header.get(1))).matches()
					|| Label.match(headWord(header.get(2))).filter(match -> match.label() == Label.OPINIONS).isEmpty()) {
				return false;
			}
			String placed = null;
			for (List<Cell> row : table.body()) {
				if (row.size() != 3 || row.get(2).isEmpty()) {
					continue;
				}
				if (!row.get(0).isEmpty() && !row.get(0).text().equals(placed)) {
					placed = row.get(0).text();
					add(row.get(0).location(), "【視察先】" + placed.replace("\n", ""));
					add(row.get(0).location(), "【所感】");
				}
				String member = row.get(1).text().replaceAll("[\\s　]", "");
				add(row.get(2).location(), row.get(2).text().replace("\n", "") + (member.isEmpty() ? "" : "（" + member + "）"));
			}
			return true;
		}

		/**
		 * No. | 視察先（都道府県 | 市町村） | 視察日時 | … | 人口（人） | 世帯数（世帯） | 面積（km²） | 基準日: a list of the
		 * visits a row each, with each place's figures: each row read as the place's section stating them. A row given
		 * for reference （参考） is no visit. False, and nothing added, when the table is no such list.
		 */
		private boolean figuresByPlace(Table table) {
			List<String> header = table.headerRows() > 0 ? table.header() : List.of();
			int place = -1;
			for (int c = 0; c < header.size() && place < 0; c++) {
				if (header.get(c).replaceAll("[\\s　]", "").matches("^(?:視察先|訪問先|調査先)(?:都道府県|市町村|名)?$")) {
					place = c;
				}
			}
			boolean besides = place >= 0 && place + 1 < header.size() && header.get(place).replaceAll("[\\s　]", "").endsWith("都道府県")
					&& header.get(place + 1).replaceAll("[\\s　]", "").matches(".*(?:市町村|市区町村)$");
			List<Integer> figures = new ArrayList<>();
			int asOf = -1;
			for (int c = 0; c < header.size(); c++) {
				String word = header.get(c).replaceAll("[\\s　]", "");
				if (PLACE_FIGURE.matcher(word).matches()) {
					figures.add(c);
				}
				else if (AS_OF_LABEL.matcher(word.replaceFirst("^概況", "")).matches()) {
					asOf = c;
				}
			}
			if (place < 0 || figures.isEmpty()) {
				return false;
			}
			for (List<Cell> row : table.body()) {
				if (row.size() != header.size() || row.stream().anyMatch(cell -> cell.text().matches("^[（(]参考[）)].*"))) {
					continue;
				}
				String name = row.get(place).text().replace("\n", "") + (besides ? row.get(place + 1).text().replace("\n", "") : "");
				if (Destinations.nameAtStart(name).isEmpty()) {
					continue;
				}
				add(row.get(place).location(), "【視察先】" + name);
				String dated = asOf >= 0 && !row.get(asOf).isEmpty() ? "（" + row.get(asOf).text().strip() + "現在）" : "";
				for (int c : figures) {
					String value = row.get(c).text().replace("\n", "").strip();
					if (value.isEmpty() || value.matches("[－―-]")) {
						continue;
					}
					Matcher unit = HEADER_UNIT.matcher(header.get(c));
					String label = headWord(header.get(c)).replaceFirst("^概況", "");
					// 人口・約4万9千人／世帯数・約1万9千世帯: a cell stating the figures with their own labels
					boolean stated = value.matches(".*(?:人口|世帯|面積).*");
					boolean unitStated = !value.matches("^[0-9０-９][0-9０-９,，.．]*$");
					add(row.get(c).location(), (stated ? value : label + "　" + value + (unitStated || !unit.find() ? "" : unit.group(1))) + dated);
				}
			}
			return true;
		}

		/** 人口（人）, 世帯数（世帯）, 面積（km²）: a column of the places' own figures. */
		private static final Pattern PLACE_FIGURE = Pattern.compile("^(?:概況)?(?:人口|世帯数|面積)(?:[（(][^）)]*[）)])?$");

		/** （人）, （km²）: the unit a column's header gives its figures. */
		private static final Pattern HEADER_UNIT = Pattern.compile("[（(]([^）)]{1,4})[）)]\\s*$");

		/** 委員名, 氏名, 議員名: a column of the members who wrote. */
		private static final Pattern MEMBER_HEADER = Pattern.compile("^(?:委員名|氏名|議員名|委員|議員|記入者|発言者)$");

		/**
		 * 人口 | 世帯数 | 面積 over 305,283人 | 140,116世帯 | 49.42km²: each figure with the label over it, as a line
		 * would state it. False, and nothing added, when the table is no such pair of rows.
		 */
		private boolean figuresUnderLabels(Table table) {
			if (table.rows().size() != 2) {
				return false;
			}
			List<Cell> labels = table.rows().get(0);
			List<Cell> figures = table.rows().get(1);
			// 人口 | 世帯数 | 面積 | 年少人口割合: the figures a visit states, another beside them
			long figureLabels = labels.stream()
				.filter(cell -> Label.match(cell.text()).filter(match -> match.label() == Label.FIGURE && match.rest().isBlank()).isPresent())
				.count();
			boolean paired = labels.size() >= 2 && labels.size() == figures.size() && figureLabels >= Math.max(2, labels.size() - 1)
				&& figures.stream().allMatch(cell -> cell.text().matches(".*[0-9０-９].*"));
			if (paired) {
				for (int c = 0; c < labels.size(); c++) {
					add(figures.get(c).location(), labels.get(c).text().strip() + "　" + figures.get(c).text().strip());
				}
			}
			return paired;
		}

		/**
		 * 視察先の概況 | 人口 | 世帯数 | 面積 | 基準日 over 視察先の概況 | 67,912 人 | 30,486 世帯 | 23.22 ㎢ | R7.10.1 among a
		 * form's rows: each figure with the label over it, the day as the day they are as of, put in {@code read} under the
		 * labels' row (the figures' row under it reads as nothing more).
		 */
		private void figureRowPairs(Table table, java.util.Map<Integer, List<Cell>> read) {
			List<List<Cell>> rows = table.rows();
			for (int r = 0; r + 1 < rows.size(); r++) {
				List<Cell> labels = rows.get(r);
				List<Cell> figures = rows.get(r + 1);
				// a label down the form's side, spanning both rows
				int from = !labels.isEmpty() && !figures.isEmpty() && !labels.get(0).isEmpty()
						&& labels.get(0).text().strip().equals(figures.get(0).text().strip()) ? 1 : 0;
				List<Integer> columns = new ArrayList<>();
				boolean all = labels.size() >= from + 2;
				for (int c = from; c < labels.size() && all; c++) {
					String label = labels.get(c).text().replaceAll("[\\s　]", "");
					if (label.isEmpty()) {
						continue;
					}
					boolean figure = Label.match(label).filter(match -> match.label() == Label.FIGURE && match.rest().isBlank()).isPresent();
					all = figure || AS_OF_LABEL.matcher(label).matches();
					// a box left empty or a dash (－): no figure stated, the others still are
					if (all && c < figures.size() && figures.get(c).text().matches(".*[0-9０-９].*")) {
						columns.add(c);
					}
				}
				if (!all || columns.size() < 2) {
					continue;
				}
				List<Cell> stated = new ArrayList<>();
				for (int c : columns) {
					String label = labels.get(c).text().strip();
					String figure = figures.get(c).text().strip();
					stated.add(new Cell(AS_OF_LABEL.matcher(label.replaceAll("[\\s　]", "")).matches() ? "（" + figure + "現在）"
							: label + "　" + figure, figures.get(c).location()));
				}
				read.put(r, stated);
				read.put(r + 1, List.of());
				r++;
			}
		}

		/**
		 * 質疑応答 | No. | 質疑 | 回答 over 質疑応答 | 1 | …か。 | …いる。 among a form's rows (the label down the form's
		 * side): each row a question and its answer, as a report prints them in turns, put in {@code read} under its row.
		 */
		private void questionRows(Table table, java.util.Map<Integer, List<Cell>> read) {
			List<List<Cell>> rows = table.rows();
			for (int r = 0; r + 1 < rows.size(); r++) {
				List<Cell> header = rows.get(r);
				if (header.size() < 3 || header.get(0).isEmpty()) {
					continue;
				}
				String side = header.get(0).text().strip();
				int question = -1;
				int answer = -1;
				for (int c = 1; c < header.size(); c++) {
					String word = header.get(c).text().replaceAll("[\\s　]", "");
					if (question < 0 && QUESTION_HEADER.matcher(word).matches()) {
						question = c;
					}
					else if (question >= 0 && answer < 0 && ANSWER_HEADER.matcher(word).matches()) {
						answer = c;
					}
				}
				if (question < 0 || answer < 0 || !rows.get(r + 1).get(0).text().strip().equals(side)) {
					continue;
				}
				read.put(r, List.of(new Cell("【質疑応答】", header.get(question).location())));
				for (int k = r + 1; k < rows.size() && rows.get(k).get(0).text().strip().equals(side); k++) {
					List<Cell> row = rows.get(k);
					String asked = question < row.size() ? row.get(question).text().strip() : "";
					String answered = answer < row.size() ? row.get(answer).text().strip() : "";
					List<Cell> turns = new ArrayList<>();
					if (!asked.isEmpty()) {
						turns.add(new Cell("（問）" + asked, row.get(question).location()));
					}
					if (!answered.isEmpty()) {
						// an answer the page broke, its rest on a row with no question: the answer goes on
						turns.add(new Cell(asked.isEmpty() ? answered : "（答）" + answered, row.get(answer).location()));
					}
					read.put(k, turns);
				}
				return;
			}
		}

		/** 令和２年国勢調査, 令和７年６月１日現在: a column's day or year. */
		private static final Pattern DATED_HEADER = Pattern
			.compile(".*(?:(?:令和|平成|R|H)\\s*[0-9０-９元]{1,2}\\s*年|[0-9０-９]{4}\\s*年|現在$).*");

		/**
		 * 区分 | 令和２年国勢調査 | 令和７年６月１日現在 over 人口 | 409,118人 | 391,847人, 世帯数 …: each figure of the
		 * latest column with its row's label, and the day that column stands at. False, and nothing added, when the
		 * table is no such comparison of the place's figures over time.
		 */
		private boolean figuresByDate(Table table) {
			List<List<Cell>> rows = table.rows();
			if (rows.size() < 2 || rows.get(0).size() < 3) {
				return false;
			}
			List<Cell> header = rows.get(0);
			int last = header.size() - 1;
			boolean dated = header.stream().skip(1).allMatch(cell -> DATED_HEADER.matcher(cell.text().strip()).matches());
			boolean figures = rows.stream()
				.skip(1)
				.allMatch(row -> row.size() == header.size() && row.get(last).text().matches(".*[0-9０-９].*")
						&& Label.match(row.get(0).text()).filter(match -> match.label() == Label.FIGURE).isPresent());
			if (!dated || !figures) {
				return false;
			}
			String day = header.get(last).text().strip();
			if (day.endsWith("現在")) {
				add(header.get(last).location(), "（" + day + "）");
			}
			for (List<Cell> row : rows.subList(1, rows.size())) {
				add(row.get(last).location(), row.get(0).text().strip() + "　" + row.get(last).text().strip());
			}
			return true;
		}

		void paragraph(Paragraph paragraph, boolean besideHeading) {
			int first = 0;
			if (besideHeading && !this.fragments.isEmpty()) {
				// （１）石川県金沢市　　学校図書館を…: a heading and the text beside it, one line as printed
				Fragment heading = this.fragments.remove(this.fragments.size() - 1);
				this.fragments.add(new Fragment(heading.line(), heading.column(), heading.text() + "　　" + paragraph.lines().get(0)));
				first = 1;
			}
			for (int i = first; i < paragraph.lines().size(); i++) {
				String line = paragraph.lines().get(i);
				if (BARE_MARKER.matcher(line.strip()).matches() && i + 1 < paragraph.lines().size()) {
					// Q1 over 車線を減らすことについて…: the marker a form prints in a cell of its own, with the text it heads
					add(paragraph.lineLocations().get(i), line.strip() + "　" + paragraph.lines().get(i + 1).strip());
					i++;
					continue;
				}
				add(paragraph.lineLocations().get(i), line);
			}
		}

		void add(Location location, String cell) {
			int line = location.line() - 1;
			String[] pieces = cell.split("\n");
			// a sheet's cell holding a whole account (成果報告: 【徳島県神山町】7月23日… and its findings): its lines are
			// the lines of a text, one after another, as the sheet's own lines hold them
			boolean account = this.sheet && pieces.length >= ACCOUNT_LINES;
			for (int p = 0; p < pieces.length; p++) {
				int at = account ? Math.min(line + p, this.columns.length - 1) : line;
				for (String part : HtmlFragments.parts(pieces[p])) {
					String text = LIST_DASH.matcher(part.replace("**", "").strip()).replaceFirst("").strip();
					if (!text.isEmpty()) {
						this.fragments.add(new Fragment(at, this.columns[at]++, text));
					}
				}
			}
		}

		/** Lines a cell holds when it tells an account rather than a value. */
		private static final int ACCOUNT_LINES = 6;
	}
}
