# -*- coding: utf-8 -*-
"""Document 02 (batch 75, action-plan): a two-page feature of the city newsletter
「広報たかしま」2025年10月号 laid out in Scribus by this script.
Run:  xvfb-run -a scribus -g -ns -py /tmp/b75-action-plan/make02.py
Writes b75-02-takashima-scribuskoho.sla and .pdf (exported with scribus.PDFfile())."""
import sys, os
import scribus

# --- DATA BEGIN (facts02.py executes this block) ---
# Data of document 02: 広報たかしま 2025年10月号 特集「数字で見る 高島市のまちづくり」
# (第２次高島市総合計画 後期基本計画 令和６年度の成果指標), laid out with Scribus.
# KPI: (name, unit, base_cell, base_value, base_year, r6_cell, target_cell, target_value, target_year, mark)
# *_cell = what is printed in the table cell; *_value/_year = what a reader stores.

CODE = "252123"
MARKS = ["目標達成", "順調", "もう少し", "遅れ", "集計中"]
R5_REF = {"目標達成": 3, "順調": 6, "もう少し": 7, "遅れ": 3, "集計中": 1}

def K(name, unit, bcell, bval, byear, r6, tcell, tval, tyear, mark):
    return dict(name=name, unit=unit, bcell=bcell, bval=bval, byear=byear, r6=r6,
                tcell=tcell, tval=tval, tyear=tyear, mark=mark)

GOALS = [
 ("目標１", "豊かな自然と暮らしが調和する環境のまち", [
   ("びわ湖と森林の保全", ["環境政策課", "森林水産課"], [
     K("森林整備面積（年間）", "ha", "412ha", "412", 2020, "398ha", "450ha", "450", 2026, "遅れ"),
     K("ヨシ群落の保全活動への参加者数（年間）", "人", "860人", "860", 2020, "1,024人", "1,000人", "1000", 2026, "目標達成")]),
   ("循環型社会の推進", ["環境政策課"], [
     K("市民１人１日当たりのごみ排出量", "ｇ", "912ｇ", "912", 2020, "871ｇ", "850ｇ", "850", 2026, "順調"),
     K("住宅用太陽光発電設備の設置補助件数（累計）", "件", "186件", "186", 2020, "334件", "400件", "400", 2026, "順調")]),
 ]),
 ("目標２", "地域の資源を生かし、にぎわいと活力を生むまち", [
   ("観光の振興", ["観光振興課"], [
     K("観光入込客数（年間）", "万人", "412.5万人※1", "412.5", 2019, "438.7万人", "460.0万人", "460.0", 2026, "もう少し"),
     K("観光情報サイト「たかしま旅ナビ」の閲覧数（年間）", "万件", "52.4万件", "52.4", 2020, "88.3万件", "80.0万件", "80.0", 2026, "目標達成")]),
   ("農林水産業の振興", ["農業振興課", "森林水産課"], [
     K("新規就農者数（年間）", "人", "6人", "6", 2020, "9人", "10人", "10", 2026, "順調"),
     K("高島ブランド認証品目数（累計）", "品目", "48品目", "48", 2020, "61品目", "70品目", "70", 2026, "もう少し")]),
   ("商工業の振興と雇用の創出", ["商工振興課"], [
     K("市の支援による創業件数（年間）", "件", "14件", "14", 2020, "21件", "20件", "20", 2026, "目標達成"),
     K("企業立地件数（Ｒ４からの累計）", "件", "－※4", None, None, "5件", "8件", "8", 2026, "順調")]),
 ]),
 ("目標３", "子どもが健やかに育ち、学びが広がるまち", [
   ("子育て支援の充実", ["子育て支援課", "子ども家庭相談課"], [
     K("保育所等待機児童数（４月１日現在）※3", "人", "12人", "12", 2020, "3人", "0人", "0", 2026, "順調"),
     K("「子育てしやすいまち」と感じる保護者の割合", "％", "61.8％", "61.8", 2020, "66.2％", "75.0％", "75.0", 2026, "もう少し")]),
   ("学校教育の充実", ["学校教育課"], [
     K("「授業がよくわかる」と答えた児童生徒の割合", "％", "82.4％", "82.4", 2020, "80.9％", "88.0％", "88.0", 2026, "遅れ"),
     K("ＩＣＴを活用した授業に週３回以上取り組む学級の割合", "％", "45.0％（Ｒ３）", "45.0", 2021, "92.6％", "90.0％", "90.0", 2026, "目標達成")]),
 ]),
 ("目標４", "誰もが健康で、支え合いながら暮らせるまち", [
   ("健康づくりの推進", ["健康推進課", "保険年金課"], [
     K("特定健康診査受診率", "％", "44.6％", "44.6", 2020, "集計中", "60.0％（Ｒ７）※2", "60.0", 2025, "集計中"),
     K("がん検診受診率（胃・大腸・肺の平均）", "％", "13.2％", "13.2", 2020, "14.1％", "20.0％", "20.0", 2026, "もう少し")]),
   ("地域で支え合う福祉の推進", ["社会福祉課", "長寿介護課"], [
     K("認知症サポーター養成数（累計）", "人", "5,420人", "5420", 2020, "6,985人", "7,500人", "7500", 2026, "順調")]),
 ]),
 ("目標５", "安全・安心で、住み続けられるまち", [
   ("防災・減災の推進", ["防災危機管理課"], [
     K("自主防災組織の結成率", "％", "88.2％", "88.2", 2020, "93.5％", "95.0％", "95.0", 2026, "順調"),
     K("個別避難計画の作成件数（累計）", "件", "0件", "0", 2020, "412件", "1,200件", "1200", 2026, "もう少し")]),
   ("公共交通の確保", ["都市政策課"], [
     K("コミュニティバス・デマンドタクシーの年間利用者数", "人", "118,600人", "118600", 2020, "104,250人", "125,000人", "125000", 2026, "遅れ")]),
 ]),
]

