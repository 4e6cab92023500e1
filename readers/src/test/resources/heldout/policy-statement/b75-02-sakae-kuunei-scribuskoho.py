# -*- coding: utf-8 -*-
"""Batch 75 policy-statement document 02: 広報よこはま 栄区版 (two pages) with the feature
"令和７年度 栄区運営方針", laid out in Scribus by this script.

Run by Scribus itself:  xvfb-run -a scribus -g -ns -py make02.py
Builds the document with the Scribus scripter API (text frames, linked frame chains,
multi-column frames, rectangles for the title band, callout boxes and the frame-built
tables), saves the .sla and exports the PDF with scribus.PDFfile(); it also writes the
fact list facts02.json from the same data.
"""
import json
import os
import sys

import scribus

OUT = "/tmp/b75-policy-statement/d2"
BASE = "b75-02-sakae-kuunei-scribuskoho"
os.makedirs(OUT, exist_ok=True)

facts = []


def F(**kw):
    facts.append(kw)


def num(s):
    return s.replace(",", "")


# ------------------------------------------------------------------ content
TITLE = "令和７年度　栄区運営方針"
SLOGAN = "～ 水と緑とつながりの中で　いつまでも住み続けたいまち さかえ ～"
MISSION = ("栄区役所は、区民の皆さまに最も身近な行政機関として、自治会町内会や地区社会福祉協議会、"
           "ＮＰＯ、事業者の皆さまとともに、いたち川や円海山の豊かな水と緑を守り育て、高齢化が進む中でも"
           "誰もが役割と居場所を持ち、支え合いながら安心して暮らし続けられるまちをつくります。")
F(type="municipality", value="141151")
F(type="fiscal-year", value="2025")
F(type="title", value=TITLE)
F(type="mission", value=MISSION)

AISATSU = ("区民の皆さまには、日頃から区政にご理解とご協力をいただき、ありがとうございます。"
           "昨年度実施した「栄区区民意識調査」では、「栄区に住み続けたい」と回答した方の割合が82.4％と、"
           "多くの方に栄区への愛着を感じていただいています。一方で、少子高齢化の進行や激甚化する"
           "自然災害など、地域を取り巻く環境は大きく変化しています。本年度も、４つの重点施策を柱に、"
           "区民の皆さまとともに、安心して住み続けられる栄区をつくってまいります。")
F(type="statistic", subject="「栄区に住み続けたい」と回答した区民の割合", value="82.4", unit="%", year=2024)

TILES = [  # caption, value, unit, fact subject, year
    ("人　口", "117,892", "人", "人口", 2025),
    ("世帯数", "53,406", "世帯", "世帯数", 2025),
    ("高齢化率", "33.8", "％", "高齢化率", 2025),
    ("年少人口の割合", "10.6", "％", "年少人口の割合", 2025),
    ("面　積", "18.52", "km²", "面積", None),
]
for cap, v, u, subj, y in TILES:
    kw = dict(type="statistic", subject=subj, value=num(v), unit=("%" if u == "％" else u))
    if y:
        kw["year"] = y
    F(**kw)

