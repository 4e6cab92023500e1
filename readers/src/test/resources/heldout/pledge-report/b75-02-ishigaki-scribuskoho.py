# -*- coding: utf-8 -*-
"""Batch 75 pledge-report document 02: 石垣市 広報いしがき 特集ページ (2 pages), laid out in Scribus.

Run by Scribus itself:  xvfb-run -a scribus -g -ns -py make02_ishigaki.py
Builds the document with the Scribus scripter API (text frames, linked frames, a title band,
boxed callouts, four tables made with Scribus' table tool, a small bar chart of rectangles),
saves the .sla, and exports the PDF with scribus.PDFfile(). The tables' cell paragraph styles and
in-cell line breaks cannot be set through the 1.5.8 scripter API, so the script saves the .sla,
sets them in the saved XML (DefaultStyle PARENT=..., <breakline/>, TextVertAlign), reopens the
.sla and exports. The same script writes the fact list (averages computed with Decimal half-up).
"""
import json
import math
import re
from decimal import Decimal, ROUND_HALF_UP

import scribus

OUT = "/tmp/b75-pledge-report/build02"
NAME = "b75-02-ishigaki-scribuskoho"
SLA = OUT + "/" + NAME + ".sla"
PDF = OUT + "/" + NAME + ".pdf"
FACTS = OUT + "/facts02.json"

G = "IPAexGothic Regular"
M = "IPAexMincho Regular"
FWD = str.maketrans("0123456789", "０１２３４５６７８９")