def subject(k):
    """The indicator as a reader names it: the printed name without the note mark."""
    return k["name"].replace("※3", "")

def counts():
    c = {m: 0 for m in MARKS}
    for _, _, inits in GOALS:
        for _, _, kpis in inits:
            for k in kpis:
                c[k["mark"]] += 1
    return c
# --- DATA END ---

OUTDIR = "/work/b75/action-plan"
BASE = "b75-02-takashima-scribuskoho"
G = "IPAexGothic Regular"
M = "IPAexMincho Regular"

scribus.newDocument(scribus.PAPER_A4_MM, (15, 15, 15, 15), scribus.PORTRAIT, 1,
                    scribus.UNIT_MILLIMETERS, scribus.NOFACINGPAGES, 0, 2)
scribus.setInfo("高島市 政策部 総合戦略課", "広報たかしま 2025年10月号 特集 数字で見る 高島市のまちづくり", "")

# ---- colours ----
scribus.defineColorRGB("Lake", 0, 98, 150)
scribus.defineColorRGB("LakePale", 222, 238, 246)
scribus.defineColorRGB("Leaf", 86, 150, 60)
scribus.defineColorRGB("Sand", 250, 244, 226)
scribus.defineColorRGB("Grey15", 217, 217, 217)
scribus.defineColorRGB("MkGood", 205, 232, 190)
scribus.defineColorRGB("MkOk", 226, 240, 214)
scribus.defineColorRGB("MkSoso", 253, 240, 200)
scribus.defineColorRGB("MkLate", 246, 212, 205)
scribus.defineColorRGB("MkNone", 235, 235, 235)
MKCOL = {"目標達成": "MkGood", "順調": "MkOk", "もう少し": "MkSoso", "遅れ": "MkLate", "集計中": "MkNone"}

