#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""須坂市議会 議会情報管理システム 帳票 GJR0420「委員会行政視察報告書」出力プログラム（模擬）.

ReportLab canvas で帳票を描く。
  - 見出し・項目名（ラベル）・帳票枠の文字 : ReportLab 組込み CID フォント HeiseiKakuGo-W5（埋め込みなし）
  - 長文（説明概要・質疑応答・所感・総括）   : ReportLab 組込み CID フォント HeiseiMin-W3（埋め込みなし）
  - 入力値（日付・氏名・数値・調査事項等）   : IPAexGothic TrueType（サブセット埋め込み）
使い方: /usr/bin/python3 b69-01-suzaka-systemform.py OUT.pdf
"""
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfbase.ttfonts import TTFont

pdfmetrics.registerFont(UnicodeCIDFont('HeiseiKakuGo-W5'))
pdfmetrics.registerFont(UnicodeCIDFont('HeiseiMin-W3'))
pdfmetrics.registerFont(TTFont('IPAexGothic', '/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf'))

LBL = 'HeiseiKakuGo-W5'   # labels, frame text (CID, not embedded)
TXT = 'HeiseiMin-W3'      # long free text (CID, not embedded)
VAL = 'IPAexGothic'       # entered values (TrueType, embedded)

W, H = A4
LM, RM = 38, W - 38
TOP, BOTTOM = H - 86, 58
LW = 78                   # label column width
PAD = 4

SYSTEM = '須坂市議会　議会情報管理システム（委員会活動管理）'
PRINTED = '出力日：令和７年１２月３日　15:42　出力者：gj0412'
FORM_ID = '帳票ID：GJR0420　様式第４号（第６条関係）'
FOOT_L = 'GJR0420　委員会行政視察報告書'
FOOT_R = '須坂市議会事務局　議事係'

HANG = '、。，．）」』'


def sw(s, f, z):
    return pdfmetrics.stringWidth(s, f, z)


def wrap(text, font, size, width):
    """System-style hard wrap: character by character, only 、。 may hang."""
    out = []
    for para in text.split('\n'):
        cur = ''
        for ch in para:
            if sw(cur + ch, font, size) > width and cur:
                if ch in HANG:
                    cur += ch
                    out.append(cur)
                    cur = ''
                    continue
                out.append(cur)
                cur = ch
            else:
                cur += ch
        out.append(cur)
    return out


class Doc:
    def __init__(self):
        self.pages = []
        self.new_page()

    def new_page(self):
        self.pages.append([])
        self.y = TOP

    target = None

    def op(self, f):
        (self.target if self.target is not None else self.pages[-1]).append(f)

    def room(self):
        return self.y - BOTTOM

    # ---------- primitives (recorded, drawn later) ----------
    def box(self, x, y, w, h, fill=None, lw=0.6):
        def f(c):
            c.setLineWidth(lw)
            if fill is not None:
                c.setFillColorRGB(*fill)
                c.rect(x, y, w, h, stroke=1, fill=1)
                c.setFillColorRGB(0, 0, 0)
            else:
                c.rect(x, y, w, h, stroke=1, fill=0)
        self.op(f)

    def text(self, x, y, s, font, size, align='l', color=(0, 0, 0)):
        def f(c):
            c.setFillColorRGB(*color)
            c.setFont(font, size)
            if align == 'c':
                c.drawCentredString(x, y, s)
            elif align == 'r':
                c.drawRightString(x, y, s)
            else:
                c.drawString(x, y, s)
            c.setFillColorRGB(0, 0, 0)
        self.op(f)

    def line(self, x1, y1, x2, y2, lw=0.6):
        def f(c):
            c.setLineWidth(lw)
            c.line(x1, y1, x2, y2)
        self.op(f)

    # ---------- form pieces ----------
    def title(self, s, size=15, sub=None):
        self.y -= size + 6
        self.text(W / 2, self.y, s, LBL, size, 'c')
        if sub:
            self.y -= 14
            self.text(W / 2, self.y, sub, LBL, 8.5, 'c')
        self.y -= 10

    def band(self, s, right=None, fill=(0.80, 0.86, 0.94)):
        h = 18
        self.y -= h
        self.box(LM, self.y, RM - LM, h, fill=fill, lw=0.9)
        self.text(LM + 6, self.y + 5.5, s, LBL, 10.5)
        if right:
            self.text(RM - 6, self.y + 5.5, right, LBL, 8.5, 'r')

    def row(self, label, value, font=VAL, size=9.2, lh=13.2, cont_label=None, minh=20):
        """label box (shaded) on the left, value box on the right; long values split over pages."""
        vw = RM - LM - LW - 2 * PAD
        lines = wrap(value, font, size, vw) if isinstance(value, str) else value
        first = True
        while lines:
            avail = self.room() - 2 * PAD
            n = max(0, int(avail // lh))
            if n < 1 or (n < len(lines) and n < 2):
                self.new_page()
                continue
            chunk, lines = lines[:n], lines[n:]
            h = max(minh, len(chunk) * lh + 2 * PAD)
            self.y -= h
            lab = label if first else (cont_label or label + '（続き）')
            self.box(LM, self.y, LW, h, fill=(0.86, 0.86, 0.86))
            self.box(LM + LW, self.y, RM - LM - LW, h)
            ly = self.y + h - PAD - 9.5 if h > 26 else self.y + h / 2 - 3.2
            for i, part in enumerate(wrap(lab, LBL, 8.6, LW - 6)):
                self.text(LM + LW / 2, ly - i * 11, part, LBL, 8.6, 'c')
            ty = self.y + h - PAD - size
            if len(chunk) == 1 and h <= 26:
                ty = self.y + h / 2 - size / 2 + 1.2
            for i, ln in enumerate(chunk):
                self.text(LM + LW + PAD, ty - i * lh, ln, font, size)
            first = False

    def grid(self, label, cols, header, rows, aligns=None, size=9.0, lh=12.8, note=None,
             note_font=VAL, repeat_header=True, header_fonts=None, cont_label=None):
        """label box on the left, a sub-table in the value area.
        cols: widths (sum = value area width); rows: list of lists of text (wrapped per cell);
        cell may be ('__font__', font, text) to change the font."""
        x0 = LM + LW
        aligns = aligns or ['l'] * len(cols)
        hh = 16

        def draw_header():
            self.y -= hh
            x = x0
            for i, (wd, t) in enumerate(zip(cols, header)):
                self.box(x, self.y, wd, hh, fill=(0.93, 0.93, 0.93))
                self.text(x + wd / 2, self.y + 4.6, t, LBL, 8.4, 'c')
                x += wd

        def cell_lines(cell, wd):
            font = VAL
            if isinstance(cell, tuple):
                _, font, cell = cell
            return font, wrap(cell, font, size, wd - 2 * PAD)

        top_y = self.y
        segments = []   # (y_top, y_bottom, is_first) for label box drawing per page
        seg_top = self.y
        first_seg = True
        if header:
            draw_header()
        for r in rows:
            cl = [cell_lines(c, wd) for c, wd in zip(r, cols)]
            nl = max(len(l) for _, l in cl)
            done = 0
            while done < nl:
                avail = self.room() - 2 * PAD
                n = int(avail // lh)
                if n < 1 or (n < nl - done and n < 2):
                    segments.append((seg_top, self.y, first_seg, len(self.pages) - 1))
                    first_seg = False
                    self.new_page()
                    seg_top = self.y
                    if header and repeat_header:
                        draw_header()
                    continue
                take = min(n, nl - done)
                h = take * lh + 2 * PAD
                self.y -= h
                x = x0
                for (font, l), wd, al in zip(cl, cols, aligns):
                    self.box(x, self.y, wd, h)
                    part = l[done:done + take]
                    for i, ln in enumerate(part):
                        yy = self.y + h - PAD - size - i * lh
                        if al == 'c':
                            self.text(x + wd / 2, yy, ln, font, size, 'c')
                        elif al == 'r':
                            self.text(x + wd - PAD, yy, ln, font, size, 'r')
                        else:
                            self.text(x + PAD, yy, ln, font, size)
                    x += wd
                done += take
        if note:
            vw = RM - x0 - 2 * PAD
            nl_ = wrap(note, note_font, 8.4, vw)
            h = len(nl_) * 12.2 + 2 * PAD
            if self.room() < h:
                segments.append((seg_top, self.y, first_seg, len(self.pages) - 1))
                first_seg = False
                self.new_page()
                seg_top = self.y
            self.y -= h
            self.box(x0, self.y, RM - x0, h)
            for i, ln in enumerate(nl_):
                self.text(x0 + PAD, self.y + h - PAD - 8.6 - i * 12.2, ln, note_font, 8.4)
        segments.append((seg_top, self.y, first_seg, len(self.pages) - 1))
        for (t, b, is_first, pidx) in segments:
            self.target = self.pages[pidx]
            self.box(LM, b, LW, t - b, fill=(0.86, 0.86, 0.86))
            lab = label if is_first else (cont_label or label + '（続き）')
            for i, part in enumerate(wrap(lab, LBL, 8.6, LW - 6)):
                self.text(LM + LW / 2, t - PAD - 9.5 - i * 11, part, LBL, 8.6, 'c')
        self.target = None

    def gap(self, h=8):
        self.y -= h


def header_footer(c, pno, total):
    c.setFont(LBL, 8)
    c.drawString(LM, H - 30, SYSTEM)
    c.drawRightString(RM, H - 30, PRINTED)
    c.drawString(LM, H - 42, FORM_ID)
    c.drawRightString(RM, H - 42, '頁：%d/%d' % (pno, total))
    c.setLineWidth(1.2)
    c.line(LM, H - 48, RM, H - 48)
    c.setLineWidth(0.4)
    c.line(LM, H - 51, RM, H - 51)
    c.setLineWidth(0.6)
    c.line(LM, 42, RM, 42)
    c.setFont(LBL, 7.5)
    c.drawString(LM, 31, FOOT_L)
    c.drawCentredString(W / 2, 31, '%d/%d' % (pno, total))
    c.drawRightString(RM, 31, FOOT_R)


# ---------------------------------------------------------------- content
MEMBERS = [
    ('1', '委員長', '小林　雅彦', '○', ''),
    ('2', '副委員長', '宮澤　千春', '○', ''),
    ('3', '委員', '北沢　克己', '○', ''),
    ('4', '委員', '竹内　さとみ', '○', ''),
    ('5', '委員', '荒井　信之', '○', ''),
    ('6', '委員', '中島　健太郎', '△', '10/30 名張市 不参加（所用）'),
    ('7', '委員', '堀内　亮', '○', ''),
    ('8', '委員', '古川　隆志', '×', '公務（他団体会議）のため不参加'),
]

PURPOSE = ('本市の高齢化率は令和７年４月１日現在で３２．４％に達し、第９期須坂市高齢者福祉計画・介護保険事業計画'
           '（令和６年度～令和８年度）においても介護予防と地域の支え合いの強化が重点とされている。また、本市の出生数は'
           '令和６年に２６９人と過去最少を更新しており、妊娠期からの切れ目のない子育て支援の充実が急務である。'
           'このため、介護予防・生活支援、重層的支援体制整備、こども家庭センター、ネウボラ型支援の先進地を視察し、'
           '本市の施策の参考とするものである。')

ITIN = [
    ('10/28', '（火）', [
        ('8:10', '須坂市役所 発（公用車）', '移動'),
        ('8:58', '長野駅 発（特急しなの６号）', '移動'),
        ('11:53', '名古屋駅 着（昼食）', '移動'),
        ('14:00～15:30', '愛知県豊明市（豊明市役所）', '視察先１'),
        ('', '名古屋市内 泊', '宿泊'),
    ]),
    ('10/29', '（水）', [
        ('9:30～11:30', '愛知県長久手市（長久手市役所 西庁舎）', '視察先２'),
        ('12:10', '長久手市 発（借上げバス）', '移動'),
        ('14:00～15:30', '岐阜県瑞穂市（瑞穂市役所 穂積庁舎）', '視察先３'),
        ('', '名古屋市内 泊', '宿泊'),
    ]),
    ('10/30', '（木）', [
        ('8:15', '近鉄名古屋駅 発（近鉄特急）', '移動'),
        ('10:00～11:30', '三重県名張市（名張市役所）', '視察先４'),
        ('15:02', '名古屋駅 発（特急しなの１３号）', '移動'),
        ('17:59', '長野駅 着', '移動'),
        ('18:45', '須坂市役所 着　解散', '移動'),
    ]),
]

DEST = [
    dict(
        no='１／４', name='愛知県豊明市',
        date='令和7年10月28日(火)', start='14:00', end='15:30',
        place='豊明市役所　本庁舎３階　第１委員会室',
        who='健康福祉部 長寿課長、同課 地域包括ケア推進係長\n豊明市議会 副議長（歓迎あいさつ）',
        topics='(1) 公民連携による介護予防・生活支援の取組（豊明モデル）について\n'
               '(2) 多職種連携による自立支援型地域ケア会議について',
        fig=['67,912 人', '30,486 世帯', '23.22 ㎢', 'R7.10.1'],
        fignote='昭和47年8月市制施行。名古屋市の東南に隣接し、桶狭間古戦場伝説地を有する住宅都市。',
        outline=('豊明市では、平成２７年度の介護予防・日常生活支援総合事業の開始にあわせ、民間事業者との連携協定を'
                 '積極的に締結してきた。協定先は令和７年９月末現在で約７０社・団体に上り、スポーツクラブ、スーパー、'
                 '移動販売事業者等が高齢者の「通いの場」や買い物支援の担い手となっている。市はこれを「公的保険外'
                 'サービスの創出・促進」と位置付け、介護保険サービスだけに頼らない生活の選択肢を広げている。\n'
                 '自立支援型地域ケア会議は月２回開催され、理学療法士、管理栄養士、歯科衛生士、薬剤師等の専門職が'
                 '個別事例を検討する。令和６年度は延べ１１２事例を検討し、短期集中予防サービスの利用者のうち約６割が'
                 '３か月後にサービスを卒業した。要介護認定率は１３．８％と全国平均を下回っている。'),
        qa=[
            ('民間事業者との連携協定に当たり、市の財政負担はどの程度か。',
             '協定の多くは費用負担を伴わないもので、市は情報提供と場の調整を担っている。令和６年度の関連予算は'
             '約８００万円である。'),
            ('地域ケア会議に参加する専門職の確保はどのように行っているか。',
             '市内の医療機関・事業所に所属する専門職に謝礼を支払い、年度当初に１年分の開催日程を示して依頼している。'),
            ('サービスを卒業した高齢者の受け皿はあるか。',
             '地域のサロンや協定先のスポーツクラブ等を紹介しており、卒業者の約６割が何らかの活動を継続している。'),
        ],
        opinions=('①行政がすべてを担うのではなく、民間の力を「生活の選択肢」として束ねる発想は、事業者の集積が'
                  '限られる本市においても、商店や交通事業者との協定という形で応用できると感じた。\n'
                  '②専門職が参加する地域ケア会議を定例化し、卒業を目標に支援する姿勢が徹底されている。本市の'
                  '地域ケア会議も、事例検討の数と質を高める必要がある。\n'
                  '③介護予防の成果を認定率などの数値で示し、市民や事業者と共有している点は、本市の「すざか元気体操」の'
                  '効果検証にも取り入れるべきである。'),
    ),
    dict(
        no='２／４', name='愛知県長久手市',
        date='令和7年10月29日(水)', start='09:30', end='11:30',
        place='長久手市役所　西庁舎　会議室',
        who='福祉部 福祉政策課長、同課 主幹（重層的支援担当）\n長久手市社会福祉協議会 地域福祉課長',
        topics='地域共生社会の実現に向けた重層的支援体制整備事業と、多機関協働による包括的な相談支援体制の構築について',
        fig=['61,418 人', '25,934 世帯', '21.55 ㎢', ''],
        fignote='人口・世帯数は令和7年9月末日現在（住民基本台帳）。平成24年1月市制施行。平均年齢は約40歳で、'
                '全国でも若い市の一つとされる。',
        outline=('長久手市は令和３年度に重層的支援体制整備事業へ移行し、福祉政策課に「ふくしの総合相談窓口」を設けた。'
                 '相談支援包括化推進員を３名配置し、高齢・障がい・子ども・生活困窮の各分野の相談機関と社会福祉'
                 '協議会が月１回の重層的支援会議で情報を共有している。令和６年度の相談件数は延べ１，８４０件で、'
                 'そのうち複数分野にまたがるものが約３割を占めた。\n'
                 'また、小学校区ごとの「地域共生ステーション」を拠点に、住民が主体となった居場所づくりや見守り活動が'
                 '行われており、参加支援と地域づくりを一体的に進めている。\n'
                 '説明では、ひきこもり状態にある４０代の男性と高齢の親の世帯について、地域包括支援センター、'
                 '障がい者相談支援事業所、生活困窮者自立相談支援機関が役割を分担し、約１年をかけて就労体験につなげた'
                 '事例が紹介された。市は、制度の狭間にある世帯を「断らない相談」で受け止めることを基本方針とし、'
                 '令和７年度からはアウトリーチ等を通じた継続的支援事業に専任職員１名を増員している。\n'
                 'また、地域共生ステーションは令和７年４月現在で市内６か所に開設されており、高齢者の介護予防教室、'
                 '子ども食堂、障がいのある人の作業発表の場など、世代や分野を問わない交流の場として活用されている。'),
        qa=[
            ('重層的支援会議で扱う事例はどのように選定しているか。',
             '各相談機関から推薦された事例のうち、単独の機関では解決が難しいものを推進員が選び、毎月３～４件を'
             '検討している。'),
            ('個人情報の共有について、本人の同意が得られない場合はどうしているか。',
             '支援会議（社会福祉法第１０６条の６）を活用し、構成員に守秘義務を課した上で情報を共有している。\n'
             'なお、同意が得られた時点で重層的支援会議に切り替え、支援プランを作成する運用としている。'),
            ('相談窓口の職員体制と専門職の配置は。',
             '正規職員５名、会計年度任用職員２名で、社会福祉士２名、保健師１名を含む。社会福祉協議会には'
             'コミュニティソーシャルワーカー４名が配置されており、市の窓口と一体となって動いている。専門職の'
             '採用は毎年度の課題であり、県の養成研修への派遣や近隣市との合同研修で人材育成を図っている。'),
            ('地域共生ステーションの運営費はどのように賄っているか。',
             '市の補助金（１か所当たり年間上限３０万円）と利用者の参加費で運営されている。運営団体は地区の'
             '自治会や NPO 法人、社会福祉法人など様々であり、市は開設時の備品購入費として別途上限１０万円を'
             '補助している。\nなお、令和６年度からは企業版ふるさと納税を活用した寄附も受け入れており、'
             '子ども食堂の食材費などに充てている。'),
        ],
        opinions=('・分野ごとの縦割りを超え、複合的な課題を抱える世帯を一つの会議で受け止める仕組みが、職員の専門性と'
                  '社協との信頼関係に支えられていることがよく分かった。本市でも相談支援包括化推進員の配置を検討すべきである。\n'
                  '・居場所づくりを住民主体で進めつつ、市が補助と人材育成で下支えする役割分担は、区長会や民生児童委員の'
                  '活動が活発な本市の地域性にも合うと考える。'),
    ),
    dict(
        no='３／４', name='岐阜県瑞穂市',
        date='令和7年10月29日(水)', start='14:00', end='15:30',
        place='瑞穂市役所　穂積庁舎　３階大会議室',
        who='健康福祉部 子育て支援課長\n同部 健康推進課 母子保健係長',
        topics='こども家庭センターの運営と妊娠期からの切れ目のない支援について',
        fig=['55,847 人', '－', '28.19 ㎢', '令和7年9月1日'],
        fignote='平成15年5月、穂積町と巣南町の合併により誕生。岐阜市と大垣市の間に位置し、県内で人口増加が続く数少ない市の一つ。',
        outline=('瑞穂市は令和６年４月、母子保健を担う健康推進課と児童福祉を担う子育て支援課を一体的に運営する'
                 '「こども家庭センター」を穂積庁舎に設置した。統括支援員１名を置き、妊娠届出時の面談から出産後の'
                 '家庭訪問、乳幼児健診、就学までの支援を一つのサポートプランで管理している。\n'
                 '令和６年度の妊娠届出数は４４１件で、全ての妊婦と面談を実施した。産後ケア事業の利用は延べ２１８日で、'
                 '前年度の約１．５倍となった。'),
        qa=[
            ('二つの課の職員が同じ事例に関わる際、情報の共有と役割分担はどのように行っているか。',
             '毎週の合同ケース会議で新規ケースを確認し、サポートプランの担当を決めている。記録は共通のシステムに入力している。'),
            ('産後ケア事業の利用が伸びた要因は何か。',
             '〔健康推進課〕利用者負担を１日当たり１，０００円に引き下げ、委託先を４か所に増やした。\n'
             '〔子育て支援課〕妊娠期の面談で全員に事業を案内し、申請をオンラインでも受け付けたことも大きい。'),
        ],
        opinions=('○母子保健と児童福祉の職員が同じフロアで日常的に顔を合わせることで、支援の「すき間」が生まれにくく'
                  'なっている。本市でも、令和８年度の組織改正に合わせたセンター機能の強化を求めたい。\n'
                  '○産後ケアの利用料引下げとオンライン申請は、すぐにでも本市で取り組める施策である。'),
    ),
    dict(
        no='４／４', name='三重県名張市',
        date='令和7年10月30日(木)', start='10:00', end='11:30',
        place='名張市役所　２階　庁議室',
        who='福祉子ども部 子ども家庭室長\n同室 母子保健係長（チャイルドパートナー統括）',
        topics='名張版ネウボラ「チャイルドパートナー」による妊娠・出産・子育ての包括的な支援について',
        fig=['74,216 人', '34,502 世帯', '129.77 ㎢', 'R7.10.1'],
        fignote='（参考）令和2年国勢調査人口 76,387人、高齢化率 34.1％（令和7年4月1日現在）。昭和29年3月市制施行。',
        outline=('名張市は平成２６年度からフィンランドのネウボラをモデルとした「名張版ネウボラ」に取り組み、市内１５の'
                 '地域づくり組織の区域ごとに設けた「まちの保健室」に、助産師や保健師等の「チャイルドパートナー」を'
                 '配置している。妊娠届出から就学まで同じチャイルドパートナーが継続して相談に応じることで、顔の見える'
                 '関係を築いている。\n'
                 '令和６年度のまちの保健室での子育て相談は延べ約５，２００件であった。'),
        qa=[
            ('チャイルドパートナーの人材確保と育成はどのように行っているか。',
             '市の会計年度任用職員として助産師・保健師・看護師を採用し、年６回の研修と事例検討会を実施している。'),
            ('地域づくり組織との連携の具体例は。',
             '各地域の子育てサロンや見守り活動に保健室の職員が参加し、気になる家庭を早期に把握している。'),
            ('事業の効果をどのように検証しているか。',
             '乳幼児健診時のアンケートで「相談できる人がいる」と答えた保護者の割合を指標としており、令和６年度は９６．２％であった。'),
        ],
        opinions=('１．妊娠期から同じ専門職が寄り添う仕組みは、母親の孤立を防ぐ上で極めて有効であり、本市の地区担当'
                  '保健師制度を発展させる形で取り入れられると考える。\n'
                  '２．地域づくり組織の拠点を活用することで、新たな施設を整備せずに身近な相談場所を確保している点が参考になった。\n'
                  '３．事業効果を保護者の実感を表す指標で検証している点は、本市の子ども・子育て支援事業計画の評価にも生かしたい。\n'
                  '※中島委員は所用により本視察先を欠席した。'),
    ),
]

SUMMARY = ('今回の視察では、介護予防から子育て支援まで、いずれの市も「相談を一か所で受け止め、地域と民間の力で'
           '支える」仕組みを着実に築いていた。委員会としては、これらの成果を令和８年３月定例会の一般質問や予算審査に'
           '生かすとともに、第７期須坂市障がい福祉計画（令和６年度～令和８年度）の中間評価に合わせて、本市の相談支援'
           '体制の在り方について引き続き調査・研究を進めることとする。')


def build():
    d = Doc()
    # ---------------- page 1: 総括票
    d.title('委員会行政視察報告書', 16, '（総括票）')
    d.text(RM, d.y + 4, '報告番号：R07-福環-003　　最終更新：2025/11/20 09:12', LBL, 7.8, 'r')
    d.gap(6)
    d.row('提出日', '令和７年１１月１４日（金）')
    d.row('提出先', '須坂市議会議長　宮本　勝　様')
    d.row('委員会名', '福祉環境委員会')
    d.row('報告者', '福祉環境委員会　委員長　小林　雅彦')
    d.row('対象年度', '令和７年度')
    d.row('視察期間', '令和７年１０月２８日（火）～　令和７年１０月３０日（木）　　２泊３日')
    d.row('視察先', ['１　愛知県豊明市　　　　２　愛知県長久手市',
                      '３　岐阜県瑞穂市　　　　４　三重県名張市'])
    w = RM - LM - LW
    d.grid('参加委員', [26, 62, 110, 52, w - 250], ['No.', '職名', '氏名', '参加区分', '備考'],
           [list(m) for m in MEMBERS], aligns=['c', 'c', 'l', 'c', 'l'],
           note='参加区分　○：全日程参加　　△：一部参加　　×：不参加', note_font=LBL)
    d.row('随行', '議会事務局　議事係　主査　土屋　直樹')
    d.row('視察目的', PURPOSE, font=TXT, size=8.8, lh=12.6)
    d.row('旅費', '総額　７４６，２４０円（委員７名・随行１名分）　※内訳は別紙旅費精算書のとおり')
    d.gap(14)
    # approval stamp boxes (empty)
    labels = ['議長', '副議長', '局長', '次長', '係長', '担当']
    bw, bh = 50, 46
    x = RM - bw * len(labels)
    d.text(x - 6, d.y - 12, '決裁欄', LBL, 8, 'r')
    for i, lab in enumerate(labels):
        d.box(x + i * bw, d.y - 14, bw, 14, fill=(0.93, 0.93, 0.93))
        d.text(x + i * bw + bw / 2, d.y - 10.5, lab, LBL, 8, 'c')
        d.box(x + i * bw, d.y - 14 - bh, bw, bh)
    d.y -= 14 + bh

    # ---------------- page 2: 行程表
    d.new_page()
    d.title('視察行程表', 14, '（実績）')
    cols = [58, 88, 270, RM - LM - 58 - 88 - 270]
    hdr = ['月日', '時刻', '行程・視察先', '区分']
    d.y -= 17
    x = LM
    for wd, t in zip(cols, hdr):
        d.box(x, d.y, wd, 17, fill=(0.86, 0.86, 0.86))
        d.text(x + wd / 2, d.y + 5, t, LBL, 9, 'c')
        x += wd
    rh = 19
    for md, wk, rows in ITIN:
        top = d.y
        for tm, what, kind in rows:
            d.y -= rh
            x = LM + cols[0]
            for wd, t, font, al in zip(cols[1:], [tm, what, kind], [VAL, VAL, LBL], ['c', 'l', 'c']):
                d.box(x, d.y, wd, rh)
                if al == 'c':
                    d.text(x + wd / 2, d.y + 6, t, font, 9, 'c')
                else:
                    d.text(x + 5, d.y + 6, t, font, 9)
                x += wd
        d.box(LM, d.y, cols[0], top - d.y)
        mid = (top + d.y) / 2
        d.text(LM + cols[0] / 2, mid + 2, md, VAL, 9.5, 'c')
        d.text(LM + cols[0] / 2, mid - 10, wk, VAL, 9, 'c')
    d.y -= 14
    d.text(LM, d.y, '※時刻は実績による。移動・宿泊の行は参考として記載。', LBL, 8)
    d.y -= 12
    d.text(LM, d.y, '※視察先ごとの報告は次頁以降の視察先別報告票（様式第４号－２）のとおり。', LBL, 8)

    # ---------------- destination forms
    for k in DEST:
        d.new_page()
        d.title('視察先別報告票', 13, '（様式第４号－２）')
        d.band('視察先　' + k['no'] + '　　' + k['name'], right='福祉環境委員会　令和７年度')
        d.row('視察先', k['name'])
        d.row('視察日', k['date'])
        # time: two sub boxes
        h = 20
        d.y -= h
        d.box(LM, d.y, LW, h, fill=(0.86, 0.86, 0.86))
        d.text(LM + LW / 2, d.y + 6.5, '視察時間', LBL, 8.6, 'c')
        vx = LM + LW
        sub = (RM - vx) / 2
        for i, (lab, v) in enumerate([('開始時刻', k['start']), ('終了時刻', k['end'])]):
            d.box(vx + i * sub, d.y, 60, h, fill=(0.93, 0.93, 0.93))
            d.text(vx + i * sub + 30, d.y + 6.5, lab, LBL, 8.4, 'c')
            d.box(vx + i * sub + 60, d.y, sub - 60, h)
            d.text(vx + i * sub + 66, d.y + 6.3, v, VAL, 9.4)
        d.row('視察場所', k['place'])
        d.row('説明者', k['who'])
        d.row('調査事項', k['topics'], size=9.4)
        vw = RM - LM - LW
        d.grid('視察先の概況', [vw * 0.25] * 4, ['人口', '世帯数', '面積', '基準日'],
               [k['fig']], aligns=['r', 'r', 'r', 'c'], note='備考：' + k['fignote'])
        d.row('説明概要', k['outline'], font=TXT, size=8.8, lh=12.6)
        qa_rows = []
        for i, (q, a) in enumerate(k['qa'], 1):
            qa_rows.append([str(i), ('__font__', TXT, q), ('__font__', TXT, a)])
        d.grid('質疑応答', [24, (vw - 24) * 0.42, (vw - 24) * 0.58], ['No.', '質疑', '回答'], qa_rows,
               aligns=['c', 'l', 'l'], size=8.8, lh=12.6)
        d.row('所感', k['opinions'], font=TXT, size=8.8, lh=12.6)

    # ---------------- last: 総括
    if d.room() < 160:
        d.new_page()
    d.gap(16)
    d.band('委員会総括', fill=(0.90, 0.90, 0.90))
    d.row('総括', SUMMARY, font=TXT, size=8.8, lh=12.6)
    d.gap(10)
    d.text(RM, d.y - 4, '以　上', LBL, 10, 'r')
    return d


def render(d, out):
    c = canvas.Canvas(out, pagesize=A4)
    c.setTitle('委員会行政視察報告書（福祉環境委員会）')
    c.setAuthor('須坂市議会事務局')
    c.setCreator('議会情報管理システム GJR0420')
    total = len(d.pages)
    for i, ops in enumerate(d.pages, 1):
        header_footer(c, i, total)
        for f in ops:
            f(c)
        c.showPage()
    c.save()


if __name__ == '__main__':
    out = sys.argv[1] if len(sys.argv) > 1 else 'b69-01-suzaka-systemform.pdf'
    render(build(), out)