# ------------------------------------------------------------------ data
# (pillar name, short name, R5 average (distractor, printed in the chart), items)
# item: (title, [departments], stars R6, 主な取組 text)
PILLARS = [
    ("子どもたちが夢を持ち、健やかに育つ島", "子ども・教育", [
        ("こども医療費助成の18歳までの完全無料化", ["こども未来課"], 5,
         "令和６年４月から通院・入院とも18歳まで自己負担なし。助成件数は延べ約３万8,000件。"),
        ("学校給食費の無償化の継続", ["教育総務課"], 5,
         "市立小中学校の給食費を全額補助（令和５年度から継続）。対象は約5,100人。"),
        ("放課後児童クラブの受け皿拡大と利用料の軽減", ["こども未来課"], 3,
         "新たに２か所を開設し定員を60人拡大。ひとり親世帯の利用料を半額にした。待機児童は14人。"),
        ("八重山の自然と文化を学ぶ郷土学習の充実", ["学校教育課"], 4,
         "全小学校で副読本「八重山の自然と文化」を活用。白保のサンゴ礁での体験学習に約400人が参加。"),
        ("小中学校のＩＣＴ機器と空調設備の更新", ["教育総務課", "情報政策課"], 3,
         "タブレット端末の更新計画を策定。空調設備の更新は３校で実施し、残る10校は令和８年度までに実施予定。"),
    ]),
    ("誰もが安心して暮らせる、支え合いの島", "健康・福祉", [
        ("特定健診の受診率向上と健康づくりの推進", ["健康福祉センター"], 3,
         "特定健診の受診率は42.1％（前年度39.8％）。休日健診を年６回に拡大した。"),
        ("離島医療を支える看護師など医療人材の確保", ["健康福祉センター", "企画政策課"], 2,
         "看護師をめざす学生への修学資金の貸与を開始（６人）。医師の確保は県と協議中で、成果は限定的。"),
        ("高齢者の移動を支えるコミュニティバスの充実", ["介護長寿課", "企画政策課"], 3,
         "路線の再編案を作成したが、運転手不足のため一部路線で減便した。利用者は延べ約18万人。"),
        ("認知症カフェと地域の見守りネットワークの拡充", ["介護長寿課"], 4,
         "認知症カフェを９か所に拡大。見守り協定を結んだ事業者は48事業者となった。"),
        ("障がいのある人の就労と居場所づくりの支援", ["障がい福祉課"], 3,
         "就労継続支援事業所の新設を支援（１か所）。居場所づくり事業を２地区で始めた。"),
    ]),
    ("観光と農水産業が元気な、活力ある島", "観光・産業", [
        ("石垣牛・パインアップルなど農畜産物のブランド強化", ["農政経済課"], 4,
         "首都圏での石垣牛の販売会を４回開催。パインアップルの出荷量は前年度比8.2％増。"),
        ("クルーズ船の受入れ体制の整備と観光客の分散化", ["観光文化課", "港湾課"], 4,
         "クルーズ船の寄港は126回。ターミナルの動線を改善し、郊外の観光地へのシャトルバスを運行した。"),
        ("新規就漁者の育成と水産物の販路拡大", ["水産課"], 3,
         "新規就漁者３人が独立。八重山漁協と連携し、鮮魚の島外出荷ルートを１本開設した。"),
        ("中心市街地の活性化と創業支援の充実", ["商工振興課"], 2,
         "空き店舗活用補助の利用が２件にとどまり、中心市街地のにぎわい回復は遅れている。"),
        ("ふるさと納税の拡充と返礼品の開拓", ["商工振興課"], 5,
         "寄附額は約18億4,000万円（前年度約15億2,000万円）。返礼品を86品目追加した。"),
    ]),
    ("自然と共生し、災害に強い持続可能な島", "環境・防災・行政", [
        ("赤土流出防止対策による海域環境の保全", ["環境課", "農政経済課"], 3,
         "農地からの赤土流出を防ぐグリーンベルトを約12km設置。海域のモニタリングを継続している。"),
        ("津波避難ビルの指定拡大と避難路の整備", ["防災危機管理課"], 4,
         "津波避難ビルを新たに５棟指定（計43棟）。避難路の整備は８路線のうち５路線が完了。"),
        ("防災行政無線のデジタル化", ["防災危機管理課"], 5,
         "令和６年11月にデジタル方式への移行を完了し、戸別受信機を約2,300台配布した。"),
        ("ごみの減量化と最終処分場の延命化", ["環境課"], 1,
         "１人１日当たりのごみ排出量は1,086ｇで目標（950ｇ）を上回る。分別ルールの見直しに着手できていない。"),
        ("行政手続のオンライン化とキャッシュレス決済の導入", ["市民課", "情報政策課"], 4,
         "オンライン申請の対象を94手続に拡大（前年度51手続）。市役所窓口でキャッシュレス決済を始めた。"),
        ("市長と語る「ゆんたく会」の全公民館地区での開催", ["秘書広報課"], 5,
         "全22公民館地区で開催し、延べ約900人が参加。出された意見は「ゆんたく会だより」で公表した。"),
    ]),
]
R5_AVG = ["3.6", "2.8", "3.2", "3.2"]   # previous year, chart only (distractor)
R5_ALL = "3.2"
LEGEND = [(5, "完了", "公約の内容を実現した"), (4, "順調", "予定どおり進んでいる"),
          (3, "おおむね順調", "一部に課題がある"), (2, "遅れ", "予定より遅れている"),
          (1, "未着手", "まだ着手できていない")]


def q1(x):
    return Decimal(x).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)


def stars(n):
    return "★" * n + "☆" * (5 - n)


all_stars = [it[2] for p in PILLARS for it in p[2]]
overall = q1(Decimal(sum(all_stars)) / len(all_stars))
pillar_avg = [q1(Decimal(sum(it[2] for it in p[2])) / len(p[2])) for p in PILLARS]
counts = {k: all_stars.count(k) for k in (5, 4, 3, 2, 1)}
NITEMS = len(all_stars)

# ------------------------------------------------------------------ document set-up
scribus.newDocument((210, 297), (12, 12, 12, 12), scribus.PORTRAIT, 1, scribus.UNIT_MILLIMETERS,
                    scribus.NOFACINGPAGES, scribus.FIRSTPAGERIGHT, 2)
scribus.setUnit(scribus.UNIT_MILLIMETERS)
scribus.defineColorRGB("Umi", 0, 118, 133)
scribus.defineColorRGB("UmiLight", 226, 242, 244)
scribus.defineColorRGB("UmiMid", 120, 190, 200)
scribus.defineColorRGB("Sango", 226, 98, 52)
scribus.defineColorRGB("Taiyo", 249, 204, 62)
scribus.defineColorRGB("Sumi", 35, 35, 35)
scribus.defineColorRGB("Gray15", 222, 222, 222)
scribus.defineColorRGB("Gray50", 140, 140, 140)
scribus.defineColorRGB("Paper", 255, 255, 255)