# ---- styles (the table tool uses the default paragraph style) ----
scribus.createCharStyle(name="tbl", font=G, fontsize=7.4)
scribus.createParagraphStyle(name="Default Paragraph Style", charstyle="tbl", linespacingmode=0, linespacing=9.6)
scribus.createCharStyle(name="body", font=M, fontsize=8.8)
scribus.createCharStyle(name="head", font=G, fontsize=10.5, fillcolor="Lake")
scribus.createCharStyle(name="lead", font=G, fontsize=9.8)
scribus.createCharStyle(name="small", font=G, fontsize=7.2)
scribus.createCharStyle(name="smallm", font=M, fontsize=7.4)
scribus.createCharStyle(name="white_big", font=G, fontsize=25, fillcolor="White")
scribus.createCharStyle(name="white_mid", font=G, fontsize=11.5, fillcolor="White")
scribus.createCharStyle(name="white_small", font=G, fontsize=9, fillcolor="White")
scribus.createCharStyle(name="tile_lab", font=G, fontsize=9)
scribus.createCharStyle(name="tile_num", font=G, fontsize=22, fillcolor="Lake")
scribus.createCharStyle(name="boxhead", font=G, fontsize=10.5, fillcolor="White")
scribus.createParagraphStyle(name="P", charstyle="body", linespacingmode=0, linespacing=14.2, firstindent=3.1, alignment=3)
scribus.createParagraphStyle(name="H", charstyle="head", linespacingmode=0, linespacing=15, gapbefore=3.0, gapafter=0.8)
scribus.createParagraphStyle(name="LEAD", charstyle="lead", linespacingmode=0, linespacing=15.5, alignment=3)
scribus.createParagraphStyle(name="SM", charstyle="small", linespacingmode=0, linespacing=10.2)
scribus.createParagraphStyle(name="SMM", charstyle="smallm", linespacingmode=0, linespacing=10.6)
scribus.createParagraphStyle(name="NOTE", charstyle="smallm", linespacingmode=0, linespacing=10.4, leftmargin=4.2, firstindent=-4.2)
scribus.createParagraphStyle(name="WB", charstyle="white_big", linespacingmode=0, linespacing=30)
scribus.createParagraphStyle(name="WM", charstyle="white_mid", linespacingmode=0, linespacing=15)
scribus.createParagraphStyle(name="WS", charstyle="white_small", linespacingmode=0, linespacing=11, alignment=1)
scribus.createParagraphStyle(name="TL", charstyle="tile_lab", alignment=1, linespacingmode=0, linespacing=11)
scribus.createParagraphStyle(name="TN", charstyle="tile_num", alignment=1, linespacingmode=0, linespacing=26)
scribus.createParagraphStyle(name="BH", charstyle="boxhead", linespacingmode=0, linespacing=13)


def text(x, y, w, h, s, style, name=None, pad=0.0):
    t = scribus.createText(x, y, w, h, name) if name else scribus.createText(x, y, w, h)
    scribus.setText(s, t)
    scribus.setParagraphStyle(style, t)
    if pad:
        scribus.setTextDistances(pad, pad, pad, pad, t)
    return t


def style_ranges(frame, s, rules):
    """rules: list of (predicate(paragraph) -> style)."""
    pos = 0
    for para in s.split("\n"):
        for pred, st in rules:
            if pred(para):
                scribus.selectText(pos, len(para), frame)
                scribus.setParagraphStyle(st, frame)
                break
        pos += len(para) + 1
    scribus.deselectAll()


def rect(x, y, w, h, fill, line="None", radius=0):
    r = scribus.createRect(x, y, w, h)
    scribus.setFillColor(fill, r)
    scribus.setLineColor(line, r)
    if line == "None":
        scribus.setLineWidth(0, r)
    if radius:
        scribus.setCornerRadius(int(round(radius)), r)
    return r


c = counts()
total = sum(c.values())

# =========================== PAGE 1 (p.4) ===========================
scribus.gotoPage(1)
rect(0, 0, 210, 50, "Lake")
rect(0, 50, 210, 1.6, "Leaf")
tag = rect(15, 9, 16, 7, "Leaf", radius=1.5)
text(15, 9.6, 16, 7, "特　集", "WS")
text(15, 17.5, 180, 13, "数字で見る　高島市のまちづくり", "WB")
text(15, 32, 180, 14, "第２次高島市総合計画 後期基本計画\n令和６年度の成果指標の状況をお知らせします", "WM")

