#!/usr/bin/env python3
"""由利本荘市長 公約進捗状況報告書（令和６年度）: writes the HTML typeset by Vivliostyle CLI
(b76-02-yurihonjo-vivliostylereport.html, styled by b76-02-yurihonjo-vivliostylereport.css)
and, with --facts, the fact list. Data inline; every rate is computed from the item scores
with Decimal ROUND_HALF_UP (達成度 = 点数の合計 ÷ (取組数 × 4) × 100)."""
import json
import sys
from decimal import Decimal, ROUND_HALF_UP
from html import escape

BASE = 'b76-02-yurihonjo-vivliostylereport'
ROMAN = ['Ⅰ', 'Ⅱ', 'Ⅲ', 'Ⅳ', 'Ⅴ']
FW = str.maketrans('0123456789', '０１２３４５６７８９')

LEVELS = [  # score, dots, label, criterion
    (4, '●●●●', '達成', '公約の内容を実現した（制度の創設・事業の完了を含む）'),
    (3, '●●●○', '順調', '計画どおり進んでおり、任期中の実現が見込まれる'),
    (2, '●●○○', 'やや遅れ', '取り組んでいるが、一部に遅れや課題がある'),
    (1, '●○○○', '遅れ', '取り組んでいるが、大幅に遅れている'),
    (0, '○○○○', '未着手', '検討段階にとどまり、事業に着手していない'),
]
DOTS = {s: d for s, d, _, _ in LEVELS}

