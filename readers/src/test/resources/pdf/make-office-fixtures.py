#!/usr/bin/python3
"""Writes the office files behind the ruled-table PDF fixtures and prints them with LibreOffice.

Run from this folder: python3 make-office-fixtures.py (needs Debian's python3-openpyxl, python3-docx and
libreoffice-calc/-writer). The PDFs are committed; this script says how they were made.
"""
import subprocess

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side


def sheet():
    wb = Workbook()
    ws = wb.active
    ws.title = "KPI"
    thin = Side(style="thin")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    font = Font(name="ＭＳ Ｐゴシック", size=9)
    ws["A1"] = "第３次袖ケ浦市総合計画　成果指標進捗表（令和６年度実績）"
    ws["A1"].font = Font(name="ＭＳ Ｐゴシック", size=12)
    ws["A2"] = "計画期間：令和３年度～令和７年度"
    rows = [
        ["施策", "成果指標", "基準値", None, "実績値", None, "目標値", "担当課"],
        [None, None, "数値", "年度", "Ｒ５", "Ｒ６", "（Ｒ７）", None],
        ["１－１\n子育て支援の充実", "保育所等の待機児童数（４月１日現在）", 12, "R2", 3, 0, 0, "こども保育課"],
        [None, "子育て支援センターの延べ利用者数（年間）", 18420, "R元", 21036, 22815, 24000, "こども保育課"],
        ["１－２\n学校教育の充実", "「授業がよく分かる」と答えた児童生徒の割合", 78.4, "R元", 80.1, 82.6, 85.0, "学校教育課"],
    ]
    for r, row in enumerate(rows, start=4):
        for c, value in enumerate(row, start=1):
            cell = ws.cell(row=r, column=c, value=value)
            cell.font = font
            cell.border = box
            cell.alignment = Alignment(wrap_text=True, vertical="center")
            if isinstance(value, int) and value >= 1000:
                cell.number_format = "#,##0"
            elif isinstance(value, float):
                cell.number_format = "0.0"
    for merged in ("A4:A5", "B4:B5", "C4:D4", "E4:F4", "H4:H5", "A6:A7"):
        ws.merge_cells(merged)
    for column, width in zip("ABCDEFGH", (16, 30, 9, 6, 9, 9, 9, 12)):
        ws.column_dimensions[column].width = width
    ws.page_setup.orientation = "landscape"
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    wb.save("calc-ruled-kpi-sheet.xlsx")


def document():
    d = docx.Document()
    style = d.styles["Normal"]
    style.font.name = "ＭＳ 明朝"
    style.font.size = Pt(10.5)
    d.add_paragraph("令和６年８月").alignment = WD_ALIGN_PARAGRAPH.RIGHT
    d.add_heading("袖ケ浦市長公約　検証報告書", level=1)
    body = d.add_paragraph("本市では、市長公約に掲げた２つの基本方針・４項目について、毎年度、各項目の担当課が取組状況を"
                           "自己評価し、公約検証会議で評価を決定しています。令和５年度末時点で、４項目のうち「達成」が１項目、"
                           "「概ね順調」が２項目、「課題あり」が１項目となりました。")
    body.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    d.add_paragraph("（項目数４：達成１、概ね順調２、課題あり１）").alignment = WD_ALIGN_PARAGRAPH.RIGHT
    d.add_heading("基本方針１　子どもを育てやすいまち", level=2)
    items = [
        ("（１）子ども医療費助成の拡大", "達成", "子育て支援課", "助成対象を高校生世代まで拡大した。"),
        ("（２）放課後児童クラブの開所時間の延長", "概ね順調", "子育て支援課\n学校教育課", "12クラブのうち９クラブで延長した。"),
        ("（３）中学校の部活動の地域移行", "課題あり", "スポーツ振興課", "協議会を３回開催し、２種目で試行した。"),
        ("（４）学校給食費の負担軽減", "概ね順調", "学校教育課", "食材費の上昇分を公費で負担した。"),
    ]
    for title, mark, departments, account in items:
        d.add_paragraph(title).runs[0].bold = True
        table = d.add_table(rows=2, cols=4)
        table.style = "Table Grid"
        cells = table.rows[0].cells
        cells[0].text, cells[1].text, cells[2].text, cells[3].text = "評価", mark, "担当課", departments
        merged = table.rows[1].cells[1].merge(table.rows[1].cells[3])
        table.rows[1].cells[0].text = "取組状況"
        merged.text = account
    d.save("writer-ruled-pledge-items.docx")


def main():
    sheet()
    document()
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/govreview-fixtures", "--headless", "--convert-to",
                    "pdf", "calc-ruled-kpi-sheet.xlsx", "writer-ruled-pledge-items.docx"], check=True)


if __name__ == "__main__":
    main()