lead = ("市では、令和４年３月に策定した「第２次高島市総合計画 後期基本計画」に基づき、"
        "「水と緑 ひと・まち・くらし 輝く高島」の実現に向けたまちづくりを進めています。"
        "計画に掲げた20の成果指標について、令和６年度の実績がまとまりましたので、その結果をお知らせします。")
text(15, 56, 180, 17, lead, "LEAD")

body = "\n".join([
    "■後期基本計画ってなに？",
    "総合計画は、市のまちづくりの最も基本となる計画です。平成29年度にスタートした第２次高島市総合計画では、"
    "基本構想（平成29年度～令和８年度）のもと、前期基本計画（平成29年度～令和３年度）に続いて、"
    "令和４年度から令和８年度までの５年間を計画期間とする後期基本計画を定めています。",
    "後期基本計画では、５つの「まちづくりの目標」ごとに施策を掲げ、その進み具合を測るものさしとして成果指標を設定しています。",
    "■どうやって評価しているの？",
    "成果指標ごとに、計画策定時（主に令和２年度）の値から目標値（令和８年度）までのうち、どこまで進んだかを「達成率」で表し、"
    "下の「評価の区分」の５段階で評価しています。計画期間の３年目に当たる令和６年度は、達成率60％が一つの目安です。",
    "■令和６年度の結果は",
    f"20指標のうち「目標達成」が{c['目標達成']}指標、「順調」が{c['順調']}指標となり、"
    f"全体の半分を超える{c['目標達成'] + c['順調']}指標が順調以上となりました。"
    "一方、コミュニティバス・デマンドタクシーの利用者数など3指標は、策定時の値を下回っています。",
    "市民意識調査（令和６年11月実施、回答者1,184人）では、「高島市に住み続けたい」と答えた人の割合が72.4％となり、"
    "前回調査（令和４年度）から1.8ポイント上がりました。",
    "■目標ごとのトピック",
    "目標２では、観光情報サイト「たかしま旅ナビ」の閲覧数が88.3万件となり、計画最終年度を待たずに目標値を上回りました。"
    "目標３では、ＩＣＴを活用した授業が全ての市立小中学校に広がった一方、「授業がよくわかる」と答えた児童生徒の割合は80.9％で、策定時を下回りました。",
    "目標５では、災害時の避難に支援が必要な人の個別避難計画づくりを進め、令和６年度末までに412件を作成しました。",
    "■これからの取り組み",
    "後期基本計画は残り２年となりました。令和７年度中に、次期総合計画（令和９年度から）の策定に向けた市民アンケートやワークショップを行います。"
    "皆さんのご参加をお待ちしています。",
])
colw, gap, y0, h0 = 56.0, 6.0, 77.0, 104.0
cols = []
for i in range(3):
    t = scribus.createText(15 + i * (colw + gap), y0, colw, h0, "body%d" % (i + 1))
    cols.append(t)
scribus.setText(body, cols[0])
scribus.linkTextFrames(cols[0], cols[1])
scribus.linkTextFrames(cols[1], cols[2])
scribus.setParagraphStyle("P", cols[0])
style_ranges(cols[0], body, [(lambda p: p.startswith("■"), "H")])
# column rules
for i in (1, 2):
    x = 15 + i * (colw + gap) - gap / 2
    ln = scribus.createLine(x, y0 + 1, x, y0 + h0 - 2)
    scribus.setLineColor("Grey15", ln)
    scribus.setLineWidth(0.5, ln)