CS = {}


def cstyle(name, font, size, color="Sumi"):
    scribus.createCharStyle(name=name, font=font, fontsize=size, fillcolor=color)
    CS[name] = (font, size)


def pstyle(name, cs, leading=None, align=0, first=0.0, before=0.0, after=0.0):
    kw = dict(name=name, charstyle=cs, alignment=align, firstindent=first, gapbefore=before, gapafter=after)
    if leading:
        kw.update(linespacingmode=0, linespacing=leading)
    else:
        kw.update(linespacingmode=1)
    scribus.createParagraphStyle(**kw)


cstyle("c_folio", G, 7.5)
cstyle("c_tag", G, 10.5)
cstyle("c_title", G, 21, "Paper")
cstyle("c_sub", G, 10, "Paper")
cstyle("c_body", M, 8.6)
cstyle("c_bodyh", G, 9, "Umi")
cstyle("c_box_h", G, 10.5, "Umi")
cstyle("c_big", G, 40, "Sango")
cstyle("c_big_u", G, 13, "Sango")
cstyle("c_small", G, 7.6)
cstyle("c_leg", G, 8)
cstyle("c_legstar", G, 8, "Sango")
cstyle("c_cell", G, 7.6)
cstyle("c_cellh", G, 7.6, "Paper")
cstyle("c_band", G, 9.5, "Paper")
cstyle("c_bandavg", G, 9.5, "Paper")
cstyle("c_star", G, 8.6, "Sango")
cstyle("c_chart", G, 7.2)
cstyle("c_msg", M, 8.4)

pstyle("p_folio", "c_folio")
pstyle("p_folio_r", "c_folio", align=2)
pstyle("p_tag", "c_tag", align=1)
pstyle("p_title", "c_title")
pstyle("p_sub", "c_sub")
pstyle("p_body", "c_body", leading=13.8, align=3, first=3.03)
pstyle("p_bodyh", "c_bodyh", leading=13.8, before=1.0)
pstyle("p_box_h", "c_box_h", align=1)
pstyle("p_boxc", "c_small", leading=11, align=1)
pstyle("p_big", "c_big", align=1)
pstyle("p_leg", "c_leg", leading=12.4)
pstyle("p_small", "c_small", leading=10.5)
pstyle("p_cell", "c_cell", leading=10.2)
pstyle("p_cellc", "c_cell", leading=10.2, align=1)
pstyle("p_cellh", "c_cellh", leading=10.2, align=1)
pstyle("p_band", "c_band", leading=12)
pstyle("p_bandavg", "c_bandavg", leading=12, align=2)
pstyle("p_star", "c_star", leading=10.5, align=1)
pstyle("p_chart", "c_chart", leading=9)
pstyle("p_chart_r", "c_chart", leading=9, align=2)
pstyle("p_msg", "c_msg", leading=13.6, align=3, first=2.96)
cstyle_done = True
scribus.createCharStyle(name="c_big2", font=G, fontsize=10, fillcolor="Sango")
pstyle("p_big2", "c_big2", leading=16, align=1)


def frame(x, y, w, h, paras, name=None, pad=(0, 0, 0, 0), valign=None, columns=None):
    """paras: list of (paragraph style, [(text, char style or None), ...])"""
    f = scribus.createText(x, y, w, h, name) if name else scribus.createText(x, y, w, h)
    scribus.setTextDistances(pad[0], pad[1], pad[2], pad[3], f)
    if columns:
        scribus.setColumns(columns[0], f)
        scribus.setColumnGap(columns[1], f)
    text = "\n".join("".join(t for t, _ in runs) for _, runs in paras)
    scribus.setText(text, f)
    pos = 0
    for ps, runs in paras:
        plen = sum(len(t) for t, _ in runs)
        scribus.selectText(pos, max(plen, 1) if pos + max(plen, 1) <= len(text) else plen, f)
        scribus.setParagraphStyle(ps, f)
        p2 = pos
        for t, cs in runs:
            if cs:
                scribus.selectText(p2, len(t), f)
                scribus.setCharacterStyle(cs, f)
            p2 += len(t)
        pos += plen + 1
    scribus.selectText(0, 0, f)
    if valign is not None:
        scribus.setTextVerticalAlignment(valign, f)
    return f


