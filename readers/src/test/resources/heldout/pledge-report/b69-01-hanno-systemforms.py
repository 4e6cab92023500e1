# -*- coding: utf-8 -*-
"""b69-01 飯能市 市長公約 進捗管理票 -- a 行政経営システム form printed by ReportLab (canvas).

Labels, column heads, legends and page header/footer: ReportLab built-in CID fonts
HeiseiKakuGo-W5 / HeiseiMin-W3 (NOT embedded).  Values typed by the departments
(names, results, departments, figures): IPAexGothic TrueType (embedded, subset).
The same script writes the fact list (JSON).
"""
import json
import sys
from decimal import Decimal, ROUND_HALF_UP

from reportlab.lib.colors import Color, black, white
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

OUT = sys.argv[1] if len(sys.argv) > 1 else '/work/b69/pledge-report'
BASE = 'b69-01-hanno-systemforms'

pdfmetrics.registerFont(UnicodeCIDFont('HeiseiKakuGo-W5'))
pdfmetrics.registerFont(UnicodeCIDFont('HeiseiMin-W3'))
pdfmetrics.registerFont(TTFont('IPAexGothic', '/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf'))
LBL = 'HeiseiKakuGo-W5'
SYS = 'HeiseiMin-W3'
VAL = 'IPAexGothic'

GREY = Color(0.85, 0.85, 0.85)
LGREY = Color(0.93, 0.93, 0.93)
BLUEGREY = Color(0.82, 0.87, 0.93)
DARK = Color(0.25, 0.25, 0.25)
MID = Color(0.45, 0.45, 0.45)

W, H = A4
ML = 31
CW = W - 2 * ML