# policy -> pledges -> items (title, departments, R5 score, R6 score, 実績)
POLICIES = [
    ('子どもと若者が夢を育み、未来へはばたくまち', [
        ('子育て世帯の経済的な負担を軽くします', [
            ('子ども医療費の高校生世代までの完全無料化の継続', ['子育て支援課'], 3, 4,
             '所得制限を設けずに高校生世代までの医療費の自己負担を無料とし、助成件数は約９万4,000件、助成額は約２億3,600万円となった。'),
            ('第２子以降の保育料と副食費の無償化', ['子育て支援課'], 3, 4,
             '令和６年４月から第２子以降の保育料と副食費を完全無償化した。対象児童は1,028人、保護者負担の軽減額は年間約１億5,400万円。'),
            ('小中学校の給食費の段階的な無償化', ['教育総務課'], 2, 3,
             '令和６年度から中学生の給食費を半額とし、小学生は第３子以降を無償化した。全面無償化は令和８年度を目標に財源を検討している。'),
        ]),
        ('ふるさとを愛し、世界で活躍できる人を育てます', [
            ('ＩＣＴを活用した学びと英語教育の充実', ['学校教育課'], 2, 3,
             '１人１台端末の更新計画を策定し、ＡＬＴを２人増員して９人体制とした。英検３級以上の中学３年生の割合は48.2％（前年度43.5％）。'),
            ('学校統合後の遠距離通学への支援の拡充', ['教育総務課'], 1, 2,
             'スクールバスを２路線増便したが、冬期の通学支援のあり方の見直しは地域との協議が続いており、令和７年度も継続する。'),
        ]),
    ]),
    ('健やかで、ともに支え合い安心して暮らせるまち', [
        ('健康寿命を延ばし、地域の医療を守ります', [
            ('帯状疱疹ワクチンの接種費用の助成', ['健康づくり課'], 2, 4,
             '50歳以上の市民を対象に１回当たり１万円を上限とする助成を令和６年６月に開始し、助成件数は2,146件。'),
            ('がん検診の受診率向上と自己負担の軽減', ['健康づくり課'], 2, 3,
             '胃・大腸・肺がん検診の自己負担を500円に統一し、休日検診を年６回に拡大した。大腸がん検診の受診率は22.4％（前年度20.9％）。'),
            ('由利組合総合病院と連携した救急医療体制の確保', ['健康づくり課'], 2, 2,
             '休日の在宅当番医制を維持したが、医師の確保が難しく、夜間の初期救急の体制づくりは関係機関との協議にとどまった。'),
        ]),
        ('高齢者や障がいのある人が地域で暮らし続けられるようにします', [
            ('乗り［逢い］交通など地域の移動手段の確保', ['総合政策課', '長寿支援課'], 1, 2,
             '乗り［逢い］交通事業の実施地区を２地区増やし７地区としたが、運転手の確保が課題となり、新たな地区での運行開始は１地区にとどまった。'),
            ('地域包括支援センターの機能強化と認知症カフェの拡充', ['長寿支援課'], 2, 3,
             '認知症地域支援推進員を各センターに配置し、認知症カフェを新たに３か所開設して市内14か所とした。'),
        ]),
    ]),
    ('鳥海山の恵みと人の力で、活力と交流を生むまち', [
        ('農林水産業と地域の産業を元気にします', [
            ('園芸メガ団地の整備と新規就農者への支援', ['農業振興課'], 2, 3,
             '園芸メガ団地（えだまめ・ねぎ）を１か所整備し、新規就農者18人に営農開始の支援金を交付した。'),
            ('洋上風力発電の導入を契機とした関連産業の振興', ['商工振興課', '総合政策課'], 1, 2,
             '由利本荘市沖の洋上風力発電事業に向けて地元企業向けの参入セミナーを４回開催したが、事業計画の見直しにより関連産業の誘致は進んでいない。'),
            ('企業誘致と地元企業の人材確保への支援', ['商工振興課'], 1, 1,
             '工業団地の空き区画は残り２区画となったが、新たな立地は０件。首都圏での合同企業説明会に市内企業12社が出展した。'),
        ]),
        ('由利本荘の魅力を磨き、人を呼び込みます', [
            ('鳥海山と本荘公園など観光資源の磨き上げと誘客の促進', ['観光振興課'], 2, 3,
             '鳥海山の登山道と案内看板を改修し、本荘公園の桜まつりの夜間照明を更新した。観光入込客数は約182万人（前年度約171万人）。'),
            ('ナイスアリーナを活用したスポーツ合宿と大会の誘致', ['スポーツ振興課'], 3, 4,
             '全国規模の大会を６件誘致し、スポーツ合宿の受入れは延べ8,460泊（前年度6,120泊）となった。'),
            ('移住・定住の相談体制と空き家バンクの充実', ['総合政策課'], 2, 3,
             '東京での移住相談会を８回開催し、移住者は214人（前年度187人）。空き家バンクの成約は41件。'),
        ]),
    ]),
    ('災害に強く、市民とともにつくる持続可能なまち', [
        ('災害に強い、安全・安心なまちをつくります', [
            ('子吉川流域の浸水対策と内水排除施設の整備', ['建設管理課'], 1, 2,
             '石脇地区の排水ポンプ場の実施設計を完了したが、国・県との協議に時間を要し、工事の着手は令和７年度となった。'),
            ('防災ラジオの全世帯配布と避難所の環境改善', ['危機管理課'], 3, 4,
             '防災ラジオを希望する全世帯（約３万2,000世帯）への配布を完了し、指定避難所42か所に段ボールベッドと蓄電池を配備した。'),
        ]),
        ('市民に開かれた、持続可能な市役所をつくります', [
            ('行政手続のオンライン化と「書かない窓口」の導入', ['情報政策課', '市民課'], 2, 3,
             '子育て・介護など112手続をオンライン化した（前年度64手続）。本庁の市民課で「書かない窓口」を令和７年２月に導入した。'),
            ('地域の声を聴く「まちづくりミーティング」の全地域開催', ['広報広聴課'], 3, 4,
             '本荘・矢島・岩城・由利・大内・東由利・西目・鳥海の全８地域で開催し、延べ612人が参加した。'),
            ('公共施設の統廃合と長寿命化の推進', ['財政課'], 0, 0,
             '公共施設等総合管理計画の改訂作業を行ったが、統廃合の対象施設の選定には至っていない。'),
        ]),
    ]),
]