def rect(x, y, w, h, fill, line=None, lw=0.0, radius=0, name=None):
    r = scribus.createRect(x, y, w, h, name) if name else scribus.createRect(x, y, w, h)
    scribus.setFillColor(fill, r)
    if line:
        scribus.setLineColor(line, r)
        scribus.setLineWidth(lw, r)
    else:
        scribus.setLineColor("None", r)
    if radius:
        scribus.setCornerRadius(radius, r)
    return r


def line(x1, y1, x2, y2, color="Gray50", w=0.5):
    ln = scribus.createLine(x1, y1, x2, y2)
    scribus.setLineColor(color, ln)
    scribus.setLineWidth(w, ln)
    return ln


# ------------------------------------------------------------------ text width estimate (for row heights)
def em_len(s):
    n = 0.0
    for ch in s:
        if ch == "⏎":
            continue
        n += 0.56 if ord(ch) < 0x2000 else 1.0
    return n


def n_lines(text, width_mm, size_pt):
    per_line = width_mm / (size_pt * 0.3528)
    total = 0
    for part in text.split("⏎"):
        total += max(1, math.ceil(em_len(part) / per_line * 1.04))
    return total


# ------------------------------------------------------------------ tables
COLW = [8.0, 46.0, 81.0, 21.0, 30.0]        # No. | 公約項目 | 主な取組 | 進み具合 | 担当課 (sum 186)
PADL, PADR, PADT, PADB = 1.2, 1.2, 0.7, 0.7       # mm
PT = 0.3528


def pillar_table(pi, x, y, first_no):
    name, short, items = PILLARS[pi]
    rows = 2 + len(items)
    heights = [7.4, 5.6]
    for (title, deps, st, text) in items:
        lines = max(n_lines(title, COLW[1] - PADL - PADR, 7.6),
                    n_lines(text, COLW[2] - PADL - PADR, 7.6),
                    len(deps), 1)
        heights.append(lines * 10.2 * PT + PADT + PADB + 0.9)
    t = scribus.createTable(x, y, sum(COLW), sum(heights), rows, 5, "T%d" % (pi + 1))
    for c, w in enumerate(COLW):
        scribus.resizeTableColumn(c, w, t)
    for r, h in enumerate(heights):
        scribus.resizeTableRow(r, h, t)
    # band row: pillar name over four columns, the average in the fifth
    scribus.mergeTableCells(0, 0, 1, 4, t)
    scribus.setCellText(0, 0, "@p_band@柱%s　%s" % (str(pi + 1).translate(FWD), name), t)
    scribus.setCellText(0, 4, "@p_bandavg@平均 %s点" % pillar_avg[pi], t)
    head = ["No.", "公約項目", "令和６年度の主な取組", "進み具合", "担当課"]
    for c, h in enumerate(head):
        scribus.setCellText(1, c, "@p_cellh@" + h, t)
    no = first_no
    for k, (title, deps, st, text) in enumerate(items):
        r = 2 + k
        scribus.setCellText(r, 0, "@p_cellc@%d" % no, t)
        scribus.setCellText(r, 1, "@p_cell@" + title, t)
        scribus.setCellText(r, 2, "@p_cell@" + text, t)
        scribus.setCellText(r, 3, "@p_star@" + stars(st), t)
        scribus.setCellText(r, 4, "@p_cell@" + "⏎".join(deps), t)
        no += 1
    # fills and rules
    for c in range(5):
        scribus.setCellFillColor(0, c, "Umi", t)
        scribus.setCellFillColor(1, c, "UmiMid", t)
    thin = [(0.4, scribus.LINE_SOLID, "Gray50")]
    for r in range(rows):
        for c in range(5):
            for fn in (scribus.setCellTopBorder, scribus.setCellBottomBorder):
                fn(r, c, thin, t)
            scribus.setCellLeftBorder(r, c, [] if r == 0 else thin, t)
            scribus.setCellRightBorder(r, c, [] if r == 0 else thin, t)
            scribus.setCellLeftPadding(r, c, PADL / PT, t)      # the API takes points
            scribus.setCellRightPadding(r, c, PADR / PT, t)
            scribus.setCellTopPadding(r, c, PADT / PT, t)
            scribus.setCellBottomPadding(r, c, PADB / PT, t)
        if r >= 2 and (r - 2) % 2 == 1:
            for c in range(5):
                scribus.setCellFillColor(r, c, "UmiLight", t)
    scribus.setTableTopBorder([(0.8, scribus.LINE_SOLID, "Umi")], t)
    scribus.setTableBottomBorder([(0.8, scribus.LINE_SOLID, "Umi")], t)
    scribus.setTableLeftBorder([(0.4, scribus.LINE_SOLID, "Gray50")], t)
    scribus.setTableRightBorder([(0.4, scribus.LINE_SOLID, "Gray50")], t)
    return t, y + sum(heights), no