# 現状と課題: paragraphs for the linked three-column chain: (style, text)
GENJO = [
    ("H", "■ 人口と少子高齢化"),
    ("P", "栄区の人口は、平成15年の126,218人をピークに減少が続いています。高齢化率は市内18区の中で最も高く、"
          "昭和40年代から50年代にかけて開発された郊外の住宅地や団地では、40％を超える地区もあります。"
          "また、令和６年の区内の出生数は603人で、10年前の平成26年（842人）と比べて大きく減少しています。"),
    ("H", "■ 災害への備え"),
    ("P", "区内には、令和７年４月１日現在で231か所の土砂災害警戒区域が指定されています。いたち川・柏尾川の"
          "流域では、大雨による浸水への備えも欠かせません。令和６年度に区内の地域防災拠点で行った"
          "訓練には、延べ2,846人の方に参加していただきました。"),
    ("H", "■ 地域のつながりと安全"),
    ("P", "自治会町内会の加入率は令和６年４月１日現在で80.2％と、高い水準を保っていますが、役員の高齢化や"
          "担い手不足が課題となっています。区内の刑法犯認知件数は令和６年に498件で、前年（521件）から"
          "減少しましたが、高齢者を狙った特殊詐欺の被害が後を絶ちません。"),
    ("H", "■ 水と緑の環境"),
    ("P", "区内には、いたち川や横浜自然観察の森、上郷市民の森など豊かな水と緑が広がり、いたち川では毎年初夏に"
          "ホタルが舞います。これらの環境は、公園愛護会や水辺愛護会など多くの区民の皆さまの活動に支えられており、"
          "令和６年度に区内の公園愛護会が行った清掃や花壇づくりなどの活動は延べ1,236回にのぼりました。"),
    ("H", "■ 区役所の体制"),
    ("P", "令和７年４月１日現在、栄区役所の職員数は382人です。窓口での待ち時間の短縮やオンライン申請の拡大など、"
          "区民の皆さまにとって便利で分かりやすい区役所を目指します。"),
    ("H", "■ 子育て世代に選ばれるまちへ"),
    ("P", "子育て世帯の転出が続くなか、妊娠期から子育て期まで切れ目なく相談できる体制づくりと、"
          "豊かな自然の中で子どもがのびのびと育つ環境づくりを進めます。"),
]
F(type="statistic", subject="人口", value="126218", unit="人", year=2003)
F(type="statistic", subject="出生数", value="603", unit="人", year=2024)
F(type="statistic", subject="出生数", value="842", unit="人", year=2014)
F(type="statistic", subject="土砂災害警戒区域", value="231", unit="か所", year=2025)
F(type="statistic", subject="自治会町内会加入率", value="80.2", unit="%", year=2024)
F(type="statistic", subject="刑法犯認知件数", value="498", unit="件", year=2024)
F(type="statistic", subject="刑法犯認知件数", value="521", unit="件", year=2023)
SURVEY = [("「栄区に住み続けたい」と回答した方", "82.4"),
          ("「近所に困ったときに助け合える人がいる」と回答した方", "51.3"),
          ("「地域の防災訓練に参加したことがある」と回答した方", "38.6")]
F(type="statistic", subject="区民意識調査の回答者数", value="1208", unit="人", year=2024)
F(type="statistic", subject="「近所に困ったときに助け合える人がいる」と回答した区民の割合", value="51.3", unit="%", year=2024)
F(type="statistic", subject="「地域の防災訓練に参加したことがある」と回答した区民の割合", value="38.6", unit="%", year=2024)
F(type="statistic", subject="公園愛護会の活動回数（延べ）", value="1236", unit="回", year=2024)
F(type="statistic", subject="区役所職員数", value="382", unit="人", year=2025)
# the 訓練 participants 2,846 (FY2024) = indicator of 施策１, listed there once

