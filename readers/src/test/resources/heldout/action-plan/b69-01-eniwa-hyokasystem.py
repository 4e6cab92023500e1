#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""b69-01: 恵庭市行政評価システム 施策評価調書（令和６年度実績） - ReportLab canvas.

Writes /work/b69/action-plan/b69-01-eniwa-hyokasystem.pdf the way the city's
行政評価システム prints its 帳票: one fixed-position form per 施策 (labels in shaded
boxes on the left, values on the right, rect() frames, text wrapped by hand into
several drawString lines) and a closing 集計表 page.

Fonts: labels, headings and the page header use ReportLab's built-in CID fonts
HeiseiKakuGo-W5 / HeiseiMin-W3 (NOT embedded, UniJIS-UCS2-H); all values and
prose use IPAexGothic, a TrueType font EMBEDDED as a subset.
"""
import os
import sys
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfbase.ttfonts import TTFont

OUT = sys.argv[1] if len(sys.argv) > 1 else '/work/b69/action-plan/b69-01-eniwa-hyokasystem.pdf'

pdfmetrics.registerFont(UnicodeCIDFont('HeiseiKakuGo-W5'))
pdfmetrics.registerFont(UnicodeCIDFont('HeiseiMin-W3'))
pdfmetrics.registerFont(TTFont('IPAexGothic', '/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf'))
LBL = 'HeiseiKakuGo-W5'   # labels (CID, not embedded)
TTL = 'HeiseiMin-W3'      # form titles (CID, not embedded)
VAL = 'IPAexGothic'       # values (TrueType, embedded)

W, H = A4
X0, X1 = 36, W - 36
SHADE = (0.86, 0.89, 0.93)
SHADE2 = (0.93, 0.93, 0.93)

SYSTEM = '恵庭市行政評価システム'
PRINTED = '出力日：令和７年７月１４日　15:42'
PLAN = '第６期恵庭市総合計画　前期基本計画'
PERIOD = '令和２年度～令和６年度'

# ----------------------------------------------------------------------------------
# data: goals, 施策 and their 成果指標
# KPI tuple: (name, unit, target, target_year_or_None, base, base_year, r5, r6, dept)
#   target_year None -> 令和６年度 (header 目標値（R6）)
#   base '－' -> new cumulative indicator (progress counted from 0)
# ----------------------------------------------------------------------------------
GOALS = {
    1: '子どもが健やかに育ち、学びが広がるまち',
    2: '健康で、互いに支え合い安心して暮らせるまち',
    3: '花と緑に囲まれ、にぎわいと活力のあるまち',
    4: '安全で快適な、環境と共生するまち',
}

SHISAKU = [
    dict(code='0101', goal=1, no='１－１', title='子育て支援の充実',
         bu='子ども未来部', ka='子ども家庭課', naisen='５１２', kankei='保健課、学校教育課',
         sugata='安心して子どもを産み育てることができるよう、妊娠期から子育て期まで切れ目のない相談支援体制を整え、'
                '保育サービスと地域の子育て支援の場が充実しているまちを目指します。',
         kpis=[
             ('保育所等待機児童数（４月１日現在）', '人', '0', None, '14', 'R2.4.1', '3', '0', '子ども支援課'),
             ('「恵庭市は子育てしやすいまち」と感じる保護者の割合', '％', '70.0', None, '61.2', 'H30', '65.8', '67.4', '子ども家庭課'),
             ('地域子育て支援拠点の延べ利用者数（年間）', '人', '32,000', None, '28,460', 'H30', '24,180', '26,950', '子ども家庭課'),
         ],
         jigyo=[('10-21-003', '子育て世代包括支援事業', '18,426', '継続'),
                ('10-22-011', '保育所等整備支援事業（恵み野地区）', '146,380', '完了'),
                ('10-21-015', '地域子育て支援拠点事業', '42,715', '継続'),
                ('10-22-004', '病児・病後児保育事業', '12,960', '拡充')],
         torikumi='令和６年４月に恵み野地区で定員60人の認可保育所が開所し、４月１日現在の待機児童は解消しました。'
                  '地域子育て支援拠点は市内５か所で実施し、延べ利用者数は前年度から約2,800人増加しましたが、'
                  '新型コロナウイルス感染症の流行前（令和元年度 29,140人）の水準には戻っていません。'
                  '子育て応援アプリ「えにわっこナビ」の登録者は3,120人となりました。',
         hyoka=1, houkou=1,
         houkou_text='こども計画（令和７年度～令和11年度）に基づき、相談支援体制の一体化と拠点事業の周知を進めます。'),
    dict(code='0102', goal=1, no='１－２', title='読書活動と生涯学習の推進',
         bu='教育部', ka='生涯学習課', naisen='６３４', kankei='学校教育課',
         sugata='「読書のまち恵庭」として、乳幼児から高齢者まで誰もが本に親しみ、生涯にわたって学び続け、'
                'その成果を地域に生かすことができるまちを目指します。',
         kpis=[
             ('市民１人当たりの図書貸出冊数（年間）', '冊', '9.0', None, '8.4', 'H30', '8.6', '8.8', '図書館'),
             ('ブックスタート事業の参加率', '％', '98.0', None, '96.8', 'H30', '98.2', '98.6', '図書館'),
             ('生涯学習講座・市民大学の受講者数（年間）', '人', '6,000', None, '5,240', 'H30', '4,980', '5,410', '生涯学習課'),
         ],
         jigyo=[('30-41-002', '図書館資料整備事業', '21,340', '継続'),
                ('30-41-006', 'ブックスタート・ブックスタートプラス事業', '3,118', '継続'),
                ('30-42-001', '恵庭市民大学運営事業', '2,764', '改善'),
                ('30-42-008', '地区会館講座開設事業', '1,905', '継続')],
         torikumi='図書館本館と恵み野分館の開館時間を延長し、電子図書館の蔵書を1,200点追加しました。'
                  '市民大学は14講座を開設し、オンライン受講を併用したことで受講者数が回復しています。'
                  '学校図書館との連携では、市内全小中学校（14校）に学校司書を配置しました。',
         hyoka=2, houkou=2,
         houkou_text='第四次恵庭市子どもの読書活動推進計画（令和５年度～令和９年度）に沿って、乳幼児期と中高生の読書支援を継続します。'),
    dict(code='0201', goal=2, no='２－１', title='健康づくりと地域医療の推進',
         bu='保健福祉部', ka='保健課', naisen='３２１', kankei='スポーツ課',
         sugata='市民一人一人が自らの健康に関心を持ち、健診の受診や日常的な運動などの健康づくりに取り組むとともに、'
                '身近な地域で必要な医療を受けられるまちを目指します。',
         kpis=[
             ('特定健康診査受診率（国民健康保険）', '％', '60.0', 'R5', '38.9', 'H30', '43.6', '集計中', '国保医療課'),
             ('がん検診（胃・肺・大腸）の平均受診率', '％', '20.0', None, '14.2', 'H30', '16.8', '17.9', '保健課'),
             ('健康づくりポイント事業の参加者数（年間）', '人', '2,500', None, '1,120', 'R1', '2,380', '2,640', '保健課'),
         ],
         jigyo=[('20-31-001', '特定健康診査等事業（国保特別会計）', '58,204', '継続'),
                ('20-32-004', 'がん検診事業', '64,870', '継続'),
                ('20-32-010', 'えにわ健康づくりポイント事業', '1,842', '拡充')],
         torikumi='特定健康診査はＳＭＳによる受診勧奨を２回実施しました。令和５年度の受診率は43.6％で、'
                  '北海道平均（31.2％）を上回っています。がん検診では、大腸がん検診の自己負担を500円に引き下げました。'
                  '健康づくりポイント事業はスマートフォンアプリを導入し、参加者が2,640人となりました。',
         hyoka=2, houkou=1,
         houkou_text='第３期データヘルス計画（令和６年度～令和11年度）に基づき、若年層の受診勧奨を強化します。'),
    dict(code='0202', goal=2, no='２－２', title='高齢者・障がい者の地域生活支援',
         bu='保健福祉部', ka='介護福祉課', naisen='３４５', kankei='福祉課',
         sugata='高齢者や障がいのある人が、住み慣れた地域で自分らしく暮らし続けられるよう、医療・介護・福祉が連携した'
                '支援体制と、住民同士が支え合う地域づくりが進んでいるまちを目指します。',
         kpis=[
             ('認知症サポーター養成者数（累計）', '人', '9,000', None, '6,820', 'H30', '8,640', '9,120', '介護福祉課'),
             ('住民主体の通いの場の数', 'か所', '50', None, '32', 'R1', '44', '47', '介護福祉課'),
             ('障がい者就労施設等からの物品等調達額（年間）', '千円', '6,000', None, '4,860', 'H30', '5,720', '5,880', '障がい福祉課'),
         ],
         jigyo=[('20-41-002', '認知症総合支援事業', '9,486', '継続'),
                ('20-41-007', '介護予防・生活支援サービス事業', '186,520', '継続'),
                ('20-42-003', '障がい者就労支援事業', '4,215', '継続')],
         torikumi='認知症サポーター養成講座を市内の事業所・学校で42回開催し、累計で目標の9,000人を超えました。'
                  '通いの場は新たに３か所が立ち上がり、うち２か所は町内会館を活用したものです。'
                  '障がい者就労施設等からの調達方針に基づき、印刷・清掃業務の発注を拡大しました。',
         hyoka=1, houkou=2,
         houkou_text='第９期高齢者保健福祉計画・介護保険事業計画（令和６年度～令和８年度）と整合を図り、取組を継続します。'),
    dict(code='0301', goal=3, no='３－１', title='花のまちづくりと観光の振興',
         bu='経済部', ka='花と緑・観光課', naisen='４２６', kankei='商工労働課、都市整備課',
         sugata='市民と行政が協働して育んできた「花のまち恵庭」の魅力を磨き、道と川の駅「花ロードえにわ」や'
                'えにわ湖・恵庭渓谷などの地域資源を生かして、多くの人が訪れるにぎわいのあるまちを目指します。',
         kpis=[
             ('道と川の駅「花ロードえにわ」の入込客数（年間）', '万人', '105.0', None, '96.4', 'H30', '102.8', '104.1', '花と緑・観光課'),
             ('観光入込客数（年間）', '万人', '170.0', None, '158.2', 'H30', '149.6', '161.3', '花と緑・観光課'),
             ('花のまちづくり活動に参加する団体数', '団体', '140', None, '126', 'H30', '131', '133', '花と緑・観光課'),
             ('ふるさと納税寄附件数（年間）', '件', '30,000', None, '18,420', 'R1', '34,860', '41,275', '企画課'),
         ],
         jigyo=[('40-21-001', '花のまちづくり推進事業', '24,630', '継続'),
                ('40-21-005', 'ガーデンフェスタ開催事業', '8,500', '継続'),
                ('40-22-002', '観光振興・誘客宣伝事業', '15,274', '拡充'),
                ('10-11-020', 'ふるさと納税推進事業', '412,866', '継続')],
         torikumi='第１回えにわガーデンフェスタを６月から８月まで開催し、期間中の来場者は約4.6万人でした。'
                  '花ロードえにわではインバウンド向けの多言語案内を整備しました。'
                  'ふるさと納税は返礼品を186品目に拡充し、寄附額は1,042,360千円（前年度比21.4％増）となりました。',
         hyoka=2, houkou=1,
         houkou_text='恵庭市観光振興計画の改定（令和８年度予定）に向けて、観光客の動向調査を実施します。'),
    dict(code='0302', goal=3, no='３－２', title='農業の振興と企業立地・雇用の創出',
         bu='経済部', ka='商工労働課', naisen='４１３', kankei='企画課',
         sugata='産業団地への企業立地と市内企業の成長を支援して雇用の場を確保するとともに、'
                '都市近郊の立地を生かした農業の担い手が育ち、安心して働き続けられるまちを目指します。',
         kpis=[
             ('企業立地件数（令和２年度からの累計）', '件', '12', None, '－', '－', '9', '11', '商工労働課'),
             ('認定農業者数', '経営体', '190', None, '186', 'H30', '181', '183', '農政課'),
             ('新規就農者数（年間）', '人', '6', None, '4', 'H30', '5', '6', '農政課'),
         ],
         jigyo=[('40-31-001', '企業立地促進事業', '96,400', '継続'),
                ('40-31-006', '恵庭市就職サポート事業', '6,238', '継続'),
                ('40-11-002', '担い手育成支援事業', '5,120', '継続')],
         torikumi='恵庭テクノパークに２社、戸磯地区の産業用地に１社が立地を決定しました。'
                  '市内企業の人材確保に向けて合同企業説明会を３回開催し、参加者は延べ218人でした。'
                  '認定農業者は高齢化による経営移譲が続いており、183経営体にとどまっています。',
         hyoka=2, houkou=3,
         houkou_text='産業用地の不足に対応するため、新たな産業団地の候補地調査（令和７年度）を行います。'),
    dict(code='0401', goal=4, no='４－１', title='防災・減災と地域の安全確保',
         bu='総務部', ka='基地・防災課', naisen='２２４', kankei='土木課、福祉課',
         sugata='災害に強い都市基盤の整備を進めるとともに、自主防災組織を中心とした地域の防災力を高め、'
                '市民が安全に安心して暮らせるまちを目指します。',
         kpis=[
             ('自主防災組織の活動カバー率', '％', '90.0', None, '78.4', 'H30', '86.1', '87.9', '基地・防災課'),
             ('住宅の耐震化率', '％', '95.0', None, '86.2', 'H30', '91.4', '92.0', '建築課'),
             ('恵庭市業務継続計画（ＢＣＰ）の改定', '－', '改定', 'R4', '未改定', 'R1', '改定済', '改定済', '基地・防災課'),
         ],
         jigyo=[('50-11-001', '防災対策推進事業', '12,846', '継続'),
                ('50-11-004', '自主防災組織育成事業', '2,310', '継続'),
                ('60-21-003', '木造住宅耐震化促進事業', '3,600', '継続')],
         torikumi='胆振東部地震（平成30年９月）の経験を踏まえ、避難所の備蓄品を更新し、'
                  '福祉避難所を２か所追加して17か所としました。市総合防災訓練（９月）には約1,300人が参加しました。'
                  '業務継続計画は令和４年度に改定済みです。',
         hyoka=2, houkou=2,
         houkou_text='恵庭市地域防災計画の修正に合わせ、個別避難計画の作成を進めます。'),
    dict(code='0402', goal=4, no='４－２', title='快適な都市環境と循環型社会の形成',
         bu='生活環境部', ka='環境課', naisen='２７１', kankei='管理課',
         sugata='ごみの減量とリサイクルを進め、温室効果ガスの排出を抑えるとともに、'
                '公共交通の利便性を確保して、誰もが快適に移動し暮らせるまちを目指します。',
         kpis=[
             ('家庭系ごみのリサイクル率', '％', '30.0', None, '24.6', 'H30', '25.2', '25.9', '環境課'),
             ('エコバスの年間利用者数', '人', '230,000', None, '212,400', 'H30', '188,560', '203,140', '都市整備課'),
             ('市の事務事業に伴う温室効果ガス排出量', 't-CO2', '12,300', None, '18,640', 'H25', '14,020', '13,180', '環境課'),
         ],
         jigyo=[('50-31-002', 'ごみ減量・資源化推進事業', '7,842', '継続'),
                ('50-31-009', '生ごみ等バイオマス利活用事業', '214,300', '継続'),
                ('60-41-001', 'エコバス運行事業', '88,560', '改善'),
                ('50-32-001', '公共施設ＬＥＤ化推進事業', '46,900', '拡充')],
         torikumi='エコバスはダイヤ改正により、恵庭駅・恵み野駅・島松駅での鉄道との接続を改善し、'
                  '利用者数は前年度から14,580人増加しました。公共施設の照明ＬＥＤ化は６施設で実施し、'
                  '温室効果ガス排出量は基準年度（平成25年度）比で29.3％減少しました。',
         hyoka=3, houkou=3,
         houkou_text='恵庭市地球温暖化対策実行計画（事務事業編）の目標年度（令和12年度）に向けて取組を強化します。'),
]

GRADE_TEXT = [('Ｓ', '進捗率100％以上（目標達成）'), ('Ａ', '進捗率80％以上100％未満'),
              ('Ｂ', '進捗率50％以上80％未満'), ('Ｃ', '進捗率50％未満'),
              ('－', '実績値未確定のため判定不能')]
HYOKA = ['順調', '概ね順調', 'やや遅れ', '遅れ']
HOUKOU = ['拡充', '現状維持', '改善・見直し', '縮小・廃止']


def num(s):
    return float(s.replace(',', ''))


def grade(k):
    name, unit, tgt, ty, base, by, r5, r6, dept = k
    if r6 in ('集計中', '－'):
        return '－', '－'
    if unit == '－':          # qualitative
        return ('Ｓ', '－') if r6.startswith(tgt) else ('Ｃ', '－')
    b = 0.0 if base == '－' else num(base)
    t, a = num(tgt), num(r6)
    if t == b:
        p = 100.0 if a == t else 0.0
    else:
        p = (a - b) / (t - b) * 100
    g = 'Ｓ' if p >= 100 else 'Ａ' if p >= 80 else 'Ｂ' if p >= 50 else 'Ｃ'
    ps = ('△' + '%.1f' % -p) if p < 0 else '%.1f' % p
    return g, ps


# ----------------------------------------------------------------------------------
# drawing helpers
# ----------------------------------------------------------------------------------
NO_START = set('）」』、。，．・ー％～')
NO_END = set('（「『')


def wrap(text, font, size, width):
    lines, cur = [], ''
    for ch in text:
        if pdfmetrics.stringWidth(cur + ch, font, size) > width and cur:
            if ch in NO_START:          # kinsoku: pull the last char down
                lines.append(cur[:-1])
                cur = cur[-1] + ch
            elif cur[-1] in NO_END:     # never end a line with an opening bracket
                lines.append(cur[:-1])
                cur = cur[-1] + ch
            else:
                lines.append(cur)
                cur = ch
        else:
            cur += ch
    if cur:
        lines.append(cur)
    return lines


def box(c, x, y, w, h, fill=None, lw=0.6):
    c.setLineWidth(lw)
    if fill:
        c.setFillColorRGB(*fill)
        c.rect(x, y, w, h, stroke=1, fill=1)
        c.setFillColorRGB(0, 0, 0)
    else:
        c.rect(x, y, w, h, stroke=1, fill=0)


def label(c, x, y, w, h, text, size=8, center=True):
    """shaded label cell; y is the bottom of the cell"""
    box(c, x, y, w, h, SHADE)
    c.setFont(LBL, size)
    lines = text.split('\n')
    lh = size + 1.5
    top = y + h / 2 + (len(lines) * lh) / 2 - size + 0.5
    for i, ln in enumerate(lines):
        if center:
            c.drawCentredString(x + w / 2, top - i * lh, ln)
        else:
            c.drawString(x + 3, top - i * lh, ln)


def value(c, x, y, w, h, text, size=8.5, align='left', font=VAL):
    box(c, x, y, w, h)
    c.setFont(font, size)
    lines = text if isinstance(text, list) else [text]
    lh = size + 2
    top = y + h / 2 + (len(lines) * lh) / 2 - size + 0.5
    for i, ln in enumerate(lines):
        yy = top - i * lh
        if align == 'left':
            c.drawString(x + 3, yy, ln)
        elif align == 'right':
            c.drawRightString(x + w - 3, yy, ln)
        else:
            c.drawCentredString(x + w / 2, yy, ln)


def page_header(c, page, pages, formno, formname):
    c.setFont(LBL, 8)
    c.drawString(X0, H - 26, SYSTEM)
    c.drawString(X0 + 100, H - 26, '【帳票番号：%s】%s' % (formno, formname))
    c.drawRightString(X1, H - 26, '%s　　頁：%d/%d' % (PRINTED, page, pages))
    c.setLineWidth(0.8)
    c.line(X0, H - 31, X1, H - 31)


def page_footer(c, formno):
    c.setLineWidth(0.4)
    c.line(X0, 34, X1, 34)
    c.setFont(LBL, 7)
    c.drawString(X0, 24, '恵庭市　企画振興部　企画課（行政評価担当）')
    c.drawRightString(X1, 24, '%s　　※本帳票は行政評価システムから出力しています。手書きによる修正はしないでください。' % formno)


def stamp_boxes(c, x, ytop):
    names = ['部長', '課長', '係長', '担当']
    w = 30
    for i, n in enumerate(names):
        xx = x + i * w
        label(c, xx, ytop - 11, w, 11, n, size=6.5)
        box(c, xx, ytop - 39, w, 28)


def section_bar(c, y, text):
    box(c, X0, y, X1 - X0, 13, SHADE2, lw=0.5)
    c.setFont(LBL, 8.5)
    c.drawString(X0 + 4, y + 3.5, text)


# ----------------------------------------------------------------------------------
# one 施策評価調書
# ----------------------------------------------------------------------------------
def draw_form(c, s, page, pages):
    page_header(c, page, pages, 'HYK-R020', '施策評価調書')
    c.setFont(TTL, 15)
    c.drawString(X0, H - 62, '施策評価調書（令和６年度実績）')
    c.setFont(LBL, 7.5)
    c.drawString(X0, H - 76, '評価区分：事後評価（一次評価・主管課）　　入力状態：確定')
    stamp_boxes(c, X1 - 120, H - 40)

    y = H - 100
    rh = 15
    # row 1
    x = X0
    label(c, x, y, 62, rh, '施策コード'); value(c, x + 62, y, 48, rh, s['code'], align='center')
    label(c, x + 110, y, 66, rh, '評価対象年度'); value(c, x + 176, y, 70, rh, '令和６年度', align='center')
    label(c, x + 246, y, 56, rh, '計画期間'); value(c, x + 302, y, X1 - x - 302, rh, PERIOD)
    y -= rh
    label(c, X0, y, 62, rh, '計画名'); value(c, X0 + 62, y, X1 - X0 - 62, rh, PLAN)
    y -= rh
    label(c, X0, y, 62, rh, '基本目標')
    value(c, X0 + 62, y, X1 - X0 - 62, rh, '%d　%s' % (s['goal'], GOALS[s['goal']]))
    y -= rh
    label(c, X0, y, 62, rh, '施　策')
    value(c, X0 + 62, y, X1 - X0 - 62, rh, '%s　%s' % (s['no'], s['title']), size=9.5)
    y -= rh
    label(c, X0, y, 62, rh, '主管部'); value(c, X0 + 62, y, 110, rh, s['bu'])
    label(c, X0 + 172, y, 56, rh, '主管課'); value(c, X0 + 228, y, 130, rh, s['ka'])
    label(c, X0 + 358, y, 56, rh, '内　線'); value(c, X0 + 414, y, X1 - X0 - 414, rh, s['naisen'], align='center')
    y -= rh
    label(c, X0, y, 62, rh, '関係課'); value(c, X0 + 62, y, X1 - X0 - 62, rh, s['kankei'])
    lines = wrap(s['sugata'], VAL, 8.5, X1 - X0 - 62 - 8)
    hh = 6 + len(lines) * 10.5
    y -= hh
    label(c, X0, y, 62, hh, '施策の\n目指す姿')
    value(c, X0 + 62, y, X1 - X0 - 62, hh, lines)

    # ---- 成果指標
    y -= 22
    section_bar(c, y, '１．成果指標の状況')
    # columns: No | 成果指標名 | 単位 | 目標値(R6) | 基準値 値 | 年度 | 実績値 R5 | R6 | 進捗率(%) | 判定 | 担当課
    cols = [('No', 16), ('成果指標名', 151), ('単位', 28), ('目標値\n（R6）', 46), ('値', 46), ('年度', 32),
            ('R5', 44), ('R6', 44), ('進捗率\n（％）', 36), ('判定', 24), ('担当課', 0)]
    used = sum(w for _, w in cols)
    cols[-1] = ('担当課', X1 - X0 - used)
    xs = [X0]
    for _, w in cols:
        xs.append(xs[-1] + w)
    h1, h2 = 12, 12
    ytop = y - 2
    # header level 1/2
    yb = ytop - h1 - h2
    for i, (t, w) in enumerate(cols):
        if i in (4, 5):
            continue
        if i in (6, 7):
            continue
        label(c, xs[i], yb, w, h1 + h2, t, size=7.5)
    label(c, xs[4], ytop - h1, cols[4][1] + cols[5][1], h1, '基準値', size=7.5)
    label(c, xs[4], yb, cols[4][1], h2, '値', size=7.5)
    label(c, xs[5], yb, cols[5][1], h2, '年度', size=7.5)
    label(c, xs[6], ytop - h1, cols[6][1] + cols[7][1], h1, '実績値', size=7.5)
    label(c, xs[6], yb, cols[6][1], h2, 'R5', size=7.5)
    label(c, xs[7], yb, cols[7][1], h2, 'R6', size=7.5)
    y = yb
    fs = 7.6
    for n, k in enumerate(s['kpis'], 1):
        name, unit, tgt, ty, base, by, r5, r6, dept = k
        g, ps = grade(k)
        nl = wrap(name, VAL, fs, cols[1][1] - 6)
        dl = wrap(dept, VAL, fs, cols[10][1] - 6)
        tl = [tgt] if ty is None else [tgt, '（%s）' % ty]
        nlines = max(len(nl), len(dl), len(tl))
        rh = 5 + nlines * (fs + 2.2)
        y -= rh
        value(c, xs[0], y, cols[0][1], rh, str(n), fs, 'center')
        value(c, xs[1], y, cols[1][1], rh, nl, fs)
        value(c, xs[2], y, cols[2][1], rh, unit, fs, 'center')
        value(c, xs[3], y, cols[3][1], rh, tl, fs, 'right')
        value(c, xs[4], y, cols[4][1], rh, base, fs, 'right' if base != '－' else 'center')
        value(c, xs[5], y, cols[5][1], rh, by, fs, 'center')
        value(c, xs[6], y, cols[6][1], rh, r5, fs, 'right')
        value(c, xs[7], y, cols[7][1], rh, r6, fs, 'right')
        value(c, xs[8], y, cols[8][1], rh, ps, fs, 'right' if ps != '－' else 'center')
        value(c, xs[9], y, cols[9][1], rh, g, 8.5, 'center')
        value(c, xs[10], y, cols[10][1], rh, dl, fs)
    # notes under the table (CID font)
    c.setFont(LBL, 6.5)
    notes = ['※目標値は令和６年度の値です。異なる年度の目標値は（ ）内に年度を表示しています。基準値の年度欄の「R2.4.1」は令和２年４月１日現在の値です。',
             '※進捗率＝（R6実績値－基準値）÷（目標値－基準値）×100。基準値が「－」の累計指標は０から計算します。△はマイナスを表します。',
             '※判定　' + '　'.join('%s：%s' % gt for gt in GRADE_TEXT) + '（定性的な指標は主管課が判定）']
    nl = []
    for t in notes:
        w = wrap(t, LBL, 6.5, X1 - X0 - 4)
        nl += [w[0]] + ['　　' + r for r in w[1:]]
    for i, t in enumerate(nl):
        c.drawString(X0 + 2, y - 9 - i * 8.5, t)
    y -= 9 + 8.5 * len(nl)

    # ---- 構成事務事業
    y -= 14
    section_bar(c, y, '２．構成事務事業（令和６年度決算）')
    jc = [('事業コード', 62), ('事務事業名', 255), ('決算額（千円）', 80), ('事業の方向性', 0)]
    jc[-1] = ('事業の方向性', X1 - X0 - sum(w for _, w in jc))
    jx = [X0]
    for _, w in jc:
        jx.append(jx[-1] + w)
    y -= 2 + 12
    for i, (t, w) in enumerate(jc):
        label(c, jx[i], y, w, 12, t, size=7.5)
    total = 0
    for code, nm, amt, hk in s['jigyo']:
        y -= 13
        value(c, jx[0], y, jc[0][1], 13, code, 7.6, 'center')
        value(c, jx[1], y, jc[1][1], 13, nm, 7.6)
        value(c, jx[2], y, jc[2][1], 13, amt, 7.6, 'right')
        value(c, jx[3], y, jc[3][1], 13, hk, 7.6, 'center')
        total += int(amt.replace(',', ''))
    y -= 13
    label(c, jx[0], y, jc[0][1] + jc[1][1], 13, '合　計', size=7.5)
    value(c, jx[2], y, jc[2][1], 13, '{:,}'.format(total), 7.6, 'right')
    value(c, jx[3], y, jc[3][1], 13, '', 7.6)

    # ---- 取組と成果
    y -= 22
    section_bar(c, y, '３．令和６年度の主な取組と成果')
    lines = wrap(s['torikumi'], VAL, 8.2, X1 - X0 - 10)
    hh = 6 + len(lines) * 10.5
    y -= 2 + hh
    value(c, X0, y, X1 - X0, hh, lines, 8.2)

    # ---- 総合評価 / 方向性 (check boxes)
    y -= 22
    section_bar(c, y, '４．施策の総合評価（主管課）・今後の方向性')
    y -= 2 + 16
    label(c, X0, y, 62, 16, '総合評価')
    value(c, X0 + 62, y, X1 - X0 - 62, 16,
          '　'.join(('■' if i + 1 == s['hyoka'] else '□') + t for i, t in enumerate(HYOKA)), 8.5)
    y -= 16
    label(c, X0, y, 62, 16, '今後の方向性')
    value(c, X0 + 62, y, X1 - X0 - 62, 16,
          '　'.join(('■' if i + 1 == s['houkou'] else '□') + t for i, t in enumerate(HOUKOU)), 8.5)
    lines = wrap(s['houkou_text'], VAL, 8.2, X1 - X0 - 62 - 8)
    hh = max(24, 6 + len(lines) * 10.5)
    y -= hh
    label(c, X0, y, 62, hh, '方向性の\n説明')
    value(c, X0 + 62, y, X1 - X0 - 62, hh, lines, 8.2)
    page_footer(c, 'HYK-R020')


# ----------------------------------------------------------------------------------
# 集計表 page
# ----------------------------------------------------------------------------------
def draw_summary(c, page, pages):
    page_header(c, page, pages, 'HYK-R090', '成果指標判定集計表')
    c.setFont(TTL, 15)
    c.drawString(X0, H - 62, '成果指標判定集計表（令和６年度実績）')
    stamp_boxes(c, X1 - 120, H - 40)
    y = H - 100
    rh = 15
    label(c, X0, y, 70, rh, '計画名'); value(c, X0 + 70, y, X1 - X0 - 70, rh, PLAN)
    y -= rh
    label(c, X0, y, 70, rh, '計画期間'); value(c, X0 + 70, y, 150, rh, PERIOD)
    label(c, X0 + 220, y, 70, rh, '評価対象年度'); value(c, X0 + 290, y, X1 - X0 - 290, rh, '令和６年度（前期基本計画の最終年度）')
    y -= rh
    label(c, X0, y, 70, rh, '集計基準日'); value(c, X0 + 70, y, 150, rh, '令和７年６月30日')
    label(c, X0 + 220, y, 70, rh, '対象'); value(c, X0 + 290, y, X1 - X0 - 290, rh, '4基本目標・8施策・成果指標25指標')

    counts = {g: {m: 0 for m, _ in GRADE_TEXT} for g in GOALS}
    for s in SHISAKU:
        for k in s['kpis']:
            counts[s['goal']][grade(k)[0]] += 1
    marks = [m for m, _ in GRADE_TEXT]

    y -= 26
    section_bar(c, y, '１．基本目標別の判定状況（成果指標数）')
    cw0, cwm = 235, (X1 - X0 - 235) / 6.0
    xs = [X0, X0 + cw0] + [X0 + cw0 + cwm * (i + 1) for i in range(6)]
    y -= 2 + 16
    label(c, X0, y, cw0, 16, '基本目標', size=8)
    for i, m in enumerate(marks + ['計']):
        label(c, xs[1 + i], y, cwm, 16, m, size=9)
    tot = {m: 0 for m in marks}
    for g in GOALS:
        nl = wrap('%d　%s' % (g, GOALS[g]), VAL, 8, cw0 - 8)
        hh = 6 + len(nl) * 10
        y -= hh
        value(c, X0, y, cw0, hh, nl, 8)
        for i, m in enumerate(marks):
            value(c, xs[1 + i], y, cwm, hh, str(counts[g][m]), 8.5, 'right')
            tot[m] += counts[g][m]
        value(c, xs[6], y, cwm, hh, str(sum(counts[g].values())), 8.5, 'right')
    n = sum(tot.values())
    y -= 16
    label(c, X0, y, cw0, 16, '合計（令和６年度）', size=8)
    for i, m in enumerate(marks):
        value(c, xs[1 + i], y, cwm, 16, str(tot[m]), 9, 'right')
    value(c, xs[6], y, cwm, 16, str(n), 9, 'right')
    y -= 16
    label(c, X0, y, cw0, 16, '構成比', size=8)
    for i, m in enumerate(marks):
        value(c, xs[1 + i], y, cwm, 16, '%.1f％' % (tot[m] * 100.0 / n), 8.5, 'right')
    value(c, xs[6], y, cwm, 16, '100.0％', 8.5, 'right')
    prev = {'Ｓ': 5, 'Ａ': 5, 'Ｂ': 7, 'Ｃ': 6, '－': 2}
    y -= 16
    label(c, X0, y, cw0, 16, '（参考）令和５年度', size=8)
    for i, m in enumerate(marks):
        value(c, xs[1 + i], y, cwm, 16, str(prev[m]), 8.5, 'right')
    value(c, xs[6], y, cwm, 16, str(sum(prev.values())), 8.5, 'right')

    # legend
    y -= 24
    section_bar(c, y, '２．判定区分')
    y -= 2
    for m, t in GRADE_TEXT:
        y -= 14
        label(c, X0, y, 40, 14, m, size=9)
        value(c, X0 + 40, y, 260, 14, t, 8.2)

    # 施策別 総合評価一覧 (distractor list)
    y -= 24
    section_bar(c, y, '３．施策別の総合評価（主管課による一次評価）')
    y -= 2 + 13
    label(c, X0, y, 40, 13, '施策', size=7.5)
    label(c, X0 + 40, y, 230, 13, '施策名', size=7.5)
    label(c, X0 + 270, y, 110, 13, '主管課', size=7.5)
    label(c, X0 + 380, y, 60, 13, '総合評価', size=7.5)
    label(c, X0 + 440, y, X1 - X0 - 440, 13, '今後の方向性', size=7.5)
    for s in SHISAKU:
        y -= 13
        value(c, X0, y, 40, 13, s['no'], 7.8, 'center')
        value(c, X0 + 40, y, 230, 13, s['title'], 7.8)
        value(c, X0 + 270, y, 110, 13, s['ka'], 7.8)
        value(c, X0 + 380, y, 60, 13, HYOKA[s['hyoka'] - 1], 7.8, 'center')
        value(c, X0 + 440, y, X1 - X0 - 440, 13, HOUKOU[s['houkou'] - 1], 7.8, 'center')

    # notes
    y -= 22
    c.setFont(LBL, 7)
    notes = ['※１　前期基本計画の計画期間は令和２年度から令和６年度までです。基本構想の期間は令和２年度から令和11年度までの10年間です。',
             '※２　後期基本計画（令和７年度～令和11年度）の成果指標は、前期の評価結果を踏まえて令和７年３月に設定しました。',
             '※３　令和５年度の判定は、令和６年８月に公表した「施策評価結果報告書」によるものです（対象25指標）。',
             '※４　特定健康診査受診率は法定報告の確定（令和７年11月予定）後に判定します。',
             '※５　本集計表は令和７年８月開催の恵庭市行政評価委員会（外部評価）の資料として使用します。']
    for t in notes:
        c.drawString(X0, y, t)
        y -= 10
    page_footer(c, 'HYK-R090')


def main():
    c = canvas.Canvas(OUT, pagesize=A4)
    c.setTitle('施策評価調書（令和６年度実績）')
    c.setAuthor('恵庭市行政評価システム')
    c.setCreator('恵庭市行政評価システム 帳票出力 (ReportLab)')
    pages = len(SHISAKU) + 1
    for i, s in enumerate(SHISAKU, 1):
        draw_form(c, s, i, pages)
        c.showPage()
    draw_summary(c, pages, pages)
    c.showPage()
    c.save()
    print('wrote', OUT)


if __name__ == '__main__':
    main()