# ================================================================== PAGE 1 (広報 p.4)
scribus.gotoPage(1)
frame(12, 6, 120, 5, [("p_folio", [("４　｜　広報いしがき　2025（令和７）年７月号", None)])])
line(12, 11.3, 198, 11.3, "Umi", 0.6)
rect(0, 13, 210, 44, "Umi", name="band1")
e = scribus.createEllipse(160, -6, 62, 62)
scribus.setFillColor("UmiMid", e)
scribus.setLineColor("None", e)
e2 = scribus.createEllipse(146, 36, 22, 22)
scribus.setFillColor("Taiyo", e2)
scribus.setLineColor("None", e2)
rect(12, 18, 17, 7, "Taiyo", radius=8)
frame(12, 18.6, 17, 6, [("p_tag", [("特集", None)])])
frame(12, 27, 185, 12, [("p_title", [("市長公約の進み具合をお知らせします", None)])])
frame(12, 42, 185, 12, [("p_sub", [("令和６年度末（令和７年３月31日現在）の取組状況", None)]),
                        ("p_sub", [("４つの島づくり・21の約束は、いま", None)])])

BODY = [
    ("p_body", [("市では、市長が掲げた「４つの島づくり」と21の公約項目について、毎年度、取組の進み具合を点検し、市民の皆さんにお知らせしています。今回は、令和６年度末（令和７年３月31日）時点の状況をまとめました。", None)]),
    ("p_bodyh", [("■評価のしかた", None)]),
    ("p_body", [("各項目を担当する課が、取組の進み具合を★の数（５段階）で自己評価し、市長公約推進本部会議（令和７年５月20日）で確認しました。★の数がそのまま点数（★５つ＝５点）になります。", None)]),
    ("p_body", [("柱ごとの「平均」は、その柱に含まれる項目の点数の平均です。「全体の平均」は21項目すべての点数の平均で、４つの柱の平均をさらに平均したものではありません（いずれも小数点以下第２位を四捨五入）。", None)]),
    ("p_body", [("なお、各項目は「石垣市総合計画後期基本計画」（令和４年度～令和８年度）の施策とも連動させて進めています。", None)]),
]
L1 = frame(12, 62, 58, 53.5, BODY, name="lead1")
L2 = scribus.createText(76, 62, 58, 53.5, "lead2")
scribus.linkTextFrames("lead1", "lead2")

# callout: overall
rect(140, 62, 58, 52, "UmiLight", "Umi", 1.0, radius=8)
frame(142, 64, 54, 7, [("p_box_h", [("全体の平均", None)])])
frame(142, 70, 54, 18, [("p_big", [(str(overall), None), ("点", "c_big_u")])], valign=scribus.ALIGNV_CENTERED)
frame(142, 88, 54, 9, [("p_boxc", [("５点満点", None)]), ("p_boxc", [("（%d項目の平均）" % NITEMS, None)])])
rect(146, 98.5, 46, 12.5, "Paper", "Sango", 0.6, radius=5)
frame(147, 99.6, 44, 11, [("p_boxc", [("前年度（令和５年度末）は%s点" % R5_ALL, None)]),
                           ("p_boxc", [("0.4ポイント上がりました", None)])])

