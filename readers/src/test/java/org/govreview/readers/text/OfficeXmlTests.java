package org.govreview.readers.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Office files saved as XML text (Excel's SpreadsheetML, LibreOffice's flat OpenDocument, a Word document's XML):
 * loaded as the page the office suite would show for them, values as shown, hidden columns left out.
 */
class OfficeXmlTests {

	private final SourceTextLoader loader = new SourceTextLoader();

	@TempDir
	Path directory;

	@Test
	void aFlatOpenDocumentSheetShowsItsShownValuesAndSpansAndLeavesOutItsHiddenColumn() throws Exception {
		List<String> lines = load("sheet.fods", """
				<?xml version="1.0" encoding="UTF-8"?>
				<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
				 <office:master-styles><style:master-page><style:header><text:p><text:sheet-name>???</text:sheet-name> ページ <text:page-number>1</text:page-number></text:p></style:header></style:master-page></office:master-styles>
				 <office:body><office:spreadsheet>
				  <table:table table:name="評価一覧">
				   <table:table-column/><table:table-column/><table:table-column table:visibility="collapse"/><table:table-column/><table:table-column table:number-columns-repeated="3"/>
				   <table:table-row>
				    <table:table-cell table:number-columns-spanned="4"><text:p>公約進捗状況（令和６年度）</text:p></table:table-cell>
				    <table:covered-table-cell table:number-columns-repeated="3"/>
				   </table:table-row>
				   <table:table-row>
				    <table:table-cell><text:p>No.</text:p></table:table-cell>
				    <table:table-cell><text:p>公約項目</text:p></table:table-cell>
				    <table:table-cell><text:p>R5<text:line-break/>評価</text:p></table:table-cell>
				    <table:table-cell><text:p>R6<text:line-break/>評価</text:p></table:table-cell>
				   </table:table-row>
				   <table:table-row>
				    <table:table-cell office:value-type="float" office:value="1"><text:p>1</text:p></table:table-cell>
				    <table:table-cell table:number-rows-spanned="2"><text:p>保育料の<text:s text:c="2"/>無償化</text:p></table:table-cell>
				    <table:table-cell><text:p>順調</text:p></table:table-cell>
				    <table:table-cell><text:p>達成</text:p></table:table-cell>
				    <table:table-cell table:number-columns-repeated="1020"/>
				   </table:table-row>
				   <table:table-row>
				    <table:table-cell office:value-type="float" office:value="2"><text:p>2</text:p></table:table-cell>
				    <table:covered-table-cell/>
				    <table:table-cell><text:p>未着手</text:p></table:table-cell>
				    <table:table-cell office:value-type="percentage" office:value="0.7333333"><text:p>73.3%</text:p></table:table-cell>
				   </table:table-row>
				   <table:table-row table:visibility="collapse">
				    <table:table-cell><text:p>非表示の行</text:p></table:table-cell>
				   </table:table-row>
				   <table:table-row table:number-rows-repeated="1048570"><table:table-cell table:number-columns-repeated="1024"/></table:table-row>
				  </table:table>
				 </office:spreadsheet></office:body>
				</office:document>
				""");

		assertThat(lines).contains("<tr><td colspan=3>公約進捗状況（令和６年度）</td></tr>",
				"<tr><td>No.</td><td>公約項目</td><td>R6<br>評価</td></tr>",
				"<tr><td>1</td><td rowspan=2>保育料の  無償化</td><td>達成</td><td></td></tr>",
				"<tr><td>2</td><td>73.3%</td></tr>");
		assertThat(String.join("\n", lines)).doesNotContain("R5", "順調", "未着手", "非表示", "ページ", "0.733");
	}

	@Test
	void aFlatOpenDocumentTextKeepsItsHeadingsLevelsAndListItems() throws Exception {
		List<String> lines = load("statement.fodt", """
				<?xml version="1.0" encoding="UTF-8"?>
				<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:mimetype="application/vnd.oasis.opendocument.text">
				 <office:body><office:text>
				  <text:h text:outline-level="1">１　区の使命</text:h>
				  <text:p>区民に身近な区役所として、<text:span>安心して暮らせる</text:span>まちをつくります。</text:p>
				  <text:list><text:list-item><text:p>防災訓練の実施</text:p></text:list-item></text:list>
				 </office:text></office:body>
				</office:document>
				""");

		assertThat(lines).contains("<h1>１　区の使命</h1>", "<p>区民に身近な区役所として、安心して暮らせるまちをつくります。</p>",
				"<li>防災訓練の実施</li>");
	}

	@Test
	void aWordDocumentsXmlJoinsTheRunsWordSplitAndKeepsTablesSpansHeadingsAndOneCopyOfATextBox() throws Exception {
		List<String> lines = load("document.xml", """
				<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
				<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><w:body>\
				<w:p><w:pPr><w:pStyle w:val="1"/></w:pPr><w:r><w:t>重点課題１</w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">　防災</w:t></w:r><w:proofErr w:type="spellStart"/><w:r><w:t>のまちづくり</w:t></w:r></w:p>\
				<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="3"/></w:numPr></w:pPr><w:r><w:t>地域の防災訓練</w:t></w:r><w:del><w:r><w:delText>（削除）</w:delText></w:r></w:del></w:p>\
				<w:p><w:r><w:t>人口</w:t></w:r><w:r><w:tab/><w:t>136,842人</w:t></w:r></w:p>\
				<w:p><w:r><w:drawing><mc:AlternateContent><mc:Choice><w:txbxContent><w:p><w:r><w:t>区の木：クスノキ</w:t></w:r></w:p></w:txbxContent></mc:Choice>\
				<mc:Fallback><w:pict><w:txbxContent><w:p><w:r><w:t>区の木：クスノキ</w:t></w:r></w:p></w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent></w:drawing></w:r></w:p>\
				<w:tbl><w:tr><w:tc><w:tcPr><w:vMerge w:val="restart"/></w:tcPr><w:p><w:r><w:t>人口</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>総数</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>Ｒ５</w:t></w:r><w:r><w:br/><w:t>実績</w:t></w:r></w:p></w:tc></w:tr>\
				<w:tr><w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p/></w:tc><w:tc><w:tcPr><w:gridSpan w:val="2"/></w:tcPr><w:p><w:r><w:t>うち65歳以上</w:t></w:r></w:p></w:tc></w:tr></w:tbl>\
				<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>
				""");

		assertThat(lines).contains("<h1>重点課題１　防災のまちづくり</h1>", "<li>地域の防災訓練</li>", "<p>人口\t136,842人</p>",
				"<p>区の木：クスノキ</p>", "<tr><td rowspan=2>人口</td><td>総数</td><td>Ｒ５<br>実績</td></tr>",
				"<tr><td colspan=2>うち65歳以上</td></tr>");
		assertThat(lines.stream().filter(line -> line.contains("クスノキ"))).hasSize(1);
		assertThat(String.join("\n", lines)).doesNotContain("削除");
	}

	@Test
	void anExcelXmlSpreadsheetShowsItsValuesInTheirNumberFormatsWithoutItsHiddenColumn() throws Exception {
		List<String> lines = load("book.xml", """
				<?xml version="1.0"?>
				<?mso-application progid="Excel.Sheet"?>
				<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet">
				 <Styles><Style ss:ID="pct"><NumberFormat ss:Format="0.0%"/></Style><Style ss:ID="pt"><NumberFormat ss:Format="0&quot;点&quot;"/></Style></Styles>
				 <Worksheet ss:Name="集計">
				  <Table>
				   <Column ss:Index="2" ss:Hidden="1"/>
				   <Row><Cell><Data ss:Type="String">分野</Data></Cell><Cell><Data ss:Type="String">前年度</Data></Cell><Cell><Data ss:Type="String">達成率</Data></Cell><Cell><Data ss:Type="String">点数</Data></Cell></Row>
				   <Row><Cell><Data ss:Type="String">子育て</Data></Cell><Cell><Data ss:Type="Number">0.5</Data></Cell><Cell ss:StyleID="pct"><Data ss:Type="Number">0.72222</Data></Cell><Cell ss:StyleID="pt"><Data ss:Type="Number">13</Data></Cell></Row>
				  </Table>
				 </Worksheet>
				</Workbook>
				""");

		assertThat(lines).contains("<tr><td>分野</td><td>達成率</td><td>点数</td></tr>", "<tr><td>子育て</td><td>72.2%</td><td>13点</td></tr>");
	}

	private List<String> load(String name, String xml) throws Exception {
		Path file = this.directory.resolve(name);
		Files.writeString(file, xml, StandardCharsets.UTF_8);
		return this.loader.load(file).lines();
	}
}