SHISAKU = [
    dict(no="１", name="災害に強く、安全・安心に暮らせるまちづくり",
         nerai="地域の防災力を高め、災害や犯罪から区民の命と暮らしを守ります。",
         tori=["地域防災拠点の運営委員会と連携した訓練の充実と、女性や若い世代の参画の促進",
               "土砂災害警戒区域にお住まいの世帯への戸別訪問による避難情報の周知",
               "栄警察署と連携した特殊詐欺の被害防止と交通安全の啓発"],
         shihyo=[("地域防災拠点訓練の参加者数（延べ）", "人", "2,512", "2,846", "3,000"),
                 ("戸別訪問で避難情報を周知した世帯数", "世帯", "1,124", "1,386", "1,500")]),
    dict(no="２", name="誰もが役割と居場所を持ち、支え合うまちづくり",
         nerai="住み慣れた地域で、いつまでも自分らしく暮らせるよう、地域の支え合いを広げます。",
         tori=["地域ケアプラザと連携した見守り・支え合い活動への支援",
               "「元気づくりステーション」など身近な場所での介護予防・フレイル予防の推進",
               "郊外の団地における多世代交流拠点の運営支援"],
         shihyo=[("元気づくりステーションの参加者数（実人数）", "人", "1,018", "1,104", "1,200"),
                 ("地域の見守り活動団体数", "団体", "58", "63", "68")]),
    dict(no="３", name="子どもを生み育てやすく、子どもがのびのび育つまちづくり",
         nerai="妊娠期から子育て期まで、安心して子育てができる環境を整えます。",
         tori=["こども家庭センターにおける妊娠期からの切れ目のない相談支援",
               "地域子育て支援拠点と連携した親子の居場所づくり",
               "放課後キッズクラブ等と連携した子どもの学習・体験の機会の充実"],
         shihyo=[("地域子育て支援拠点の利用者数（延べ）", "人", "18,412", "19,655", "20,000"),
                 ("乳幼児健康診査（４か月児）の受診率", "％", "98.1", "98.6", "99.0")]),
    dict(no="４", name="水と緑を生かし、魅力を感じられるまちづくり",
         nerai="いたち川や円海山の自然を守り、区の魅力を区内外に発信します。",
         tori=["いたち川の清掃やホタル観察会など、水辺の保全活動への支援",
               "横浜自然観察の森や上郷・森の家を生かした自然体験イベントの開催",
               "本郷台駅周辺の商店会と連携したにぎわいづくり"],
         shihyo=[("いたち川流域の保全活動の参加者数", "人", "1,652", "1,790", "1,900"),
                 ("自然体験イベントの参加者数", "人", "3,260", "3,518", "3,600")]),
]
for s in SHISAKU:
    F(type="issue", subject=s["name"])
    for t in s["tori"]:
        F(type="action", subject=s["name"], value=t)
    for name, unit, r5, r6, r7 in s["shihyo"]:
        F(type="statistic", subject=name, value=num(r5), unit=("%" if unit == "％" else unit), year=2023)
        F(type="statistic", subject=name, value=num(r6), unit=("%" if unit == "％" else unit), year=2024)

YOSAN = [  # 事業名, 令和７年度, 令和６年度
    ("防災・減災推進事業", "8,640", "8,215"),
    ("地域の支え合い推進事業", "6,980", "7,124"),
    ("子ども・子育て支援事業", "5,310", "4,862"),
    ("水と緑の魅力づくり事業", "4,275", "4,050"),
    ("区民活動支援・広報事業", "9,815", "9,533"),
]
for name, r7, r6 in YOSAN:
    F(type="statistic", subject=name, value=num(r7), unit="千円", year=2025)
    F(type="statistic", subject=name, value=num(r6), unit="千円", year=2024)
T7 = sum(int(num(r[1])) for r in YOSAN)
T6 = sum(int(num(r[2])) for r in YOSAN)

F(type="statistic", subject="区役所窓口サービスの満足度", value="96.2", unit="%", year=2024)

# ------------------------------------------------------------------ document
W, H = 595.28, 841.89
ML = 28.0
CW = W - 2 * ML
scribus.newDocument(scribus.PAPER_A4, (ML, ML, ML, ML), scribus.PORTRAIT, 1, scribus.UNIT_POINTS,
                    scribus.NOFACINGPAGES, scribus.FIRSTPAGERIGHT, 2)
scribus.setInfo("栄区役所 区政推進課", TITLE, "広報よこはま 栄区版 2025年5月号 特集")