# legend box (two columns of the grid)
rect(12, 119, 122, 29, "Paper", "Umi", 0.6, radius=3)
frame(15, 120, 116, 6, [("p_bodyh", [("★の見方", None)])])
leg = []
for n, lab, desc in LEGEND:
    leg.append(("p_leg", [(stars(n), "c_legstar"), ("　%s点　%s：%s" % (str(n).translate(FWD), lab, desc), None)]))
frame(18, 125.5, 112, 22, leg)

# breakdown box
rect(140, 119, 58, 29, "Paper", "Umi", 0.6, radius=3)
frame(143, 120, 52, 6, [("p_bodyh", [("評価の内訳（全%d項目）" % NITEMS, None)])])
bd = []
for n in (5, 4, 3, 2, 1):
    bd.append(("p_leg", [(stars(n), "c_legstar"), ("（%s点）　%d項目" % (str(n).translate(FWD), counts[n]), None)]))
frame(146, 125.5, 50, 22, bd)

y = 153
t1, y, nxt = pillar_table(0, 12, y, 1)
t2, y, nxt = pillar_table(1, 12, y + 5, nxt)
frame(120, 287, 78, 5, [("p_folio_r", [("→ 次のページに続きます", None)])])

# ================================================================== PAGE 2 (広報 p.5)
scribus.gotoPage(2)
frame(78, 6, 120, 5, [("p_folio_r", [("広報いしがき　2025（令和７）年７月号　｜　５", None)])])
line(12, 11.3, 198, 11.3, "Umi", 0.6)
t3, y, nxt = pillar_table(2, 12, 15, nxt)
t4, y, nxt = pillar_table(3, 12, y + 5, nxt)
ybot = y + 7

# bar chart box (column 1)
ch_h = 285 - 18 - ybot
rect(12, ybot, 58, ch_h, "Paper", "Umi", 0.6, radius=3)
frame(15, ybot + 2, 52, 6, [("p_bodyh", [("柱ごとの平均（点）", None)])])
cy = ybot + 10
for i, (name, short, items) in enumerate(PILLARS):
    frame(15, cy, 52, 4.5, [("p_chart", [("柱%s　%s" % (str(i + 1).translate(FWD), short), None)])])
    w6 = float(pillar_avg[i]) / 5 * 38
    w5 = float(R5_AVG[i]) / 5 * 38
    rect(15, cy + 4.8, w6, 3.2, "Umi")
    frame(15 + w6 + 1, cy + 4.4, 12, 4, [("p_chart", [(str(pillar_avg[i]), None)])])
    rect(15, cy + 8.4, w5, 2.4, "Gray15")
    frame(15 + w5 + 1, cy + 7.7, 12, 4, [("p_chart", [(R5_AVG[i], None)])])
    cy += 14
rect(15, cy + 1.2, 3, 2.4, "Umi")
frame(19, cy + 0.5, 20, 4, [("p_chart", [("令和６年度末", None)])])
rect(40, cy + 1.2, 3, 2.4, "Gray15")
frame(44, cy + 0.5, 22, 4, [("p_chart", [("令和５年度末", None)])])

# message from the mayor (two linked frames over columns 2 and 3)
msg_h = 52
rect(76, ybot, 122, msg_h, "UmiLight", None, 0, radius=3)
frame(79, ybot + 2, 116, 6, [("p_bodyh", [("市長から市民の皆さんへ", None)])])
MSG = [
    ("p_msg", [("令和６年度は、こども医療費の18歳までの無料化や防災行政無線のデジタル化など、皆さんとお約束した項目のいくつかを形にすることができました。一方で、ごみの減量化や中心市街地の活性化のように、思うように進んでいない項目もあります。", None)]),
    ("p_msg", [("遅れている項目は、原因を洗い出して取組を見直し、令和７年度中に具体的な改善策をお示しします。次回の報告は、令和８年７月号でお届けする予定です。", None)]),
    ("p_msg", [("これからも「ゆんたく会」などを通じて皆さんの声をお聴きしながら、一つ一つの約束を着実に進めてまいります。", None)]),
    ("p_chart_r", [("石垣市長", None)]),
]
frame(79, ybot + 9, 56, msg_h - 11, MSG, name="msg1")
scribus.createText(139, ybot + 9, 56, msg_h - 11, "msg2")
scribus.linkTextFrames("msg1", "msg2")

