package org.govreview.readers.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.govreview.readers.document.TestModels.cells;
import static org.govreview.readers.document.TestModels.model;

import java.nio.file.Path;
import java.util.List;

import org.govreview.readers.text.SourceText;
import org.govreview.readers.text.SourceTextLoader;
import org.govreview.readers.text.TextPdf;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DocumentModelTests {

	@TempDir
	Path directory;

	@Test
	void aSpreadsheetPublishedToTheWebReadsItsCellsWithoutItsRowNumbersAndColumnLetters() {
		DocumentModel model = model("<html><head><style type=\"text/css\">.ritz .waffle .s0{color:#000;}",
				"</style><div class=\"ritz grid-container\"><table class=\"waffle\"><thead><tr><th class=\"row-header freezebar-origin-ltr\"></th>"
						+ "<th id=\"0C0\" class=\"column-headers-background\">A</th><th id=\"0C1\" class=\"column-headers-background\">B</th>"
						+ "<th id=\"0C2\" class=\"column-headers-background\">C</th></tr></thead><tbody>",
				"<tr><th id=\"0R0\" class=\"row-headers-background\"><div class=\"row-header-wrapper\">1</div></th><td>分野</td><td>公約</td><td>評価</td></tr>",
				"<tr><th id=\"0R1\" class=\"row-headers-background\"><div class=\"row-header-wrapper\">2</div></th><td rowspan=\"2\">分野1</td>"
						+ "<td>公共施設のLED化</td><td>A</td></tr>",
				"<tr><th id=\"0R2\" class=\"row-headers-background\"><div class=\"row-header-wrapper\">3</div></th><td>小水力発電の調査</td><td>B</td></tr>",
				"</tbody></table></div></body></html>");

		assertThat(model.tables()).singleElement().satisfies(table -> assertThat(table.rows())
			.extracting(row -> row.stream().map(Cell::text).toList())
			.containsExactly(List.of("分野", "公約", "評価"), List.of("分野1", "公共施設のLED化", "A"), List.of("分野1", "小水力発電の調査", "B")));
	}

	@Test
	void aNotionTogglesNameLabelsTheItemsIndentedUnderItAndALinkToASubPageReadsAsItsText() {
		DocumentModel model = model("# 令和7年度 鳴門市競艇企業局 運営方針", "", "### 重点取組1　電話投票の売上拡大", "", "- 主な取組",
				"    - 主要ネット投票サイトと連携したキャンペーンの実施", "    - 他場レースの場間場外発売の拡充", "- 成果指標", "    ",
				"    | 指標 | 単位 | 令和5年度実績 |", "    | --- | --- | --- |", "    | 電話投票比率 | ％ | 80.2 |", "",
				"[局議資料（2025年3月27日）](%E5%B1%80%E8%AD%B0%E8%B3%87%E6%96%99%201c3e8a0f.md)");

		assertThat(model.blocks().toString()).contains("主な取組", "成果指標").doesNotContain("・主な取組", "%E5");
		assertThat(model.all(ListItem.class)).extracting(ListItem::body)
			.containsExactly("主要ネット投票サイトと連携したキャンペーンの実施", "他場レースの場間場外発売の拡充");
		assertThat(model.blocks().toString()).contains("局議資料（2025年3月27日）");
	}

	@Test
	void aTableThatAReadingOrderExtractionPrintedColumnByColumnIsReadInRows() {
		DocumentModel model = model("施策１－１", "", "健康づくりの推進", "", "主担当課：健康推進課", "【成果指標】", "成果指標", "", "単位", "",
				"特定健康診査の受診率", "がん検診の平均受診率", "健康ポイント事業の参加者数", "", "％", "％", "人", "", "【主な事業】", "",
				"現状値", "（R5）", "33.8", "14.6", "3,412", "", "目標値", "（R9）", "45.0", "18.0", "6,000", "",
				"健康診査等事業、健康ポイント推進事業");

		assertThat(model.tables()).singleElement().satisfies(table -> assertThat(cells(table)).containsExactly(
				List.of("指標", "単位", "現状値（R5）", "目標値（R9）"), List.of("特定健康診査の受診率", "％", "33.8", "45.0"),
				List.of("がん検診の平均受診率", "％", "14.6", "18.0"), List.of("健康ポイント事業の参加者数", "人", "3,412", "6,000")));
		assertThat(model.blocks().toString()).contains("主な事業", "健康診査等事業");
		assertThat(model.all(Heading.class)).anySatisfy(heading -> assertThat(heading.title()).isEqualTo("健康づくりの推進"));
	}

	@Test
	void columnsThatHoldMoreOrFewerFiguresThanThereAreNamesStayAsPrinted() {
		DocumentModel model = model("成果指標", "", "特定健康診査の受診率", "がん検診の平均受診率", "", "現状値", "（R5）", "33.8", "", "目標値",
				"（R9）", "45.0", "18.0");

		assertThat(model.tables()).noneSatisfy(table -> assertThat(table.rows().toString()).contains("33.8"));
	}

	@Test
	void aTextAMailerWrappedAtItsWidthIsReadInWholeSentencesAFiguresRestIncluded() {
		String full = "　全３２項目の評価点の合計は９４点（満点１２８点）で、全体の達成率は７";
		java.util.List<String> lines = new java.util.ArrayList<>();
		for (int i = 0; i < 12; i++) {
			lines.add("　市長が選挙で市民の皆さんにお約束した公約について、令和６年度末の進捗");
			lines.add("状況をお届けします。各項目の評価は担当課が自己評価を行い、会議で確認し");
			lines.add("ました。");
			lines.add("");
		}
		lines.add(full);
		lines.add("３．４％となりました。前年度末の６８．８％から４．６ポイント上昇してい");
		lines.add("ます。");
		DocumentModel model = model(lines.toArray(String[]::new));

		assertThat(model.all(Paragraph.class)).anySatisfy(paragraph -> assertThat(paragraph.text())
			.contains("全体の達成率は７３．４％となりました。"));
		assertThat(model.all(Heading.class)).noneSatisfy(heading -> assertThat(heading.title()).startsWith("４％"));
	}

	@Test
	void aCsvWhosePrintedPageWrappedItsRecordsIsReadRecordByRecord() {
		// as a PDF of the CSV gives it: a title row, the header and the records broken at the page's edge (the
		// lines marked), a quoted cell's own line breaks not
		List<String> lines = new java.util.ArrayList<>(List.of("第2次鹿屋市総合計画　成果指標進捗管理表【令和6",
				"年度実績】,,,,,,,,,", "レコード番号,施策コード,施策名,KPI名,単位,基準値,目標値,R6実績,担当課,",
				"備考"));
		java.util.Set<Integer> wraps = new java.util.HashSet<>(java.util.Set.of(0, 2));
		for (int r = 1; r <= 6; r++) {
			wraps.add(lines.size());
			lines.add(r + ",1-0" + r + ",農業の担い手確保と生産基盤の強");
			lines.add("化,認定農業者数" + r + ",人,612,620,601,\"農政課");
			lines.add("畜産課\",");
		}
		DocumentModel model = DocumentModel.of(new SourceText(Path.of("kpi.pdf"), lines, "PDF, 1 page", List.of(), List.of(), wraps));

		assertThat(model.tables()).singleElement().satisfies(table -> {
			assertThat(cells(table).get(0)).startsWith("レコード番号", "施策コード", "施策名", "KPI名");
			assertThat(cells(table)).hasSize(7);
			assertThat(cells(table).get(1)).containsExactly("1", "1-01", "農業の担い手確保と生産基盤の強化", "認定農業者数1", "人", "612",
					"620", "601", "農政課\n畜産課");
		});
	}

	@Test
	void aWorkbookSavedSheetBySheetIsReadAsCsvThoughItsSheetsDifferInWidth() {
		// xlsx2csv -a: a summary sheet four cells wide, an items sheet six wide, a list sheet two wide
		List<String> lines = new java.util.ArrayList<>(List.of("-------- 1 - 総括表", "評価,項目数,構成比,", "◎,7,0.219,",
				"○,17,0.531,", "△,6,0.188,", "×,2,0.062,", "合計,32,1.000,", "-------- 2 - 柱1 子ども・教育",
				"番号,施策名,評価,担当課,今後の方向性,備考"));
		for (int r = 1; r <= 5; r++) {
			lines.add("1-" + r + ",\"施策" + r + "の推進\",◎,こども未来課,継続,");
		}
		lines.addAll(List.of("-------- 3 - リスト", "評価,担当課", "◎,こども未来課", "○,教育総務課"));
		DocumentModel model = model(lines.toArray(String[]::new));

		assertThat(model.tables()).anySatisfy(table -> assertThat(cells(table)).contains(List.of("◎", "7", "0.219")));
		assertThat(model.tables()).anySatisfy(table -> assertThat(cells(table))
			.contains(List.of("番号", "施策名", "評価", "担当課", "今後の方向性", "備考"), List.of("1-3", "施策3の推進", "◎", "こども未来課", "継続")));
		assertThat(model.blocks().toString()).doesNotContain("--------", "柱1 子ども・教育");
	}

	@Test
	void aOneCellPerLineTableJoinsANameUpToItsUnitAndSkipsItsHeaderRepeatedOverTheNextPage() {
		// a PDF viewer's copy: a cell a line, a name wrapped before its unit, the page's number and title, the header again
		DocumentModel model = model("部を取り巻く状況", "項目", "単位", "令和３年度", "令和４年度", "令和５年度", "市道延長", "km", "423.6",
				"424.1", "424.5", "市管理橋りょう数", "橋", "118", "118", "117", "市民１人当たり都市公園", "面積", "㎡", "4.45", "4.50",
				"4.54", "4 / 10", "項目", "単位", "令和３年度", "令和４年度", "令和５年度", "自転車が関係する人身事", "故件数", "件", "198", "207",
				"221", "※市道延長は各年度末現在。");

		assertThat(model.tables()).singleElement().satisfies(table -> assertThat(cells(table)).containsExactly(
				List.of("項目", "単位", "令和３年度", "令和４年度", "令和５年度"), List.of("市道延長", "km", "423.6", "424.1", "424.5"),
				List.of("市管理橋りょう数", "橋", "118", "118", "117"), List.of("市民１人当たり都市公園面積", "㎡", "4.45", "4.50", "4.54"),
				List.of("自転車が関係する人身事故件数", "件", "198", "207", "221")));
	}

	@Test
	void inATextThatSetsEveryLineApartABareFigureIsACellsAndTheLineAfterItNoRunningHeader() {
		// docx2txt: a blank line after every paragraph and cell; 5 over こども課 is a score over its department
		List<String> lines = new java.util.ArrayList<>();
		for (int item = 1; item <= 12; item++) {
			lines.addAll(List.of("取組" + item + "の推進について報告します", "", String.valueOf(item % 5 + 1), "", item % 2 == 0 ? "こども課" : "教育総務課", "", ""));
			lines.addAll(List.of("　取組" + item + "は計画どおり進んでいます。", "", "", ""));
		}
		DocumentModel model = model(lines.toArray(String[]::new));

		assertThat(model.blocks().toString().split("こども課", -1)).hasSize(7);
		assertThat(model.blocks().toString().split("教育総務課", -1)).hasSize(7);
	}

	@Test
	void aOneCellPerLineTableEndingInDepartmentsJoinsTheCellBeforeADepartmentAndADepartmentCutAtItsWidth() {
		DocumentModel model = model("【主な取組】", "No.", "取組内容", "担当課", "1", "通学路における路側帯のカラー化や防護柵の設置など",
				"の交通安全対策", "道路課・交通政", "策課", "2", "自転車通行空間（矢羽根型路面表示）の整備", "道路課", "3",
				"スマートフォンを活用した道路損傷通報システムの運", "用と通報への迅速な対応", "道路管理課", "【成果指標】");

		assertThat(model.tables()).singleElement().satisfies(table -> assertThat(cells(table)).containsExactly(
				List.of("No.", "取組内容", "担当課"), List.of("1", "通学路における路側帯のカラー化や防護柵の設置などの交通安全対策", "道路課・交通政策課"),
				List.of("2", "自転車通行空間（矢羽根型路面表示）の整備", "道路課"),
				List.of("3", "スマートフォンを活用した道路損傷通報システムの運用と通報への迅速な対応", "道路管理課")));
	}

	@Test
	void aWordTableSavedByDocx2txtIsReadRowByRowFromItsHeadersCountOfCells() {
		// a blank line after every paragraph, two more for an empty cell (a merged cell's later rows), nothing at a row's end
		List<String> lines = new java.util.ArrayList<>();
		for (int p = 0; p < 30; p++) {
			lines.addAll(List.of("　本市の取組について報告します。", ""));
		}
		lines.addAll(List.of("公約", "", "取組", "", "評価", "", "担当課", "", "柱１\t子どもを産み育てやすいまち　（達成度 68.0％）", "",
				"１－１　子育ての経済的負担の軽減", "（達成度 80.0％）", "", "18歳までの医療費無料化の継続", "", "５", "", "こども課", "", "", "",
				"第２子以降の保育料の無償化", "", "４", "", "こども課", "", "", "", "中学校部活動の地域移行の推進", "", "２", "",
				"生涯学習・スポーツ課", "", "学校教育課", "", "５　今後の取組", "", "　引き続き取り組みます。", ""));
		DocumentModel model = model(lines.toArray(String[]::new));

		assertThat(model.tables()).singleElement().satisfies(table -> assertThat(cells(table)).containsExactly(
				List.of("公約", "取組", "評価", "担当課"), List.of("柱１　子どもを産み育てやすいまち　（達成度 68.0％）"),
				List.of("１－１　子育ての経済的負担の軽減（達成度 80.0％）", "18歳までの医療費無料化の継続", "５", "こども課"),
				List.of("", "第２子以降の保育料の無償化", "４", "こども課"),
				List.of("", "中学校部活動の地域移行の推進", "２", "生涯学習・スポーツ課\n学校教育課")));
	}

	@Test
	void aTableDrawnAtFixedColumnWidthsPutsACellsWrappedRestBackInItsRow() {
		// antiword's Word table: bars at fixed widths, no rules, a long cell going on under itself
		DocumentModel model = model("■成果指標", "",
				"|No. |成果指標                  |現状値（R4|目標値（R8|",
				"|    |                          |）        |）        |",
				"|1   |乳幼児健康診査の受診率    |97.2％    |98.5％    |",
				"|2   |こども家庭センターにおける|1,842件   |2,200件   |",
				"|    |相談件数                  |          |          |",
				"|3   |保育所等待機児童数        |3人       |0人       |",
				"|    |（参考）入所保留児童数    |10人      |          |");

		assertThat(model.tables()).singleElement().satisfies(table -> assertThat(cells(table)).containsExactly(
				List.of("No.", "成果指標", "現状値（R4）", "目標値（R8）"), List.of("1", "乳幼児健康診査の受診率", "97.2％", "98.5％"),
				List.of("2", "こども家庭センターにおける相談件数", "1,842件", "2,200件"), List.of("3", "保育所等待機児童数", "3人", "0人"),
				List.of("", "（参考）入所保留児童数", "10人")));
	}

	@Test
	void aLineOfRunningTextThatAPdfPagesEdgeBrokeIsOneLineOfTheModelAndTwoOfTheSource() {
		// 40 characters a line: the action's text wraps once; the label above it and the one-line item below do not
		String action = "・地域包括支援センターと連携した高齢者見守りネットワークの強化と、民生委員による戸別訪問の拡充";
		String lead = "　区では、区民の皆さまや地域の団体の皆さまと力を合わせ、住んでよかったと感じていただける区政を進めるため、毎年度、区運営方針を定めて重点的に取り組む内容を明らかにしています。";
		SourceText text = new SourceTextLoader().load(org.govreview.readers.text.WrappedPdf
			.of(List.of(lead, "", "主な取組", action, "・公民館での出張子育て相談の実施"))
			.writeTo(directory.resolve("wrapped.pdf")));

		assertThat(text.lines()).anyMatch(line -> line.strip().equals(action.substring(0, 40)));
		assertThat(text.softWraps()).hasSizeGreaterThanOrEqualTo(2);
		DocumentModel model = DocumentModel.of(text);
		assertThat(model.blocks()).filteredOn(ListItem.class::isInstance).map(block -> ((ListItem) block).body())
			.containsExactly(action.substring(1), "公民館での出張子育て相談の実施");
	}

	@Test
	void aHeaderLineSetApartFromItsRowsByABlankLineHeadsThem() {
		DocumentModel model = model("      区　分                                   指標数        割　合", "",
				"      目標達成（100％以上）                      5指標        22.7％",
				"      概ね順調（80％以上100％未満）             13指標        59.1％",
				"      遅れている（50％未満）                     0指標         0.0％");

		Table table = model.tables().get(0);
		assertThat(table.headerRows()).isEqualTo(1);
		assertThat(cells(table)).containsExactly(List.of("区分", "指標数", "割合"), List.of("目標達成（100％以上）", "5指標", "22.7％"),
				List.of("概ね順調（80％以上100％未満）", "13指標", "59.1％"), List.of("遅れている（50％未満）", "0指標", "0.0％"));
	}

	@Test
	void aRowNumberPrintedBesideTheMiddleOfItsWrappedCellsNumbersTheWholeRow() {
		DocumentModel model = model(
				"   No.   政策分野        公約の項目                  取組状況                          評価   担当部局", "",
				"         子育て・教育    子ども医療費助成の高校生世  令和5年4月から対象を拡大し、           子ども未来部",
				"    1                    代までの拡充                所得制限を設けずに実施している。  S", "",
				"                         放課後児童クラブの待機児童  定員を120人拡大したが、解消           子ども未来部",
				"    2                    の解消                      には至っていない。                B", "",
				"    3                    がん検診の受診率の向上      休日検診の回数を拡充した。        B      健康福祉部");

		List<List<String>> rows = model.tables().stream().flatMap(table -> cells(table).stream())
			.filter(row -> row.size() == 6 && row.get(0).matches("[0-9]")).toList();
		assertThat(rows).containsExactly(
				List.of("1", "子育て・教育", "子ども医療費助成の高校生世代までの拡充", "令和5年4月から対象を拡大し、所得制限を設けずに実施している。", "S", "子ども未来部"),
				List.of("2", "", "放課後児童クラブの待機児童の解消", "定員を120人拡大したが、解消には至っていない。", "B", "子ども未来部"),
				List.of("3", "", "がん検診の受診率の向上", "休日検診の回数を拡充した。", "B", "健康福祉部"));
	}

	@Test
	void aPageSetInTwoColumnsOfProseIsReadColumnByColumn() {
		DocumentModel model = model(
				"重点課題１　地域共生社会の実現に向けた包括的な              【主な取組】",
				"　　　　　　支援体制の充実                                  ・重層的支援体制整備事業による相談支援、参加支援、",
				"                                                            　地域づくりに向けた支援の一体的な実施",
				"【現状と課題】                                              ・地区社会福祉協議会の活動支援と、民生委員・児童委員の",
				"　少子高齢化や単身世帯の増加、地域のつながりの希薄化によ    　担い手確保に向けた広報の強化",
				"り、いわゆる8050問題やダブルケア、ひきこもりなど、複合      ・成年後見支援センターを中核機関とした権利擁護支援の",
				"複雑化した課題を抱える世帯が増えています。                  　地域連携ネットワークの強化",
				"　本市では令和４年度から重層的支援体制整備事業に取り組ん    ・ひきこもり地域支援センターと連携した居場所づくりと",
				"おり、福祉総合相談窓口の新規相談件数は増えています。        　アウトリーチ支援の推進");

		assertThat(model.headings()).extracting(Heading::title).containsExactly("地域共生社会の実現に向けた包括的な支援体制の充実",
				"現状と課題", "主な取組");
		assertThat(model.blocks()).filteredOn(ListItem.class::isInstance).map(ListItem.class::cast).extracting(ListItem::body)
			.containsExactly("重層的支援体制整備事業による相談支援、参加支援、地域づくりに向けた支援の一体的な実施",
					"地区社会福祉協議会の活動支援と、民生委員・児童委員の担い手確保に向けた広報の強化",
					"成年後見支援センターを中核機関とした権利擁護支援の地域連携ネットワークの強化",
					"ひきこもり地域支援センターと連携した居場所づくりとアウトリーチ支援の推進");
	}

	@Test
	void anOutlinesNumberBeforeALabelledHeadingGivesWayToTheLabel() {
		Heading heading = model("(1)　重点目標１　安心して子どもを産み育てられるまちづくり").headings().get(0);

		assertThat(heading.scheme()).isEqualTo(NumberingScheme.LABELLED);
		assertThat(heading.label()).isEqualTo("重点目標");
		assertThat(heading.title()).isEqualTo("安心して子どもを産み育てられるまちづくり");
	}

	@Test
	void titlesCutByANewslettersNarrowColumnAreWhole() {
		List<String> lines = new java.util.ArrayList<>(List.of("柱１", "子どもを真ん中に、", "未来を育むまち", "進捗率 85.7％"));
		for (int i = 0; i < 14; i++) {
			lines.add("　子育て世帯の経済的な負担を");
			lines.add("軽くし、安心して子どもを産み");
		}
		lines.addAll(List.of("●子ども医療費助成の18歳まで", "の拡大【Ａ】", "●第２子以降の保育料の無償化", "【Ｂ】", "●学校給食費の保護者負担の軽", "減【Ａ】"));

		DocumentModel model = model(lines.toArray(String[]::new));

		assertThat(model.headings()).extracting(Heading::title).containsExactly("子どもを真ん中に、未来を育むまち",
				"子ども医療費助成の18歳までの拡大【Ａ】", "第２子以降の保育料の無償化【Ｂ】", "学校給食費の保護者負担の軽減【Ａ】");
	}

	@Test
	void aMarkUnderOneOfAColumnsGradeWordsGivesThatGrade() {
		DocumentModel model = model(
				" No.  公約項目                                  進捗状況（評価）                  担当課",
				"                                              達成    順調    着手    未着手", "",
				" 1    子ども医療費助成の拡大                    ○                                保険年金課", "",
				" 2    待機児童ゼロの継続                                ○                        幼児政策課", "",
				" 3    体育館への空調設備の整備                                  ○                教育総務課");

		List<List<String>> rows = model.tables().stream().flatMap(table -> cells(table).stream())
			.filter(row -> row.get(0).matches("[0-9]")).toList();
		assertThat(rows).containsExactly(List.of("1", "子ども医療費助成の拡大", "達成", "保険年金課"),
				List.of("2", "待機児童ゼロの継続", "順調", "幼児政策課"), List.of("3", "体育館への空調設備の整備", "着手", "教育総務課"));
	}

	@Test
	void aColumnOfMarksUnderOneHeaderWordKeepsItsMarks() {
		DocumentModel model = model(" No.    項目                        評価    担当課", "",
				" 1      子ども医療費助成の拡大      ○      保険年金課", " 2      待機児童ゼロの継続          ○      幼児政策課");

		assertThat(model.tables()).flatExtracting(TestModels::cells).contains(List.of("1", "子ども医療費助成の拡大", "○", "保険年金課"));
	}

	@Test
	void aNameWrappedInATablePrintedOneCellPerLineGoesOnUpToItsUnit() {
		DocumentModel model = model("施策名", "１－１　健康づくりの推進", "主管課", "健康増進課", "成果指標", "成果指標名", "単位", "基準値", "（年度）",
				"R5実績", "目標値", "（R7）", "達成度", "特定健康診査受診率", "％", "45.2", "（H30）", "49.1", "60.0", "B",
				"健康ポイント事業「SUKSK」", "参加者数", "人", "3,210", "（R1）", "12,306", "10,000", "A", "施策の評価（総括）",
				"参加者数は目標を上回った。");

		assertThat(model.headings()).extracting(Heading::label, Heading::title).contains(org.assertj.core.groups.Tuple.tuple("施策", "健康づくりの推進"));
		assertThat(cells(model.tables().get(0))).containsExactly(List.of("成果指標名", "単位", "基準値（年度）", "R5実績", "目標値（R7）", "達成度"),
				List.of("特定健康診査受診率", "％", "45.2（H30）", "49.1", "60.0", "B"),
				List.of("健康ポイント事業「SUKSK」参加者数", "人", "3,210（R1）", "12,306", "10,000", "A"));
	}

	@Test
	void aNumberedCellMergedOverRowsAndWrappedBesideThemIsOneCell() {
		DocumentModel model = model(
				"  具体的な施策                KPI                                 単位       基準値      目標値    担当課", "",
				"  (1) 水産業の振興と          石巻魚市場の水揚金額                億円        209.5       220.0    水産課",
				"  水産物の高付加価値化        水産加工品の製造品出荷額            億円        1,112       1,150    水産課",
				"  (2) 農林業の振興と担い手    認定農業者数                        経営体        472         480    農林課",
				"  の確保                      企業立地件数（累計）                件            3          15    商工課",
				"  合　計                      全指標                              件            4           4    政策課");

		assertThat(model.tables().get(0).body()).extracting(row -> row.get(0).text()).containsExactly("(1) 水産業の振興と水産物の高付加価値化", "",
				"(2) 農林業の振興と担い手の確保", "", "合計");
	}

	@Test
	void aSavedPageShowsItsTitleAndListsButNoScript() {
		DocumentModel model = model("<!DOCTYPE html>", "<html lang=\"ja\">", "<head>", "<title>令和6年度 城東区運営方針 - 大阪市城東区</title>",
				"<script>", "  window.dataLayer = window.dataLayer || [];", "</script>", "</head>", "<body>", "<h4>具体的取組</h4>", "<ul>",
				"  <li>地域防災リーダーの育成</li>", "  <li>防災学習の実施</li>", "</ul>", "</body>");

		assertThat(((Paragraph) model.blocks().get(0)).lines()).containsExactly("令和6年度 城東区運営方針", "大阪市城東区");
		assertThat(model.blocks().toString()).doesNotContain("dataLayer").doesNotContain("DOCTYPE");
		assertThat(model.blocks()).filteredOn(ListItem.class::isInstance).map(ListItem.class::cast).extracting(ListItem::body)
			.containsExactly("地域防災リーダーの育成", "防災学習の実施");
	}

	@Test
	void aFormsLabelBesideTheMiddleOfItsWrappedValueLabelsTheWholeValue() {
		DocumentModel model = model("  重 点 目 標 １   地域共生社会の実現", "",
				"                   ①支援会議を定例", "                     開催する。",
				"  具体的な取組     ②拠点の新規設置を進める。", "                   ③相談窓口を充実する。");

		List<Field> fields = model.all(Field.class);
		assertThat(fields).extracting(Field::label).containsExactly("具体的な取組");
		assertThat(fields.get(0).value()).isEqualTo("①支援会議を定例開催する。\n②拠点の新規設置を進める。\n③相談窓口を充実する。");
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			第1章 計画の概要              | CHAPTER                | 第1章 | 計画の概要
			第２　基本目標                | CHAPTER                | 第２  | 基本目標
			Ⅱ 政策別計画                  | ROMAN                  | Ⅱ     | 政策別計画
			1. まちづくりの方向           | NUMBER                 | 1     | まちづくりの方向
			1-2 子育て支援の充実          | DOTTED                 | 1-2   | 子育て支援の充実
			（３）地域防災力の向上        | PARENTHESISED_NUMBER   | （３） | 地域防災力の向上
			① 鉄道高架事業の推進          | CIRCLED                | ①     | 鉄道高架事業の推進
			ア 国宝松江城を核とした観光   | KATAKANA               | ア    | 国宝松江城を核とした観光
			(イ) 伝統文化の継承           | PARENTHESISED_KATAKANA | (イ)  | 伝統文化の継承
			【区の使命】                  | BRACKETED              |       | 区の使命
			■評価の表し方                 | SYMBOL                 |       | 評価の表し方
			基本目標Ⅲ　安心して暮らせるまち | LABELLED               | Ⅲ     | 安心して暮らせるまち
			経営課題１　地域福祉の推進      | LABELLED               | １    | 地域福祉の推進
			課題A（1）　窓口の混雑          | LABELLED               | A（1） | 窓口の混雑
			施策(2)　地場産業の振興         | LABELLED               | (2)   | 地場産業の振興
			【基本方針１】地域経済を元気にする | LABELLED            | １    | 地域経済を元気にする
			取組１－１　中小企業の経営基盤強化 | LABELLED            | １－１ | 中小企業の経営基盤強化
			Ａ　人が輝くまち　盛岡          | LETTER                 | Ａ    | 人が輝くまち　盛岡
			B. 子育て支援                   | LETTER                 | B     | 子育て支援
			## 分野1　子育て・教育           | LABELLED               | 1     | 子育て・教育
			【基本目標１　しごとをつくる】   | LABELLED               | １    | しごとをつくる
			""")
	void recognisesHeadingNumberingSchemes(String line, NumberingScheme scheme, String number, String title) {
		Heading heading = model(line).headings().get(0);

		assertThat(heading.scheme()).isEqualTo(scheme);
		assertThat(heading.number()).isEqualTo(number == null ? "" : number);
		assertThat(heading.title()).isEqualTo(title);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			1. 本計画は令和6年度から実施する。
			3 人
			１２，３４５
			- 3 -
			""")
	void doesNotTakeSentencesFiguresOrPageNumbersForHeadings(String line) {
		assertThat(model(line).headings()).isEmpty();
	}

	@Test
	void levelsFollowTheOrderInWhichSchemesFirstAppear() {
		DocumentModel model = model("第1章 総論", "1 目的", "(1) 背景", "(2) 経緯", "2 構成", "第2章 各論", "1 施策");

		assertThat(model.headings()).extracting(Heading::level).containsExactly(1, 2, 3, 3, 2, 1, 2);
		Section chapter = model.root().children().get(0);
		assertThat(chapter.children()).extracting(Section::toString).containsExactly("1 目的", "2 構成");
		assertThat(chapter.children().get(0).children()).hasSize(2);
	}

	@Test
	void readsTabbedPipeAndHtmlTablesAlike() {
		String[] tabbed = { "指標名\t現状値（R4）\t目標値（R9）\t所管", "観光客数\t120万人\t150万人\t観光課" };
		String[] piped = { "| 指標名 | 現状値（R4） | 目標値（R9） | 所管 |", "|---|---|---|---|", "| 観光客数 | 120万人 | 150万人 | 観光課 |" };
		String[] html = { "<table><tr><th>指標名</th><th>現状値（R4）</th><th>目標値（R9）</th><th>所管</th></tr>",
				"<tr><td>観光客数</td><td>120万人</td><td>150万人</td><td>観光課</td></tr></table>" };

		for (String[] lines : List.of(tabbed, piped, html)) {
			Table table = model(lines).tables().get(0);
			assertThat(table.header()).containsExactly("指標名", "現状値（R4）", "目標値（R9）", "所管");
			assertThat(cells(table).get(1)).containsExactly("観光客数", "120万人", "150万人", "観光課");
			assertThat(table.column(List.of("目標値", "目標")).getAsInt()).isEqualTo(2);
		}
	}

	@Test
	void aHeaderOfTwoRowsStandingAloneHeadsItsColumnsWithTheirYears() {
		// pdftotext -layout: 現状値 and 目標値 over the bracketed years of their columns, the rows after a blank line
		Table header = model(
				"                                                   現状値          目標値",
				"  施　策            成果指標                 単位  （令和4年度）  （令和10年度）  所管課",
				"",
				"1-1 子育て環境    保育所等待機児童数          人            3              0  子育て支援課").tables().get(0);

		assertThat(header.headerRows()).isEqualTo(2);
		assertThat(header.header()).containsExactly("施策", "成果指標", "単位", "現状値（令和4年度）", "目標値（令和10年度）", "所管課");
	}

	@Test
	void rowsPrintedApartUnderAHeadingStayUnderTheColumnsOfTheTableAbove() {
		// a row that leaves its first column empty (a merged 施策 cell) keeps the columns of the rows above it, and the
		// wrapped rest of a name (（市民意識調査）) goes on the cell it stands under
		List<Table> tables = model(
				"  施　策            成果指標                           単位      現状値      目標値  所管課",
				"",
				"基本目標１　子どもが健やかに育つまち",
				"",
				"1-1 子育て環境    保育所等待機児童数                     人            3          0  子育て支援課",
				"                  子育てしやすいまちだと思う市民の割合   ％         62.4       75.0",
				"                  （市民意識調査）").tables();

		Table rows = tables.get(tables.size() - 1);
		assertThat(cells(rows)).containsExactly(
				List.of("1-1 子育て環境", "保育所等待機児童数", "人", "3", "0", "子育て支援課"),
				List.of("", "子育てしやすいまちだと思う市民の割合（市民意識調査）", "％", "62.4", "75.0"));
	}

	@Test
	void theWrappedRestOfARowUnderItsLastColumnsIsPartOfThatRow() {
		Table table = model(
				"取組                 指標                 単位    目標値    実績値    達成率   評価   所管部局",
				"① 企業誘致の推進     新規立地企業数       社           6         7   116.7%      A   産業経済部",
				"② 創業支援の充実     創業件数             件          40        37",
				"",
				"                                                                       92.5%      B   産業経済部")
			.tables().get(0);

		assertThat(cells(table).get(2)).containsExactly("② 創業支援の充実", "創業件数", "件", "40", "37", "92.5%", "B", "産業経済部");
	}

	@Test
	void theFirstRowsNameBegunOnALineOfItsOwnUnderTheHeaderIsOneCell() {
		Table table = model("指標名\t単位\t現状値（Ｒ４）\t目標値（Ｒ１０）", "地域の子育て環境に満足している", "保護者の割合\t％\t52.3\t60.0",
				"乳幼児健康診査の受診率\t％\t95.8\t98.0").tables().get(0);

		assertThat(cells(table)).containsExactly(List.of("指標名", "単位", "現状値（Ｒ４）", "目標値（Ｒ１０）"),
				List.of("地域の子育て環境に満足している保護者の割合", "％", "52.3", "60.0"), List.of("乳幼児健康診査の受診率", "％", "95.8", "98.0"));
	}

	@Test
	void aLineBreakInsideATabbedCellKeepsTheRow() {
		Table table = model("部・課\t目標\t取組内容\t指標",
				"区政策課\t地域課題の解決\t・区民会議の運営<br>・交付金の交付\t区民会議の開催回数<br>R5実績：6回").tables().get(0);

		assertThat(cells(table).get(1)).containsExactly("区政策課", "地域課題の解決", "・区民会議の運営\n・交付金の交付",
				"区民会議の開催回数\nR5実績：6回");
	}

	@Test
	void readsATableAlignedWithSpacesWithATwoLineHeader() {
		Table table = model("   成果指標               単位     基準値    R6      目標",
				"                                    (R4)              (R9)",
				"   観光入込客延べ数       万人       752     800      920",
				"   外国人宿泊者数         人      12,480  30,000   60,000")
			.tables()
			.get(0);

		assertThat(table.headerRows()).isEqualTo(2);
		assertThat(table.header()).containsExactly("成果指標", "単位", "基準値(R4)", "R6", "目標(R9)");
		assertThat(cells(table).get(3)).containsExactly("外国人宿泊者数", "人", "12,480", "30,000", "60,000");
	}

	@Test
	void readsATablePrintedOneCellPerLineAfterItsCaption() {
		DocumentModel model = model("視察日程", "月日", "時間", "視察先", "調査項目", "10月8日(火)", "13:30～15:00", "高知県高知市",
				"中心市街地の活性化について", "10月9日(水)", "10:00～12:00", "徳島県徳島市", "6次産業化について", "経費", "別紙のとおり");

		Table table = model.tables().get(0);
		assertThat(table.header()).containsExactly("月日", "時間", "視察先", "調査項目");
		assertThat(cells(table)).hasSize(3);
		assertThat(cells(table).get(2)).containsExactly("10月9日(水)", "10:00～12:00", "徳島県徳島市", "6次産業化について");
		assertThat(model.blocks().get(0).text()).isEqualTo("視察日程");
		assertThat(model.valueOf(List.of("経費")).orElseThrow().value()).isEqualTo("別紙のとおり");
	}

	@Test
	void readsATablePrintedOneCellPerLineWhoseFirstCellHoldsAHeaderWord() {
		DocumentModel model = model("数値目標", "策定時", "目標値", "担当部局", "人事評価と連動した人材育成制度", "—", "構築（令和9年度末）",
				"総務部", "管理職に占める女性職員の割合", "11.2％（2021年度）", "20.0％（2027年度）", "総務部");
		DocumentModel headerLikeFirstRow = model("数値目標", "策定時", "目標値", "担当部局", "市税の収納率（現年度分）", "98.9％（2021年度）",
				"99.3％（2027年度）", "財政部", "ふるさと納税寄附額", "1,820,000千円（2021年度）", "2,500,000千円（2027年度）", "財政部");

		assertThat(headerLikeFirstRow.tables().get(0).header()).containsExactly("数値目標", "策定時", "目標値", "担当部局");
		assertThat(cells(headerLikeFirstRow.tables().get(0))).hasSize(3);

		Table table = model.tables().get(0);
		assertThat(table.header()).containsExactly("数値目標", "策定時", "目標値", "担当部局");
		assertThat(cells(table)).hasSize(3);
		assertThat(cells(table).get(1)).containsExactly("人事評価と連動した人材育成制度", "—", "構築（令和9年度末）", "総務部");
	}

	@Test
	void aTablePrintedOneCellPerLineEndsAtTheNextHeading() {
		DocumentModel model = model("数値目標", "策定時", "目標値", "担当部局", "市税の収納率", "98.9％（2021年度）", "99.3％（2027年度）",
				"財政部", "●1-2　公共施設の最適化", "公共施設の集約化を進めます。", "数値目標", "策定時", "目標値", "担当部局",
				"施設の統廃合数（累計）", "—", "15施設（2027年度）", "総務部");

		assertThat(model.tables()).hasSize(2);
		assertThat(cells(model.tables().get(0))).hasSize(2);
		assertThat(model.headings().get(0).title()).isEqualTo("1-2　公共施設の最適化");
	}

	@Test
	void keepsBracketedLabelsWithValuesAsFieldsNotAsAHeaderRun() {
		DocumentModel model = model("【指標】市内大学等卒業者の県内就職率", "【基準値】47.3％（令和４年度）", "【目標値】55.0％（令和８年度）",
				"【指標】インターンシップ受入企業数", "【基準値】86社（令和４年度）", "【目標値】120社（令和８年度）");

		assertThat(model.tables()).isEmpty();
		assertThat(model.fields()).extracting(Field::label)
			.containsExactly("指標", "基準値", "目標値", "指標", "基準値", "目標値");
	}

	@Test
	void readsLabelValueFieldsInTheirPrintedForms() {
		DocumentModel model = model("【視察先】広島県府中市", "視察日：令和6年7月10日（水）", "視 察 先　　福山市", "【調査事項】",
				"小中一貫教育について", "人口", "36,000人");

		assertThat(model.fields()).extracting(Field::label, Field::value)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("視察先", "広島県府中市"),
					org.assertj.core.groups.Tuple.tuple("視察日", "令和6年7月10日（水）"),
					org.assertj.core.groups.Tuple.tuple("視察先", "福山市"),
					org.assertj.core.groups.Tuple.tuple("調査事項", "小中一貫教育について"),
					org.assertj.core.groups.Tuple.tuple("人口", "36,000人"));
		assertThat(model.fields()).extracting(field -> field.location().line()).containsExactly(1, 2, 3, 4, 6);
	}

	@Test
	void readsTheFieldsOfAnIndicatorCardSpacedWithWideSpaces() {
		// two fields on one line; a numbered label whose value the width wrapped under itself; labels spaced out with
		// one or two wide spaces; a note in brackets and a direction mark between them that make no table
		DocumentModel model = model("施策番号　２-３　　　施策名　障害のある人の自立支援", "主 担 当 課　障害福祉課",
				"成果指標①　就労支援事業所から一般就労へ移行した", "　　　　　　人の数", "　（指標の説明）年度内に移行した人数",
				"単　　位　人", "目指す方向　↑", "基　準　値　５２（令和４年度）", "目　標　値　７０（令和１０年度）");

		assertThat(model.tables()).isEmpty();
		assertThat(model.fields()).extracting(Field::label, Field::value)
			.contains(org.assertj.core.groups.Tuple.tuple("施策番号", "２-３"),
					org.assertj.core.groups.Tuple.tuple("施策名", "障害のある人の自立支援"),
					org.assertj.core.groups.Tuple.tuple("主担当課", "障害福祉課"),
					org.assertj.core.groups.Tuple.tuple("成果指標", "就労支援事業所から一般就労へ移行した人の数"),
					org.assertj.core.groups.Tuple.tuple("単位", "人"),
					org.assertj.core.groups.Tuple.tuple("基準値", "５２（令和４年度）"),
					org.assertj.core.groups.Tuple.tuple("目標値", "７０（令和１０年度）"));
	}

	@Test
	void aNumberedTitleEndsWhereTheIndentedSentenceUnderItBegins() {
		DocumentModel model = model("（1）見守り活動の推進", "　　町内会や民生委員と連携した見守り活動を、区内全域に広げていき", "　ます。",
				"（2）健康危機管理体制の強化", "　　医療機関等との協定締結により、", "　体制を整えます。", "（3）地域の防災力を高める取組の",
				"　　推進");

		assertThat(model.headings()).extracting(Heading::title)
			.containsExactly("見守り活動の推進", "健康危機管理体制の強化", "地域の防災力を高める取組の推進");
	}

	@Test
	void aLegendAtTheRightMarginOverAHeaderIsNoRowOfItsTable() {
		DocumentModel model = model("                              ◎達成　○順調　△遅れ", "指標名          基準値      目標値      評価",
				"移住者数        608人       650人       ◎", "転入超過数      120人       200人       △");

		Table table = model.tables().get(0);
		assertThat(table.header()).containsExactly("指標名", "基準値", "目標値", "評価");
		assertThat(cells(table)).hasSize(3);
		assertThat(model.blocks().get(0)).isInstanceOfSatisfying(Paragraph.class, legend -> assertThat(legend.text()).contains("◎達成"));
	}

	@Test
	void aTabbedHeadingWithAFieldAfterATableIsNoRowOfIt() {
		DocumentModel model = model("成果指標\t単位\t基準値", "観光入込客延べ数\t万人\t752", " イ 伝統文化の継承\t所管：文化スポーツ部 文化振興課");

		assertThat(cells(model.tables().get(0))).hasSize(2);
		assertThat(model.headings().get(0).title()).isEqualTo("伝統文化の継承");
		assertThat(model.fields().get(0).value()).isEqualTo("文化スポーツ部 文化振興課");
	}

	@Test
	void anAlignedTableEndsAtAHeadingWithAFieldPrintedWithoutABlankLine() {
		DocumentModel model = model("   成果指標                 単位     基準値", "   観光入込客延べ数         万人       752",
				" イ 伝統文化の継承                          所管：文化スポーツ部 文化振興課");

		assertThat(cells(model.tables().get(0))).hasSize(2);
		assertThat(model.headings().get(0).title()).isEqualTo("伝統文化の継承");
		assertThat(model.fields().get(0).value()).isEqualTo("文化スポーツ部 文化振興課");
	}

	@Test
	void aHeadingWithAFieldAtTheRightMarginGivesBoth() {
		DocumentModel model = model(" ア 国宝松江城を核とした観光振興                          所管：観光振興部 観光文化課");

		assertThat(model.headings().get(0).title()).isEqualTo("国宝松江城を核とした観光振興");
		assertThat(model.fields().get(0).label()).isEqualTo("所管");
		assertThat(model.fields().get(0).value()).isEqualTo("観光振興部 観光文化課");
	}

	@Test
	void pageFurnitureIsDroppedAndWrappedLinesJoin() {
		DocumentModel model = model("本計画は、市の総合計画に掲げた施策を着実に推進するため", "- 12 -", "4年間に実施する事業を定めるものです。");

		assertThat(model.all(Paragraph.class)).extracting(Paragraph::text)
			.containsExactly("本計画は、市の総合計画に掲げた施策を着実に推進するため4年間に実施する事業を定めるものです。");
	}

	@Test
	void locationsNameThePageOfAPdfAndOfATextWithFormFeeds(@TempDir Path directory) throws java.io.IOException {
		Path pdf = TextPdf.of(List.of("第1章 総論", "本計画の目的を述べる。", "第2章 各論")).linesPerPage(2)
			.writeTo(directory.resolve("two-pages.pdf"));
		Path text = java.nio.file.Files.writeString(directory.resolve("pdftotext.txt"),
				"第1章 総論\n本計画の目的を述べる。\n\f第2章 各論\n");

		for (Path file : List.of(pdf, text)) {
			DocumentModel model = DocumentModel.of(new SourceTextLoader().load(file));
			assertThat(model.headings()).extracting(heading -> heading.location().page()).containsExactly(1, 2);
			assertThat(model.headings().get(1).location().toString()).endsWith("page 2, line 3");
		}
	}

	@Test
	void aNumberedHeadingThatStartsWithAHeadingWordIsLabelled() {
		DocumentModel model = model("Ⅰ　基本目標　食と農が育む豊かな暮らし", "　１　施策　次代を担う農業者の育成");

		assertThat(model.headings()).extracting(Heading::label, Heading::number, Heading::title)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("基本目標", "Ⅰ", "食と農が育む豊かな暮らし"),
					org.assertj.core.groups.Tuple.tuple("施策", "１", "次代を担う農業者の育成"));
	}

	@Test
	void aBulletedNameWithItsFiguresIsAListItemAndAHeadingsOwnFigureAField() {
		DocumentModel model = model("◇新規就農者数（年間）　　　 46人（R5）→ 55人（R11）",
				"Ⅰ 子育て・教育で選ばれるまち　　　　　　分野の達成率 80.0％", "---------------------------------------- 2");

		assertThat(model.all(ListItem.class)).extracting(ListItem::marker, ListItem::body)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("◇", "新規就農者数（年間）　46人（R5）→ 55人（R11）"));
		assertThat(model.fields()).extracting(Field::label, Field::value)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("分野の達成率", "80.0％"));
		assertThat(model.blocks()).hasSize(3);
	}

	@Test
	void cellsWrappedOverLinesJoinTheRowAbove() {
		Table table = model("公約／事業\t進捗状況\t担当課\t主な取組",
				"（1）子育て世代包括支援センターの\t達成\tこども家庭センター\tセンターを開設", "機能拡充",
				"（2）放課後児童クラブの\t達成\tすこやかなくらし包括\t全クラブで延長", "開所時間延長\t\t支援センター",
				"（3）第２子の保育料無償化\t順調\t保育課\t実施に向け", "\t\t\t条例を改正").tables().get(0);

		assertThat(cells(table)).containsExactly(List.of("公約／事業", "進捗状況", "担当課", "主な取組"),
				List.of("（1）子育て世代包括支援センターの機能拡充", "達成", "こども家庭センター", "センターを開設"),
				List.of("（2）放課後児童クラブの開所時間延長", "達成", "すこやかなくらし包括支援センター", "全クラブで延長"),
				List.of("（3）第２子の保育料無償化", "順調", "保育課", "実施に向け条例を改正"));
	}

	@Test
	void aRowOfItsOwnWithBlankCellsIsNoWrap() {
		Table table = model("番号\t施策\t評価点\t評価", "(1)\t中小企業の事業承継支援\t2\tやや遅れ",
				"(2)\t山岳観光の魅力向上\t3\t概ね順調", "\t平均\t2.5\t", "\t・新たな取組\t\t",
				"（令和９年度）", "(3)\t新規就農者の確保\t4\t順調").tables().get(0);

		assertThat(cells(table)).extracting(row -> row.get(1))
			.containsExactly("施策", "中小企業の事業承継支援", "山岳観光の魅力向上", "平均", "・新たな取組");
	}

	@Test
	void aSpanningHeaderHeadsEachColumnAndAPdfsQualifierRowStandsOverTheLastColumns() {
		Table text = model("成果指標\t単位\t現状値\t目標値", "\t\t（R4）\tR6\tR7", "市民の割合\t％\t52.8\t56.0\t60.0")
			.tables().get(0);
		Table pdf = model("成果指標\t単位\t現状値\t目標値", "（R4）\tR6\tR7", "市民の割合\t％\t52.8\t56.0\t60.0")
			.tables().get(0);

		assertThat(text.header()).containsExactly("成果指標", "単位", "現状値（R4）", "目標値R6", "目標値R7");
		assertThat(pdf.header()).isEqualTo(text.header());
		assertThat(cells(pdf).get(2)).containsExactly("市民の割合", "％", "52.8", "56.0", "60.0");
	}

	@Test
	void spaceAlignedNamesWrappedAboveOrBelowTheirFiguresJoinTheirRow() {
		Table table = model("  重要業績評価指標(KPI)        基準値（年度）      目標値（年度）     担当課",
				"  企業立地促進補助金を活用した", "  新規雇用者数（累計）          ―                  300人（R11）       経済戦略課",
				"  保育士就職相談会を通じた      38人（R5）          60人（R11）        保育課", "  保育士等の採用者数",
				"  市内製造品出荷額等            2,415億円（R4）     2,600億円（R10）   経済戦略課").tables().get(0);

		assertThat(cells(table)).extracting(row -> row.get(0))
			.containsExactly("重要業績評価指標(KPI)", "企業立地促進補助金を活用した新規雇用者数（累計）",
					"保育士就職相談会を通じた保育士等の採用者数", "市内製造品出荷額等");
	}

	@Test
	void spacedSingleCharactersAreOneHeaderWord() {
		Table table = model("  指  標                    基準値（年度）    目標値（年度）",
				"  市内事業所の従業者数      67,482人（R3）    69,000人（R11）").tables().get(0);

		assertThat(table.header()).containsExactly("指標", "基準値（年度）", "目標値（年度）");
	}

	@Test
	void entriesOfATableOfContentsAreFurnitureAndANumberedTermIsNoChapter() {
		DocumentModel model = model("目　次", "基本目標１　地域の稼ぐ力を高める ………………… 3", "第３章　推進体制 ……………… 12", "",
				"第３期米子市まち・ひと・しごと創生総合戦略", "", "第２章　基本目標と具体的施策");

		assertThat(model.headings()).extracting(Heading::number, Heading::title).containsExactly(
				org.assertj.core.groups.Tuple.tuple("第２章", "基本目標と具体的施策"));
	}

	@Test
	void aSpaceAlignedTableWithKeyedRowsJoinsEveryLineUpToTheNextKey() {
		Table table = model("     重点取組            取組内容                                  担当課",
				"     １ 鉄道・石油の歴史  ・新津鉄道資料館と連携した周遊スタ          地域総務課",
				"     を生かした魅力発信   ンプラリーを実施する                        産業振興課",
				"                          ・ＳＬ運行日ににぎわいイベントを開催する", "",
				"     ２ 花と緑を生かした  ・花のフェスタを開催する                    産業振興課",
				"     交流の促進", "     合計                 2件").tables().get(0);

		assertThat(cells(table)).containsExactly(List.of("重点取組", "取組内容", "担当課"),
				List.of("１ 鉄道・石油の歴史を生かした魅力発信",
						"・新津鉄道資料館と連携した周遊スタンプラリーを実施する\n・ＳＬ運行日ににぎわいイベントを開催する",
						"地域総務課\n産業振興課"),
				List.of("２ 花と緑を生かした交流の促進", "・花のフェスタを開催する", "産業振興課"), List.of("合計", "2件"));
	}

	@Test
	void aRowCutAfterItsFirstCellsJoinsTheLineThatCarriesItsRestAndAGroupHeaderSpansItsSubColumns() {
		Table table = model("No.\t成果指標\t単位\t基準値\t実績値\t\t目標値\t評価", "\t\t\tR元\tR4\tR5\tR7",
				"1\t放課後児童クラブの年間", "\t利用者数\t人\t8,210\t8,904\t9,120\t9,500\tB",
				"2\t図書館の貸出冊数\t冊\t612\t598\t640\t700\tC").tables().get(0);

		assertThat(table.header()).containsExactly("No.", "成果指標", "単位", "基準値R元", "実績値R4", "実績値R5", "目標値R7", "評価");
		assertThat(cells(table).subList(2, 4)).containsExactly(
				List.of("1", "放課後児童クラブの年間利用者数", "人", "8,210", "8,904", "9,120", "9,500", "B"),
				List.of("2", "図書館の貸出冊数", "冊", "612", "598", "640", "700", "C"));
	}

	@Test
	void aNamePrintedAroundItsFiguresIsOneRowAndACellRunIntoTheNextColumnIsSplitAtItsStart() {
		Table table = model("  指標名                          基準値（年度）   目標値（年度）   担当課",
				"  空き家バンクの成約件数          18件（R5）       40件（R11）      住宅課",
				"  市の補助制度を活用して改修した",
				"                                  12件（R5）       20件（R11）      住宅課",
				"  空き家の件数",
				"  道の駅の年間利用者数            312,450人（R5）  350,000人（R11） 観光課").tables().get(0);

		assertThat(cells(table)).containsExactly(List.of("指標名", "基準値（年度）", "目標値（年度）", "担当課"),
				List.of("空き家バンクの成約件数", "18件（R5）", "40件（R11）", "住宅課"),
				List.of("市の補助制度を活用して改修した空き家の件数", "12件（R5）", "20件（R11）", "住宅課"),
				List.of("道の駅の年間利用者数", "312,450人（R5）", "350,000人（R11）", "観光課"));
	}

	@Test
	void aOneCellPerLineTableWhoseFirstCellWrappedKeepsItsRows() {
		Table table = model("成果指標", "単位", "現状値（R5）→目標値（R8）", "タオル組合員企業の年間", "生産量", "ｔ",
				"10,870 → 12,000", "ブランド認定商品数", "品目", "2,150 → 2,500").tables().get(0);

		assertThat(cells(table)).containsExactly(List.of("成果指標", "単位", "現状値（R5）→目標値（R8）"),
				List.of("タオル組合員企業の年間生産量", "ｔ", "10,870 → 12,000"), List.of("ブランド認定商品数", "品目", "2,150 → 2,500"));
	}

	@Test
	void aWrappedBulletItemAQuestionedHeadingAndALabelOverWrappedProseKeepTheirText() {
		DocumentModel model = model("【区の使命】（どのような役割を担うのか）", "", "  区民に最も身近な行政機関として暮らしを支える。", "",
				"  ・区内の街頭犯罪発生件数は、令和5年は287件と、令和4年の251件から増加に転じてい",
				"    る（府警察本部資料）。", "取組状況", "小学校の余裕教室を活用し、２クラブで定員を計60人拡大しましたが、年度当初の待機児童は",
				"14人となり、解消には至っていません。", "┌──────────────", "No.１　子ども医療費助成を拡充します", "└──────────────",
				"評価　　　達成　　　　（前年度　着手）");

		assertThat(model.headings()).extracting(Heading::title).containsExactly("区の使命");
		assertThat(model.all(ListItem.class)).extracting(ListItem::body)
			.containsExactly("区内の街頭犯罪発生件数は、令和5年は287件と、令和4年の251件から増加に転じている（府警察本部資料）。");
		assertThat(model.fields()).extracting(Field::label, Field::value).containsExactly(
				org.assertj.core.groups.Tuple.tuple("取組状況",
						"小学校の余裕教室を活用し、２クラブで定員を計60人拡大しましたが、年度当初の待機児童は14人となり、解消には至っていません。"),
				org.assertj.core.groups.Tuple.tuple("評価", "達成　（前年度　着手）"));
		assertThat(model.all(Paragraph.class)).extracting(Paragraph::text)
			.contains("No.１　子ども医療費助成を拡充します")
			.noneMatch(text -> text.contains("─"));
	}

	@Test
	void headerCellsHoldingALineBreakAreWholeCells() {
		Table table = model("No.\t成果指標（ＫＰＩ）\t基準値", "（R元）\t実績値", "（R5）\t目標値", "（R6）\t評価",
				"1\t市民農園の区画数\t120区画\t135区画\t150区画\tＢ").tables().get(0);

		assertThat(table.header()).containsExactly("No.", "成果指標（ＫＰＩ）", "基準値（R元）", "実績値（R5）", "目標値（R6）", "評価");
		assertThat(cells(table).get(1)).containsExactly("1", "市民農園の区画数", "120区画", "135区画", "150区画", "Ｂ");
	}

	@Test
	void aHeaderPrintedApartFromItsRowsAndTheYearsUnderTheFiguresMakeOneTable() {
		Table table = model("   成果指標                          基準値            目標値", "",
				"   図書館の                          32万1千人         35万人",
				"   年間貸出者数                      （令和５年度）    （令和11年度）", "",
				"   子育て相談の                      1,240件           1,500件",
				"   対応件数                          （令和５年度）    （令和11年度）").tables().get(0);

		assertThat(table.header()).containsExactly("成果指標", "基準値", "目標値");
		assertThat(cells(table).subList(1, 3)).containsExactly(
				List.of("図書館の年間貸出者数", "32万1千人（令和５年度）", "35万人（令和11年度）"),
				List.of("子育て相談の対応件数", "1,240件（令和５年度）", "1,500件（令和11年度）"));
	}

	@Test
	void theFrameOfACardDrawnWithCharactersIsNoText() {
		List<Field> fields = model("┌──────────────", "│番　　号　２－１", "│項　　目　市民プールの改修",
				"│担 当 課　スポーツ振興課", "│評　　価　４（概ね達成）", "└──────────────").fields();

		assertThat(fields).extracting(Field::label, Field::value).containsExactly(
				org.assertj.core.groups.Tuple.tuple("番号", "２－１"), org.assertj.core.groups.Tuple.tuple("項目", "市民プールの改修"),
				org.assertj.core.groups.Tuple.tuple("担当課", "スポーツ振興課"), org.assertj.core.groups.Tuple.tuple("評価", "４（概ね達成）"));
	}

	@Test
	void cellsHoldingLineBreaksAndNotesUnderAKeyedRowStayInTheirRow() {
		Table table = model("取組項目\t達成水準（指標・目標値）\t中間評価", "(1) 乳がん検診の受診勧奨\t乳がん検診受診率",
				"2023年度 18.2％ → 2024年度 20.0％\t○ 概ね順調", "個別通知を送付した。", "(2) 食育講座の開催\t講座の参加者数",
				"2023年度 640人 → 2024年度 700人\t◎ 順調").tables().get(0);

		assertThat(cells(table)).containsExactly(List.of("取組項目", "達成水準（指標・目標値）", "中間評価"),
				List.of("(1) 乳がん検診の受診勧奨", "乳がん検診受診率\n2023年度 18.2％ → 2024年度 20.0％", "○ 概ね順調\n個別通知を送付した。"),
				List.of("(2) 食育講座の開催", "講座の参加者数\n2023年度 640人 → 2024年度 700人", "◎ 順調"));
	}

	@Test
	void aLabelledHeadingWhoseTitleASpreadsheetPutInTheNextCellIsAHeading() {
		DocumentModel document = model("──────────────", "組織目標２\t窓口サービスの向上", "──────────────",
				"取組項目\t達成水準", "(1) 窓口の予約制\t予約件数");

		assertThat(document.headings()).extracting(Heading::scheme, Heading::label, Heading::number, Heading::title)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(NumberingScheme.LABELLED, "組織目標", "２", "窓口サービスの向上"));
		assertThat(document.tables().get(0).header()).containsExactly("取組項目", "達成水準");
	}

	@Test
	void labelsOfAFormOverNumberedListsMakeTheTableTheyStandFor() {
		DocumentModel document = model("区分\t管外視察", "【調査日】\t令和６年１１月５日（火）～６日（水）", "\t①　１１月５日（火）　１０：００～１２：００",
				"\t②　１１月６日（水）　９：３０～１１：００", "【調査先】\t①静岡県掛川市", "\t②愛知県豊橋市", "【調査項目】\t①生涯学習によるまちづくり",
				"\tについて", "\t②公共交通の再編について", "【調査目的】\t本市の計画改定に生かす。");

		Table listed = document.tables().get(1);
		assertThat(listed.header()).containsExactly("調査日", "調査先", "調査項目");
		assertThat(cells(listed).subList(1, 3)).containsExactly(
				List.of("１１月５日（火）　１０：００～１２：００", "静岡県掛川市", "生涯学習によるまちづくりについて"),
				List.of("１１月６日（水）　９：３０～１１：００", "愛知県豊橋市", "公共交通の再編について"));
		assertThat(cells(document.tables().get(0))).containsExactly(List.of("区分", "管外視察"),
				List.of("【調査日】", "令和６年１１月５日（火）～６日（水）"), List.of("【調査目的】", "本市の計画改定に生かす。"));
	}

	@Test
	void aRecordOfATableWrappedOverSeveralLinesIsOneRow() {
		Table table = model("月日\t視察先\t調査事項\t対応者", "１０月２日（水）\t長野県上田市\t地域公共交通の\t交通政策課長",
				"１３：３０～\t（上田市役所）\t再編について\tほか１名", "１０月３日（木）\t長野県佐久市\t移住促進の取組\t移住交流課長",
				"９：３０～\t（佐久市役所）\tについて\tほか２名").tables().get(0);

		assertThat(cells(table)).containsExactly(List.of("月日", "視察先", "調査事項", "対応者"),
				List.of("１０月２日（水）１３：３０～", "長野県上田市（上田市役所）", "地域公共交通の再編について", "交通政策課長ほか１名"),
				List.of("１０月３日（木）９：３０～", "長野県佐久市（佐久市役所）", "移住促進の取組について", "移住交流課長ほか２名"));
	}

	@Test
	void aCellPerLineTableKeepsRowsWhoseFirstCellIsHeadedLikeItsColumn() {
		Table table = model("分野", "項目数", "達成度", "分野１　安心して子育てできるまち", "4", "75.0％", "分野２　元気な産業のまち", "3",
				"66.7％").tables().get(0);

		assertThat(cells(table)).containsExactly(List.of("分野", "項目数", "達成度"),
				List.of("分野１　安心して子育てできるまち", "4", "75.0％"), List.of("分野２　元気な産業のまち", "3", "66.7％"));
	}

	@Test
	void aDigitAfterABulletStartsTheText() {
		List<ListItem> items = model("・４か月児健康診査の受診率は令和５年度に96.8％であった。", "※1 速報値").all(ListItem.class);

		assertThat(items).extracting(ListItem::marker, ListItem::body).containsExactly(
				org.assertj.core.groups.Tuple.tuple("・", "４か月児健康診査の受診率は令和５年度に96.8％であった。"),
				org.assertj.core.groups.Tuple.tuple("※1", "速報値"));
	}

	@Test
	void peopleWithTheirRolesSetApartBySpacesAreALineOfTextNotATable() {
		DocumentModel document = model("２　調査委員", "　　委員長　長谷川　修　　副委員長　村上　千尋", "　　委　員　橋本　大輔　　委　　員　山崎　幸子");

		assertThat(document.tables()).isEmpty();
		assertThat(document.all(Paragraph.class).get(0).lines()).containsExactly("　　委員長　長谷川　修　　副委員長　村上　千尋",
				"　　委　員　橋本　大輔　　委　　員　山崎　幸子");
	}

	@Test
	void aRosterWhoseRoleAndNamesAreSpacedOutLetterByLetterKeepsEachName() {
		DocumentModel document = model("            委      員      菅    原    剛              委      員      村  上  淳  子");

		assertThat(document.tables()).singleElement().satisfies(table -> assertThat(cells(table).get(0)).contains("菅原剛", "村上淳子"));
	}

	@Test
	void aLabelSpacedOutLetterByLetterIsALabelButALegendsEntryIsNot() {
		assertThat(model("視 察 先 ・ 概 要 視察先:旭川市 人口:320,531人").fields()).extracting(Field::label, Field::value)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("視察先・概要", "視察先:旭川市 人口:320,531人"));
		assertThat(model("施 策 名 …… 政策を実現するための施策").fields()).isEmpty();
	}

	@Test
	void aParagraphKnowsTheLineEachOfItsLinesCameFrom() {
		Paragraph paragraph = model("<p>野口　真理子</p><p>西村　亮介</p>", "上野　剛").all(Paragraph.class).get(0);

		assertThat(paragraph.lines()).containsExactly("野口　真理子", "西村　亮介", "上野　剛");
		assertThat(paragraph.lineLocations()).extracting(Location::line).containsExactly(1, 1, 2);
	}

	@Test
	void aPageHeaderPrintedAfterEveryPageNumberIsFurnitureButTheTitleItRepeatsIsNot() {
		DocumentModel document = model("令和６年度　左京区運営方針", "", "柱１　防災力の向上", "", "－ １ －", "", "令和６年度　左京区運営方針", "",
				"柱２　地域の活性化", "", "－ ２ －", "", "令和６年度　左京区運営方針", "", "柱３　区役所づくり");

		assertThat(document.all(Paragraph.class)).extracting(Paragraph::text).containsExactly("令和６年度　左京区運営方針");
		assertThat(document.headings()).hasSize(3);
		assertThat(model("区分", "項目数", "○", "6", "×", "1", "合計", "7", "", "政策1　駅前の整備", "番号", "評価", "①", "×").tables().get(0)
			.rows()).hasSize(4);
	}

	@Test
	void aWordSetOutLetterByLetterIsOneWordAndNoLabelWithAOneLetterValue() {
		DocumentModel document = model("行 政 視 察 報 告 書", "", "所　　感", "", "唐　津　市");

		assertThat(document.fields()).isEmpty();
		assertThat(document.headings()).isEmpty();
		assertThat(document.all(Paragraph.class)).extracting(Paragraph::text).containsExactly("行政視察報告書", "所感", "唐津市");
	}

	@Test
	void aNumberedLabelWithItsValueIsAField() {
		assertThat(model("１　期　　日　　令和６年７月９日（火）から７月１１日（木）まで", "２　視 察 先　　広島県福山市、広島県府中市").fields())
			.extracting(Field::label, Field::value)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("期日", "令和６年７月９日（火）から７月１１日（木）まで"),
					org.assertj.core.groups.Tuple.tuple("視察先", "広島県福山市、広島県府中市"));
	}

	@Test
	void aHeadingOverItsContentOrANameOverItsOpinionIsNotATitleThatWrapped() {
		DocumentModel document = model("２　調査事項", "　ＤＸ推進計画と「書かない窓口」について", "", "  (1) 駅周辺整備基本計画の概要",
				"      駅前広場、パークアンドライド駐車場、観光案内機能を備えた", "      交通結節点として整備する。", "", "  ○渡辺直樹",
				"    大規模な交通インフラの整備を、中心市街地の再生に結びつけようと", "    する姿勢に学ぶ点が多かった。");

		assertThat(document.headings()).extracting(Heading::title).containsExactly("調査事項", "駅周辺整備基本計画の概要", "渡辺直樹");
	}

	@Test
	void aRuleOfBoxCharactersSetApartByTabsIsFurniture() {
		DocumentModel document = model("━\t━\t━\t━\t━\t━", "その１", "━\t━\t━\t━\t━\t━", "訪問先\t福島県伊達市", "訪問日\t令和７年１月２３日（木）");

		assertThat(document.tables()).hasSize(1);
		assertThat(cells(document.tables().get(0))).containsExactly(List.of("訪問先", "福島県伊達市"),
				List.of("訪問日", "令和７年１月２３日（木）"));
	}

	@Test
	void aTableKnowsHowItWasPrinted() {
		assertThat(model("指標\t現状値\t目標値", "利用者数\t100人\t120人").tables().get(0).layout()).isEqualTo(Table.Layout.DELIMITED);
		assertThat(model("指標          現状値      目標値", "利用者数      100人       120人").tables().get(0).layout())
			.isEqualTo(Table.Layout.ALIGNED);
	}

	@Test
	void aLabelInAColumnIsNotTheWrappedRestOfTheLabelAboveIt() {
		DocumentModel document = model("選定理由（目的）    観光客の動向をデータで把握し、施策に生かしていることから選定した。",
				"桜ヶ丘市の現状と課題    本市では観光客数の把握を年1回の調査に頼っている。", "視 察 概 要    <p>拠点の運営は民間事業者に委託している。</p>");

		assertThat(cells(document.tables().get(0))).extracting(row -> row.get(0)).containsExactly("選定理由（目的）", "桜ヶ丘市の現状と課題");
	}

	@Test
	void namesOfTwoPartsSetApartByWiderGapsAreCellsAndALabelUnderThemIsNoWrappedName() {
		DocumentModel document = model("伊藤　英明　　松尾　美紀", "川上　大輔　　長谷部　勝", "随行職員", "議会事務局議事課　主任　小池　智美");

		assertThat(cells(document.tables().get(0))).containsExactly(List.of("伊藤　英明", "松尾　美紀"), List.of("川上　大輔", "長谷部　勝"));
		assertThat(document.fields()).extracting(Field::label).containsExactly("随行職員");
	}

	@Test
	void theRestOfAWrappedRowThatLostItsEmptyCellUnderTheKeyGoesOnTheCellsAfterTheKey() {
		DocumentModel document = model("番号\tマニフェスト項目\t取組内容・実績\t進捗\t担当課",
				"2-1\t地域包括ケアシステムの深化と在宅医\t相談対応件数は412件でした。\t○\t長寿社会課", "療・介護連携の推進\t多職種研修を4回開催しました。",
				"2-2\tフレイル予防教室の開催\t28地区中21地区で開催しました。\t△\t健康づくり課");

		assertThat(cells(document.tables().get(0))).containsExactly(List.of("番号", "マニフェスト項目", "取組内容・実績", "進捗", "担当課"),
				List.of("2-1", "地域包括ケアシステムの深化と在宅医療・介護連携の推進", "相談対応件数は412件でした。多職種研修を4回開催しました。", "○",
						"長寿社会課"),
				List.of("2-2", "フレイル予防教室の開催", "28地区中21地区で開催しました。", "△", "健康づくり課"));
	}

	@Test
	void aBoxDrawnWithCharactersIsOneTableAcrossItsInnerRules() {
		DocumentModel model = model("成果指標",
				"┌──────────┬───┬───────┬───────┐",
				"│指標名              │単位  │現状値（R5）  │目標値（R8）  │",
				"├──────────┼───┼───────┼───────┤",
				"│放課後児童クラブ待機│    人│            24│             0│",
				"│児童数              │      │              │              │",
				"│（５月１日現在）    │      │              │              │",
				"└──────────┴───┴───────┴───────┘",
				"※　待機児童数は各年度５月１日現在。");

		assertThat(model.tables()).singleElement()
			.satisfies(table -> assertThat(cells(table)).containsExactly(List.of("指標名", "単位", "現状値（R5）", "目標値（R8）"),
					List.of("放課後児童クラブ待機児童数（５月１日現在）", "人", "24", "0")));
	}

	@Test
	void aFormsWrappedCellsAreOneCellWhoseShortLinesEndTheirLines() {
		DocumentModel model = model("┌────────┬────────────────────┐",
				"│ 視察日         │ 令和６年７月２４日（水）                   │",
				"│                │ 午後１時３０分～午後３時３０分             │",
				"├────────┼────────────────────┤",
				"│ 視察内容       │ 長野県のほぼ中央に位置し、北アルプスの山々 │",
				"│                │ に囲まれた城下町。                         │",
				"│                │ 人口　２３６，４１８人                     │",
				"│                │                                            │",
				"│                │ ・ウォーキングポイント事業を実施。         │",
				"├────────┼────────────────────┤",
				"│ 質疑           │ 問　運営費と財源は。                       │",
				"│                │ 答　年間約３千万円で、国の交付金と企業から │",
				"│                │ の会費で賄っている。                       │",
				"└────────┴────────────────────┘");

		assertThat(model.tables()).singleElement()
			.satisfies(table -> assertThat(cells(table)).containsExactly(
					List.of("視察日", "令和６年７月２４日（水）\n午後１時３０分～午後３時３０分"),
					List.of("視察内容", "長野県のほぼ中央に位置し、北アルプスの山々に囲まれた城下町。\n人口　２３６，４１８人\n・ウォーキングポイント事業を実施。"),
					List.of("質疑", "問　運営費と財源は。\n答　年間約３千万円で、国の交付金と企業からの会費で賄っている。")));
	}

	@Test
	void aMarkdownRowBrokenOverLinesEndsAtItsClosingPipe() {
		DocumentModel model = model("| 公約 | 取組状況 | 進捗 | 担当課 |", "|---|---|---|---|",
				"| ①\t待機児童ゼロの継続 | 定員を拡大し、待機児童ゼロを達成。",
				"<br>保育士の就労支援金を継続しています。 | ★★★★\t☆ | 保育幼稚園総務課、保育幼稚園事業課 |",
				"| ②学童保育の拡充 | 整備を進めています。 | ★★★☆☆ | 放課後子ども課 |");

		assertThat(model.tables()).singleElement()
			.satisfies(table -> assertThat(cells(table)).containsExactly(List.of("公約", "取組状況", "進捗", "担当課"),
					List.of("① 待機児童ゼロの継続", "定員を拡大し、待機児童ゼロを達成。\n保育士の就労支援金を継続しています。", "★★★★ ☆",
							"保育幼稚園総務課、保育幼稚園事業課"),
					List.of("②学童保育の拡充", "整備を進めています。", "★★★☆☆", "放課後子ども課")));
	}

	@Test
	void aPdfRowWhoseLastCellsMovedToTheNextLineIsOneRow() {
		DocumentModel model = DocumentModel.of(new SourceText(Path.of("doc.pdf"), List.of(
				"施策\tKPI\t単位\t基準値\tR4実績\tR5実績\t目標値\t達成度\t担当課",
				"(1)企業立地の推進\t誘致企業の立地件数\t件\t3（R1）\t9",
				"\t12\t15\tB\t産業政策課",
				"\t新規雇用者数（累計）\t人\t86（R1）\t198\t276\t300\tB\t産業政策課"), "PDF (test)"));

		assertThat(model.tables()).singleElement()
			.satisfies(table -> assertThat(cells(table)).containsExactly(
					List.of("施策", "KPI", "単位", "基準値", "R4実績", "R5実績", "目標値", "達成度", "担当課"),
					List.of("(1)企業立地の推進", "誘致企業の立地件数", "件", "3（R1）", "9", "12", "15", "B", "産業政策課"),
					List.of("", "新規雇用者数（累計）", "人", "86（R1）", "198", "276", "300", "B", "産業政策課")));
	}

	@Test
	void figuresOnLinesOfTheirOwnAreNeverOneNumber() {
		Paragraph paragraph = (Paragraph) model("全体", "１２", "２９", "５４", "６２．１％").blocks().get(0);

		assertThat(paragraph.text()).isEqualTo("全体１２ ２９ ５４ ６２．１％");
	}

	@Test
	void aTabHeaderOverKeyedRowsPrintedOneCellPerLineHeadsThemAndEachKeyStartsARow() {
		DocumentModel model = model("No.\tマニフェスト項目\t令和５年度の取組状況\t進捗率\t担当課", "1-4", "中学生までの医療費無償化の継続と",
				"高校生への拡大", "システム改修を実施した。", "75％", "保険年金課", "1-5", "不登校児童生徒の居場所づくり", "校内フリースクールを設置した。",
				"対象は３中学校。", "50％", "教育研究所", "1-6", "避難所への蓄電池の配", "備", "30か所に配備した。", "75％", "企画防災課");

		assertThat(model.tables()).singleElement()
			.satisfies(table -> assertThat(cells(table)).containsExactly(List.of("No.", "マニフェスト項目", "令和５年度の取組状況", "進捗率", "担当課"),
					List.of("1-4", "中学生までの医療費無償化の継続と高校生への拡大", "システム改修を実施した。", "75％", "保険年金課"),
					List.of("1-5", "不登校児童生徒の居場所づくり", "校内フリースクールを設置した。\n対象は３中学校。", "50％", "教育研究所"),
					List.of("1-6", "避難所への蓄電池の配備", "30か所に配備した。", "75％", "企画防災課")));
	}

	@Test
	void aKeyedRowSetOutInSpacesTakesTheIndentedLinesUnderItAndFollowsItsHeaderAcrossABlankLine() {
		DocumentModel model = model("番号   マニフェスト項目        令和６年度の取組実績                     達成度    担当部署", "",
				"1    防災・減災対策の強化      内水対策として排水ポン                   80%    防災安全課",
				"                               プ車を１台追加配備した。", "",
				"2    地域防犯カメラの設置      防犯カメラ42台を新設。通                 60%    道路維持課",
				"     拡充                      学路への配置は６割。                            学校教育課");

		assertThat(model.tables()).singleElement()
			.satisfies(table -> assertThat(cells(table)).containsExactly(List.of("番号", "マニフェスト項目", "令和６年度の取組実績", "達成度", "担当部署"),
					List.of("1", "防災・減災対策の強化", "内水対策として排水ポンプ車を１台追加配備した。", "80%", "防災安全課"),
					List.of("2", "地域防犯カメラの設置拡充", "防犯カメラ42台を新設。通学路への配置は６割。", "60%", "道路維持課\n学校教育課")));
	}

	@Test
	void anItinerarySetOutInSpacesKeepsEachDaysRowWhole() {
		DocumentModel model = model("   月 日           視 察 先           調 査 項 目                          対 応 者", "",
				"  10月29日(火)    大阪府枚方市       枚方市駅周辺再整備の取組に          枚方市議会 副議長",
				"  午前                               ついて                              まちづくり推進課長", "",
				"  10月30日(水)    兵庫県明石市       こどもを核としたまちづくりと        明石市議会 議事課長",
				"  午前                               こども総合支援について              こども政策課係長");

		assertThat(model.tables()).singleElement()
			.satisfies(table -> assertThat(cells(table)).extracting(row -> row.get(2))
				.containsExactly("調 査 項 目", "枚方市駅周辺再整備の取組について", "こどもを核としたまちづくりとこども総合支援について"));
	}

	@Test
	void rowsUnderAGroupLabelKeepTheHeaderAboveTheLabel() {
		List<Table> tables = model(
				"  視点／戦略目標        重要成功要因              業績評価指標（ＫＰＩ）          単位    Ｒ４実績   Ｒ５実績   Ｒ６目標",
				"  【市民の視点】",
				"  Ⅰ 健康寿命の延伸      特定健診の受診勧奨        特定健康診査受診率              ％        38.6       40.2       45.0",
				"  【財務の視点】",
				"  Ⅲ 給付の適正化        後発医薬品の普及          後発医薬品の使用割合            ％        81.3       83.0       85.0")
			.tables();

		assertThat(tables).hasSize(3);
		assertThat(tables.get(2).header()).containsExactly("視点／戦略目標", "重要成功要因", "業績評価指標（ＫＰＩ）", "単位", "Ｒ４実績",
				"Ｒ５実績", "Ｒ６目標");
		assertThat(cells(tables.get(2)).get(1)).containsExactly("Ⅲ 給付の適正化", "後発医薬品の普及", "後発医薬品の使用割合", "％", "81.3",
				"83.0", "85.0");
	}

	@Test
	void aRowWithoutFiguresThatTheLineBelowFinishesOpensARowOfItsOwn() {
		Table table = model(
				"  戦略目標              要因                      指標                            単位    Ｒ４実績   Ｒ５実績",
				"  Ⅲ 医療・介護給付の    後発医薬品の普及          後発医薬品の使用割合            ％        81.3       83.0",
				"    適正化              重症化予防                糖尿病性腎症重症化予防プログラム",
				"                                                  の参加者数                      人          62         75")
			.tables().get(0);

		assertThat(cells(table)).containsExactly(List.of("戦略目標", "要因", "指標", "単位", "Ｒ４実績", "Ｒ５実績"),
				List.of("Ⅲ 医療・介護給付の適正化", "後発医薬品の普及", "後発医薬品の使用割合", "％", "81.3", "83.0"),
				List.of("", "重症化予防", "糖尿病性腎症重症化予防プログラムの参加者数", "人", "62", "75"));
	}

	@Test
	void anItemNumberedInKanaIsAHeadingWhateverSpaceFollowsItsNumber() {
		DocumentModel model = model("Ⅰ 健康寿命の延伸", "    ア　未受診者への個別通知による受診勧奨", "    イ　健康マイレージの対象メニュー拡大");

		assertThat(model.tables()).isEmpty();
		assertThat(model.headings()).extracting(Heading::scheme, Heading::title).containsExactly(
				org.assertj.core.groups.Tuple.tuple(NumberingScheme.ROMAN, "健康寿命の延伸"),
				org.assertj.core.groups.Tuple.tuple(NumberingScheme.KATAKANA, "未受診者への個別通知による受診勧奨"),
				org.assertj.core.groups.Tuple.tuple(NumberingScheme.KATAKANA, "健康マイレージの対象メニュー拡大"));
	}

	@Test
	void keyedRowsPrintedOneCellPerLineUnderAHeaderCellWrappedOverTwoLines() {
		Table table = model("番号", "取組項目", "進捗", "状況", "担当課", "今後の方向性", "", "1-1", "待機児童ゼロの継続と保育の受け皿", "の拡充",
				"順調", "児童課", "保育需要の推移を注視し、民間保", "育所の誘致を進める。", "", "1-7", "公共施設の適正配置と長寿命化", "やや遅れ",
				"企画政策課", "財政課", "個別施設計画の見直しを進める。", "", "1-9", "障がいのある人の就労支援と居場", "所づくり", "やや遅れ", "福祉課",
				"事業者との協議を進め、拠点の", "確保を図る。")
			.tables().get(0);

		assertThat(cells(table)).containsExactly(List.of("番号", "取組項目", "進捗状況", "担当課", "今後の方向性"),
				List.of("1-1", "待機児童ゼロの継続と保育の受け皿の拡充", "順調", "児童課", "保育需要の推移を注視し、民間保育所の誘致を進める。"),
				List.of("1-7", "公共施設の適正配置と長寿命化", "やや遅れ", "企画政策課\n財政課", "個別施設計画の見直しを進める。"),
				List.of("1-9", "障がいのある人の就労支援と居場所づくり", "やや遅れ", "福祉課", "事業者との協議を進め、拠点の確保を図る。"));
	}

	@Test
	void aHeaderSetApartFromRowsWithMoreColumnsIsPlacedOverThem() {
		Table table = model(
				"政策       施策                 成果指標                 単位        基準値                 実績値                目標値     評価",
				"                                                                     （年度）       R3      R4      R5        （R7）",
				"",
				"政策１     1-1 子育て支援       子育てしやすいまちだと   ％        52.3（R1）     54.1    55.8    57.2        65.0       A",
				"                                思う市民の割合")
			.tables().get(0);

		assertThat(table.headerRows()).isEqualTo(2);
		assertThat(table.header().get(4)).isEqualTo("基準値（年度）");
		assertThat(table.header().get(8)).isEqualTo("目標値（R7）");
		assertThat(cells(table).get(2)).containsExactly("政策１", "1-1 子育て支援", "子育てしやすいまちだと思う市民の割合", "％", "52.3（R1）",
				"54.1", "55.8", "57.2", "65.0", "A");
	}

	@Test
	void anHtmlTableOverSeveralLinesIsOneTableWithItsLineBreaksAndSpannedCells() {
		Table table = model("<table>", "<tr><th>KPI</th><th>基準値</th><th>目標値（R6）</th><th>担当課</th></tr>",
				"<tr><td>新規就農者数（年間）</td><td>14人<br>（R1）</td><td>20人</td><td rowspan=\"2\">農政課</td></tr>", "<tr>",
				"<td>市内主要農産物直売所の<br>年間販売額</td>", "<td>1,082,340千円<br>（R1）</td>", "<td>1,200,000千円</td>", "</tr>", "</table>",
				"※社会増減数は島根県人口移動調査による。")
			.tables().get(0);

		assertThat(cells(table)).containsExactly(List.of("KPI", "基準値", "目標値（R6）", "担当課"),
				List.of("新規就農者数（年間）", "14人\n（R1）", "20人", "農政課"),
				List.of("市内主要農産物直売所の\n年間販売額", "1,082,340千円\n（R1）", "1,200,000千円", "農政課"));
	}

	@Test
	void aNumberedHeadingWithItsDateAndTimeBesideItIsAHeading() {
		DocumentModel model = model("Ⅱ　長野県松本市　　令和６年１０月３０日（水）　午前１０時～正午",
				"　　対応：松本市総務部ＤＸ推進本部　担当課長ほか１名", "　　　　　松本市議会事務局　次長");

		assertThat(model.headings()).extracting(Heading::title).first().isEqualTo("長野県松本市");
		assertThat(model.blocks().get(1).text()).contains("午前１０時～正午");
	}

	@Test
	void indicatorsPrintedAsColumnsOverRowsOfPeriodsAreTurnedIntoRows() {
		Table table = model("区分\t指標①　待機児童数（人）\t指標②　一時預かり事業の延べ利用者数（人）", "基準値（R2）\t3\t18,420", "R5実績\t0\t20,315",
				"目標値（R8）\t0\t22,000", "達成度\t◎\t○").tables().get(0);

		assertThat(table.header()).containsExactly("指標", "単位", "基準値（R2）", "R5実績", "目標値（R8）", "達成度");
		assertThat(cells(table).subList(1, 3)).containsExactly(List.of("待機児童数", "人", "3", "0", "0", "◎"),
				List.of("一時預かり事業の延べ利用者数", "人", "18,420", "20,315", "22,000", "○"));
	}

	@Test
	void aCellPerLineTableKeepsAFiguresYearAndANamesParticleInTheirCells() {
		Table table = model("指標名", "基準値", "（年度）", "目標値", "（R8）", "担当課", "合計特殊出生率", "1.52", "（R3）", "1.60", "こども政策課",
				"子育てしやすいまちだと感じる子育て世帯", "の割合", "58.3％", "（R4）", "65.0％", "こども政策課").tables().get(0);

		assertThat(cells(table)).containsExactly(List.of("指標名", "基準値（年度）", "目標値（R8）", "担当課"),
				List.of("合計特殊出生率", "1.52（R3）", "1.60", "こども政策課"),
				List.of("子育てしやすいまちだと感じる子育て世帯の割合", "58.3％（R4）", "65.0％", "こども政策課"));
	}

	@Test
	void aBoxRowWhoseCellsStopMidPhraseGoesOnOnTheNextLineEvenInItsFirstColumn() {
		Table table = model("┌──────┬──────┬─────────────┬─────────┬──────┐",
				"│ 施策       │ 事業名     │ 成果指標                 │ 現状値→目標値    │ 担当課     │",
				"├──────┼──────┼─────────────┼─────────┼──────┤",
				"│ 脱炭素社会の │ ゼロカーボン推進 │ 市域の温室効果ガス排出量 │ 28.4％（R2）→ │ 環境政策課 │",
				"│ 実現       │ 事業       │ 削減率（H25年度比）      │ 38.0％（R8）     │            │",
				"└──────┴──────┴─────────────┴─────────┴──────┘").tables().get(0);

		assertThat(cells(table).get(1)).containsExactly("脱炭素社会の実現", "ゼロカーボン推進事業", "市域の温室効果ガス排出量削減率（H25年度比）",
				"28.4％（R2）→38.0％（R8）", "環境政策課");
	}

	@Test
	void aTextBrowsersTableWhoseCellsWrapAndSpanRowsIsReadARowAKpi() {
		DocumentModel model = model("具体的な施策とＫＰＩ", "",
				"┌────────────┬──────────────┬──────┬─────┐",
				"│    施策    │     ＫＰＩ   │基準値│担当 │",
				"│            │              │（R元 │ 課  │",
				"│            │              │  ）  │     │",
				"├────────────┼──────────────┼──────┼─────┤",
				"│            │展示会への出展│      │商工 │",
				"│（１）販路拡├──────────────┼──────┼─────┤",
				"│大と海外展開│海外商談会での│8件   │営業 │",
				"│への支援    │成約件数      │      │戦略 │",
				"│            │              │      │室   │",
				"└────────────┴──────────────┴──────┴─────┘");

		assertThat(model.tables()).singleElement().satisfies(table -> assertThat(cells(table)).containsExactly(
				List.of("施策", "ＫＰＩ", "基準値（R元）", "担当課"), List.of("（１）販路拡大と海外展開への支援", "展示会への出展", "", "商工"),
				List.of("", "海外商談会での成約件数", "8件", "営業戦略室")));
	}

	@Test
	void aWordProcessorsFullWidthBoxListsARowALineEvenWithoutRulesBetweenThem() {
		DocumentModel model = model("┌──────┬─────────┐", "│役職　　　　│氏名　　　　　　　│", "├──────┼─────────┤",
				"│委員長　　　│大塚　正和　　　　│", "│副委員長　　│小林　由美子　　　│", "└──────┴─────────┘");

		assertThat(model.tables()).singleElement().satisfies(table -> assertThat(cells(table)).contains(
				List.of("委員長", "大塚　正和"), List.of("副委員長", "小林　由美子")));
	}

	@Test
	void anOutlinesTabIndentedItemIsOneLineItsFieldsAndTheNextItemLinesOfTheirOwn() {
		DocumentModel model = model("公約１－１　子育て世帯の経済的な負担を軽くします",
				"\t\t①　丹後ちりめんの新商品開発と販路開拓の支援", "\t\t\t評価：順調　／　担当：商工振興課",
				"\t\t\t令和６年度の取組：令和６年４月診療分から所得制限を撤廃し、通院・入院とも自己負担なしで実施（対象 約6,900人）",
				"\t\t・第２子以降の保育料の無償化　【達成】", "\t\t\t担当課：子ども未来課");

		assertThat(model.tables()).isEmpty();
		assertThat(model.all(Field.class)).anySatisfy(field -> assertThat(field.value()).endsWith("（対象 約6,900人）"));
		assertThat(model.all(ListItem.class)).anySatisfy(item -> assertThat(item.body()).startsWith("第２子以降の保育料の無償化"));
	}

	@Test
	void aLineStartingWithAFullWidthDecimalIsTheRestOfASentenceNoNumberedHeading() {
		assertThat(HeadingShapes.match("７２．０％と、１０年前の８１．３％から低下が続いている。", null)).isEmpty();
		assertThat(HeadingShapes.match("１．地域コミュニティの活性化", null)).hasValueSatisfying(heading -> {
			assertThat(heading.number()).isEqualTo("１");
			assertThat(heading.title()).isEqualTo("地域コミュニティの活性化");
		});
	}

	@Test
	void aPagesHtmlSourcePrintedToPdfIsReadAsTheSourceItsLinesBrokeAtThePagesEdge() {
		List<String> printed = List.of("<html><body><table class=\"waffle\"><tr><td class=\"s1\">公約</td><td class=\"s1\">",
				"評価</td><td class=\"s1\">所管課</td></tr>", "<tr><td class=\"s2\">出産祝い金の拡充</td><td class=\"s2\">達成</td><td ",
				"class=\"s2\">子育て支援課</td></tr>", "<tr><td class=\"s2\">学校給食費の無償化</td><td class=\"s2\">一部達成</td><td class=\"s2\">学校教",
				"育課</td></tr></table></body></html>");
		DocumentModel model = DocumentModel.of(new SourceText(Path.of("doc.pdf"), printed, "PDF, 1 page", List.of(), List.of(),
				java.util.Set.of(0, 2, 4)));

		assertThat(model.tables()).singleElement().satisfies(table -> assertThat(cells(table)).containsExactly(
				List.of("公約", "評価", "所管課"), List.of("出産祝い金の拡充", "達成", "子育て支援課"),
				List.of("学校給食費の無償化", "一部達成", "学校教育課")));
	}

	@Test
	void aNumberedTableALayoutBoxExtractionPrintedColumnByColumnIsReadInRowsItsWrappedNamesJoined() {
		DocumentModel model = model("政策１　子どもの笑顔があふれるまち", "", "No.", "1", "2", "3", "", "4", "", "公約項目", "",
				"第２子以降の保育料無償化の継続", "放課後児童クラブの定員拡大と待機児童ゼロの維持", "不登校児童生徒の居場所「ほっとルーム」の全中学",
				"校区への設置", "", "市立図書館の学習スペースの拡充", "", "評価", "A", "B", "C", "", "C", "", "担当課", "",
				"こども夢づくり課", "こども夢づくり課", "学校教育課", "健康医療課", "生涯学習課", "", "- 3 -");

		assertThat(model.tables()).singleElement().satisfies(table -> assertThat(cells(table)).containsExactly(
				List.of("No.", "公約項目", "評価"), List.of("1", "第２子以降の保育料無償化の継続", "A"),
				List.of("2", "放課後児童クラブの定員拡大と待機児童ゼロの維持", "B"),
				List.of("3", "不登校児童生徒の居場所「ほっとルーム」の全中学校区への設置", "C"), List.of("4", "市立図書館の学習スペースの拡充", "C")));
	}

	@Test
	void aTableCopiedFromABrowsersPdfViewerPartsItsCellsAtSingleSpacesAndKeepsADescriptionsWrappedRestInItsCell() {
		DocumentModel model = model("● 成果指標", "指標名 単位 現状値 目標値 指標の説明", "（R5） （R9）",
				"除雪に対する市民の満足度 ％ 42.8 50.0 市民意識調査で「満足」「やや満足」", "と回答した市民の割合",
				"高齢者世帯等の雪下ろし支援件数 件 1,236 1,400 雪下ろし費用助成の年間件数", "自主防災組織の活動カバー率 ％ 78.5 85.0 全世帯に占める、活動実績のある組",
				"織の区域内世帯の割合", "克雪住宅への改修 件 318 420 平成30年度からの累計", "支援件数（累計）", "● 主な事業");

		assertThat(model.tables()).singleElement().satisfies(table -> assertThat(cells(table)).containsExactly(
				List.of("指標名", "単位", "現状値（R5）", "目標値（R9）", "指標の説明"),
				List.of("除雪に対する市民の満足度", "％", "42.8", "50.0", "市民意識調査で「満足」「やや満足」と回答した市民の割合"),
				List.of("高齢者世帯等の雪下ろし支援件数", "件", "1,236", "1,400", "雪下ろし費用助成の年間件数"),
				List.of("自主防災組織の活動カバー率", "％", "78.5", "85.0", "全世帯に占める、活動実績のある組織の区域内世帯の割合"),
				List.of("克雪住宅への改修支援件数（累計）", "件", "318", "420", "平成30年度からの累計")));
	}

	@Test
	void aSingleSpaceTableHeadedByYearsKeepsANamesWrappedRestInItsNameButNotTheNotesUnderIt() {
		DocumentModel model = model("３　主要統計", "区分 単位 令和３年度 令和４年度 令和５年度", "温州みかん出荷量 トン 21,480 19,860 20,730",
				"新規就農者数 人 9 11 12", "観光客入込客数（市全 千人 1,582 1,796 1,934", "体推計）", "企業誘致件数 件 2 1 3",
				"※観光客入込客数は、愛媛県の推計方法による。");

		assertThat(model.tables()).singleElement().satisfies(table -> assertThat(cells(table)).containsExactly(
				List.of("区分", "単位", "令和３年度", "令和４年度", "令和５年度"), List.of("温州みかん出荷量", "トン", "21,480", "19,860", "20,730"),
				List.of("新規就農者数", "人", "9", "11", "12"), List.of("観光客入込客数（市全体推計）", "千人", "1,582", "1,796", "1,934"),
				List.of("企業誘致件数", "件", "2", "1", "3")));
		assertThat(model.blocks().toString()).contains("観光客入込客数は、愛媛県の推計方法による。");
	}

	@Test
	void aSingleSpaceTableOfAccountsKeepsEachAccountsFinishedSentenceOnTheLineAfterItsRow() {
		DocumentModel model = model("No. 取組 取組状況（令和６年度） 評価 担当課",
				"1 第２子以降の保育料の無償化 令和６年４月から、第２子以降の３歳未満児の 5 こども福祉課", "保育料を所得制限なしで無償化した。",
				"2 子ども医療費助成（１８歳まで）の継続 高校生世代までの医療費無料化を継続した。 5 国保年金課",
				"3 小・中学校の給食費の段階的な無償化 第３子以降の無償化を実施した。全員無償化は 3 学校教育課", "財源を含め検討を続けている。",
				"公約１－２ 安心して子育てできる環境を整えます");

		assertThat(model.tables()).singleElement().satisfies(table -> assertThat(cells(table)).containsExactly(
				List.of("No.", "取組", "取組状況（令和６年度）", "評価", "担当課"),
				List.of("1", "第２子以降の保育料の無償化", "令和６年４月から、第２子以降の３歳未満児の保育料を所得制限なしで無償化した。", "5", "こども福祉課"),
				List.of("2", "子ども医療費助成（１８歳まで）の継続", "高校生世代までの医療費無料化を継続した。", "5", "国保年金課"),
				List.of("3", "小・中学校の給食費の段階的な無償化", "第３子以降の無償化を実施した。全員無償化は財源を含め検討を続けている。", "3", "学校教育課")));
	}

	@Test
	void anItemInANarrowColumnGoesOnWhileItsLinesFillTheColumnAndEndsWithTheShortLineThatFinishesIt() {
		DocumentModel model = model("（主な取組）", "・優良品種への改植や園内道・モノレー", "ルの整備を支援し、園地の若返りと省力", "化を進める",
				"・宇和島市就農支援センターを核に、研", "修生の受入れを支援する", "令和５年度は、生産量はおおむね前年度並みを維持した。");

		assertThat(model.all(ListItem.class)).extracting(ListItem::body).containsExactly(
				"優良品種への改植や園内道・モノレールの整備を支援し、園地の若返りと省力化を進める", "宇和島市就農支援センターを核に、研修生の受入れを支援する");
	}

	@Test
	void excelsUnicodeTextIsReadAsASheetWhoseQuotedCellsHoldTheirLineBreaksAndAPillarsRowsStayUnderTheHeader()
			throws java.io.IOException {
		String sheet = String.join("\r\n", "令和６年度　市長公約　進捗管理表\t\t\t\t\t", "",
				"番号\t公約項目\t主な取組状況\t\"評価\n（A～D）\"\t担当課\t備考",
				"柱１　子育て・教育\t\t\t\t\t",
				"1-1\t保育料の無償化\t\"・第２子以降を無償化した。\n【指標】対象児童 412人\"\tA\tこども育成課\t",
				"1-2\t\"放課後児童クラブの\n待機児童ゼロ\"\t\"・専用施設を整備した。\n・支援員を確保した。\"\tB\t\"こども育成課\n学校教育課\"\t",
				"柱２　健康・福祉\t\t\t\t\t",
				"2-1\tがん検診の受診率向上\t\"・休日検診を増やした。\"\tA\t健康増進課\t\"R6新規\"", "");
		byte[] text = sheet.getBytes(java.nio.charset.StandardCharsets.UTF_16LE);
		byte[] withBom = new byte[text.length + 2];
		withBom[0] = (byte) 0xFF;
		withBom[1] = (byte) 0xFE;
		System.arraycopy(text, 0, withBom, 2, text.length);
		Path file = java.nio.file.Files.write(this.directory.resolve("unicode.txt"), withBom);

		DocumentModel model = DocumentModel.of(new SourceTextLoader().load(file));

		List<Table> pillars = model.tables().stream().filter(table -> table.rows().size() > 1).toList();
		assertThat(pillars).hasSize(2).allSatisfy(table -> assertThat(table.header()).containsExactly("番号", "公約項目", "主な取組状況",
				"評価\n（A～D）", "担当課", "備考"));
		assertThat(cells(pillars.get(0)).subList(1, 3)).containsExactly(
				List.of("1-1", "保育料の無償化", "・第２子以降を無償化した。\n【指標】対象児童 412人", "A", "こども育成課"),
				List.of("1-2", "放課後児童クラブの\n待機児童ゼロ", "・専用施設を整備した。\n・支援員を確保した。", "B", "こども育成課\n学校教育課"));
		assertThat(cells(pillars.get(1)).get(1)).containsExactly("2-1", "がん検診の受診率向上", "・休日検診を増やした。", "A", "健康増進課", "R6新規");
	}

	@Test
	void aSlideDeckDumpedShapeByShapeIsReadSlideBySlideTitleFirstWithItsChartAsATable() {
		DocumentModel model = model("--- Slide 1 ---", "水道部", "令和６年度　水道部運営方針", "1", "", "--- Slide 2 ---", "水道部", "主な取組",
				"  老朽管の更新（延長4.2km）", "  漏水調査の実施", "重点目標１　安定給水の確保", "2", "Notes:", "説明は総務課長。", "",
				"--- Slide 3 ---", "水道部", "有収率の推移", "令和3年, 令和4年, 令和5年", "有収率（％）: 84.6, 85.0, None", "3");

		assertThat(model.all(Heading.class)).extracting(Heading::title).contains("安定給水の確保");
		assertThat(model.all(ListItem.class)).extracting(ListItem::body).containsExactly("老朽管の更新（延長4.2km）", "漏水調査の実施");
		int title = model.blocks().indexOf(model.all(Heading.class).stream().filter(heading -> heading.title().equals("安定給水の確保"))
			.findFirst().orElseThrow());
		int firstAction = model.blocks().indexOf(model.all(ListItem.class).get(0));
		assertThat(title).isLessThan(firstAction);
		assertThat(model.tables()).singleElement().satisfies(table -> assertThat(cells(table)).containsExactly(
				List.of("区分", "令和3年", "令和4年", "令和5年"), List.of("有収率（％）", "84.6", "85")));
	}

	@Test
	void aWordTableCopiedToTheClipboardKeepsACellsSecondParagraphInItsRowAndAHeadingAfterTheTableOutOfIt() {
		DocumentModel model = model("区分\t令和５年度当初\t令和６年度当初\t増減", "水道事業会計", "（収益的支出・資本的支出の合計）\t4,126,380\t4,258,910\t132,530",
				"下水道事業会計", "（収益的支出・資本的支出の合計）\t6,842,150\t6,915,470\t73,320", "合計\t10,968,530\t11,174,380\t205,850", "",
				"(2)　主な取組", "ア\t水質管理の徹底", "イ\t鉛製給水管の取替（150件）", "(3)　成果指標", "指標名\t令和４年度実績\t令和５年度実績",
				"有収率\t85.0％\t85.3％");

		assertThat(model.tables().get(0).body()).extracting(row -> row.get(0).text()).containsExactly(
				"水道事業会計（収益的支出・資本的支出の合計）", "下水道事業会計（収益的支出・資本的支出の合計）", "合計");
		assertThat(model.tables().get(1).rows()).extracting(row -> row.get(row.size() - 1).text())
			.containsExactly("水質管理の徹底", "鉛製給水管の取替（150件）");
		assertThat(model.all(Heading.class)).extracting(Heading::title).contains("成果指標");
	}

	@Test
	void tablesPulledFromAPdfByTabulaAreReadOneByOneEachPagesRepeatedHeaderDroppedAndACellsCarriageReturnKept()
			throws java.io.IOException {
		String csv = String.join("\r\n", "区分,2020年,2025年,2030年", "総人口,\"76,387\",\"73,120\",\"69,540\"",
				"高齢化率,33.0%,34.7%,36.1%",
				"基本目標,施策,No.,\"重要業績評価指標\r（ＫＰＩ）\",基準値,目標値,担当課",
				"\"基本目標１\r地域の稼ぐ力を高める\",\"(1)\r企業誘致の推進\",1,企業立地件数（累計）,－,8件,商工経済室",
				"\"\",,2,\"市の支援による創業\r件数（年間）\",14件,20件,商工経済室",
				"基本目標,施策,No.,\"重要業績評価指標\r（ＫＰＩ）\",基準値,目標値,担当課",
				"\"\",,3,事業承継相談件数（年間）,22件,40件,商工経済室", "");
		Path file = java.nio.file.Files.writeString(this.directory.resolve("tabula.csv"), csv);

		DocumentModel model = DocumentModel.of(new SourceTextLoader().load(file));

		assertThat(model.tables()).hasSize(2);
		assertThat(cells(model.tables().get(0))).containsExactly(List.of("区分", "2020年", "2025年", "2030年"),
				List.of("総人口", "76,387", "73,120", "69,540"), List.of("高齢化率", "33.0%", "34.7%", "36.1%"));
		Table kpis = model.tables().get(1);
		assertThat(kpis.header()).containsExactly("基本目標", "施策", "No.", "重要業績評価指標\n（ＫＰＩ）", "基準値", "目標値", "担当課");
		assertThat(kpis.body()).as("the second page's header is no row").hasSize(3);
		assertThat(cells(kpis).get(2)).containsExactly("", "", "2", "市の支援による創業\n件数（年間）", "14件", "20件", "商工経済室");
	}

	@Test
	void aWikiPagesSourceInPukiWikiNotationReadsAsItsHeadingsAndTables() {
		DocumentModel model = model("* 市長公約の進捗管理", "#contents", "** 評価の区分", "- ''達成''：実現したもの",
				"- &color(red){''遅れ''}：遅れているもの", "*** 挑戦１　子どもたちの笑顔があふれるまち", "|番号|公約|評価|担当課|h",
				"|1-1|第２子以降の保育料無償化|''達成''|こども家庭課|", "|1-2|奨学金返還支援制度の創設による若者の&br;地元定着|順調|商工振興課&br;企画課|", "",
				"[[前回の評価>市長公約の進捗管理（令和5年度末）]]");

		assertThat(model.all(Heading.class)).extracting(Heading::title).contains("子どもたちの笑顔があふれるまち");
		assertThat(model.tables()).singleElement().satisfies(table -> {
			assertThat(table.header()).containsExactly("番号", "公約", "評価", "担当課");
			assertThat(cells(table).subList(1, 3)).containsExactly(List.of("1-1", "第２子以降の保育料無償化", "達成", "こども家庭課"),
					List.of("1-2", "奨学金返還支援制度の創設による若者の\n地元定着", "順調", "商工振興課\n企画課"));
		});
		assertThat(model.all(Paragraph.class)).flatExtracting(Paragraph::lines).as("a link shows its name").containsExactly("前回の評価");
	}

	@Test
	void aNameFinishedByTheRowAboveOpensTheRowBelowWhoseSecondLineHoldsItsFigures() {
		DocumentModel model = model("  指標名                                       単位           現状値         目標値    担当課",
				"                                                         （R4）        （R9）",
				"  市民１人１日当たりのごみ排出量                           ｇ            842         800    環境衛生課",
				"  リサイクル率                                    ％           14.2        18.0    環境衛生課",
				"  住宅用太陽光発電設備等の設置補", "  助件数（累計）                                   件            236         400    環境衛生課",
				"  子育てしやすいまちだと思う市民の割合                      ％           62.4        75.0    子育て支援課",
				"  （市民意識調査）");

		assertThat(model.tables()).singleElement().satisfies(table -> assertThat(table.body()).extracting(row -> row.get(0).text())
			.containsExactly("市民１人１日当たりのごみ排出量", "リサイクル率", "住宅用太陽光発電設備等の設置補助件数（累計）",
					"子育てしやすいまちだと思う市民の割合（市民意識調査）"));
	}

	@Test
	void aRedmineWikiPagesTextileSourceReadsAsItsHeadingsItemsAndTablesWithMergedCellsInEveryRowTheyReach() {
		DocumentModel model = model("{{>toc}}", "h1. 令和６年度　スポーツ文化局運営方針", "h3. 課題１　スポーツ機会の充実", "*主な取組*",
				"# 市民スポーツフェスティバルの開催", "# 総合型地域スポーツクラブの運営支援", "** 担当：スポーツ振興課", "", "h2. 5. 成果指標", "",
				"table{width:100%}.", "|_. 課題 |_. 指標名 |_. 単位 |_. R4 |_. R5 |_. R6目標 |", "|/2. 課題１ |[[実施率_定義|スポーツ実施率]] |=. % |>. 52.1 |>. 54.8 |>. 60.0 |",
				"|スポーツツーリズムによる", "市外からの来訪者数 |=. 人 |\\2=. 新規指標 |>. 150,000 |", "",
				"\"第２期スポーツ推進計画\":https://www.city.saitama.lg.jp/001/010/015/index.html の _概要_ は [[計画_概要|こちら]]");

		assertThat(model.all(Heading.class)).extracting(Heading::title).contains("令和６年度　スポーツ文化局運営方針", "スポーツ機会の充実");
		assertThat(model.all(ListItem.class)).extracting(ListItem::text).contains("市民スポーツフェスティバルの開催", "総合型地域スポーツクラブの運営支援");
		assertThat(model.tables()).singleElement().satisfies(table -> {
			assertThat(table.header()).containsExactly("課題", "指標名", "単位", "R4", "R5", "R6目標");
			assertThat(cells(table).subList(1, 3)).containsExactly(List.of("課題１", "スポーツ実施率", "%", "52.1", "54.8", "60.0"),
					List.of("課題１", "スポーツツーリズムによる\n市外からの来訪者数", "人", "新規指標", "", "150,000"));
		});
		assertThat(model.all(Paragraph.class)).flatExtracting(Paragraph::lines).as("links show their names")
			.containsExactly("主な取組", "第２期スポーツ推進計画 の 概要 は こちら");
	}

	@Test
	void aTextVersionReadsTheOfficeInChargeOutAsALabelAndItsNameButLeavesASentenceAsItIs() {
		DocumentModel model = model("施策1-1　子育て支援の充実", "担当課、子育て支援課。", "施策の目標",
				"子育て家庭が孤立することなく、安心して子どもを産み育てることができています。", "取組、「×見直し」が２取組となった。");

		assertThat(model.all(Field.class)).extracting(Field::label, Field::value).containsExactly(tuple("担当課", "子育て支援課"));
	}

	@Test
	void labelsSetInTheMiddleOfTheirValuesShareTheLinesBetweenThemWithoutCuttingASentenceOrAList() {
		List<String> printed = List.of("１   区の使命", "          海と山に囲まれた自然豊かな垂水で、区民一人ひとりが安全・安心に、健やかに暮",
				"使       命 らし続けられるよう、区民・地域団体・事業者の皆さんと力を合わせ、誰もが住み",
				"          たい・住み続けたいと思えるまちをつくります。", "", " 課   題   名 課題Ⅰ 子育て世代に選ばれるまちづくり",
				"              区の年少人口割合は令和５年度末で 11.1％（市全体 11.8％）と低下が続いてお",
				"           り、令和５年度の出生数は 1,221 人と、令和３年度から１割近く減少していま", "           す。",
				" 現 状 と 課 題    一方、舞子・学が丘地域などでは子育て世帯の転入が見られることから、区の子",
				"           育て支援の取組を分かりやすく伝え、安心して子育てができる環境を整えることが",
				"           重要です。令和５年度の乳幼児健康診査の受診率は 97.2％でした。",
				"           (ｱ) 子育て世帯に向けた情報発信の強化（区公式ＳＮＳ、子育て情報誌「たる", "               みっ子通信」の発行）",
				" 取 組 内 容 (ｲ) 地域子育て支援拠点と連携した親子の居場所づくり", "           (ｳ) 乳幼児健康診査・子育て相談の予約のオンライン化",
				"           (ｴ) 区内の大学・企業と連携した「たるみ子育てフェスタ」の開催", " 所       管 まちづくり課・こども家庭支援課・保健福祉課");
		List<BoxRows.Printed> lines = new java.util.ArrayList<>();
		for (int i = 0; i < printed.size(); i++) {
			lines.add(new BoxRows.Printed(printed.get(i), i + 1, 1));
		}

		List<String> raised = LeftLabels.raised(lines).stream().map(line -> line.text().strip()).toList();

		// each label on its value's first line, closed up; the lines it stood on keep only their value
		assertThat(raised.get(1)).startsWith("使命").endsWith("健やかに暮");
		assertThat(raised.get(2)).startsWith("らし続けられるよう");
		assertThat(raised.get(5)).startsWith("課題名").endsWith("課題Ⅰ 子育て世代に選ばれるまちづくり");
		assertThat(raised.get(6)).startsWith("現状と課題").endsWith("低下が続いてお");
		assertThat(raised.get(9)).startsWith("一方、舞子");
		assertThat(raised.get(12)).startsWith("取組内容").endsWith("子育て情報誌「たる");
		assertThat(raised.get(14)).startsWith("(ｲ) 地域子育て支援拠点");
		assertThat(raised.get(17)).startsWith("所管").endsWith("保健福祉課");
	}

	@Test
	void aRuledFormsLabelAndValueReadAcrossOneBarAreAFieldAndANamesTitleIsNot() {
		DocumentModel model = model("施策名|１－１　紙産業の振興と企業立地の推進", "担当課|産業支援課", "", "石黒みほ｜射水市議会議員");

		assertThat(model.all(Field.class)).extracting(Field::label, Field::value)
			.containsExactly(tuple("施策名", "１－１　紙産業の振興と企業立地の推進"), tuple("担当課", "産業支援課"));
	}

	@Test
	void aTableOneCellALineGoesOnOverAPageBreakThatATextWithoutFormFeedsRunsIntoIt() {
		String header = "第３次岩国市総合計画　実施計画（令和７年度～令和９年度）";
		DocumentModel model = model(header, "", "- 3 -", "", "【成果指標】", "指標名", "単位", "現状値（R5）", "目標値（R9）", "担当課",
				"新規就農者数（年間）", "人", "9", "12", "農林振興課", "", "", header, "", "- 4 -", "", "岩国れんこんの出荷量", "t", "1,126",
				"1,200", "農林振興課", "", "施策１－３　観光の振興と交流人口の拡大", "", header, "", "- 5 -", "");

		assertThat(model.tables()).singleElement().satisfies(table -> assertThat(table.body())
			.extracting(row -> row.get(0).text()).containsExactly("新規就農者数（年間）", "岩国れんこんの出荷量"));
	}

	@Test
	void aRowsKeyPrintedBesideTheMiddleOfItsWrappedTextIsTheKeyOfThatTextNotOfTheTextBelow() {
		DocumentModel model = model("令和６年度　マニフェスト進捗状況", "", "番号   取組                                   評価   担当課",
				"       こども医療費の18歳までの完全無償", "1-1                                            A      こども政策課",
				"       化", "       学校給食費の無償化（段階的実施）", "1-2                                            B      教育総務課",
				"       待機児童ゼロの維持と保育士の確保", "1-3                                            B      保育・幼稚園課",
				"       子どもの居場所づくりと子ども食堂", "1-4                                            B      こども政策課", "       への支援");

		assertThat(model.tables()).singleElement().satisfies(table -> assertThat(table.body())
			.extracting(row -> row.get(0).text(), row -> row.get(1).text(), row -> row.get(2).text())
			.containsExactly(tuple("1-1", "こども医療費の18歳までの完全無償化", "A"), tuple("1-2", "学校給食費の無償化（段階的実施）", "B"),
					tuple("1-3", "待機児童ゼロの維持と保育士の確保", "B"), tuple("1-4", "子どもの居場所づくりと子ども食堂への支援", "B")));
	}
}
