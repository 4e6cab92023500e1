# -*- coding: utf-8 -*-
"""b75-02: 滑川市議会だより 第２０５号 pp.6-7 「委員会行政視察報告」 (産業厚生建設委員会).
Built inside Scribus 1.5.8 by its Python scripter and exported to PDF from the same script:
    xvfb-run -a scribus -g -ns -py make02.py
A two-page spread: title band with a round badge, a lead, a boxed member list, a Scribus TABLE
(two header rows, merged cells), a story in SIX LINKED TEXT FRAMES (three columns per page),
three callout boxes 「委員の感想」 and a notice box; IPAexGothic / IPAexMincho."""
import os
import scribus

HERE = "/tmp/b75-inspection-report"
BASE = "b75-02-namerikawa-scribusgikaidayori"
SLA = os.path.join(HERE, BASE + ".sla")
PDF = os.path.join(HERE, BASE + ".pdf")

G = "IPAexGothic Regular"
M = "IPAexMincho Regular"
MM = 72.0 / 25.4  # table geometry setters take points

scribus.newDocument(scribus.PAPER_A4_MM, (12, 12, 12, 12), scribus.PORTRAIT, 1,
                    scribus.UNIT_MILLIMETERS, scribus.PAGE_1, 0, 2)
scribus.setInfo("滑川市議会 議会広報委員会", "滑川市議会だより 第205号 委員会行政視察報告",
                "産業厚生建設委員会 行政視察（令和7年10月）")

# ------------------------------------------------------------------ colours and styles
scribus.defineColorRGB("Band", 0, 78, 132)
scribus.defineColorRGB("Light", 225, 237, 246)
scribus.defineColorRGB("Accent", 222, 110, 28)
scribus.defineColorRGB("Ink", 35, 35, 35)
scribus.defineColorRGB("Paper", 255, 255, 255)
scribus.defineColorRGB("Pale", 252, 244, 232)

def cs(name, font, size, color="Ink"):
    scribus.createCharStyle(name=name, font=font, fontsize=size, fillcolor=color)

cs("cBody", M, 8.8)
cs("cMeta", G, 8.2)
cs("cHead", G, 12.5, "Band")
cs("cSub", G, 8.6, "Band")
cs("cMark", G, 8.8, "Accent")
cs("cTitle", G, 27.0, "Paper")
cs("cBandSub", G, 11.5, "Paper")
cs("cLead", G, 9.6)
cs("cBox", G, 8.6)
cs("cBoxHead", G, 10.0, "Band")
cs("cSmall", G, 6.9)
cs("cVoice", M, 8.4)
cs("cFolio", G, 8.0, "Band")
cs("cTab", G, 8.2)
# table cells take the document's default paragraph style
scribus.createParagraphStyle(name="Default Paragraph Style", charstyle="cTab", alignment=1)

def ps(name, cstyle, lead, align=3, left=0.0, first=0.0, before=0.0, after=0.0):
    scribus.createParagraphStyle(name=name, linespacingmode=0, linespacing=lead, alignment=align,
                                 leftmargin=left, firstindent=first, gapbefore=before, gapafter=after,
                                 charstyle=cstyle)

ps("pBody", "cBody", 13.6, 3, 0, 8.8)
ps("pMeta", "cMeta", 12.6, 0, 0, 0)
ps("pTopic", "cMeta", 12.6, 0, 9.5, -9.5)
ps("pHead", "cHead", 18.0, 0, 0, 0, 9.0, 2.0)
ps("pSub", "cSub", 13.6, 0, 0, 0, 3.0, 0.5)
ps("pQA", "cBody", 13.6, 3, 10.5, -10.5)
ps("pQA2", "cBody", 13.6, 3, 10.5, 8.8)
ps("pLead", "cLead", 15.5, 3, 0, 9.6)
ps("pBox", "cBox", 15.2, 0, 0, 0)
ps("pNote", "cBox", 12.6, 3, 8.6, -8.6, 2.0)
ps("pBoxHead", "cBoxHead", 15.0, 0, 0, 0, 0, 4.0)
ps("pSmall", "cSmall", 9.6, 3, 6.9, -6.9)
ps("pVoice", "cVoice", 12.8, 3, 0, 0, 3.0)
ps("pFolio", "cFolio", 10.0, 0)
ps("pTabC", "cTab", 10.0, 1)
ps("pTabL", "cTab", 10.0, 0)
ps("pFolioR", "cFolio", 10.0, 2)