# ----------------------------------------------------------------------------------
# data: policy -> pledges -> items (title, R6 進捗度, R5 進捗度, departments, 実績)
# ----------------------------------------------------------------------------------
POLICIES = [
    ('Ⅰ', '子どもが輝き、森の中で学びが育つまち', [
        ('1', '子育て家庭の経済的な負担を軽くします', [
            ('第２子以降の保育料の完全無償化', 4, 3, ['保育課'],
             '令和６年４月から、第２子以降の３歳未満児の保育料を所得制限なく無償化した。対象児童は延べ412人、軽減額は約１億2,300万円。'),
            ('子ども医療費助成の18歳年度末までの拡大', 4, 3, ['子育て支援課'],
             '令和６年10月診療分から入院・通院とも18歳到達後最初の３月31日まで対象を拡大した（対象者約2,150人増）。'),
            ('小・中学校の学校給食費の段階的な無償化', 3, 2, ['教育総務課'],
             '第３子以降の給食費を全額免除したほか、令和７年度からの中学３年生の無償化に向け補正予算（約4,100万円）を計上した。'),
        ], '中学生全体への給食費無償化は財源の確保が課題。国の動向を注視しつつ、令和８年度以降の対象拡大を検討する。'),
        ('2', '森の中で育ち、学べる環境を整えます', [
            ('小・中学校体育館への空調設備の計画的な設置', 2, 1, ['教育総務課'],
             '実施設計を２校で完了したが、資材価格の高騰により工事の入札が不調となり、設置は０校にとどまった（計画では３校）。'),
            ('西川材を活用した学校施設の木質化の推進', 3, 2, ['教育総務課', '林業振興課'],
             '飯能第一小学校の図書室と原市場中学校の昇降口を西川材で木質化した（使用材積約38㎥）。'),
            ('不登校の児童生徒のための校内教育支援センターの全校設置', 3, 2, ['学校教育課'],
             '校内教育支援センターを小学校４校・中学校３校に新設し、設置校は15校中11校となった。'),
            ('自然体験学習「はんのう森のがっこう」の全校実施', 4, 3, ['学校教育課'],
             '市内全小学校の５年生（約520人）が名栗地区の市有林で林業体験・沢歩きを行った。'),
        ], '体育館空調は避難所機能の強化とも関連するため、令和７年度に２校分の工事を再度発注し、遅れを取り戻す。'),
    ]),
    ('Ⅱ', '誰もが健やかに、支え合って暮らせるまち', [
        ('3', '健康で長生きできるまちにします', [
            ('帯状疱疹ワクチン接種費用の助成', 4, 4, ['健康づくり支援課'],
             '50歳以上を対象に生ワクチン4,000円、組換えワクチン１回10,000円を助成した。助成件数は1,936件（前年度1,402件）。'),
            ('森林セラピーを活用した健康づくりの推進', 3, 2, ['健康づくり支援課', '観光・エコツーリズム推進課'],
             '天覧山・多峯主山コースで森林セラピーウォークを年12回開催し、参加者は延べ386人となった。'),
            ('がん検診のオンライン予約と受診率の向上', 2, 2, ['健康づくり支援課'],
             'オンライン予約を胃がん・大腸がん検診で開始したが、システム改修の遅れにより乳がん・子宮頸がん検診は未対応（受診率14.8％）。'),
        ], '乳がん・子宮頸がん検診のオンライン予約は令和７年９月の開始を目指す。セラピーウォークは企業研修への展開を図る。'),
        ('4', '支え合い、安心して暮らせる地域をつくります', [
            ('通院・買い物を支えるデマンド型交通の市内全域への拡大', 2, 1, ['都市計画課', '介護福祉課'],
             '精明・加治地区で実証運行（登録者612人、利用延べ2,840回）を行ったが、全域への拡大は事業者との調整中である。'),
            ('認知症カフェの拡充と見守りネットワークの強化', 3, 3, ['介護福祉課'],
             '認知症カフェを２か所増やして９か所とし、見守り協定の締結事業者は累計64事業者となった。'),
            ('障害のある人の就労支援と相談窓口の一本化', 1, 1, ['障害者福祉課'],
             '基幹相談支援センターの設置に向けた検討会を２回開催したが、委託先の選定に至っていない。'),
        ], 'デマンド交通は運転手の確保が課題であり、令和７年度は東吾野・吾野地区への拡大を優先して進める。'),
    ]),
    ('Ⅲ', '森と川の恵みを生かし、にぎわいと仕事を生むまち', [
        ('5', '森と川を生かした観光で、にぎわいをつくります', [
            ('宮沢湖周辺と中心市街地を結ぶ周遊ルートの整備', 3, 2, ['観光・エコツーリズム推進課'],
             '飯能駅から宮沢湖までの案内サイン18基を更新し、土日祝日の周遊バスの実証運行（利用者延べ9,760人）を実施した。'),
            ('飯能河原・天覧山周辺の駐車場とトイレの再整備', 2, 1, ['観光・エコツーリズム推進課'],
             '飯能河原の公衆トイレ１棟の改修設計を完了した。駐車場の拡張（約40台分）は用地交渉が続いている。'),
            ('名栗地区のキャンプ場と体験型観光の振興', 3, 2, ['観光・エコツーリズム推進課'],
             '名栗湖周辺のキャンプ場の利用者は約11万2,000人（前年度約10万4,000人）。カヌー体験等のエコツアーを46本造成した。'),
        ], '観光客の回遊を中心市街地での消費につなげるため、商店街と連携したスタンプラリー等を令和７年度に実施する。'),
        ('6', '地域の仕事と担い手を育てます', [
            ('圏央道インターチェンジ周辺への企業誘致', 3, 2, ['産業振興課'],
             '狭山日高インターチェンジ周辺の産業用地（約9.6ha）で２社と立地協定を締結した。'),
            ('西川材のブランド化と販路の拡大', 3, 2, ['林業振興課'],
             '西川材を使った家具・住宅の見本市に３回出展し、西川材住宅への補助は42件（補助額約2,520万円）となった。'),
            ('空き店舗を活用した創業支援の拡充', 4, 3, ['産業振興課'],
             '中心市街地の空き店舗への出店補助により９件が創業した（目標８件）。創業塾の修了者は31人。'),
            ('新規就農者の確保と遊休農地の解消', 1, 1, ['農業振興課', '農業委員会事務局'],
             '新規就農者は２人（目標５人）にとどまり、遊休農地の解消面積も1.2ha（目標3.0ha）であった。'),
        ], '新規就農は研修農場の確保が課題。遊休農地は農地中間管理機構との連携を強めて集積を図る。'),
    ]),
    ('Ⅳ', '災害に強く、市民とともに歩む市政', [
        ('7', '災害に強く、安全なまちをつくります', [
            ('入間川・成木川流域の浸水対策の推進', 2, 1, ['道路建設課', '危機管理室'],
             '双柳地区の雨水管渠工事（延長約210ｍ）に着手した。県管理河川の改修については県と協議中である。'),
            ('防災行政無線の戸別受信機の無償貸与', 4, 3, ['危機管理室'],
             '希望する世帯への戸別受信機の無償貸与を完了した（累計3,418台、うち令和６年度1,205台）。'),
            ('避難所へのマンホールトイレと蓄電池の配備', 3, 2, ['危機管理室'],
             '指定避難所８か所にマンホールトイレ（計40基）を、６か所に可搬型蓄電池を配備した（全26か所）。'),
        ], '令和元年東日本台風の被害を踏まえ、浸水想定区域の見直し（令和７年度予定）に合わせて対策を進める。'),
        ('8', '便利で、市民に開かれた市役所にします', [
            ('「書かない窓口」とキャッシュレス決済の導入', 4, 2, ['市民課', 'デジタル推進課'],
             '令和６年５月に市民課窓口で「書かない窓口」を開始し、証明書手数料等のキャッシュレス決済を全窓口に導入した。'),
            ('市長が地域に出向く「まちかどトーク」の開催', 4, 4, ['秘書広報課'],
             '市内９地区全てで「まちかどトーク」を開催し、参加者は延べ438人、意見・提案は127件であった。'),
            ('公共施設の複合化と市民会館跡地の活用', 0, 0, ['資産経営課'],
             '公共施設等総合管理計画の改訂作業を優先したため、跡地活用の検討には着手していない。'),
        ], '市民会館跡地は、令和７年度に庁内検討組織を設置し、活用方針の策定に着手する。'),
    ]),
]