def rate(points, n):
    """達成度（％） = 点数の合計 ÷ (取組数 × 4) × 100, one decimal, half up."""
    return str((Decimal(points) * 100 / (Decimal(n) * 4)).quantize(Decimal('0.1'), rounding=ROUND_HALF_UP))


def counts(items):
    return [sum(1 for it in items if it[3] == s) for s, _, _, _ in LEVELS]


# --------------------------------------------------------------- compute
num = 0
model = []
all_items = []
for pi, (pname, pledges) in enumerate(POLICIES):
    pol_items = []
    pls = []
    for (lname, items) in pledges:
        its = []
        for it in items:
            num += 1
            its.append((num,) + it)
        pol_items += [i[1:] for i in its]
        pls.append(dict(name=lname, items=its,
                        r6=rate(sum(i[4] for i in its), len(its)),
                        r5=rate(sum(i[3] for i in its), len(its)),
                        cnt=counts([i[1:] for i in its])))
    model.append(dict(roman=ROMAN[pi], name=pname, pledges=pls, n=len(pol_items),
                      r6=rate(sum(i[3] for i in pol_items), len(pol_items)),
                      r5=rate(sum(i[2] for i in pol_items), len(pol_items)),
                      cnt=counts(pol_items)))
    all_items += pol_items
N = len(all_items)
OVERALL = rate(sum(i[3] for i in all_items), N)
OVERALL5 = rate(sum(i[2] for i in all_items), N)
TOTAL_CNT = counts(all_items)
POINTS = sum(i[3] for i in all_items)
# the simple mean of the policy rates (mentioned in a footnote as a reference)
POLMEAN = str((sum(Decimal(p['r6']) for p in model) / len(model)).quantize(Decimal('0.1'), rounding=ROUND_HALF_UP))
NPLEDGE = sum(len(p['pledges']) for p in model)
PLEDGE_NO = {}
k = 0
for p in model:
    for l in p['pledges']:
        k += 1
        PLEDGE_NO[l['name']] = k


def diffpt(a, b):
    d = Decimal(a) - Decimal(b)
    return ('＋' if d >= 0 else '▲') + str(abs(d))


# --------------------------------------------------------------- HTML
h = []
w = h.append
w('<!DOCTYPE html>')
w('<html lang="ja">')
w('<head>')
w('<meta charset="utf-8">')
w('<title>由利本荘市長 公約進捗状況報告書（令和６年度）</title>')
w('<meta name="author" content="由利本荘市 企画調整部 総合政策課">')
w(f'<link rel="stylesheet" href="{BASE}.css">')
w('</head>')
w('<body>')

# ---- cover page
w('<section class="cover">')
w('<p class="issued">令和７年７月<br>由利本荘市 企画調整部 総合政策課</p>')
w('<h1 class="title"><span class="t1">由利本荘市長</span><span class="t2">公約進捗状況報告書</span></h1>')
w('<p class="subtitle">― 令和６年度の取組状況（令和７年３月31日現在）―</p>')
w('<div class="cover-row">')
w('<div class="message">')
w('<h2 class="msg-head">市民の皆さまへ</h2>')
w('<p>市長に就任して四年目を迎えました。「住みたい、住み続けたい由利本荘」を目指して掲げた八つの公約について、令和六年度の進み具合をまとめましたのでお知らせします。</p>')
w('<p>子育て世帯の負担の軽減や防災ラジオの配布などは公約どおり実現しましたが、企業誘致や公共施設の見直しのように、思うように進まなかった取組もあります。</p>')
w('<p>皆さまの声をお聴きしながら、任期の最後まで一つ一つの約束に全力で取り組んでまいります。</p>')
w('<p class="sign">由利本荘市長</p>')
w('</div>')
w('<nav class="toc">')
w('<h2 class="toc-head">目　次</h2>')
w('<ol>')
for href, label in [('#s1', '１　この報告書の見方'), ('#s2', '２　全体の状況'), ('#s3', '３　公約別の取組状況'), ('#s4', '４　今後に向けて')]:
    w(f'<li><a href="{href}">{label}</a></li>')