scribus.defineColorRGB("Green", 0, 128, 96)
scribus.defineColorRGB("PaleGreen", 226, 242, 233)
scribus.defineColorRGB("Leaf", 132, 189, 74)
scribus.defineColorRGB("Sand", 250, 243, 222)
scribus.defineColorRGB("Orange", 232, 122, 30)
scribus.defineColorRGB("Grey", 110, 110, 110)
scribus.defineColorRGB("LightGrey", 236, 236, 236)
scribus.defineColorRGB("PhotoGrey", 200, 204, 200)

GOTH = "IPAexGothic Regular"
MIN = "IPAexMincho Regular"


def cs(name, font, size, color="Black"):
    scribus.createCharStyle(name=name, font=font, fontsize=size, fillcolor=color)


def ps(name, charstyle, ls=None, align=0, left=0.0, first=0.0, before=0.0, after=0.0):
    kw = dict(name=name, alignment=align, leftmargin=left, firstindent=first, gapbefore=before,
              gapafter=after, charstyle=charstyle)
    if ls is None:
        kw["linespacingmode"] = 1  # automatic
    else:
        kw["linespacingmode"] = 0
        kw["linespacing"] = ls
    scribus.createParagraphStyle(**kw)


cs("body", MIN, 8.8)
cs("bodyG", GOTH, 8.8)
cs("small", GOTH, 7.2)
cs("smallGrey", GOTH, 7.2, "Grey")
cs("hGreen", GOTH, 10.5, "Green")
cs("h2Green", GOTH, 11.5, "Green")
cs("white9", GOTH, 9.0, "White")
cs("white11", GOTH, 11.0, "White")
cs("white14", GOTH, 14.0, "White")
cs("titleW", GOTH, 31.0, "White")
cs("tag", GOTH, 10.0, "Green")
cs("mission", GOTH, 10.2)
cs("tileCap", GOTH, 8.0, "Green")
cs("tileNum", GOTH, 19.0)
cs("tileUnit", GOTH, 9.0)
cs("cell", GOTH, 8.0)
cs("cellM", MIN, 8.3)
cs("cellNum", MIN, 9.0)
cs("cellHead", GOTH, 7.8, "White")
cs("badge", GOTH, 12.0, "White")
cs("bigOrange", GOTH, 24.0, "Orange")
cs("midOrange", GOTH, 16.0, "Orange")
cs("folio", GOTH, 8.5, "Green")
cs("header", GOTH, 12.0, "Green")
cs("headerR", GOTH, 8.5)

ps("P", "body", ls=14.2, align=3, first=8.8)
ps("PL", "body", ls=13.6, align=0)
ps("H", "hGreen", ls=17.0, before=3.0)
ps("SH", "h2Green", ls=16.0, before=5.0, after=1.0)
ps("MIS", "mission", ls=16.5, align=3)
ps("NERAI", "bodyG", ls=13.6, align=0, left=0.0)
ps("BUL", "body", ls=13.6, align=0, left=11.0, first=-11.0)
ps("C", "cell", ls=None, align=1)
ps("CL", "cell", ls=None, align=0)
ps("CR", "cellNum", ls=None, align=2)
ps("CM", "cellM", ls=None, align=0)
ps("CH", "cellHead", ls=None, align=1)
ps("AUTO", "body", ls=None, align=0)
ps("AUTOC", "body", ls=None, align=1)
ps("AUTOR", "body", ls=None, align=2)

_n = [0]


def nm(prefix):
    _n[0] += 1
    return "%s%03d" % (prefix, _n[0])


def rect(x, y, w, h, fill="None", line="None", lw=0.6, name=None):
    r = scribus.createRect(x, y, w, h, name or nm("r"))
    scribus.setFillColor(fill, r)
    scribus.setLineColor(line, r)
    scribus.setLineWidth(lw, r)
    return r


def hline(x1, y1, x2, y2, color="Black", lw=0.6):
    l = scribus.createLine(x1, y1, x2, y2, nm("l"))
    scribus.setLineColor(color, l)
    scribus.setLineWidth(lw, l)
    return l