LEGEND = [('4', '完了', '公約の内容を実現した（事業化・制度化を含む）'),
          ('3', '順調', '計画どおり進んでおり、任期中の実現が見込まれる'),
          ('2', 'やや遅れ', '着手しているが、計画より遅れが生じている'),
          ('1', '遅れ', '課題があり、取組が大きく遅れている'),
          ('0', '未着手', '取組に着手していない')]
MAXPT = 4


def rate(points, n):
    v = Decimal(points) * 100 / Decimal(n * MAXPT)
    return v.quantize(Decimal('0.1'), rounding=ROUND_HALF_UP)


# ----------------------------------------------------------------------------------
# drawing helpers
# ----------------------------------------------------------------------------------
def wrap(text, font, size, width):
    """wrap by measured width, character by character (the system does no kinsoku)"""
    lines, cur = [], ''
    for ch in text:
        if pdfmetrics.stringWidth(cur + ch, font, size) > width and cur:
            lines.append(cur)
            cur = ch
        else:
            cur += ch
    if cur:
        lines.append(cur)
    return lines


def box(c, x, y, w, h, fill=None, lw=0.6):
    c.setLineWidth(lw)
    if fill is not None:
        c.setFillColor(fill)
        c.rect(x, y, w, h, stroke=1, fill=1)
        c.setFillColor(black)
    else:
        c.rect(x, y, w, h, stroke=1, fill=0)