# ---- callout: result summary ----
by = 190.0
rect(15, by, 180, 78, "Sand", line="Lake", radius=3)
rect(15, by, 180, 8.5, "Lake", radius=0)
text(19, by + 1.6, 172, 7, "令和６年度の評価結果（全%d指標）" % total, "BH")
tw, tg = 31.0, 4.5
x0 = 15 + (180 - (5 * tw + 4 * tg)) / 2
for i, m in enumerate(MARKS):
    x = x0 + i * (tw + tg)
    rect(x, by + 12, tw, 26, {"目標達成": "MkGood", "順調": "MkOk", "もう少し": "MkSoso", "遅れ": "MkLate", "集計中": "MkNone"}[m], line="Lake", radius=2)
    text(x, by + 14, tw, 6, m, "TL")
    text(x, by + 20.5, tw, 11, "%d" % c[m], "TN")
    text(x, by + 31.5, tw, 5, "指標", "TL")
legend = "\n".join([
    "【評価の区分】",
    "目標達成…令和６年度の実績値が目標値に到達している",
    "順調…達成率が60％以上",
    "もう少し…策定時より改善しているが、達成率が60％未満",
    "遅れ…策定時の値を下回っている",
    "集計中…令和６年度の実績値がまだ確定していない",
])
lg = text(21, by + 41, 100, 34, legend, "SM")
ref = ("（参考）令和５年度の評価結果\n"
       + "　".join("%s %d" % (m, R5_REF[m]) for m in MARKS)
       + "\n\n達成率＝（Ｒ６実績値－策定時の値）÷（目標値－策定時の値）×100")
text(123, by + 41, 68, 34, ref, "SMM")

# footer p.4
text(15, 284, 60, 5, "４　広報たかしま　2025（令和７）年10月号", "SM")

# =========================== PAGE 2 (p.5) ===========================
scribus.gotoPage(2)
rect(15, 12, 180, 9, "Lake")
text(18, 13.6, 170, 7, "まちづくりの目標別　成果指標の状況（令和６年度）", "BH")

# table geometry
W = [40.0, 60.0, 21.0, 20.0, 22.0, 17.0]
X0, Y0 = 15.0, 24.0
PT = 72.0 / 25.4   # the table API takes points
LINE = 3.45          # one line of 7.4 pt text with 9.6 pt leading, in mm
PADV = 2.4

def lines_for(s, width_mm):
    # full-width glyph at 7.4 pt = 2.61 mm; half-width ~ 1.4 mm
    usable = width_mm - 2.4
    n, cur = 1, 0.0
    for ch in s:
        if ch in "\n\r":
            n += 1; cur = 0.0; continue
        w = 1.45 if ord(ch) < 0x2000 else 2.61
        if cur + w > usable:
            n += 1; cur = w
        else:
            cur += w
    return n

rows = [("head", None)]
for gid, gtitle, inits in GOALS:
    rows.append(("goal", (gid, gtitle)))
    for name, depts, kpis in inits:
        for j, k in enumerate(kpis):
            rows.append(("kpi", (name, depts, kpis, j, k)))

heights = []
for kind, d in rows:
    if kind == "head":
        heights.append(2 * LINE + PADV)
    elif kind == "goal":
        heights.append(LINE + PADV + 0.6)
    else:
        name, depts, kpis, j, k = d
        need = max(lines_for(k["name"], W[1]), lines_for(k["bcell"], W[2]), lines_for(k["tcell"], W[4]))
        h = need * LINE + PADV
        init_txt = name + "\n（担当：" + "、".join(depts) + "）"
        init_need = lines_for(init_txt, W[0]) * LINE + PADV
        per = init_need / len(kpis)
        heights.append(max(h, per))

nrows, ncols = len(rows), len(W)
tb = scribus.createTable(X0, Y0, sum(W), sum(heights), nrows, ncols, "kpitable")
for ci, w in enumerate(W):
    scribus.resizeTableColumn(ci, w * PT, tb)
for ri, h in enumerate(heights):
    scribus.resizeTableRow(ri, h * PT, tb)

hdr = ["施策（担当課）", "成果指標", "策定時\r（Ｒ２）", "Ｒ６実績", "目標値\r（Ｒ８）", "評価"]
for ci, s in enumerate(hdr):
    scribus.setCellText(0, ci, s, tb)
    scribus.setCellFillColor(0, ci, "LakePale", tb)