def styled_text(frame, parts):
    """parts: list of (text, paragraph style, [(substring, char style), ...]); one paragraph each."""
    text = "\n".join(p[0] for p in parts)
    scribus.setText(text, frame)
    pos = 0
    for t, pst, marks in parts:
        scribus.selectObject(frame)
        scribus.selectText(pos, len(t), frame)
        scribus.setParagraphStyle(pst)
        for sub, cst in marks:
            k = t.index(sub)
            scribus.selectText(pos + k, len(sub), frame)
            scribus.setCharacterStyle(cst)
        pos += len(t) + 1
    scribus.selectText(0, 0, frame)
    scribus.deselectAll()

def box(x, y, w, h, name, fill="Light", line="Band", radius=2.5, lw=0.8):
    r = scribus.createRect(x, y, w, h, name)
    scribus.setFillColor(fill, r)
    scribus.setLineColor(line, r)
    scribus.setLineWidth(lw, r)
    if radius:
        scribus.setCornerRadius(int(radius * 2.83), r)
    return r

def frame(x, y, w, h, name, pad=(0, 0, 0, 0)):
    f = scribus.createText(x, y, w, h, name)
    scribus.setTextDistances(pad[0], pad[1], pad[2], pad[3], f)
    return f

# ================================================================== PAGE 1 (p.6)
scribus.gotoPage(1)
band = scribus.createRect(0, 0, 210, 41, "band")
scribus.setFillColor("Band", band); scribus.setLineColor("None", band)
stripe = scribus.createRect(0, 41, 210, 1.6, "stripe")
scribus.setFillColor("Accent", stripe); scribus.setLineColor("None", stripe)
t = frame(12, 7, 150, 15, "title")
styled_text(t, [("委員会行政視察報告", "pFolio", [("委員会行政視察報告", "cTitle")])])
scribus.setLineSpacing(30, t)
t = frame(12, 25, 150, 12, "bandsub")
styled_text(t, [("産業厚生建設委員会　子育て・交通・防災の先進地に学ぶ", "pFolio",
                 [("産業厚生建設委員会　子育て・交通・防災の先進地に学ぶ", "cBandSub")])])
scribus.setLineSpacing(15, t)
badge = scribus.createEllipse(170, 5, 31, 31, "badge")
scribus.setFillColor("Accent", badge); scribus.setLineColor("Paper", badge); scribus.setLineWidth(1.2, badge)
t = frame(170, 11.5, 31, 20, "badgetext")
styled_text(t, [("令和７年度", "pFolio", [("令和７年度", "cBandSub")]),
                ("所管事務調査", "pFolio", [("所管事務調査", "cBandSub")])])
scribus.setTextAlignment(scribus.ALIGN_CENTERED, t)
scribus.setFontSize(8.5, t)
scribus.setLineSpacing(13, t)

lead = frame(12, 46, 186, 19, "lead")
styled_text(lead, [(
    "産業厚生建設委員会は、令和７年１０月２２日（水）・２３日（木）の２日間、千葉県流山市、茨城県境町、"
    "茨城県常総市を訪れ、子育て世代の定住を支える保育の仕組み、自動運転バスによる地域の足の確保、"
    "水害の経験を生かした防災のまちづくりについて調査しました。その概要をお知らせします。",
    "pLead", [])])

# ---- member box
box(12, 68, 58, 67, "memberbox")
mb = frame(12, 68, 58, 67, "members", (3.2, 2.5, 2.6, 2))
styled_text(mb, [
    ("視察に参加した委員", "pBoxHead", []),
    ("委 員 長　竹島　修一", "pBox", []),
    ("副委員長　宮窪　香織", "pBox", []),
    ("委　　員　中坪　恵美", "pBox", []),
    ("　　　　　川端　誠", "pBox", []),
    ("　　　　　網谷　慎也", "pBox", []),
    ("　　　　　森野　勝彦", "pBox", []),
    ("　　　　　石浦　大樹", "pBox", []),
    ("随　　行　議会事務局 主任　寺崎　愛", "pBox", [("議会事務局 主任　寺崎　愛", "cSmall")]),
    ("※上田　稔委員は、体調不良のため参加しませんでした。", "pSmall", []),
])