def text_in(c, x, y, w, h, lines, font, size, align='left', lead=None, pad=3, color=black):
    """draw lines vertically centred in the box (x, y bottom-left)"""
    lead = lead or size * 1.3
    c.setFont(font, size)
    c.setFillColor(color)
    total = lead * len(lines)
    top = y + h / 2 + total / 2
    for i, ln in enumerate(lines):
        by = top - lead * (i + 1) + (lead - size) / 2 + size * 0.12
        if align == 'left':
            c.drawString(x + pad, by, ln)
        elif align == 'right':
            c.drawRightString(x + w - pad, by, ln)
        else:
            c.drawCentredString(x + w / 2, by, ln)
    c.setFillColor(black)


NPAGES = 5
PRINTED = '出力日：令和７年５月１２日　16:42'


def page_frame(c, pageno, form_title):
    # system banner
    c.setFont(SYS, 8)
    c.drawString(ML, H - 24, '飯能市 行政経営システム［施策・公約進捗管理］')
    c.drawRightString(W - ML, H - 24, PRINTED + '　出力者：企画課')
    c.setFont(LBL, 7.5)
    c.drawString(ML, H - 35, '帳票ID：KSR-0310　様式第３号')
    c.drawRightString(W - ML, H - 35, '年度：令和６年度　処理区分：年度末評価（確定）')
    c.setLineWidth(1.2)
    c.line(ML, H - 40, W - ML, H - 40)
    # form title
    c.setFont(LBL, 14)
    c.drawCentredString(W / 2, H - 62, form_title)
    # footer
    c.setLineWidth(0.5)
    c.line(ML, 34, W - ML, 34)
    c.setFont(SYS, 8)
    c.drawString(ML, 24, '飯能市 総合政策部 企画課')
    c.drawCentredString(W / 2, 24, '%d/%d' % (pageno, NPAGES))
    c.drawRightString(W - ML, 24, 'KSR-0310')