def tframe(x, y, w, h, paras, name=None, valign=None, pad=(0, 0, 0, 0), cols=None, gap=None):
    """paras: list of (parastyle, [(text, charstyle or None), ...]) or (parastyle, text)."""
    t = scribus.createText(x, y, w, h, name or nm("t"))
    scribus.setTextDistances(pad[0], pad[1], pad[2], pad[3], t)
    if cols:
        scribus.setColumns(cols, t)
        scribus.setColumnGap(gap or 12.0, t)
    fill_text(t, paras)
    if valign is not None:
        scribus.setTextVerticalAlignment(valign, t)
    return t


def fill_text(t, paras):
    norm = []
    for st, runs in paras:
        if isinstance(runs, str):
            runs = [(runs, None)]
        norm.append((st, runs))
    full = "\n".join("".join(r[0] for r in runs) for st, runs in norm)
    scribus.setText(full, t)
    scribus.setFont(MIN, t)
    pos = 0
    for st, runs in norm:
        plen = sum(len(r[0]) for r in runs)
        if plen:
            scribus.selectText(pos, plen, t)
            scribus.setParagraphStyle(st, t)
        rp = pos
        for text, chs in runs:
            if chs and text:
                scribus.selectText(rp, len(text), t)
                scribus.setCharacterStyle(chs, t)
            rp += len(text)
        pos += plen + 1
    scribus.deselectAll()


def page_header(folio):
    rect(0, 0, W, 7, fill="Green")
    tframe(ML, 14, 300, 22, [("AUTO", [("広報よこはま　", "header"), ("栄区版", "header")])],
           valign=scribus.ALIGNV_CENTERED)
    tframe(W - ML - 240, 14, 240, 22, [("AUTOR", [("2025（令和７）年５月号", "headerR")])],
           valign=scribus.ALIGNV_CENTERED)
    hline(ML, 38, W - ML, 38, "Green", 1.2)
    tframe(ML, H - 30, CW, 14, [("AUTOC", [("栄区版　" + folio, "folio")])])


def cell(x, y, w, h, paras, fill="None", line="Black", lw=0.5, valign=scribus.ALIGNV_CENTERED, pad=(3, 3, 1.5, 1.5)):
    rect(x, y, w, h, fill=fill, line=line, lw=lw)
    return tframe(x, y, w, h, paras, valign=valign, pad=pad)


# ================================================================== PAGE 1
scribus.gotoPage(1)
page_header("２")

# title band
bandY, bandH = 46, 96
rect(ML, bandY, CW, bandH, fill="Green")
rect(ML, bandY + bandH - 6, CW, 6, fill="Leaf")
rect(ML + 14, bandY + 12, 40, 18, fill="White")
tframe(ML + 14, bandY + 12, 40, 18, [("AUTOC", [("特集", "tag")])], valign=scribus.ALIGNV_CENTERED)
tframe(ML + 62, bandY + 6, CW - 80, 52, [("AUTO", [(TITLE, "titleW")])], valign=scribus.ALIGNV_CENTERED)
tframe(ML + 62, bandY + 58, CW - 80, 24, [("AUTO", [(SLOGAN, "white11")])], valign=scribus.ALIGNV_CENTERED)

# 区長あいさつ (left) and 区の目標 (right)
y0 = bandY + bandH + 12
leftW = 262
BOXH = 186
rect(ML, y0, leftW, BOXH, fill="None", line="Green", lw=0.8)
rect(ML, y0, leftW, 18, fill="PaleGreen", line="Green", lw=0.8)
tframe(ML + 8, y0, 200, 18, [("AUTO", [("区長あいさつ", "hGreen")])], valign=scribus.ALIGNV_CENTERED)
rect(ML + 8, y0 + 26, 62, 78, fill="PhotoGrey")
tframe(ML + 8, y0 + 26, 62, 78, [("AUTOC", [("区長の写真", "smallGrey")])], valign=scribus.ALIGNV_CENTERED)
tframe(ML + 8, y0 + 108, 62, 40, [("AUTOC", [("栄区長", "small")]), ("AUTOC", [("北村　尚子", "bodyG")])])
tframe(ML + 78, y0 + 24, leftW - 86, BOXH - 28, [("P", AISATSU)])