ri = 1
for gid, gtitle, inits in GOALS:
    scribus.mergeTableCells(ri, 0, 1, ncols, tb)
    scribus.setCellText(ri, 0, gid + "　" + gtitle, tb)
    scribus.setCellFillColor(ri, 0, "Grey15", tb)
    ri += 1
    for name, depts, kpis in inits:
        first = ri
        for k in kpis:
            scribus.setCellText(ri, 1, k["name"], tb)
            scribus.setCellText(ri, 2, k["bcell"], tb)
            scribus.setCellText(ri, 3, k["r6"], tb)
            scribus.setCellText(ri, 4, k["tcell"], tb)
            scribus.setCellText(ri, 5, k["mark"], tb)
            scribus.setCellFillColor(ri, 5, MKCOL[k["mark"]], tb)
            ri += 1
        if len(kpis) > 1:
            scribus.mergeTableCells(first, 0, len(kpis), 1, tb)
        scribus.setCellText(first, 0, name + "\r（担当：" + "、".join(depts) + "）", tb)

for r in range(nrows):
    for cidx in range(ncols):
        try:
            scribus.setCellLeftPadding(r, cidx, 1.1 * PT, tb)
            scribus.setCellRightPadding(r, cidx, 1.1 * PT, tb)
            scribus.setCellTopPadding(r, cidx, 1.0 * PT, tb)
            scribus.setCellBottomPadding(r, cidx, 0.6 * PT, tb)
        except Exception as e:
            print('padding', e, file=sys.stderr)

ty = Y0 + sum(heights) + 2.5
notes = "\n".join([
    "※1　観光入込客数の策定時の値は、新型コロナウイルス感染症の影響を受ける前の令和元年の値です。",
    "※2　特定健康診査受診率の目標値は、第４期高島市特定健康診査等実施計画（令和６年度～令和11年度）の中間目標（令和７年度）です。",
    "※3　保育所等待機児童数は、各年度の４月１日現在の人数です。",
    "※4　企業立地件数は令和４年度からの累計のため、策定時の値はありません。",
])
text(15, ty, 180, 19, notes, "NOTE")

# ---- bottom boxes ----
bb = ty + 21
bh = 283 - bb - 12
rect(15, bb, 87, bh, "LakePale", line="Lake", radius=2.5)
text(19, bb + 2, 80, 6, "用語解説", "H")
gl = "\n".join([
    "◆デマンドタクシー　予約に応じて自宅と目的地の間を乗り合いで運行するタクシーです。",
    "◆個別避難計画　災害時に自力での避難が難しい人ごとに、避難先や支援者を決めておく計画です。",
    "◆高島ブランド　市内で生産・加工された産品のうち、品質やこだわりを審査し市が認証したものです。",
])
text(19, bb + 9, 80, bh - 11, gl, "SMM")
rect(108, bb, 87, bh, "Sand", line="Leaf", radius=2.5)
text(112, bb + 2, 80, 6, "担当課からひとこと", "H")
hk = ("公共交通は、通院や通学を支える大切な移動手段です。利用者の減少が続いているため、"
      "令和７年10月にダイヤを改正し、デマンドタクシーの予約受付を乗車30分前までに短縮しました。"
      "ぜひご利用ください。（都市政策課）")
text(112, bb + 9, 80, bh - 11, hk, "SMM")

text(15, 276, 180, 5, "問合せ　政策部 総合戦略課　☎0740-25-8113　FAX 0740-25-8101", "SM")
text(135, 284, 60, 5, "広報たかしま　2025（令和７）年10月号　５", "SM")
scribus.setParagraphStyle("SM", scribus.getAllObjects()[-1])

# ---- save + export ----
scribus.saveDocAs(os.path.join(OUTDIR, BASE + ".sla"))
pdf = scribus.PDFfile()
pdf.file = os.path.join(OUTDIR, BASE + ".pdf")
pdf.subsetList = [G, M]
pdf.version = 14
pdf.info = "広報たかしま 2025年10月号 特集"
pdf.save()