# ----------------------------------------------------------------------------------
# page 1: 総括表
# ----------------------------------------------------------------------------------
def summary_page(c):
    page_frame(c, 1, '市長公約　進捗状況総括表')
    y = H - 80
    # info row: shaded labels left, values right
    cells = [('対象年度', 52, '令和６年度', 70), ('評価基準日', 58, '令和７年３月31日', 90),
             ('所管課', 44, '総合政策部 企画課', 100)]
    x = ML
    h = 18
    for lab, lw_, val, vw in cells:
        box(c, x, y - h, lw_, h, GREY)
        text_in(c, x, y - h, lw_, h, [lab], LBL, 8.5, 'center')
        box(c, x, y - h, vw, h) if False else None
        box(c, x + lw_, y - h, vw, h)
        text_in(c, x + lw_, y - h, vw, h, [val], VAL, 9)
        x += lw_ + vw
    # stamp boxes 確認欄
    sw = (ML + CW - x) / 3
    for i, lab in enumerate(['課長', '係長', '担当']):
        box(c, x + i * sw, y - 10, sw, 10, LGREY)
        text_in(c, x + i * sw, y - 10, sw, 10, [lab], LBL, 6.5, 'center')
        box(c, x + i * sw, y - 38, sw, 28)
    y -= 48

    # legend + rule
    c.setFont(LBL, 9.5)
    c.drawString(ML, y, '■ 進捗度の区分と達成度の算出方法')
    y -= 6
    lh = 14
    box(c, ML, y - lh, 40, lh, GREY)
    text_in(c, ML, y - lh, 40, lh, ['進捗度'], LBL, 8, 'center')
    box(c, ML + 40, y - lh, 60, lh, GREY)
    text_in(c, ML + 40, y - lh, 60, lh, ['区分'], LBL, 8, 'center')
    box(c, ML + 100, y - lh, CW - 100, lh, GREY)
    text_in(c, ML + 100, y - lh, CW - 100, lh, ['判断の基準'], LBL, 8, 'center')
    y -= lh
    for code, name, crit in LEGEND:
        box(c, ML, y - lh, 40, lh)
        text_in(c, ML, y - lh, 40, lh, [code], LBL, 8.5, 'center')
        box(c, ML + 40, y - lh, 60, lh)
        text_in(c, ML + 40, y - lh, 60, lh, [name], LBL, 8, 'center')
        box(c, ML + 100, y - lh, CW - 100, lh)
        text_in(c, ML + 100, y - lh, CW - 100, lh, [crit], LBL, 8)
        y -= lh
    y -= 4
    notes = ['※ 進捗度は、担当課による自己評価を企画課のヒアリング（令和７年４月14日～25日）を経て確定したもの。',
             '※ 達成度（％）＝ 進捗度の合計点 ÷（取組数 × ４点）× 100　（小数点以下第２位を四捨五入）',
             '※ 基本政策及び全体の達成度も、属する全取組の合計点から同じ式で算出している（公約別達成度の平均ではない）。',
             '※ 前年度欄は令和５年度末（令和６年３月31日）時点の確定値。']
    c.setFont(LBL, 7.5)
    for n in notes:
        y -= 11
        c.drawString(ML + 4, y, n)
    y -= 18

    # summary table
    c.setFont(LBL, 9.5)
    c.drawString(ML, y, '■ 基本政策・公約別の進捗状況（令和６年度末）')
    y -= 6
    cols = [('コード', 30), ('基本政策／公約', 176), ('取組数', 30), ('4', 25), ('3', 25), ('2', 25),
            ('1', 25), ('0', 25), ('合計点', 34), ('満点', 32), ('達成度', 46), ('前年度\n（参考）', 60)]
    xs = [ML]
    for _, w in cols:
        xs.append(xs[-1] + w)
    # header: two levels, 進捗度別の取組数 spans cols 3..7
    h1, h2 = 14, 14
    top = y
    for i, (lab, w) in enumerate(cols):
        if 3 <= i <= 7:
            box(c, xs[i], top - h1 - h2, w, h2, GREY)
            text_in(c, xs[i], top - h1 - h2, w, h2, [lab], LBL, 8, 'center')
        else:
            box(c, xs[i], top - h1 - h2, w, h1 + h2, GREY)
            text_in(c, xs[i], top - h1 - h2, w, h1 + h2, lab.split('\n'), LBL, 7.5, 'center')
    box(c, xs[3], top - h1, xs[8] - xs[3], h1, GREY)
    text_in(c, xs[3], top - h1, xs[8] - xs[3], h1, ['進捗度別の取組数'], LBL, 8, 'center')
    y = top - h1 - h2

    tot_pts = tot_n = 0
    tot_cnt = [0] * 5
    tot_r5 = 0
    for pcode, pname, pledges in POLICIES:
        items = [it for pl in pledges for it in pl[2]]
        n = len(items)
        pts = sum(it[1] for it in items)
        r5 = sum(it[2] for it in items)
        cnt = [sum(1 for it in items if it[1] == k) for k in (4, 3, 2, 1, 0)]
        rows = [('policy', pcode, pname, n, cnt, pts, rate(pts, n), rate(r5, n))]
        for no, plname, its, _ in pledges:
            pn = len(its)
            pp = sum(it[1] for it in its)
            pr5 = sum(it[2] for it in its)
            pc = [sum(1 for it in its if it[1] == k) for k in (4, 3, 2, 1, 0)]
            rows.append(('pledge', no, plname, pn, pc, pp, rate(pp, pn), rate(pr5, pn)))
        tot_pts += pts
        tot_n += n
        tot_r5 += r5
        tot_cnt = [a + b for a, b in zip(tot_cnt, cnt)]
        for kind, code, name, n_, cnt_, pts_, rt, r5t in rows:
            indent = 0 if kind == 'policy' else 10
            lines = wrap(name, VAL, 8.5, cols[1][1] - 6 - indent)
            rh = max(16, 11 * len(lines) + 5)
            fill = LGREY if kind == 'policy' else None
            vals = [code, None, str(n_)] + [str(v) if v else '－' for v in cnt_] + \
                   [str(pts_), str(n_ * MAXPT), '%s%%' % rt, '%s%%' % r5t]
            for i in range(len(cols)):
                box(c, xs[i], y - rh, cols[i][1], rh, fill)
            text_in(c, xs[0], y - rh, cols[0][1], rh, [code], VAL, 8.5, 'center')
            c.setFont(VAL, 8.5)
            text_in(c, xs[1] + indent, y - rh, cols[1][1] - indent, rh, lines, VAL, 8.5, lead=11)
            for i in range(2, len(cols)):
                v = vals[i]
                col = MID if i == len(cols) - 1 else black
                fnt = VAL
                text_in(c, xs[i], y - rh, cols[i][1], rh, [v], fnt, 8.5 if i < 10 else 9,
                        'right' if i >= 8 else 'center', color=col)
            y -= rh
    # 全体 row
    rh = 18
    for i in range(len(cols)):
        box(c, xs[i], y - rh, cols[i][1], rh, BLUEGREY)
    box(c, xs[0], y - rh, cols[0][1] + cols[1][1], rh, BLUEGREY)
    text_in(c, xs[0], y - rh, cols[0][1] + cols[1][1], rh, ['全　体'], LBL, 9, 'center')
    vals = [str(tot_n)] + [str(v) for v in tot_cnt] + [str(tot_pts), str(tot_n * MAXPT),
                                                       '%s%%' % rate(tot_pts, tot_n), '%s%%' % rate(tot_r5, tot_n)]
    for j, v in enumerate(vals):
        i = j + 2
        text_in(c, xs[i], y - rh, cols[i][1], rh, [v], VAL, 9, 'right' if i >= 8 else 'center',
                color=MID if i == len(cols) - 1 else black)
    y -= rh
    y -= 14
    c.setFont(LBL, 7.5)
    pol_rates = []
    for pcode, pname, pledges in POLICIES:
        items = [it for pl in pledges for it in pl[2]]
        pol_rates.append(rate(sum(it[1] for it in items), len(items)))
    mean_pol = (sum(pol_rates) / len(pol_rates)).quantize(Decimal('0.1'), rounding=ROUND_HALF_UP)
    c.drawString(ML + 4, y, '※ 「－」は該当する取組がないことを示す。基本政策別達成度の単純平均（%s％）は全体の達成度と一致しない。' % mean_pol)
    y -= 11
    c.drawString(ML + 4, y, '※ 公約の体系は、飯能市総合振興計画 後期基本計画（令和３年度～令和７年度）の施策体系と整合を図っている。')
    # overall box
    y -= 26
    ov, ov5 = rate(tot_pts, tot_n), rate(tot_r5, tot_n)
    box(c, ML, y - 40, 120, 40, DARK)
    c.setFillColor(white)
    text_in(c, ML, y - 40, 120, 40, ['公約全体の達成度', '（令和６年度末）'], LBL, 9, 'center', lead=13)
    box(c, ML + 120, y - 40, 110, 40)
    text_in(c, ML + 120, y - 40, 110, 40, ['%s%%' % ov], VAL, 20, 'center')
    lines = ['合計点 %d点 ／ 満点 %d点（%d取組 × ４点）' % (tot_pts, tot_n * MAXPT, tot_n),
             '令和５年度末 %s%% から %sポイント上昇' % (ov5, ov - ov5),
             '完了 %d件・順調 %d件・やや遅れ %d件・遅れ %d件・未着手 %d件' % tuple(tot_cnt)]
    box(c, ML + 230, y - 40, CW - 230, 40)
    text_in(c, ML + 230, y - 40, CW - 230, 40, lines, VAL, 8.5, lead=12, pad=6)
    return tot_pts, tot_n, tot_cnt, tot_r5