w('</ol>')
w('<div class="cover-figure">')
w('<p class="cf-label">公約全体の達成度</p>')
w(f'<p class="cf-value">{OVERALL}<span class="pct">％</span></p>')
w(f'<p class="cf-note">（{NPLEDGE}つの公約・{N}の取組）</p>')
w('</div>')
w('</nav>')
w('</div>')
w('</section>')

# ---- section 1: how to read (two columns)
w('<section class="twocol" id="s1">')
w('<h2 class="chapter">１　この報告書の見方</h2>')
w('<div class="cols">')
w('<h3>（１）報告書の目的</h3>')
w(f'<p>この報告書は、市長が掲げた４つの基本政策、{NPLEDGE}つの公約と、公約を実現するための{N}の取組について、令和６年度末時点の進み具合を市民の皆さまにお知らせするものです。公約は市の総合計画に位置付けて推進しています<span class="fn">由利本荘市総合計画「新創造ビジョン」後期基本計画（令和３年度～令和７年度）。公約の取組は同計画の重点施策と連動させて予算化している。</span>。</p>')
w('<h3>（２）進捗度の評価</h3>')
w('<p>取組ごとに担当課が自己評価を行い、公約推進会議<span class="fn">令和７年５月27日に開催。副市長を座長とし、各部長で構成する。</span>で確認したうえで、次の５段階の「進捗度」で表しています。●の数が点数になります。</p>')
w('<table class="legend">')
w('<thead><tr><th>進捗度</th><th>点数</th><th>区分</th><th>判断の目安</th></tr></thead>')
w('<tbody>')
for s, d, lab, crit in LEVELS:
    w(f'<tr><td class="dots">{d}</td><td class="c">{str(s).translate(FW)}点</td><td class="c">{lab}</td><td>{crit}</td></tr>')
w('</tbody></table>')
w('<h3>（３）達成度の算出方法</h3>')
w('<p>公約、基本政策及び全体の「達成度」は、それぞれに含まれる取組の点数の合計を、満点（取組数×４点）に対する割合で表したものです。</p>')
w('<div class="formula">達成度（％）＝ 点数の合計 ÷（取組数 × ４点）× 100</div>')
w('<p>小数点以下第２位を四捨五入しています。基本政策と全体の達成度は、公約の達成度を平均したものではなく、含まれるすべての取組の点数から求めています<span class="fn">基本政策の達成度を単純に平均すると' + POLMEAN + '％となり、全体の達成度とは一致しない。</span>。</p>')
w('<h3>（４）前年度との比較</h3>')
w('<p>表中の「前年度」は、令和６年３月31日時点の評価です<span class="fn">令和５年度版の報告書（令和６年７月公表）による。取組の内容は令和５年度版と同じ。</span>。前年度の値は参考として掲載しています。</p>')
w('<h3>（５）評価の手順</h3>')
w('<ol class="steps">')
w('<li>令和７年４月　担当課が取組ごとの自己評価シートを作成</li>')
w('<li>令和７年４月21日～５月９日　総合政策課によるヒアリング</li>')
w('<li>令和７年５月27日　公約推進会議で評価を確認</li>')
w('<li>令和７年７月　報告書の公表（市ホームページ・各総合支所）</li>')
w('</ol>')
w('</div>')
w('</section>')

# ---- section 2: overall
w('<section class="summary" id="s2">')
w('<h2 class="chapter">２　全体の状況</h2>')
w('<div class="cols">')
labs = [f'「{lab}」が{str(c).translate(FW)}取組' for (_, _, lab, _), c in zip(LEVELS, TOTAL_CNT)]
w(f'<p>令和６年度末の公約全体の達成度は<strong>{OVERALL}％</strong>で、前年度の{OVERALL5}％から{str(Decimal(OVERALL) - Decimal(OVERALL5))}ポイント上がりました。{N}の取組の進捗度は、{"、".join(labs[:-1])}、{labs[-1]}となっています。</p>')
w(f'<p>基本政策別では、基本政策Ⅰの達成度が最も高く、基本政策Ⅲは産業振興の取組に遅れがみられます。点数の合計は{POINTS}点（満点{N * 4}点）でした。</p>')
w('</div>')
w('<table class="sum">')
w('<caption>表１　基本政策・公約別の達成度</caption>')
w('<thead>')
w('<tr><th rowspan="2" class="w-pol">基本政策</th><th rowspan="2" class="w-pl">公　約</th><th rowspan="2" class="w-n">取組<br>数</th>'
  '<th colspan="5">進捗度別の取組数</th><th colspan="2">達成度（％）</th></tr>')