rx = ML + leftW + 12
rw = CW - leftW - 12
rect(rx, y0, rw, BOXH, fill="PaleGreen", line="None")
rect(rx, y0, 6, BOXH, fill="Green")
tframe(rx + 14, y0 + 6, rw - 20, 20, [("AUTO", [("栄区の目標（区の使命）", "h2Green")])])
tframe(rx + 14, y0 + 30, rw - 24, BOXH - 36, [("MIS", [(MISSION, "mission")])], valign=scribus.ALIGNV_TOP)

# 数字で見る栄区
y1 = y0 + BOXH + 12
rect(ML, y1, CW, 78, fill="Sand", line="None")
tframe(ML + 8, y1 + 4, 160, 16, [("AUTO", [("数字で見る栄区", "h2Green")])])
tframe(W - ML - 250, y1 + 5, 242, 14, [("AUTOR", [("令和７年４月１日現在（面積を除く）", "small")])])
tw = (CW - 16) / 5.0
for i, (cap, v, u, subj, y) in enumerate(TILES):
    tx = ML + 8 + i * tw
    rect(tx + 2, y1 + 24, tw - 4, 48, fill="White", line="None")
    tframe(tx + 2, y1 + 26, tw - 4, 14, [("AUTOC", [(cap, "tileCap")])])
    tframe(tx + 2, y1 + 40, tw - 4, 28, [("AUTOC", [(v, "tileNum"), (u, "tileUnit")])],
           valign=scribus.ALIGNV_CENTERED)

# 栄区の現状と課題: three linked frames
y2 = y1 + 90
rect(ML, y2, CW, 20, fill="Green")
tframe(ML + 10, y2, 300, 20, [("AUTO", [("栄区の現状と課題", "white11")])], valign=scribus.ALIGNV_CENTERED)
colW = (CW - 2 * 14) / 3.0
colTop = y2 + 28
colBot = H - 40
chain = []
PHOTO_H = 92
for i in range(2):
    top = colTop
    t = scribus.createText(ML + i * (colW + 14), top, colW, colBot - top, "genjo%d" % (i + 1))
    chain.append(t)
for a, b in zip(chain, chain[1:]):
    scribus.linkTextFrames(a, b)
fill_text(chain[0], [(st, tx) for st, tx in GENJO])
# photo placeholder and a small note under the third column
px = ML + 2 * (colW + 14)
rect(px, colTop, colW, PHOTO_H, fill="PhotoGrey")
tframe(px, colTop, colW, PHOTO_H, [("AUTOC", [("写真", "smallGrey")])], valign=scribus.ALIGNV_CENTERED)
tframe(px, colTop + PHOTO_H + 3, colW, 22, [("PL", [("▲いたち川のホタル観察会（令和６年６月）", "small")])])
# callout: survey results
qy = colTop + PHOTO_H + 34
qh = colBot - qy - 6
rect(px, qy, colW, qh, fill="Sand", line="Orange", lw=1.0)
rect(px, qy, colW, 20, fill="Orange", line="Orange", lw=1.0)
tframe(px + 6, qy, colW - 12, 20, [("AUTO", [("区民意識調査から", "white11")])], valign=scribus.ALIGNV_CENTERED)
qparas = [("PL", [("令和６年度に実施した「栄区区民意識調査」（回答者数1,208人）の主な結果です。", "body")])]
for q, v in SURVEY:
    qparas.append(("H", [(q, "bodyG")]))
    qparas.append(("AUTOR", [(v, "midOrange"), ("％", "tileUnit")]))