# ----------------------------------------------------------------------------------
# pages 2-5: 個票, two pledges per page
# ----------------------------------------------------------------------------------
ITEM_COLS = [('No.', 24), ('取組内容', 128), ('令和６年度の実績・成果', 214), ('R5', 26), ('R6', 30), ('担当課', 111)]


def pledge_form(c, y, pcode, pname, no, plname, items, issue, seq):
    x0 = ML
    n = len(items)
    pts = sum(it[1] for it in items)
    r5 = sum(it[2] for it in items)
    # form head band
    box(c, x0, y - 16, CW, 16, DARK)
    c.setFillColor(white)
    c.setFont(LBL, 9)
    c.drawString(x0 + 5, y - 12, '市長公約 進捗管理票（個票）')
    c.drawRightString(x0 + CW - 5, y - 12, '管理番号 KK-R06-%02d' % seq)
    c.setFillColor(black)
    y -= 16
    lw_ = 70
    rows = [('基本政策', '%s　%s' % (pcode, pname)), ('公約', '%s　%s' % (no, plname))]
    for lab, val in rows:
        box(c, x0, y - 18, lw_, 18, GREY)
        text_in(c, x0, y - 18, lw_, 18, [lab], LBL, 8.5, 'center')
        box(c, x0 + lw_, y - 18, CW - lw_, 18)
        text_in(c, x0 + lw_, y - 18, CW - lw_, 18, [val], VAL, 9.5, pad=5)
        y -= 18
    # achievement row: four label/value pairs
    pairs = [('公約の達成度', '%s%%' % rate(pts, n), 70, 62), ('合計点／満点', '%d点／%d点' % (pts, n * MAXPT), 66, 74),
             ('取組数', '%d' % n, 44, 40), ('前年度達成度', '%s%%' % rate(r5, n), 64, 0)]
    x = x0
    for i, (lab, val, lw2, vw) in enumerate(pairs):
        if i == len(pairs) - 1:
            vw = x0 + CW - x - lw2
        box(c, x, y - 18, lw2, 18, GREY)
        text_in(c, x, y - 18, lw2, 18, [lab], LBL, 8, 'center')
        box(c, x + lw2, y - 18, vw, 18)
        text_in(c, x + lw2, y - 18, vw, 18, [val], VAL, 10 if i == 0 else 9,
                'center', color=MID if i == 3 else black)
        x += lw2 + vw
    y -= 18
    # items grid header (two levels: 進捗度 over R5 / R6)
    xs = [x0]
    for _, w in ITEM_COLS:
        xs.append(xs[-1] + w)
    h1 = h2 = 12
    for i, (lab, w) in enumerate(ITEM_COLS):
        if i in (3, 4):
            box(c, xs[i], y - h1 - h2, w, h2, GREY)
            text_in(c, xs[i], y - h1 - h2, w, h2, [lab + ('（参考）' if False else '')], LBL, 7.5, 'center')
        else:
            box(c, xs[i], y - h1 - h2, w, h1 + h2, GREY)
            text_in(c, xs[i], y - h1 - h2, w, h1 + h2, [lab], LBL, 8, 'center')
    box(c, xs[3], y - h1, xs[5] - xs[3], h1, GREY)
    text_in(c, xs[3], y - h1, xs[5] - xs[3], h1, ['進捗度'], LBL, 7.5, 'center')
    y -= h1 + h2
    for k, (title, r6, r5_, depts, res) in enumerate(items, 1):
        tl = wrap(title, VAL, 9, ITEM_COLS[1][1] - 6)
        rl = wrap(res, VAL, 8, ITEM_COLS[2][1] - 6)
        rh = max(11.5 * len(tl), 10.5 * len(rl), 12 * len(depts)) + 8
        for i in range(len(ITEM_COLS)):
            box(c, xs[i], y - rh, ITEM_COLS[i][1], rh)
        text_in(c, xs[0], y - rh, ITEM_COLS[0][1], rh, ['%s-%d' % (no, k)], VAL, 8, 'center')
        text_in(c, xs[1], y - rh, ITEM_COLS[1][1], rh, tl, VAL, 9, lead=11.5)
        text_in(c, xs[2], y - rh, ITEM_COLS[2][1], rh, rl, VAL, 8, lead=10.5)
        text_in(c, xs[3], y - rh, ITEM_COLS[3][1], rh, [str(r5_)], VAL, 8, 'center', color=MID)
        text_in(c, xs[4], y - rh, ITEM_COLS[4][1], rh, [str(r6)], VAL, 12, 'center')
        text_in(c, xs[5], y - rh, ITEM_COLS[5][1], rh, depts, VAL, 8, lead=12)
        y -= rh
    # issue box
    il = wrap(issue, VAL, 8.5, CW - lw_ - 8)
    ih = max(22, 11 * len(il) + 8)
    box(c, x0, y - ih, lw_, ih, GREY)
    text_in(c, x0, y - ih, lw_, ih, ['課題・今後の', '方向性'], LBL, 8, 'center', lead=10)
    box(c, x0 + lw_, y - ih, CW - lw_, ih)
    text_in(c, x0 + lw_, y - ih, CW - lw_, ih, il, VAL, 8.5, lead=11, pad=5)
    y -= ih
    c.setFont(LBL, 7)
    c.drawString(x0 + 2, y - 9, '進捗度　4：完了　3：順調　2：やや遅れ　1：遅れ　0：未着手　／　R5 は令和５年度末の進捗度（参考）　／　担当課は上段が主担当')
    return y - 12