w('<tr>' + ''.join(f'<th class="w-c"><span class="dots">{d}</span><br>（{str(s).translate(FW)}点）</th>' for s, d, _, _ in LEVELS)
  + '<th class="w-r">令和６<br>年度</th><th class="w-r">（参考）<br>前年度</th></tr>')
w('</thead>')
w('<tbody>')
for p in model:
    span = len(p['pledges']) + 1
    first = True
    for l in p['pledges']:
        cells = ''
        if first:
            cells += f'<th rowspan="{span}" class="pol">基本政策{p["roman"]}<br>{escape(p["name"])}</th>'
            first = False
        n = len(l['items'])
        cells += f'<td class="pl">公約{str(PLEDGE_NO[l["name"]]).translate(FW)}　{escape(l["name"])}</td><td class="r">{n}</td>'
        cells += ''.join(f'<td class="r">{c}</td>' for c in l['cnt'])
        cells += f'<td class="r b">{l["r6"]}</td><td class="r g">{l["r5"]}</td>'
        w(f'<tr>{cells}</tr>')
    cells = f'<td class="sub">基本政策{p["roman"]}　計</td><td class="r sub">{p["n"]}</td>'
    cells += ''.join(f'<td class="r sub">{c}</td>' for c in p['cnt'])
    cells += f'<td class="r b sub">{p["r6"]}</td><td class="r g sub">{p["r5"]}</td>'
    w(f'<tr class="subtotal">{cells}</tr>')
cells = f'<th colspan="2" class="tot">全　体</th><td class="r tot">{N}</td>'
cells += ''.join(f'<td class="r tot">{c}</td>' for c in TOTAL_CNT)
cells += f'<td class="r b tot">{OVERALL}</td><td class="r g tot">{OVERALL5}</td>'
w(f'<tr class="total">{cells}</tr>')
w('</tbody></table>')
w('<p class="tnote">※ 達成度は、取組の点数の合計 ÷（取組数×４点）×100。「前年度」は令和６年３月31日時点（参考）。</p>')
w('</section>')

# ---- section 3: details
w('<section class="detail" id="s3">')
w('<h2 class="chapter">３　公約別の取組状況</h2>')
w('<p class="lead">取組ごとの「進捗度」は、左が前年度（令和５年度末）、右が本年度（令和６年度末）の評価です。担当課が二つある取組は、上段が主担当課です（担当課は令和７年４月１日現在）。</p>')
w('<div class="keybox"><span class="kb-h">進捗度の見方</span>' + ''.join(f'<span class="kb"><span class="dots">{d}</span> {lab}（{str(s).translate(FW)}点）</span>' for s, d, lab, _ in LEVELS) + '</div>')
for p in model:
    w('<div class="policy">')
    w(f'<h3 class="policy-head"><span class="pno">基本政策{p["roman"]}</span>{escape(p["name"])}</h3>')
    w(f'<p class="policy-rate">基本政策の達成度　<b>{p["r6"]}％</b>（{p["n"]}取組）　<span class="g">前年度 {p["r5"]}％</span></p>')
    w('<table class="items">')
    w('<thead><tr><th rowspan="2" class="w-no">番号</th><th rowspan="2" class="w-t">取　組</th><th rowspan="2">令和６年度の主な実績</th>'
      '<th colspan="2">進捗度</th><th rowspan="2" class="w-d">担当課</th></tr>')
    w('<tr><th class="w-s">前年度</th><th class="w-s">本年度</th></tr></thead>')
    w('<tbody>')
    for l in p['pledges']:
        w(f'<tr class="pledge-row"><td colspan="6"><span class="badge">達成度 {l["r6"]}％</span>'
          f'<span class="plno">公約{str(PLEDGE_NO[l["name"]]).translate(FW)}</span><span class="plname">{escape(l["name"])}</span></td></tr>')
        for (no, title, depts, r5, r6, act) in l['items']:
            w(f'<tr><td class="c">{no}</td><td class="t">{escape(title)}</td><td class="act">{escape(act)}</td>'
              f'<td class="dots prev">{DOTS[r5]}</td><td class="dots cur">{DOTS[r6]}</td>'
              f'<td class="dept">{"<br>".join(escape(d) for d in depts)}</td></tr>')
    w('</tbody></table>')
    w('</div>')