tframe(px + 8, qy + 26, colW - 16, qh - 30, qparas)
for i in range(2):
    hline(ML + (i + 1) * colW + i * 14 + 7, colTop, ML + (i + 1) * colW + i * 14 + 7, colBot - 4, "LightGrey", 0.6)

# ================================================================== PAGE 2
scribus.gotoPage(2)
page_header("３")
y = 46
rect(ML, y, CW, 24, fill="Green")
tframe(ML + 10, y, 400, 24, [("AUTO", [("目標の実現に向けた４つの重点施策", "white14")])],
       valign=scribus.ALIGNV_CENTERED)

# two linked frames (left and right column) holding the 施策 and their 主な取組
paras = []
for s in SHISAKU:
    paras.append(("SH", [("施策" + s["no"] + "　", "h2Green"), (s["name"], "h2Green")]))
    paras.append(("NERAI", [(s["nerai"], "bodyG")]))
    for t in s["tori"]:
        paras.append(("BUL", [("◆", "body"), (t, "body")]))
sy = y + 32
sh = 262
half = (CW - 16) / 2.0
s1 = scribus.createText(ML, sy, half, sh, "shisaku1")
s2 = scribus.createText(ML + half + 16, sy, half, sh, "shisaku2")
scribus.linkTextFrames(s1, s2)
fill_text(s1, paras)
hline(ML + half + 8, sy, ML + half + 8, sy + sh, "LightGrey", 0.6)

# indicator table built from frames
ty = sy + sh + 12
tframe(ML, ty, 300, 18, [("AUTO", [("重点施策の主な指標", "h2Green")])])
tframe(W - ML - 300, ty + 3, 300, 14,
       [("AUTOR", [("実績は各年度の数値（延べ・率は年度計）、目標は令和７年度の数値", "small")])])
ty += 20
cols = [("施策", 44), ("指　標", 214), ("単位", 36), ("令和５年度\n実績", 80), ("令和６年度\n実績", 80),
        ("令和７年度\n目標", 85.24)]
x = ML
for label, cwid in cols:
    lines = label.split("\n")
    fill = "Orange" if "目標" in label else "Green"
    cell(x, ty, cwid, 26, [("CH", [(ln, "cellHead")]) for ln in lines], fill=fill, line="White")
    x += cwid
ty += 26
RH = 24
for s in SHISAKU:
    n = len(s["shihyo"])
    cell(ML, ty, cols[0][1], RH * n, [("C", [("施策", "cell")]), ("C", [(s["no"], "badge")])],
         fill="Green", line="White")
    for j, (name, unit, r5, r6, r7) in enumerate(s["shihyo"]):
        yy = ty + j * RH
        x = ML + cols[0][1]
        fill = "PaleGreen" if j % 2 == 0 else "White"
        cell(x, yy, cols[1][1], RH, [("CM", [(name, "cellM")])], fill=fill, line="Grey", lw=0.4); x += cols[1][1]
        cell(x, yy, cols[2][1], RH, [("C", [(unit, "cell")])], fill=fill, line="Grey", lw=0.4); x += cols[2][1]
        cell(x, yy, cols[3][1], RH, [("CR", [(r5, "cellNum")])], fill=fill, line="Grey", lw=0.4); x += cols[3][1]
        cell(x, yy, cols[4][1], RH, [("CR", [(r6, "cellNum")])], fill=fill, line="Grey", lw=0.4); x += cols[4][1]
        cell(x, yy, cols[5][1], RH, [("CR", [(r7, "cellNum")])], fill="Sand", line="Grey", lw=0.4)
    ty += RH * n

# bottom: budget table (left) and callouts (right)
by = ty + 14
bw = 300
tframe(ML, by, bw, 18, [("AUTO", [("区づくり推進費（自主企画事業）", "h2Green")])])
tframe(ML, by + 3, bw, 14, [("AUTOR", [("（単位：千円）", "small")])])
by += 20
bcols = [("事　業　名", 150), ("令和７年度\n予算額", 75), ("令和６年度\n予算額", 75)]
x = ML
for label, cwid in bcols:
    cell(x, by, cwid, 24, [("CH", [(ln, "cellHead")]) for ln in label.split("\n")], fill="Green", line="White")
    x += cwid