def main():
    c = canvas.Canvas('%s/%s.pdf' % (OUT, BASE), pagesize=A4)
    c.setTitle('市長公約 進捗状況総括表・進捗管理票（令和６年度）')
    c.setAuthor('飯能市 総合政策部 企画課')
    c.setCreator('飯能市 行政経営システム KSR-0310')
    c.setSubject('市長公約 進捗管理')
    tot_pts, tot_n, tot_cnt, tot_r5 = summary_page(c)
    c.showPage()
    page = 2
    seq = 0
    forms = [(p[0], p[1]) + pl for p in POLICIES for pl in p[2]]
    for i in range(0, len(forms), 2):
        page_frame(c, page, '市長公約　進捗管理票（個票）')
        y = H - 76
        for f in forms[i:i + 2]:
            seq += 1
            y = pledge_form(c, y, f[0], f[1], f[2], f[3], f[4], f[5], seq) - 16
        c.showPage()
        page += 1
    c.save()
    assert page - 1 == NPAGES, page

    # ---------------------------------------------------------------- facts
    facts = [{'type': 'municipality', 'value': '112097'},
             {'type': 'fiscal-year', 'value': '2024'},
             {'type': 'overall', 'value': str(rate(tot_pts, tot_n)), 'unit': '%', 'year': 2024},
             {'type': 'rule', 'value': 'sum-over-maximum'}]
    for k, cnt in zip(('4', '3', '2', '1', '0'), tot_cnt):
        facts.append({'type': 'mark-count', 'subject': k, 'value': str(cnt), 'year': 2024})
    for pcode, pname, pledges in POLICIES:
        items = [it for pl in pledges for it in pl[2]]
        facts.append({'type': 'policy', 'subject': pname})
        facts.append({'type': 'policy-score', 'subject': pname,
                      'value': str(rate(sum(it[1] for it in items), len(items))), 'unit': '%', 'year': 2024})
        for no, plname, its, _ in pledges:
            facts.append({'type': 'pledge', 'subject': plname})
            facts.append({'type': 'pledge-score', 'subject': plname,
                          'value': str(rate(sum(it[1] for it in its), len(its))), 'unit': '%', 'year': 2024})
            for title, r6, r5_, depts, res in its:
                facts.append({'type': 'item', 'subject': title})
                facts.append({'type': 'item-evaluation', 'subject': title, 'value': str(r6), 'year': 2024})
                for d in depts:
                    facts.append({'type': 'item-department', 'subject': title, 'value': d})
    with open('/tmp/b69-pledge-report/facts01.json', 'w') as f:
        json.dump(facts, f, ensure_ascii=False, indent=1)
    print('facts', len(facts), 'overall', rate(tot_pts, tot_n), tot_cnt, 'r5', rate(tot_r5, tot_n))


if __name__ == '__main__':
    main()