# ---- table of the places visited (Scribus table tool)
t = frame(74, 68, 124, 7, "tabtitle")
styled_text(t, [("■視察先のすがた", "pSub", [])])
TAB = scribus.createTable(74, 75.5, 124, 43, 6, 5, "placetable")
widths = [35, 24, 25, 21, 19]
for c, wd in enumerate(widths):
    scribus.resizeTableColumn(c, wd * MM, TAB)
heights = [6.5, 6.5, 7.5, 7.5, 7.5, 7.5]
for r, ht in enumerate(heights):
    scribus.resizeTableRow(r, ht * MM, TAB)
cells = {
    (0, 0): "視察先", (0, 1): "住民基本台帳", (0, 4): "面積",
    (1, 1): "人口", (1, 2): "世帯数", (1, 3): "基準日",
    (2, 0): "千葉県流山市", (2, 1): "213,164人", (2, 2): "92,418世帯", (2, 3): "R7.10.1", (2, 4): "35.32㎢",
    (3, 0): "茨城県境町", (3, 1): "24,016人", (3, 2): "9,812世帯", (3, 3): "R7.9.30", (3, 4): "46.59㎢",
    (4, 0): "茨城県常総市", (4, 1): "59,487人", (4, 2): "24,536世帯", (4, 3): "R7.10.1", (4, 4): "123.64㎢",
    (5, 0): "（参考）滑川市", (5, 1): "32,487人", (5, 2): "13,105世帯", (5, 3): "R7.9.30", (5, 4): "54.62㎢",
}
for (r, c), v in cells.items():
    scribus.setCellText(r, c, v, TAB)
for r in range(6):
    for c in range(5):
        for fn in (scribus.setCellTopPadding, scribus.setCellBottomPadding):
            fn(r, c, 1.2, TAB)
        if r < 2:
            scribus.setCellFillColor(r, c, "Light", TAB)
        elif r == 5:
            scribus.setCellFillColor(r, c, "Pale", TAB)
scribus.mergeTableCells(0, 0, 2, 1, TAB)
scribus.mergeTableCells(0, 1, 1, 3, TAB)
scribus.mergeTableCells(0, 4, 2, 1, TAB)
note = frame(74, 121, 124, 13, "tabnote")
styled_text(note, [
    ("※人口・世帯数は各市町の住民基本台帳による基準日現在の数値です。面積は国土地理院「全国都道府県市区町村別面積調」"
     "（令和７年７月１日時点）によります。", "pSmall", []),
])

# ---- story: six linked frames, three columns on each page
COLX = [12, 75.5, 139]
COLW = 59
for i, x in enumerate(COLX):
    frame(x, 139, COLW, 145, "s%d" % (i + 1))
rule = scribus.createLine(12, 137, 198, 137, "rule1")
scribus.setLineColor("Band", rule); scribus.setLineWidth(0.6, rule)
f = frame(12, 287, 120, 6, "folio6")
styled_text(f, [("6　　滑川市議会だより　第205号", "pFolio", [])])

# ================================================================== PAGE 2 (p.7)
scribus.gotoPage(2)
f = frame(12, 7.5, 186, 6, "runhead")
styled_text(f, [("委員会行政視察報告（産業厚生建設委員会）", "pFolioR", [])])
rule = scribus.createLine(12, 14, 198, 14, "rule2")
scribus.setLineColor("Band", rule); scribus.setLineWidth(0.6, rule)
for i, x in enumerate(COLX):
    frame(x, 17, COLW, 69, "s%d" % (i + 4))
for a, b in [("s1", "s2"), ("s2", "s3"), ("s3", "s4"), ("s4", "s5"), ("s5", "s6")]:
    scribus.linkTextFrames(a, b)

story = []
def P(t, st="pBody", marks=()):
    story.append((t, st, list(marks)))

def QA(q, answers, extra=None):
    P("Ｑ　" + q, "pQA", [("Ｑ", "cMark")])
    for lab, a in answers:
        P(lab + "　" + a, "pQA", [(lab, "cMark")])
    if extra:
        P(extra, "pQA2")