# topics: three small callouts (figures repeated from the tables: not facts)
ty = ybot + msg_h + 4
th = ybot + ch_h - ty
rect(76, ty, 122, th, "Paper", "Sango", 0.8, radius=3)
frame(79, ty + 2, 116, 6, [("p_bodyh", [("令和６年度のトピックス", None)])])
TOPICS = [("防災行政無線", "デジタル化完了", "戸別受信機を約2,300台配布"),
          ("ふるさと納税", "約18億4,000万円", "前年度から約３億2,000万円の増"),
          ("ゆんたく会", "全22地区で開催", "延べ約900人が参加")]
for k, (h1, big, sub) in enumerate(TOPICS):
    bx = 79 + k * 39
    rect(bx, ty + 9, 37, th - 12, "UmiLight", None, 0, radius=4)
    frame(bx + 1, ty + 11, 35, th - 16, [("p_boxc", [(h1, None)]), ("p_big2", [(big, None)]), ("p_boxc", [(sub, None)])],
          valign=scribus.ALIGNV_CENTERED)

# contact strip
rect(12, 270, 186, 14, "Paper", "Umi", 0.6)
frame(15, 272, 180, 11, [("p_small", [("問い合わせ　企画部 企画政策課（市役所２階）　☎0980-82-9911（代表）", None)]),
                         ("p_small", [("この特集の詳しい内容（各項目の取組状況）は、市ホームページの「市長公約の進捗状況」でご覧いただけます。", None)])])

# ------------------------------------------------------------------ save, patch table cell styles, reopen, export
scribus.saveDocAs(SLA)
scribus.closeDoc()
s = open(SLA, encoding="utf-8").read()
s = re.sub(r'<DefaultStyle/>(\s*)<ITEXT CH="@(\w+)@', r'<DefaultStyle PARENT="\2"/>\1<ITEXT CH="', s)
s = s.replace("⏎", '"/>\n<breakline/>\n<ITEXT CH="')
s = re.sub(r'(<Cell [^>]*?)TextVertAlign="0"', r'\1TextVertAlign="1"', s)


def _dist(m):
    # Scribus 1.5.8 lays cell text out over the full cell width and only shifts it by the left padding,
    # so left-aligned and right-aligned cells also get a right text distance (2 x padding, in points)
    block = m.group(0)
    if re.search(r'DefaultStyle PARENT="(p_cell|p_band|p_bandavg)"', block):
        block = block.replace('TextDistRight="0"', 'TextDistRight="%.2f"' % (2 * PADR / PT), 1)
    return block


s = re.sub(r'<Cell .*?</Cell>', _dist, s, flags=re.S)
open(SLA, "w", encoding="utf-8").write(s)
scribus.openDoc(SLA)
pdf = scribus.PDFfile()
pdf.file = PDF
pdf.fonts = [G, M]
pdf.subsetList = [G, M]
pdf.version = 14
pdf.info = "広報いしがき 2025年7月号 特集 市長公約の進み具合"
pdf.save()
scribus.closeDoc()

# ------------------------------------------------------------------ facts
Y = 2024
facts = [{"type": "municipality", "value": "472077"},
         {"type": "fiscal-year", "value": "2024"},
         {"type": "overall", "value": str(overall), "unit": "点", "year": Y},
         {"type": "rule", "value": "mean"}]
for n in (5, 4, 3, 2, 1):
    facts.append({"type": "mark-count", "subject": str(n), "value": str(counts[n]), "year": Y})
for i, (name, short, items) in enumerate(PILLARS):
    facts.append({"type": "policy", "subject": name})
    facts.append({"type": "policy-score", "subject": name, "value": str(pillar_avg[i]), "unit": "点", "year": Y})
    for (title, deps, st, text) in items:
        facts.append({"type": "item", "subject": title})
        facts.append({"type": "item-evaluation", "subject": title, "value": str(st), "year": Y})
        for d in deps:
            facts.append({"type": "item-department", "subject": title, "value": d})
with open(FACTS, "w", encoding="utf-8") as f:
    json.dump(facts, f, ensure_ascii=False, indent=1)
print("overall", overall, "pillars", [str(a) for a in pillar_avg], "counts", counts, "facts", len(facts))
