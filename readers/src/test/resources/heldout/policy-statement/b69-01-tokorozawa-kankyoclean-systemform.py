#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""b69-01: 所沢市 環境クリーン部 — 部運営方針 進捗状況報告書 as printed by a
行政評価・組織目標管理システム (ReportLab canvas, fixed positions, hand-wrapped text).

Fonts:
  * labels, headings, title ........ IPAexGothic (TrueType, EMBEDDED as a subset)
  * values, prose, table figures ... HeiseiMin-W3 (ReportLab built-in CID font, NOT embedded)
  * running header / footer ........ HeiseiKakuGo-W5 (built-in CID font, NOT embedded)

Writes OUT/b69-01-tokorozawa-kankyoclean-systemform.pdf and .json (facts).
Usage: make_01_tokorozawa_reportlab.py OUTDIR
"""
import io
import json
import os
import sys

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

pdfmetrics.registerFont(UnicodeCIDFont('HeiseiKakuGo-W5'))
pdfmetrics.registerFont(UnicodeCIDFont('HeiseiMin-W3'))
pdfmetrics.registerFont(TTFont('IPAexGothic', '/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf'))

LBL = 'IPAexGothic'       # embedded TrueType
VAL = 'HeiseiMin-W3'      # CID, not embedded
HDR = 'HeiseiKakuGo-W5'   # CID, not embedded

W, H = A4
ML, MR = 30, 30
TOP = H - 78
BOTTOM = 52
CW = W - ML - MR

SYSTEM = '所沢市　行政評価・組織目標管理システム'
FORM_NO = '帳票番号：SKM-0301'
FORM_NAME = '部運営方針　進捗状況報告書（第３四半期）'
PRINTED = '出力日：令和７年１月27日　14:32'
USER = '出力者：K04127（資源循環推進課）'
BASE = 'b69-01-tokorozawa-kankyoclean-systemform'

LABEL_FILL = (0.84, 0.87, 0.92)
HEAD_FILL = (0.72, 0.78, 0.88)
BAND_FILL = (0.26, 0.33, 0.47)


# ------------------------------------------------------------------ helpers
def sw(text, font, size):
    return pdfmetrics.stringWidth(text, font, size)


def wrap(text, font, size, width, indent=''):
    """Greedy character wrap as the system does it: no kinsoku, so a line may
    start with '、' or '）'. Continuation lines get `indent`."""
    lines, cur = [], ''
    for ch in text:
        if sw(cur + ch, font, size) > width and cur:
            lines.append(cur)
            cur = indent + ch
        else:
            cur += ch
    if cur:
        lines.append(cur)
    return lines


class Doc:
    def __init__(self, c, total):
        self.c = c
        self.total = total
        self.page = 0
        self.y = TOP

    # ---------------------------------------------------------- page frame
    def start_page(self):
        self.page += 1
        c = self.c
        c.setFillColorRGB(0, 0, 0)
        c.setFont(HDR, 8.5)
        c.drawString(ML, H - 30, SYSTEM)
        c.drawRightString(W - MR, H - 30, PRINTED)
        c.setFont(HDR, 8)
        c.drawString(ML, H - 42, FORM_NO)
        c.drawRightString(W - MR, H - 42, USER)
        c.setFont(LBL, 11)
        c.drawCentredString(W / 2, H - 42, FORM_NAME)
        c.setFont(HDR, 8.5)
        c.drawRightString(W - MR, H - 54, 'ページ：%d/%d' % (self.page, self.total))
        c.setLineWidth(1.2)
        c.line(ML, H - 60, W - MR, H - 60)
        c.setLineWidth(0.4)
        c.line(ML, 40, W - MR, 40)
        c.setFont(HDR, 7.5)
        c.drawString(ML, 30, '※ 本帳票はシステムから出力したものです。内容の転記・加工をする場合は所管課に確認してください。')
        c.drawRightString(W - MR, 30, '%d/%d' % (self.page, self.total))
        self.y = TOP + 8

    def new_page(self):
        self.c.showPage()
        self.start_page()

    def ensure(self, h):
        if self.y - h < BOTTOM:
            self.new_page()

    # ---------------------------------------------------------- primitives
    def box(self, x, y_top, w, h, fill=None, lw=0.6):
        c = self.c
        c.setLineWidth(lw)
        if fill:
            c.setFillColorRGB(*fill)
            c.rect(x, y_top - h, w, h, stroke=1, fill=1)
            c.setFillColorRGB(0, 0, 0)
        else:
            c.rect(x, y_top - h, w, h, stroke=1, fill=0)

    def text_lines(self, x, y_top, h, lines, font, size, lead, valign='top', align='left', w=None, pad=3):
        c = self.c
        c.setFont(font, size)
        n = len(lines)
        block = n * lead
        if valign == 'top':
            y0 = y_top - pad - size
        else:  # middle
            y0 = y_top - (h - block) / 2 - size + (lead - size) / 2
        for i, ln in enumerate(lines):
            yy = y0 - i * lead
            if align == 'left':
                c.drawString(x + pad, yy, ln)
            elif align == 'right':
                c.drawRightString(x + w - pad, yy, ln)
            else:
                c.drawCentredString(x + w / 2, yy, ln)

    def section(self, text):
        self.ensure(40)
        c = self.c
        self.y -= 6
        c.setFillColorRGB(*BAND_FILL)
        c.rect(ML, self.y - 15, 5, 15, stroke=0, fill=1)
        c.setFillColorRGB(0, 0, 0)
        c.setFont(LBL, 10.5)
        c.drawString(ML + 9, self.y - 11.5, text)
        c.setLineWidth(0.5)
        c.line(ML, self.y - 17, W - MR, self.y - 17)
        self.y -= 22

    # label | value rows; cells = [(label, label_w, value_lines|str, value_w), ...]
    def kv_row(self, cells, size=9, lead=13, min_h=18):
        hs = []
        prepared = []
        for label, lw_, value, vw in cells:
            llines = label.split('\n')
            vlines = value if isinstance(value, list) else wrap(value, VAL, size, vw - 8)
            prepared.append((llines, lw_, vlines, vw))
            hs.append(max(len(llines), len(vlines)) * lead + 6)
        h = max([min_h] + hs)
        self.ensure(h)
        x = ML
        for llines, lw_, vlines, vw in prepared:
            self.box(x, self.y, lw_, h, fill=LABEL_FILL)
            self.text_lines(x, self.y, h, llines, LBL, size, lead, valign='middle', align='center', w=lw_)
            x += lw_
            self.box(x, self.y, vw, h)
            self.text_lines(x, self.y, h, vlines, VAL, size, lead, valign='middle' if len(vlines) == 1 else 'top', w=vw, pad=4)
            x += vw
        self.y -= h


# ------------------------------------------------------------------ content
TITLE = '令和６年度　環境クリーン部　運営方針（組織目標）'

MISSION = ('市民・事業者と力を合わせ、ごみの減量と資源の循環、脱炭素社会に向けた取組を進めるとともに、'
           'ごみの安定的かつ適正な収集・処理により清潔で快適な生活環境を守り、狭山丘陵をはじめとする'
           '豊かなみどりを将来の世代に引き継ぎ、「マチごとエコタウン所沢」を実現します。')

SITUATION = [
    '令和５年度のごみ総排出量は96,418ｔ、市民１人１日当たりのごみ排出量は769ｇで、平成30年度（812ｇ）'
    'から着実に減少しているものの、家庭系ごみの約４割を占める生ごみと、分別されずに排出される紙類の資源化が引き続き課題となっている。',
    '東部クリーンセンターは稼働から25年以上が経過しており、令和６年度から基幹的設備改良工事に着手する。'
    '工事期間中もごみ処理を止めることなく、西部クリーンセンターとの連携により安定処理を確保する必要がある。',
    '市域の温室効果ガス排出量は令和３年度で1,612千t-CO2となり、基準年度である平成25年度（1,884千t-CO2）から減少しているが、'
    '2030年度の削減目標の達成には家庭・業務部門での取組の加速が欠かせない。',
    '市内のごみ集積所数は約11,420か所（令和６年４月１日現在）で、高齢化に伴いごみ出しが困難な世帯が増えている。'
    'また、令和５年度の不法投棄の回収件数は327件で、山林や農地の周辺での投棄が後を絶たない。',
]

# years down, indicators across (two-level header)
STAT_YEARS = [('令和３年度', 2021), ('令和４年度', 2022), ('令和５年度', 2023)]
STAT_COLS = [  # (group, name lines, unit shown, unit fact, subject, values)
    ('ごみ処理量', ['ごみ総排出量'], '（ｔ）', 't', 'ごみ総排出量', ['99,806', '98,127', '96,418']),
    ('ごみ処理量', ['最終処分量'], '（ｔ）', 't', '最終処分量', ['5,412', '5,286', '5,103']),
    ('減量・資源化', ['市民１人１日当たり', 'のごみ排出量'], '（ｇ）', 'g', '市民１人１日当たりのごみ排出量', ['795', '783', '769']),
    ('減量・資源化', ['リサイクル率'], '（％）', '%', 'リサイクル率', ['24.8', '25.3', '25.9']),
]
STAT_REMARKS = ['', '', '速報値を確定値に更新']

GOALS = [
    {
        'no': '１',
        'issue': 'ごみの発生抑制と資源化の一層の推進',
        'dept': '資源循環推進課',
        'rel': '収集業務課',
        'background': '家庭系ごみの組成調査では、生ごみと、雑がみなどの資源化できる紙類の混入が多い。'
                      'プラスチック使用製品廃棄物の一括回収を令和７年度から始めるため、分別ルールの見直しと周知が必要である。',
        'actions': [
            '生ごみ減量のためのダンボールコンポスト講習会の開催と生ごみ処理容器の購入費補助',
            '食品ロス削減に向けたフードドライブの常設化と「食べきり協力店」の拡大',
            'プラスチック使用製品廃棄物の一括回収の実施に向けた分別ルールの周知',
            '多量排出事業者への立入指導による事業系ごみの減量と適正排出の徹底',
        ],
        'kpis': [
            ('市民１人１日当たりのごみ排出量', 'ｇ', 'g', '783', '769', '760', '758', '－', 'Ａ'),
            ('フードドライブによる食品の回収量', 'kg', 'kg', '6,128', '8,642', '9,000', '6,915', '76.8％', 'Ａ'),
            ('多量排出事業者への立入指導件数', '件', '件', '172', '186', '200', '142', '71.0％', 'Ｂ'),
        ],
        'comment': '第３四半期までの家庭系ごみは前年同期を下回って推移している。フードドライブは本庁舎に加えて'
                   'まちづくりセンターでの受付を始めた。令和７年度からのプラスチック一括回収に向け、２月に自治会向けの'
                   '説明会を集中して開催する。',
    },
    {
        'no': '２',
        'issue': '安定的で効率的なごみ収集・処理体制の確保',
        'dept': '東部クリーンセンター',
        'rel': '収集業務課、西部クリーンセンター',
        'background': '基幹的設備改良工事の期間中は焼却能力が一時的に低下するため、両クリーンセンター間の搬入調整が欠かせない。'
                      'また、リチウムイオン電池等の混入による収集車両や処理施設での火災が全国的に増えている。',
        'actions': [
            '東部クリーンセンター基幹的設備改良工事の着実な実施と工事期間中の安定処理',
            'ごみ収集運搬業務の一部委託化と収集ルートの効率化',
            '高齢者・障害者世帯を対象とした戸別の「ふれあい収集」の実施',
            'リチウムイオン電池等の適正な排出方法の周知による火災の防止',
        ],
        'kpis': [
            ('ごみ焼却施設の計画外停止日数', '日', '日', '2', '3', '0', '1', '－', 'Ｂ'),
            ('ふれあい収集の利用世帯数', '世帯', '世帯', '1,196', '1,284', '1,350', '1,342', '99.4％', 'Ａ'),
            ('収集車両・処理施設での火災発生件数', '件', '件', '5', '7', '0', '4', '－', 'Ｃ'),
        ],
        'comment': '１号炉の改良工事に着手し、搬入調整により処理を継続している。11月に破砕設備の不具合による計画外停止が'
                   'あった。火災が続いたため、広報ところざわ１月号に電池類の出し方の特集記事を掲載した。',
    },
    {
        'no': '３',
        'issue': '脱炭素社会の実現に向けた省エネルギーと再生可能エネルギーの利用の推進',
        'dept': 'マチごとエコタウン推進課',
        'rel': '環境対策課',
        'background': '市内の住宅用太陽光発電設備の設置件数は令和５年度末で累計9,846件となった。市有施設では照明の'
                      'ＬＥＤ化が途上にあり、家庭部門では省エネ行動を後押しする具体的な支援が求められている。',
        'actions': [
            '住宅用太陽光発電設備・蓄電池・Ｖ２Ｈ等を導入するスマートハウス化への補助',
            '市有施設の照明のＬＥＤ化と再生可能エネルギー由来の電力の調達',
            '家庭の省エネ診断の実施と省エネ家電への買換えの促進',
            '事業者の脱炭素経営を支援するセミナーの開催と専門家の派遣',
        ],
        'kpis': [
            ('スマートハウス化補助件数', '件', '件', '386', '412', '450', '356', '79.1％', 'Ａ'),
            ('市有施設のＬＥＤ化率', '％', '%', '51.6', '58.3', '70.0', '64.1', '－', 'Ｂ'),
            ('家庭の省エネ診断受診世帯数', '世帯', '世帯', '205', '238', '300', '197', '65.7％', 'Ｂ'),
        ],
        'comment': 'スマートハウス化補助は申請が好調で、12月補正で予算を追加した。ＬＥＤ化は小中学校の体育館を'
                   '中心に進めている。省エネ診断は冬季の申込みが伸び悩んでいるため、ＳＮＳでの周知を強化する。',
    },
    {
        'no': '４',
        'issue': '清潔で快適な生活環境と狭山丘陵のみどりの保全',
        'dept': '環境対策課',
        'rel': 'マチごとエコタウン推進課',
        'background': '狭山丘陵の市有緑地は約78ha（令和６年４月１日現在）で、保全活動の担い手の高齢化が進んでいる。'
                      '不法投棄は人目につきにくい山林や農地の周辺に集中している。',
        'actions': [
            '監視カメラの増設と夜間・休日パトロールによる不法投棄の防止',
            '狭山丘陵で里山保全活動を行う市民団体への支援と自然観察会の開催',
            '河川・水路の水質調査と工場・事業場の排水の監視',
            'まちをきれいにする条例に基づく路上喫煙・ポイ捨て防止の巡回指導',
        ],
        'kpis': [
            ('不法投棄の回収件数', '件', '件', '351', '327', '300以下', '228', '－', 'Ｂ'),
            ('自然観察会・里山保全活動の参加者数', '人', '人', '1,382', '1,546', '1,600', '1,203', '75.2％', 'Ａ'),
            ('河川の水質（ＢＯＤ）環境基準達成率', '％', '%', '75.0', '87.5', '100.0', '－', '－', '－'),
        ],
        'comment': '不法投棄は監視カメラの増設により前年同期より減っている。自然観察会は猛暑のため８月の２回を中止した。'
                   '河川の水質は年度末に集計する。',
    },
]

BUDGET = [  # (code, name, goal, dept, R6, R5)
    ('04-02-011', 'ごみ減量・リサイクル推進事業', '１', '資源循環推進課', '48,260', '45,730'),
    ('04-02-018', 'プラスチック資源一括回収準備事業', '１', '資源循環推進課', '21,400', '－'),
    ('04-02-021', 'ごみ収集運搬事業', '２', '収集業務課', '1,942,380', '1,886,150'),
    ('04-02-032', '東部クリーンセンター基幹的設備改良事業', '２', '東部クリーンセンター', '1,286,500', '312,400'),
    ('04-01-006', 'スマートハウス化推進補助事業', '３', 'マチごとエコタウン推進課', '62,000', '58,500'),
    ('04-01-009', '市有施設省エネルギー化推進事業', '３', 'マチごとエコタウン推進課', '184,720', '96,310'),
    ('04-01-014', '不法投棄防止対策事業', '４', '環境対策課', '14,860', '14,120'),
    ('04-01-017', '狭山丘陵みどりの保全推進事業', '４', '環境対策課', '9,850', '9,420'),
]


def num(s):
    return int(s.replace(',', ''))


# ------------------------------------------------------------------ drawing
def render(c, total):
    d = Doc(c, total)
    d.start_page()

    # title block
    d.box(ML, d.y, CW, 30, fill=(0.93, 0.95, 0.98), lw=1.0)
    c.setFont(LBL, 14)
    c.drawCentredString(W / 2, d.y - 20, TITLE)
    d.y -= 34
    c.setFont(VAL, 8)
    c.drawRightString(W - MR, d.y - 8, '登録日：令和６年４月22日　　最終更新日：令和７年１月20日　　状態：第３四半期入力確定')
    d.y -= 12

    d.section('１　部の概要')
    d.kv_row([('年　　度', 70, '令和６年度', 150), ('部局コード', 70, '270000', CW - 290)])
    d.kv_row([('部　　名', 70, '環境クリーン部', 150), ('部 長 名', 70, '環境クリーン部長　相川　正樹', CW - 290)])
    d.kv_row([('所 管 課', 70, 'マチごとエコタウン推進課、資源循環推進課、収集業務課、東部クリーンセンター、'
                                '西部クリーンセンター、環境対策課', CW - 70)])
    d.kv_row([('職 員 数', 70, '236人（令和６年４月１日現在・再任用職員を含み、会計年度任用職員を除く）', CW - 70)])
    d.kv_row([('当初予算額\n（一般会計）', 70,
               ['令和６年度　7,846,320千円（前年度比 4.4％増）', '令和５年度　7,512,940千円'], CW - 70)])
    d.kv_row([('部の使命', 70, wrap(MISSION, VAL, 9, CW - 70 - 8), CW - 70)], lead=13.5)
    d.kv_row([('関連計画', 70, ['第６次所沢市総合計画 後期基本計画（令和５年度～令和９年度）',
                                '所沢市環境基本計画（第３期）、所沢市一般廃棄物処理基本計画（令和３年度～令和12年度）'], CW - 70)])

    d.section('２　部を取り巻く現状と課題')
    lines = []
    for para in SITUATION:
        lines += wrap('・' + para, VAL, 9, CW - 10, indent='　')
    h = len(lines) * 13.5 + 8
    d.ensure(h)
    d.box(ML, d.y, CW, h)
    d.text_lines(ML, d.y, h, lines, VAL, 9, 13.5, valign='top', pad=5)
    d.y -= h

    d.section('３　ごみ処理の状況（年度実績）')
    c.setFont(VAL, 8)
    c.drawRightString(W - MR, d.y + 8, '資料：一般廃棄物処理実態調査')
    colw = [80, 85, 85, 95, 80]
    remw = CW - sum(colw)
    x0 = ML
    yt = d.y
    h1, h2 = 16, 34
    # level-1 header
    d.box(x0, yt, colw[0], h1 + h2, fill=HEAD_FILL)
    d.text_lines(x0, yt, h1 + h2, ['年　度'], LBL, 9, 12, valign='middle', align='center', w=colw[0])
    x = x0 + colw[0]
    d.box(x, yt, colw[1] + colw[2], h1, fill=HEAD_FILL)
    d.text_lines(x, yt, h1, ['ご み 処 理 量'], LBL, 9, 12, valign='middle', align='center', w=colw[1] + colw[2])
    x2 = x + colw[1] + colw[2]
    d.box(x2, yt, colw[3] + colw[4], h1, fill=HEAD_FILL)
    d.text_lines(x2, yt, h1, ['減 量 ・ 資 源 化'], LBL, 9, 12, valign='middle', align='center', w=colw[3] + colw[4])
    xr = x2 + colw[3] + colw[4]
    d.box(xr, yt, remw, h1 + h2, fill=HEAD_FILL)
    d.text_lines(xr, yt, h1 + h2, ['備　考'], LBL, 9, 12, valign='middle', align='center', w=remw)
    # level-2 header
    x = x0 + colw[0]
    for i, col in enumerate(STAT_COLS):
        w_ = colw[i + 1]
        d.box(x, yt - h1, w_, h2, fill=HEAD_FILL)
        d.text_lines(x, yt - h1, h2, col[1] + [col[2]], LBL, 8.5, 10.5, valign='middle', align='center', w=w_)
        x += w_
    yt -= h1 + h2
    rh = 16
    for r, (yl, _) in enumerate(STAT_YEARS):
        d.box(x0, yt, colw[0], rh, fill=LABEL_FILL)
        d.text_lines(x0, yt, rh, [yl], LBL, 9, 12, valign='middle', align='center', w=colw[0])
        x = x0 + colw[0]
        for i, col in enumerate(STAT_COLS):
            w_ = colw[i + 1]
            d.box(x, yt, w_, rh)
            d.text_lines(x, yt, rh, [col[5][r]], VAL, 9, 12, valign='middle', align='right', w=w_, pad=6)
            x += w_
        d.box(xr, yt, remw, rh)
        d.text_lines(xr, yt, rh, [STAT_REMARKS[r]], VAL, 7.5, 10, valign='middle', w=remw)
        yt -= rh
    d.y = yt - 4
    note = ('※ 第２次所沢市一般廃棄物処理基本計画の目標値（令和12年度）は、市民１人１日当たりのごみ排出量730ｇ、'
            'リサイクル率30.0％。参考：埼玉県平均の市民１人１日当たりのごみ排出量は令和４年度で837ｇ。')
    for ln in wrap(note, VAL, 7.5, CW - 4, indent='　'):
        c.setFont(VAL, 7.5)
        c.drawString(ML + 2, d.y - 8, ln)
        d.y -= 11

    # ---------------------------------------------------------- goals
    d.new_page()
    d.section('４　重点目標と取組の進捗状況（令和６年12月末現在）')
    c.setFont(VAL, 8)
    c.drawString(ML + 2, d.y - 6, '【評価】Ａ：順調（進捗率75％以上）　Ｂ：概ね順調（50％以上75％未満）　Ｃ：遅れ（50％未満）　－：年度末に評価')
    d.y -= 11
    c.drawString(ML + 2, d.y - 6, '※ Ｒ５実績は令和５年度の実績（基準値）。Ｒ６目標値は令和６年度末の目標。Ｒ６実績（12月末）は、件数・人数・量は４月～12月の累計、')
    d.y -= 11
    c.drawString(ML + 2, d.y - 6, '　 ｇ・日数は４月～12月の実績、世帯数・率は12月末時点の値。進捗率＝Ｒ６実績÷Ｒ６目標値（減少を目指す指標等は「－」）。')
    d.y -= 14
    for g in GOALS:
        draw_goal(d, g)
        d.y -= 10

    # ---------------------------------------------------------- budget
    d.section('５　重点目標に関連する主な事業（当初予算）')
    c.setFont(VAL, 8)
    c.drawRightString(W - MR, d.y + 8, '（単位：千円）')
    cols = [('No.', 24), ('事業コード', 58), ('事　業　名', 118), ('重点\n目標', 30), ('所　管　課', 95),
            ('令和６年度\n当初予算', 70), ('令和５年度\n当初予算', 70), ('増　減', CW - 24 - 58 - 118 - 30 - 95 - 140)]
    hh = 28

    def head():
        x = ML
        for name, w_ in cols:
            d.box(x, d.y, w_, hh, fill=HEAD_FILL)
            d.text_lines(x, d.y, hh, name.split('\n'), LBL, 8.5, 11, valign='middle', align='center', w=w_)
            x += w_
        d.y -= hh

    d.ensure(hh + 30 * 3)
    head()
    tot6 = tot5 = 0
    for i, (code, name, goal, dept, r6, r5) in enumerate(BUDGET, 1):
        nl = wrap(name, VAL, 9, 118 - 8)
        dl = wrap(dept, VAL, 8.5, 95 - 8)
        rh = max(len(nl), len(dl)) * 12 + 8
        if d.y - rh < BOTTOM:  # page break inside the list: the header row is repeated
            d.new_page()
            c.setFont(VAL, 8)
            c.drawString(ML, d.y - 8, '５　重点目標に関連する主な事業（当初予算）（続き）')
            c.drawRightString(W - MR, d.y - 8, '（単位：千円）')
            d.y -= 14
            head()
        v6 = num(r6)
        v5 = 0 if r5 == '－' else num(r5)
        tot6 += v6
        tot5 += v5
        diff = '皆増' if r5 == '－' else ('{:,}'.format(v6 - v5) if v6 >= v5 else '△{:,}'.format(v5 - v6))
        vals = [(str(i), 'center', VAL, 9), (code, 'center', VAL, 8.5), (nl, 'left', VAL, 9), (goal, 'center', VAL, 9),
                (dl, 'left', VAL, 8.5), (r6, 'right', VAL, 9), (r5, 'right', VAL, 9), (diff, 'right', VAL, 9)]
        x = ML
        for (v, al, f, s), (_, w_) in zip(vals, cols):
            d.box(x, d.y, w_, rh)
            d.text_lines(x, d.y, rh, v if isinstance(v, list) else [v], f, s, 12, valign='middle', align=al, w=w_, pad=4)
            x += w_
        d.y -= rh
    # total row (not facts)
    rh = 18
    x = ML
    span = sum(w_ for _, w_ in cols[:5])
    d.box(x, d.y, span, rh, fill=LABEL_FILL)
    d.text_lines(x, d.y, rh, ['合　　計'], LBL, 9, 12, valign='middle', align='center', w=span)
    x += span
    for v, (_, w_) in zip(['{:,}'.format(tot6), '{:,}'.format(tot5), '{:,}'.format(tot6 - tot5)], cols[5:]):
        d.box(x, d.y, w_, rh, fill=LABEL_FILL)
        d.text_lines(x, d.y, rh, [v], VAL, 9, 12, valign='middle', align='right', w=w_, pad=4)
        x += w_
    d.y -= rh + 4
    c.setFont(VAL, 7.5)
    for ln in wrap('※ 令和５年度の「－」は事業なし（令和６年度新規）。予算額は一般会計当初予算で、12月補正後の額ではない。'
                   '東部クリーンセンター基幹的設備改良事業は継続費（令和６年度～令和９年度）の年割額。', VAL, 7.5, CW - 4, indent='　'):
        c.drawString(ML + 2, d.y - 8, ln)
        d.y -= 11

    # approval boxes (noise)
    d.y -= 8
    d.ensure(60)
    bw = 54
    x = W - MR - 4 * bw
    c.setFont(VAL, 8)
    c.drawString(ML, d.y - 10, '【問合せ先】環境クリーン部 資源循環推進課　内線４１５２')
    for lab in ['部　長', '次　長', '課　長', '担　当']:
        d.box(x, d.y, bw, 14, fill=LABEL_FILL)
        d.text_lines(x, d.y, 14, [lab], LBL, 8, 10, valign='middle', align='center', w=bw)
        d.box(x, d.y - 14, bw, 40)
        x += bw
    d.y -= 58
    return d.page


def draw_goal(d, g):
    c = d.c
    size, lead = 9, 12.5
    LW = 62
    # widths of the KPI grid
    kcols = [('No.', 22), ('指　標　名', 128), ('単位', 30), ('Ｒ４実績', 52), ('Ｒ５実績\n（基準値）', 58),
             ('Ｒ６目標値', 56), ('Ｒ６実績\n（12月末）', 58), ('進捗率', 48)]
    kcols.append(('評価', CW - sum(w for _, w in kcols)))
    issue_lines = wrap(g['issue'], VAL, 10, CW - LW - 62 - 120 - 8)
    bg_lines = wrap(g['background'], VAL, size, CW - LW - 8)
    act_lines = []
    for i, a in enumerate(g['actions']):
        act_lines += wrap('①②③④'[i] + a, VAL, size, CW - LW - 8, indent='　')
    com_lines = wrap(g['comment'], VAL, size, CW - LW - 8)
    kpi_rows = []
    for k in g['kpis']:
        nl = wrap(k[0], VAL, 8.5, 128 - 8)
        kpi_rows.append((nl, max(len(nl) * 11 + 6, 18)))
    dept_lines = [g['dept']] + wrap(g['rel'], VAL, 8, 112)
    hA = max(len(issue_lines) * 14 + 8, len(dept_lines) * 10.5 + 8, 24)
    hB = len(bg_lines) * lead + 8
    hC = len(act_lines) * lead + 8
    hK = 26 + sum(h for _, h in kpi_rows)
    hE = len(com_lines) * lead + 8
    total = 16 + hA + hB + hC + hK + hE
    d.ensure(total + 4)
    x0 = ML
    # band
    c.setFillColorRGB(*BAND_FILL)
    c.rect(x0, d.y - 16, CW, 16, stroke=0, fill=1)
    c.setFillColorRGB(1, 1, 1)
    c.setFont(LBL, 9.5)
    c.drawString(x0 + 6, d.y - 12, '重点目標シート　%s／４' % g['no'])
    c.drawRightString(W - MR - 6, d.y - 12, '目標番号：R06-27-0%s' % {'１': '1', '２': '2', '３': '3', '４': '4'}[g['no']])
    c.setFillColorRGB(0, 0, 0)
    d.y -= 16
    # row A: number + issue + 主担当課
    d.box(x0, d.y, LW, hA, fill=LABEL_FILL)
    d.text_lines(x0, d.y, hA, ['重点目標' + g['no']], LBL, 9.5, 12, valign='middle', align='center', w=LW)
    iw = CW - LW - 62 - 120
    d.box(x0 + LW, d.y, iw, hA)
    d.text_lines(x0 + LW, d.y, hA, issue_lines, VAL, 10, 14, valign='middle', w=iw, pad=5)
    d.box(x0 + LW + iw, d.y, 62, hA, fill=LABEL_FILL)
    d.text_lines(x0 + LW + iw, d.y, hA, ['主担当課', '関 係 課'], LBL, 8.5, 11, valign='middle', align='center', w=62)
    d.box(x0 + LW + iw + 62, d.y, 120, hA)
    d.text_lines(x0 + LW + iw + 62, d.y, hA, dept_lines, VAL, 8, 10.5,
                 valign='middle', w=120, pad=4)
    d.y -= hA
    for label, lines, hh in (('現状・背景', bg_lines, hB), ('取組内容', act_lines, hC)):
        d.box(x0, d.y, LW, hh, fill=LABEL_FILL)
        d.text_lines(x0, d.y, hh, [label], LBL, size, 12, valign='middle', align='center', w=LW)
        d.box(x0 + LW, d.y, CW - LW, hh)
        d.text_lines(x0 + LW, d.y, hh, lines, VAL, size, lead, valign='top', w=CW - LW, pad=4)
        d.y -= hh
    # KPI grid
    x = x0
    for name, w_ in kcols:
        d.box(x, d.y, w_, 26, fill=HEAD_FILL)
        d.text_lines(x, d.y, 26, name.split('\n'), LBL, 8, 10, valign='middle', align='center', w=w_)
        x += w_
    d.y -= 26
    for j, (k, (nl, rh)) in enumerate(zip(g['kpis'], kpi_rows), 1):
        vals = [('%s-%d' % ({'１': '1', '２': '2', '３': '3', '４': '4'}[g['no']], j), 'center'), (nl, 'left'),
                (k[1], 'center'), (k[3], 'right'), (k[4], 'right'), (k[5], 'right'), (k[6], 'right'),
                (k[7], 'right'), (k[8], 'center')]
        x = x0
        for (v, al), (_, w_) in zip(vals, kcols):
            d.box(x, d.y, w_, rh)
            d.text_lines(x, d.y, rh, v if isinstance(v, list) else [v], VAL, 8.5, 11, valign='middle', align=al, w=w_, pad=4)
            x += w_
        d.y -= rh
    # comment
    d.box(x0, d.y, LW, hE, fill=LABEL_FILL)
    d.text_lines(x0, d.y, hE, ['進捗状況・', '今後の取組'], LBL, 8.5, 11, valign='middle', align='center', w=LW)
    d.box(x0 + LW, d.y, CW - LW, hE)
    d.text_lines(x0 + LW, d.y, hE, com_lines, VAL, size, lead, valign='top', w=CW - LW, pad=4)
    d.y -= hE
    c.setLineWidth(1.0)
    c.rect(x0, d.y, CW, total, stroke=1, fill=0)


# ------------------------------------------------------------------ facts
def facts():
    F = [
        {'type': 'municipality', 'value': '112089'},
        {'type': 'fiscal-year', 'value': '2024'},
        {'type': 'title', 'value': TITLE},
        {'type': 'mission', 'value': MISSION},
    ]

    def st(subject, value, unit, year):
        F.append({'type': 'statistic', 'subject': subject, 'value': value.replace(',', ''), 'unit': unit, 'year': year})

    st('職員数', '236', '人', 2024)
    st('一般会計当初予算額', '7,846,320', '千円', 2024)
    st('一般会計当初予算額', '7,512,940', '千円', 2023)
    # prose of section ２ (96,418 t and 769 g are the table's FY2023 cells, 327 件 is KPI 4-1's R5 value)
    st('市民１人１日当たりのごみ排出量', '812', 'g', 2018)
    st('市域の温室効果ガス排出量', '1,612', '千t-CO2', 2021)
    st('市域の温室効果ガス排出量', '1,884', '千t-CO2', 2013)
    st('ごみ集積所数', '11,420', 'か所', 2024)
    # section ３ table
    for col in STAT_COLS:
        for (yl, yr), v in zip(STAT_YEARS, col[5]):
            st(col[4], v, col[3], yr)
    # section ４
    for g in GOALS:
        F.append({'type': 'issue', 'subject': g['issue']})
        for a in g['actions']:
            F.append({'type': 'action', 'subject': g['issue'], 'value': a})
        if g['no'] == '３':
            st('住宅用太陽光発電設備の設置件数（累計）', '9,846', '件', 2023)
        if g['no'] == '４':
            st('狭山丘陵の市有緑地', '78', 'ha', 2024)
        for k in g['kpis']:
            name, unit = k[0], k[2]
            for v, yr in ((k[3], 2022), (k[4], 2023), (k[6], 2024)):
                if v == '－':
                    continue
                if name == '市民１人１日当たりのごみ排出量' and yr in (2022, 2023):
                    continue  # same facts as the section-３ table
                st(name, v, unit, yr)
    # section ５
    for code, name, goal, dept, r6, r5 in BUDGET:
        st(name, r6, '千円', 2024)
        if r5 != '－':
            st(name, r5, '千円', 2023)
    return F


LAYOUT = '''\
SYSTEM-GENERATED REPORT of a Saitama city's department, drawn with the ReportLab CANVAS API: 埼玉県所沢市 環境クリーン部 (municipality 112089), the print-out of form 帳票番号 SKM-0301 '部運営方針　進捗状況報告書（第３四半期）' from the city's '所沢市　行政評価・組織目標管理システム', 出力日 令和７年１月27日 14:32, with the FY2024 plan and its progress at 令和６年12月末. TITLE = the framed title box at the top of page 1, '令和６年度　環境クリーン部　運営方針（組織目標）' (FY2024); the form name printed in the running header on every page is NOT the title. HOW IT WAS MADE: /tmp/b69-policy-statement/make_01_tokorozawa_reportlab.py (/usr/bin/python3, ReportLab 3.6.12; delivered unchanged as b69-01-tokorozawa-kankyoclean-systemform.py; `python3 b69-01-tokorozawa-kankyoclean-systemform.py OUTDIR` writes the .pdf and this .json). PRODUCER 'ReportLab PDF Library - www.reportlab.com', Creator 'SKM-0301 帳票出力（ReportLab）', PDF Title = the title. No platypus: every string is placed with drawString / drawRightString / drawCentredString at computed coordinates, every frame is a rect() (thin 0.6-pt strokes, a 1-pt outer frame round each goal sheet), label cells are grey-blue filled rects, table header cells a darker blue, section headings a navy 5-pt bar + text + a rule, each goal sheet opens with a NAVY BAND carrying white text. The report is laid out twice (the first pass into a memory buffer only counts the pages so the header can print 'ページ：n/4'). Text is WRAPPED BY HAND: a greedy character wrap on stringWidth with NO kinsoku, so lines break anywhere ('ごみの安定' / '的かつ適正', 'ＬＥＤ化が途' / '上にあり', 'ごみ排出' / '量'), and one line even starts with '。' (goal 2's background: '…欠かせない' / '。また、リチウムイオン電池…'); continuation lines of the ・ bullets and of the ①–④ items are indented by a full-width space. FONTS: labels, headings, the title and table headers in IPAexGothic, a TrueType font EMBEDDED as a subset (two subsets AAAAAA+/AAAAAB+IPAexGothic, WinAnsi + ToUnicode); all VALUES, prose, figures and notes in HeiseiMin-W3 and the running header/footer in HeiseiKakuGo-W5 – ReportLab's built-in CID fonts, NOT EMBEDDED (CID Type 0, UniJIS-UCS2-H, no ToUnicode: text extraction depends on the UCS2 CMap; viewers substitute a system Mincho/Gothic). Because of the CID mapping, poppler extracts the value font's '－' as U+2212 '−' and '～' as U+301C '〜'. A4 PORTRAIT, FOUR pages. EVERY PAGE: header line 1 '所沢市　行政評価・組織目標管理システム' (left) and '出力日：令和７年１月27日　14:32' (right); line 2 '帳票番号：SKM-0301' (left), the form name centred, '出力者：K04127（資源循環推進課）' (right); line 3 right 'ページ：1/4' … '4/4'; a heavy rule; at the foot a rule, the note '※ 本帳票はシステムから出力したものです。…' and the page number '1/4' again at the right. All of that is noise (dates, user id, page numbers). In pdftotext -raw the header and footer come FIRST on every page (they are drawn first), before the page's content. PAGE 1: the title box, a right-aligned status line '登録日：令和６年４月22日　最終更新日：令和７年１月20日　状態：第３四半期入力確定' (dates, no facts). '１　部の概要' is a label/value grid (label boxes left, values right, labels vertically centred): 年度 令和６年度 | 部局コード 270000 (a code, no fact); 部名 環境クリーン部 | 部長名 '環境クリーン部長　相川　正樹' (a name, noise); 所管課 (six 課 names wrapped over two lines, noise); 職員数 '236人（令和６年４月１日現在・再任用職員を含み、会計年度任用職員を除く）' → statistic 職員数 236 人 FY2024; the two-line label '当初予算額' / '（一般会計）' beside two value lines '令和６年度　7,846,320千円（前年度比 4.4％増）' and '令和５年度　7,512,940千円' → 一般会計当初予算額 FY2024 and FY2023 (the 4.4％ is derived, no fact); 部の使命 = the MISSION (three hand-wrapped lines, label centred on the middle line); 関連計画 (plan names with periods 令和５年度～令和９年度, 令和３年度～令和12年度 – no facts). '２　部を取り巻く現状と課題': one framed box of four ・ bullets. Facts: ごみ総排出量 96,418ｔ and 市民１人１日当たりのごみ排出量 769ｇ for 令和５年度 (= the section-３ table's FY2023 cells, listed once), '平成30年度（812ｇ）' → 市民１人１日当たりのごみ排出量 812 g FY2018; 市域の温室効果ガス排出量 令和３年度 1,612千t-CO2 (FY2021) and the 基準年度 平成25年度 1,884千t-CO2 (FY2013); 'ごみ集積所数は約11,420か所（令和６年４月１日現在）' → ごみ集積所数 11420 か所 FY2024; '令和５年度の不法投棄の回収件数は327件' (= indicator 4-1's R5 value, listed once; the phrase is split '令' / '和５年度' across lines). '約４割', '25年以上', '2030年度' and '令和６年度から' are no facts. '３　ごみ処理の状況（年度実績）' with the right-aligned source '資料：一般廃棄物処理実態調査': a TRANSPOSED table – YEARS DOWN (令和３年度 / 令和４年度 / 令和５年度 = FY2021–FY2023), INDICATORS ACROSS under a TWO-LEVEL header: '年　度' and '備　考' span both header rows, 'ご み 処 理 量' spans ごみ総排出量 + 最終処分量, '減 量 ・ 資 源 化' spans '市民１人１日当たり' / 'のごみ排出量' + リサイクル率; each level-2 header cell carries its UNIT on its last line ('（ｔ）', '（ｇ）', '（％）'), so the units are neither in the figures nor in a column; 12 facts (subjects ごみ総排出量 t, 最終処分量 t, 市民１人１日当たりのごみ排出量 g, リサイクル率 %); the 備考 '速報値を確定値に更新' is no fact. The small ※ note gives TARGETS of another plan (令和12年度: 730ｇ, 30.0％) and a reference figure of another body ('埼玉県平均 … 令和４年度で837ｇ') – none are facts of this city. PAGES 2–3: '４　重点目標と取組の進捗状況（令和６年12月末現在）', a legend line '【評価】Ａ：順調（進捗率75％以上）…' and two ※ lines defining the columns (no facts), then FOUR GOAL SHEETS, two per page, each framed and kept whole: a navy band '重点目標シート　１／４' (the '１／４' is a sheet count, not a page number) with '目標番号：R06-27-01' at the right; a row with the label '重点目標１', the goal name = the ISSUE (10.5 pt; goal 3 wraps: '脱炭素社会の実現に向けた省エネルギーと再生可能エネルギー' / 'の利用の推進'), the two-line label '主担当課' / '関 係 課' and their 課 names (noise; goal 2's 関係課 cell wraps '収集業務課、西部クリーンセン' / 'ター'); '現状・背景' (prose; goal 3 gives '住宅用太陽光発電設備の設置件数は令和５年度末で累計9,846件' → 住宅用太陽光発電設備の設置件数（累計） 9846 件 FY2023; goal 4 gives '狭山丘陵の市有緑地は約78ha（令和６年４月１日現在）' → 狭山丘陵の市有緑地 78 ha FY2024; the other backgrounds have no figures, '令和７年度から' is a plan); '取組内容' with four items ①–④ (each item without its circled number is one ACTION of the sheet's issue; all four fit on one line each); then an indicator GRID No. | 指標名 | 単位 | Ｒ４実績 | Ｒ５実績（基準値） | Ｒ６目標値 | Ｒ６実績（12月末） | 進捗率 | 評価 whose two-line header cells print 'Ｒ５実績' ABOVE the header line and '（基準値）' BELOW it; the UNIT IS A COLUMN OF ITS OWN (ｇ, kg, 件, 日, 世帯, ％, 人); the indicator names wrap in their 128-pt column and, the cell being vertically centred, print their first part ABOVE the value line and the tail BELOW it ('市民１人１日当たりのごみ排出' / values / '量', 'フードドライブによる食品の回' / '収量', '収集車両・処理施設での火災発' / '生件数', '河川の水質（ＢＯＤ）環境基準' / '達成率'). YEARS: Ｒ４実績 = FY2022, Ｒ５実績（基準値） = FY2023, Ｒ６実績（12月末） = FY2024 (state at 31 December 2024; counts cumulative April–December); Ｒ６目標値 (760, 9,000, 200, 0, 1,350, 0, 450, 70.0, 300, '300以下', 1,600, 100.0) are TARGETS, never facts – 2-1 and 2-3 have target 0, 4-1 the text '300以下'. 12 indicators × 3 years, minus 4-3's '－' (河川の水質（ＢＯＤ）環境基準達成率 has no Ｒ６実績: '年度末に集計'), minus 1-1's R4/R5 values 783 / 769 which repeat the section-３ table (listed once). 進捗率 ('76.8％', '71.0％', '99.4％', '79.1％', '65.7％', '75.2％' or '－') is derived and 評価 Ａ/Ｂ/Ｃ/－ are grades: no facts. '進捗状況・今後の取組' (two-line label) holds comments with no facts ('前年同期', '11月', '１月号', '８月の２回', '12月補正' are not figures of record). Goal 2's comment mentions the 計画外停止 and the 火災 of the grid again, but without figures. PAGE 3 (after sheet ４) and PAGE 4: '５　重点目標に関連する主な事業（当初予算）' with '（単位：千円）' at the right: a ruled list No. | 事業コード | 事業名 | 重点目標 | 所管課 | 令和６年度当初予算 | 令和５年度当初予算 | 増減 whose 事業名 and 所管課 wrap in narrow columns ('ごみ減量・リサイクル推進' / '事業', '東部クリーンセンター基幹' / '的設備改良事業', 'マチごとエコタウン推' / '進課'); the list BREAKS after row 4: page 4 starts with the caption '５　重点目標に関連する主な事業（当初予算）（続き）' and a REPEATED header row. Amounts are budget facts in 千円, subject = 事業名, 令和６年度 → FY2024, 令和５年度 → FY2023 (15 facts); '－' for the new プラスチック資源一括回収準備事業 is no value (its 増減 reads '皆増'); 事業コード, 重点目標 numbers, 所管課, 増減 (derived, '△' none here) and the '合　　計' row (3,569,970 / 2,422,630 / 1,147,340, a TOTAL) are not facts; the ※ note (継続費 令和６年度～令和９年度) has none. Below: '【問合せ先】環境クリーン部 資源循環推進課　内線４１５２' and four empty approval boxes 部長 / 次長 / 課長 / 担当 (noise). There is no department, member or rating fact type here: 部/課 names, the 部長 name, codes, grades and progress rates are noise.
'''


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else '.'
    os.makedirs(out, exist_ok=True)
    buf = io.BytesIO()
    n = render(canvas.Canvas(buf, pagesize=A4), 99)
    pdf = os.path.join(out, BASE + '.pdf')
    c = canvas.Canvas(pdf, pagesize=A4, pageCompression=1)
    c.setTitle(TITLE)
    c.setAuthor('所沢市 行政評価・組織目標管理システム')
    c.setCreator('SKM-0301 帳票出力（ReportLab）')
    m = render(c, n)
    assert m == n, (m, n)
    c.save()
    F = facts()
    layout = LAYOUT.strip()
    with open(os.path.join(out, BASE + '.json'), 'w', encoding='utf-8') as f:
        json.dump({'kind': 'POLICY_STATEMENT', 'layout': layout, 'facts': F}, f, ensure_ascii=False, indent=1)
        f.write('\n')
    print(pdf, n, 'pages', len(F), 'facts')


if __name__ == '__main__':
    main()