# ① 流山市
P("①千葉県流山市", "pHead")
P("日　時　10月22日（水）午後1時30分～3時30分", "pMeta")
P("会　場　流山市役所 第２庁舎 大会議室", "pMeta")
P("調査事項", "pMeta")
P("◎送迎保育ステーションによる子育て支援について", "pTopic")
P("◎「母になるなら、流山市。」のシティプロモーションについて", "pTopic")
P("流山市は、つくばエクスプレスの開業（平成１７年）以降、子育て世代の転入が続き、人口が増え続けている"
  "全国でも数少ない市です。駅前の送迎保育ステーションでは、朝に預かった園児をバスで市内の保育園へ送り、"
  "夕方にはステーションで保護者に引き渡します。令和６年度の利用登録は約３８０人、１日平均の利用は約１６０人"
  "とのことでした。あわせて、首都圏の共働き世帯に向けた広告や、市民が企画するイベントを通じて、"
  "「住みたいまち」としての認知度を高めてきた経過について説明を受けました。")
P("市によると、転入者の多くは３０代から４０代の共働き世帯で、令和６年の合計特殊出生率は１．５０と"
  "全国平均を上回っています。ステーションの開設に当たっては、駅前の商業施設の一部を市が借り上げ、"
  "保育士の配置や安全管理の基準を独自に定め、運営は民間の事業者に委託しているとのことです。")
P("主な質疑", "pSub")
QA("ステーションの運営経費はどのくらいか。",
   [("Ａ", "委託料は年間約１億２千万円で、利用者の負担は１回１００円としている。")])
QA("保育士の確保はどうしているか。",
   [("Ａ", "市独自に月額最大４万３千円の家賃補助を行い、市外からの就職を後押ししている。")])
QA("人口の増加に伴う教室の不足への対応は。",
   [("Ａ", "小中併設校の新設や校舎の増築を計画的に進めている。")],
   "なお、令和９年度までの児童数の推計を毎年見直し、教室の不足が見込まれる学区を公表している。")

# ② 境町
P("②茨城県境町", "pHead")
P("日　時　10月23日（木）10:00～11:30", "pMeta")
P("会　場　境町役場、自動運転バス車内（試乗）", "pMeta")
P("調査事項", "pMeta")
P("◎自動運転バスの定常運行について", "pTopic")
P("◎ふるさと納税を活用した公共交通の充実について", "pTopic")
P("境町は令和２年１１月、自治体として全国で初めて自動運転バスの定常運行を始めました。現在は町内の５ルートを"
  "運行し、運賃は無料です。運行開始からの累計乗車人数は約１９万人に達しています。財源には、ふるさと納税の"
  "寄附金（令和６年度 約５０億円）などを充てており、委員は役場から道の駅さかいまでのルートに試乗しました。")
P("バスは道の駅や病院、高校などを結び、通学や通院、買い物の足として利用されています。町は運行データを"
  "分析し、利用の少ない時間帯のダイヤを見直すなど、毎年度改善を重ねています。")
P("主な質疑", "pSub")
QA("事故やトラブルが起きた際の対応体制は。",
   [("Ａ", "遠隔監視センターで全車両を見守り、車内にはオペレーターが乗務している。")])
QA("導入を検討する自治体への助言はあるか。",
   [("Ａ", "ルートは病院や商業施設など、住民の生活動線に合わせて設定することが重要である。")])

# ③ 常総市
P("③茨城県常総市", "pHead")
P("日　時　同日　午後2時～3時30分", "pMeta")
P("会　場　常総市役所 本庁舎 災害対策本部室", "pMeta")
P("調査事項", "pMeta")
P("◎「マイ・タイムライン」の普及と地区防災計画について", "pTopic")
P("◎水害からの復興を契機とした防災まちづくりについて", "pTopic")
P("常総市は平成２７年９月の関東・東北豪雨で鬼怒川の堤防が決壊し、市域の約３分の１が浸水しました。"
  "この経験から、住民一人ひとりが避難の時期や方法を時系列で整理する「マイ・タイムライン」の作成を進め、"
  "これまでに市内の全小中学校で作成講座を行ってきました。令和６年度末で、地区防災計画を策定した自治区は"
  "４２地区となっています。")