w('</section>')

# ---- section 4: closing (two columns)
w('<section class="twocol closing" id="s4">')
w('<h2 class="chapter">４　今後に向けて</h2>')
w('<div class="cols">')
w('<p>任期の最終年度となる令和７年度は、「やや遅れ」「遅れ」「未着手」となった取組を中心に、課題を整理して事業の前倒しや見直しを進めます。特に、企業誘致と公共施設の統廃合については、庁内にプロジェクトチームを設けて重点的に取り組みます。</p>')
w('<p>また、洋上風力発電に関連する取組は、国の公募の動向を踏まえて計画を見直します。令和７年度の取組状況は、令和８年７月ごろに公表する予定です。</p>')
w('<div class="contact"><p class="ch">お問い合わせ</p><p>由利本荘市 企画調整部 総合政策課<br>〒015-8501 秋田県由利本荘市尾崎17番地<br>電話 0184-24-6234（直通）</p></div>')
w('</div>')
w('</section>')
w('</body>')
w('</html>')

with open(f'{BASE}.html', 'w', encoding='utf-8') as f:
    f.write('\n'.join(h) + '\n')

print('overall', OVERALL, 'R5', OVERALL5, 'counts', TOTAL_CNT, 'points', POINTS, 'polmean', POLMEAN)
for p in model:
    print(p['roman'], p['r6'], p['r5'], p['cnt'], [(l['r6'], l['r5']) for l in p['pledges']])

# --------------------------------------------------------------- facts
if '--facts' in sys.argv:
    out = sys.argv[sys.argv.index('--facts') + 1]
    layout_file = sys.argv[sys.argv.index('--layout') + 1] if '--layout' in sys.argv else None
    Y = 2024
    facts = [
        {'type': 'municipality', 'value': '052108'},
        {'type': 'fiscal-year', 'value': str(Y)},
        {'type': 'overall', 'value': OVERALL, 'unit': '%', 'year': Y},
        {'type': 'rule', 'value': 'sum-over-maximum'},
    ]
    for (s, _, _, _), c in zip(LEVELS, TOTAL_CNT):
        facts.append({'type': 'mark-count', 'subject': str(s), 'value': str(c), 'year': Y})
    for p in model:
        facts.append({'type': 'policy', 'subject': p['name']})
        facts.append({'type': 'policy-score', 'subject': p['name'], 'value': p['r6'], 'unit': '%', 'year': Y})
        for l in p['pledges']:
            facts.append({'type': 'pledge', 'subject': l['name']})
            facts.append({'type': 'pledge-score', 'subject': l['name'], 'value': l['r6'], 'unit': '%', 'year': Y})
            for (no, title, depts, r5, r6, act) in l['items']:
                facts.append({'type': 'item', 'subject': title})
                facts.append({'type': 'item-evaluation', 'subject': title, 'value': str(r6), 'year': Y})
                for d in depts:
                    facts.append({'type': 'item-department', 'subject': title, 'value': d})
    layout = open(layout_file, encoding='utf-8').read().strip() if layout_file else ''
    with open(out, 'w', encoding='utf-8') as f:
        json.dump({'kind': 'PLEDGE_REPORT', 'layout': layout, 'facts': facts}, f, ensure_ascii=False, indent=1)
        f.write('\n')
    print('facts', len(facts))