by += 24
for i, (name, r7, r6) in enumerate(YOSAN):
    fill = "White" if i % 2 == 0 else "LightGrey"
    x = ML
    cell(x, by, 150, 17, [("CL", [(name, "cell")])], fill=fill, line="Grey", lw=0.4); x += 150
    cell(x, by, 75, 17, [("CR", [(r7, "cellNum")])], fill=fill, line="Grey", lw=0.4); x += 75
    cell(x, by, 75, 17, [("CR", [(r6, "cellNum")])], fill=fill, line="Grey", lw=0.4)
    by += 17
x = ML
cell(x, by, 150, 18, [("C", [("合　　計", "cell")])], fill="PaleGreen", line="Grey", lw=0.4); x += 150
cell(x, by, 75, 18, [("CR", [("{:,}".format(T7), "cellNum")])], fill="PaleGreen", line="Grey", lw=0.4); x += 75
cell(x, by, 75, 18, [("CR", [("{:,}".format(T6), "cellNum")])], fill="PaleGreen", line="Grey", lw=0.4)
by += 20
tframe(ML, by, bw, 24, [("PL", [("※区づくり推進費は、区が地域の課題に応じて独自に企画・実施する事業の経費です。", "small")])])

# callouts on the right
cx = ML + bw + 14
cwid = CW - bw - 14
cy = ty + 14
rect(cx, cy, cwid, 70, fill="Sand", line="Orange", lw=1.0)
tframe(cx + 8, cy + 4, cwid - 16, 16, [("AUTO", [("区役所窓口サービスの満足度", "hGreen")])])
tframe(cx + 8, cy + 20, cwid - 16, 30, [("AUTOC", [("96.2", "bigOrange"), ("％", "tileUnit")])],
       valign=scribus.ALIGNV_CENTERED)
tframe(cx + 8, cy + 52, cwid - 16, 14, [("AUTOC", [("令和６年度 区役所来庁者アンケートより", "small")])])
cy += 80
rect(cx, cy, cwid, 96, fill="None", line="Green", lw=0.8)
tframe(cx + 8, cy + 4, cwid - 16, 90, [
    ("AUTO", [("ご意見をお寄せください", "hGreen")]),
    ("PL", [("運営方針の全文は栄区ウェブサイトでご覧いただけます。区政へのご意見・ご提案は、はがき・"
             "ＦＡＸ・電子メールでお寄せください。", "body")]),
    ("PL", [("問合せ　区政推進課企画調整係", "bodyG")]),
    ("PL", [("☎894-8335　ＦＡＸ 894-8406", "body")]),
])

# ------------------------------------------------------------------ checks, save, export
over = []
for pg in (1, 2):
    scribus.gotoPage(pg)
    for n in scribus.getAllObjects():
        try:
            if scribus.getObjectType(n) == "TextFrame" and scribus.textOverflows(n, 1):
                over.append(n)
        except Exception as e:  # noqa
            pass
print("OVERFLOW", over, file=sys.stderr)

scribus.saveDocAs(os.path.join(OUT, BASE + ".sla"))
pdf = scribus.PDFfile()
pdf.file = os.path.join(OUT, BASE + ".pdf")
pdf.fontEmbedding = 0
pdf.subsetList = [GOTH, MIN]
pdf.info = TITLE
pdf.version = 14
pdf.save()
with open(os.path.join(OUT, "facts02.json"), "w", encoding="utf-8") as f:
    json.dump(facts, f, ensure_ascii=False, indent=1)
print("FACTS", len(facts), "TOTALS", T7, T6, file=sys.stderr)