P("市は復旧・復興の過程で、避難所の運営や情報伝達の課題を検証し、令和元年度に防災まちづくりの指針を"
  "まとめました。現在は、浸水想定区域内の避難路の整備や、民間施設との避難協定の締結、防災行政無線の戸別受信機の配布を進めています。")
P("主な質疑", "pSub")
QA("高齢者の作成をどう支援しているか。",
   [("Ａ", "民生委員や防災士が戸別に訪問し、作成を手伝っている。")])
QA("計画を策定した地区での訓練の状況は。",
   [("Ａ（防災危機管理課）", "毎年６月を強化月間とし、各地区で避難訓練を行っている。"),
    ("Ａ（市民協働課）", "訓練の経費として、１地区当たり上限５万円を補助している。")])
QA("河川の改修が進んだ後も備えを続ける理由は。",
   [("Ａ", "堤防があっても想定を超える雨は起こり得るため、「逃げる」意識を保ち続けることが大切だと考えている。")])

P("委員会のまとめ", "pHead")
P("今回の視察先は、いずれも住民の暮らしの課題を起点に施策を組み立て、財源や担い手の確保まで一体的に"
  "考えている点で共通していました。本委員会では、今回得た"
  "知見を、令和８年度当初予算の審査や、市の地域公共交通計画（令和５年度～令和９年度）の見直しに向けた"
  "議論に生かしてまいります。")

styled_text("s1", story)

# ---- 委員の感想: three callout boxes
t = frame(12, 96, 186, 7, "voicehead")
styled_text(t, [("■委員の感想", "pSub", [])])
VOICES = [
    ("流山市を視察して", [
        ("竹島委員長", "送迎保育ステーションは、駅を拠点にした子育て支援の好例だった。本市でも滑川駅周辺での活用を検討したい。"),
        ("中坪委員", "保育士の確保に市独自の支援を行っている点が印象に残った。"),
        ("石浦委員", "まちのイメージづくりを市民と一緒に進める姿勢を学んだ。"),
    ]),
    ("境町を視察して", [
        ("宮窪副委員長", "自動運転バスが町民の日常の足として定着していた。高齢者の通院や買い物の移動手段として、本市でも研究を進めたい。"),
        ("網谷委員", "ふるさと納税の寄附金を、目に見える形で住民サービスに還元している。"),
    ]),
    ("常総市を視察して", [
        ("川端委員", "被災の経験を市民の備えに変えていく取組に胸を打たれた。早月川と上市川を抱える本市でも、マイ・タイムラインを広めたい。"),
        ("森野委員", "地区防災計画の策定と訓練を、財政面でも後押ししている点が参考になる。"),
    ]),
]
for i, (head, voices) in enumerate(VOICES):
    x = COLX[i]
    box(x, 103, COLW, 62, "vbox%d" % (i + 1), fill="Pale", line="Accent", radius=4, lw=1.0)
    v = frame(x, 103, COLW, 62, "voice%d" % (i + 1), (3, 3, 2.6, 2))
    parts = [(head, "pBoxHead", [])]
    for who, said in voices:
        parts.append(("◆" + who + "　" + said, "pVoice", [("◆" + who, "cMark")]))
    styled_text(v, parts)

# ---- 視察の行程: a table drawn with frames and lines (no table object)
t = frame(12, 170, 122, 7, "itinhead")
styled_text(t, [("■視察の行程", "pSub", [])])
ITX = [12, 33, 57, 134]            # column edges
ROWH = 5.8
ROWS = [("月日", "時刻", "行程"),
        ("10/22（水）", "7:48", "滑川駅 発（あいの風とやま鉄道・北陸新幹線）"),
        ("", "11:24", "東京駅 着"),
        ("", "13:30～15:30", "【視察①】流山市（流山市役所）"),
        ("", "17:00", "柏市内 泊"),
        ("10/23（木）", "10:00～11:30", "【視察②】境町（境町役場）"),
        ("", "14:00～15:30", "【視察③】常総市（常総市役所）"),
        ("", "17:32", "守谷駅 発（つくばエクスプレス・北陸新幹線）"),
        ("", "21:15", "滑川駅 着　解散")]
y0 = 178
hdr = scribus.createRect(ITX[0], y0, ITX[-1] - ITX[0], ROWH, "itin_hdr")
scribus.setFillColor("Light", hdr); scribus.setLineColor("None", hdr)
def hline(x1, x2, y, name, w=0.5):
    l = scribus.createLine(x1, y, x2, y, name); scribus.setLineColor("Band", l); scribus.setLineWidth(w, l)
def vline(x, y1, y2, name, w=0.5):
    l = scribus.createLine(x, y1, x, y2, name); scribus.setLineColor("Band", l); scribus.setLineWidth(w, l)
yb = y0 + ROWH * len(ROWS)
hline(ITX[0], ITX[-1], y0, "it_top", 0.9)
hline(ITX[0], ITX[-1], yb, "it_bot", 0.9)
for k in range(1, len(ROWS)):
    x1 = ITX[0] if ROWS[k][0] or k == 1 else ITX[1]      # 月日 cells span their day's rows
    hline(x1, ITX[-1], y0 + ROWH * k, "it_h%d" % k, 0.9 if k == 1 else 0.4)
for j, x in enumerate(ITX):
    vline(x, y0, yb, "it_v%d" % j, 0.5)
for k, row in enumerate(ROWS):
    for j, val in enumerate(row):
        if not val:
            continue
        st = "pTabC" if (k == 0 or j < 2) else "pTabL"
        f = frame(ITX[j] + 0.8, y0 + ROWH * k + 0.9, ITX[j + 1] - ITX[j] - 1.6, ROWH - 0.6, "it_%d_%d" % (k, j))
        styled_text(f, [(val, st, [])])

# ---- notice box at the foot of p.7 (right of the itinerary)
box(139, 170, 59, 60, "noticebox", fill="Light", line="Band", radius=0, lw=0.6)
n = frame(139, 170, 59, 60, "notice", (3, 3, 3, 2))
styled_text(n, [
    ("お知らせ", "pBoxHead", []),
    ("●視察の詳細な報告書は、令和７年１１月２１日に委員長から議長へ提出され、市議会ホームページに掲載しています。", "pNote", []),
    ("●次の定例会は、令和８年３月２日（月）に開会の予定です。どなたでも傍聴できます。", "pNote", []),
    ("●この議会だよりは令和８年２月１日に発行しました。", "pNote", []),
    ("（編集：滑川市議会 議会広報委員会）", "pNote", []),
])
# ---- photo strip (camera images supplied to the editor as JPEG files)
CAPS = ["▲流山おおたかの森駅前の送迎保育ステーション", "▲自動運転バスに試乗する委員", "▲常総市の災害対策本部室で説明を受ける"]
for i, x in enumerate(COLX):
    im = scribus.createImage(x, 236, COLW, 39, "photo%d" % (i + 1))
    scribus.loadImage(os.path.join(HERE, "img", "photo%d.jpg" % (i + 1)), im)
    scribus.setScaleImageToFrame(True, False, im)
    scribus.setLineColor("Band", im); scribus.setLineWidth(0.4, im)
    c = frame(x, 276, COLW, 6, "caption%d" % (i + 1))
    styled_text(c, [(CAPS[i], "pSmall", [])])
f = frame(78, 287, 120, 6, "folio7")
styled_text(f, [("滑川市議会だより　第205号　　7", "pFolioR", [])])

for fr in ["s1", "s2", "s3", "s4", "s5", "s6", "members", "lead", "tabnote", "voice1", "voice2", "voice3", "notice"]:
    scribus.layoutText(fr)
print("OVERFLOW s6:", scribus.textOverflows("s6"), "members:", scribus.textOverflows("members"),
      "voices:", [scribus.textOverflows("voice%d" % i) for i in (1, 2, 3)],
      "notice:", scribus.textOverflows("notice"), "lead:", scribus.textOverflows("lead"))
for i in range(1, 7):
    print("frame s%d lines %d" % (i, scribus.getTextLines("s%d" % i)))

scribus.saveDocAs(SLA)
pdf = scribus.PDFfile()
pdf.file = PDF
pdf.fontEmbedding = 0
pdf.subsetList = [G, M]
pdf.version = 14
pdf.info = "滑川市議会だより 第205号 委員会行政視察報告"
pdf.save()
print("wrote", SLA, PDF)
