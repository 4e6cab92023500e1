'use strict';
/*
 * 豊明市 行政評価システム［経営方針・施策評価］
 * 帳票 KH-030「部局経営方針書」 PDF出力モジュール（サーバサイド / pdfmake）
 *
 * 画面の［帳票出力］ボタンから呼ばれ、部局経営方針の登録データ（下の DATA、
 * 本番では評価DBから取得した JSON）を pdfmake の docDefinition に組み立て、
 * PdfPrinter で PDF に出力する。
 *
 *   usage: node toyoake_keiei_report.js OUT.pdf
 *
 * フォント: IPAexゴシック（見出し・ラベル・数値）/ IPAex明朝（本文）を埋め込み。
 */

const fs = require('fs');
const path = require('path');
const PdfPrinter = require('pdfmake/js/Printer').default;
const { VirtualFileSystem } = require('pdfmake/js/virtual-fs');
const URLResolver = require('pdfmake/js/URLResolver').default;

// ---------------------------------------------------------------------------
// 登録データ（評価DB 抽出結果）
// ---------------------------------------------------------------------------
const DATA = {
  system: '豊明市 行政評価システム［経営方針・施策評価］',
  formId: 'KH-030',
  formName: '部局経営方針書',
  printedAt: '2025/05/30 16:42:08',
  printedAtIso: '2025-05-30T16:42:08+09:00',
  printedBy: 'U10482（健康福祉部 社会福祉課）',
  status: '公表版',
  nendo: '令和７年度',
  title: '令和７年度　健康福祉部　経営方針書',
  subtitle: '（策定：令和７年４月１日　／　実績の記載：令和６年度決算見込みまで　／　最終更新：令和７年５月28日）',
  kihon: {
    buName: '健康福祉部',
    buCode: '0400',
    buchou: '健康福祉部長　加藤 博之',
    ka: ['社会福祉課', '高齢者福祉課', '健康長寿課', '保険医療課', '健康推進課（保健センター）'],
    shokuin: '96人（令和７年４月１日現在。再任用職員を含み、会計年度任用職員を除く。）',
    yosan: [
      ['令和７年度', '9,286,450千円'],
      ['令和６年度', '9,014,380千円（参考）'],
    ],
    shimei: '市民一人ひとりが住み慣れた地域で、健康で生きがいを持ち、互いに支え合いながら安心して暮らし続けられるよう、保健・医療・福祉・介護の連携による地域包括ケアを深めるとともに、民間事業者や地域の皆さんとの協働による「豊明モデル」の取組を広げ、誰もが自分らしく笑顔で暮らせるまち豊明をつくります。',
    keikaku: '第６次豊明市総合計画（令和３年度～令和12年度）、豊明市高齢者福祉計画・第９期介護保険事業計画（令和６年度～令和８年度）、第４期豊明市地域福祉計画（令和５年度～令和９年度）、健康とよあけ21（第３次）',
  },
  // ２ 部を取り巻く状況（年度が行、指標が列）
  toukei: {
    groups: [
      { name: '人口・高齢化', cols: [['総人口', '（人）'], ['65歳以上人口', '（人）'], ['高齢化率', '（％）']] },
      { name: '介護・福祉', cols: [['要介護・要支援認定者数', '（人）'], ['生活保護受給者数', '（人）'], ['障害者手帳所持者数', '（人）']] },
      { name: '医療保険（国保）', cols: [['国保被保険者数', '（人）'], ['特定健診受診率', '（％）']] },
    ],
    rows: [
      ['令和４年度', '68,214', '18,402', '27.0', '3,184', '512', '3,018', '13,486', '44.8'],
      ['令和５年度', '67,985', '18,511', '27.2', '3,262', '498', '3,067', '12,902', '46.1'],
      ['令和６年度', '67,702', '18,596', '27.5', '3,351', '505', '3,112', '12,355', '－'],
    ],
    notes: [
      '※ 各年度末（３月31日）現在。人口は住民基本台帳による。',
      '※ 要介護・要支援認定者数は第１号被保険者分。生活保護受給者数は各年度３月分の被保護人員。',
      '※ 特定健診受診率は法定報告値。令和６年度分は法定報告確定前のため「－」。',
    ],
    side: [
      { head: '所管課と主な業務', body: [
        '社会福祉課　　地域福祉、生活保護、生活困窮者自立支援、障害福祉',
        '高齢者福祉課　介護保険、地域包括支援センター、認知症施策',
        '健康長寿課　　介護予防、通いの場、公的保険外サービスの創出',
        '保険医療課　　国民健康保険、後期高齢者医療、福祉医療',
        '健康推進課　　健康づくり、各種検診、母子保健、予防接種',
      ] },
      { head: '【参考】県内の状況', body: [
        '愛知県全体の高齢化率は25.6％（令和６年10月１日現在、愛知県人口動向調査）。',
        '国保の１人当たり医療費の県平均は384,905円（令和５年度）。',
      ] },
    ],
  },
  // ３ 現状と課題
  genjo: [
    '令和６年の出生数は389人で、令和元年（502人）から２割以上減少しました。一方で65歳以上人口は増え続け、令和７年４月１日現在のひとり暮らし高齢者は4,215人となっています。',
    '認知症高齢者（日常生活自立度Ⅱ以上）は令和６年度末で1,986人と年々増加しており、早期の気付きと地域での見守りの仕組みを一層強化する必要があります。',
    '地域包括支援センターに寄せられた高齢者の総合相談は令和６年度で5,842件と、令和２年度（4,316件）の約1.35倍に増えており、相談内容も複雑化しています。',
    '住民主体の通いの場は市内各地に広がっていますが、担い手の高齢化が進んでおり、新たな担い手の確保と、公的保険外サービスを含めた多様な社会参加の場づくりが課題です。',
    '国民健康保険の１人当たり医療費は令和５年度で416,382円と県平均を上回っており、生活習慣病の重症化予防と医療費の適正化に引き続き取り組む必要があります。',
    '災害時に自力で避難することが難しい避難行動要支援者の個別避難計画は、令和７年３月末現在で1,126件を作成しました（対象者の約４割）。福祉専門職と連携して作成を加速する必要があります。',
    '福祉総合相談窓口には、8050問題やひきこもり、ヤングケアラーなど複数の分野にまたがる相談が寄せられており、関係機関が連携して支援する体制づくりが求められています。',
  ],
  // ４ 経営課題と主な取組
  kadai: [
    {
      no: '１',
      name: '住み慣れた地域で暮らし続けられる地域包括ケアの推進',
      sugata: '高齢になっても地域の中に役割と居場所があり、必要なときに医療・介護・生活支援を受けられている。',
      torikumi: [
        ['民間事業者と連携した公的保険外サービスの創出と高齢者への情報提供', '健康長寿課'],
        ['まちかど運動教室など住民主体の通いの場の立ち上げと運営の支援', '健康長寿課'],
        ['認知症初期集中支援チームによる早期対応と認知症カフェの運営支援', '高齢者福祉課'],
        ['地域包括支援センターの相談体制の強化と多職種による地域ケア会議の開催', '高齢者福祉課'],
      ],
      shihyo: [
        ['通いの場の設置数', 'か所', '81', '86', '92', '○'],
        ['認知症サポーター数（累計）', '人', '11,842', '12,516', '13,200', '○'],
        ['地域ケア会議の開催回数', '回', '38', '42', '45', '◎'],
      ],
    },
    {
      no: '２',
      name: '複合的な課題を抱える人を受け止める包括的な支援体制の構築',
      sugata: '誰もが困ったときに相談でき、分野を超えて支援につながっている。',
      torikumi: [
        ['福祉総合相談窓口における分野を超えた相談の受け止めと支援機関へのつなぎ', '社会福祉課'],
        ['重層的支援体制整備事業による支援会議の開催と多機関協働の推進', '社会福祉課'],
        ['生活困窮者自立支援事業による就労支援と家計改善支援', '社会福祉課'],
      ],
      shihyo: [
        ['福祉総合相談窓口の新規相談件数', '件', '624', '688', '700', '○'],
        ['重層的支援体制整備事業の支援会議の開催回数', '回', '－', '12', '12', '◎'],
        ['生活困窮者自立支援による就労者数', '人', '27', '31', '35', '△'],
      ],
    },
    {
      no: '３',
      name: '障害のある人が地域で自分らしく暮らせる共生のまちづくり',
      sugata: '障害の有無にかかわらず、互いを理解し合い、希望する地域で必要な支援を受けながら暮らしている。',
      torikumi: [
        ['基幹相談支援センターを中心とした相談支援体制の充実と地域生活支援拠点の運営', '社会福祉課'],
        ['障害者就労施設等からの物品等の優先調達と一般就労への移行支援', '社会福祉課'],
        ['手話通訳者・要約筆記者の派遣と障害理解のための出前講座の開催', '社会福祉課'],
      ],
      shihyo: [
        ['障害福祉サービスの利用者数', '人', '1,046', '1,098', '1,150', '○'],
        ['福祉施設から一般就労への移行者数', '人', '14', '17', '18', '○'],
        ['障害理解出前講座の受講者数', '人', '420', '515', '600', '○'],
      ],
    },
    {
      no: '４',
      name: '健康寿命の延伸に向けた健康づくりと疾病予防の推進',
      sugata: '市民が自らの健康に関心を持ち、健診や検診を通じて病気の予防と早期発見ができている。',
      torikumi: [
        ['特定健診・がん検診の個別受診勧奨と休日健診の実施', '保険医療課・健康推進課'],
        ['糖尿病性腎症重症化予防のための受診勧奨と保健指導の実施', '保険医療課'],
        ['健康ポイント事業「とよあけ健康マイレージ」による健康づくりの促進', '健康推進課'],
        ['乳幼児健康診査と子育て世代への切れ目のない相談支援の実施', '健康推進課'],
      ],
      shihyo: [
        ['特定健診受診率', '％', '46.1', '－', '50.0', '－'],
        ['がん検診（胃・肺・大腸）の受診者数（延べ）', '人', '8,412', '8,695', '9,000', '○'],
        ['「とよあけ健康マイレージ」の参加者数', '人', '1,284', '1,562', '1,800', '○'],
        ['１歳６か月児健康診査の受診率', '％', '97.8', '98.4', '99.0', '○'],
      ],
    },
    {
      no: '５',
      name: '国民健康保険・介護保険制度の安定的な運営',
      sugata: '保険料（税）の負担と給付の公平性が保たれ、制度が将来にわたって安定している。',
      torikumi: [
        ['国民健康保険税の滞納初期からの納付相談と口座振替の推進', '保険医療課'],
        ['ジェネリック医薬品の使用促進と医療費通知による医療費の適正化', '保険医療課'],
        ['介護給付の適正化に向けたケアプラン点検と住宅改修の現地確認', '高齢者福祉課'],
      ],
      shihyo: [
        ['国民健康保険税の収納率（現年度分）', '％', '95.62', '95.88', '96.00', '○'],
        ['ジェネリック医薬品の使用割合（数量ベース）', '％', '83.4', '85.1', '86.0', '○'],
        ['ケアプラン点検の実施件数', '件', '64', '72', '80', '○'],
      ],
    },
  ],
  legend: '【R6評価】◎：目標達成　○：概ね順調（目標の80％以上）　△：遅れ（80％未満）　－：評価不能（実績未確定等）',
  kadaiNotes: [
    '※ 実績値は各年度の年間実績又は年度末現在。令和６年度の実績は令和７年５月28日時点の集計値。',
    '※ 「－」は実績のないもの（新規指標）又は未確定のもの。目標値は令和７年度末の目標。',
  ],
  // ５ 主な事業と予算
  jigyo: [
    ['1', '介護予防・生活支援サービス事業', '１', '186,420', '192,850', '6,430', '通いの場運営補助、短期集中予防サービス'],
    ['2', '認知症総合支援事業', '１', '14,260', '15,930', '1,670', '初期集中支援チーム、認知症カフェ補助'],
    ['3', '重層的支援体制整備事業', '２', '38,540', '41,270', '2,730', '福祉総合相談窓口、参加支援・アウトリーチ'],
    ['4', '生活困窮者自立支援事業', '２', '22,815', '23,406', '591', '自立相談支援、就労準備支援、家計改善支援'],
    ['5', '障害者相談支援事業', '３', '31,260', '32,940', '1,680', '基幹相談支援センター運営委託、地域生活支援拠点'],
    ['6', '健康づくり推進事業', '４', '9,870', '11,245', '1,375', 'とよあけ健康マイレージ、健康講座'],
    ['7', '特定健康診査等事業', '４', '118,630', '121,480', '2,850', '特定健診、特定保健指導、重症化予防'],
  ],
  jigyoTotal: ['合　　計', '421,795', '439,121', '17,326'],
  jigyoNote: '※ 国民健康保険事業特別会計及び介護保険事業特別会計の事業を含む。増減は令和７年度－令和６年度。',
  soukatsu: '令和６年度は、通いの場の新規立ち上げや地域ケア会議の定例化など、地域包括ケアの取組が着実に進んだ一方、生活困窮者の就労支援は目標を下回った。令和７年度は、重層的支援体制整備事業を本格実施し、分野を超えた支援の入口を広げるとともに、健康マイレージと健診受診勧奨を一体的に進め、健康寿命の延伸を図る。',
  toiawase: '【問合せ先】豊明市 健康福祉部 社会福祉課 企画調整担当　内線 1234',
};

// ---------------------------------------------------------------------------
// docDefinition の組立て
// ---------------------------------------------------------------------------
const GRID = {
  hLineWidth: () => 0.5,
  vLineWidth: () => 0.5,
  hLineColor: () => '#444444',
  vLineColor: () => '#444444',
  paddingLeft: () => 3,
  paddingRight: () => 3,
  paddingTop: () => 2,
  paddingBottom: () => 2,
};
const HEAD_FILL = '#dce6f1';
const LABEL_FILL = '#eef2f7';

function th(text, opt = {}) {
  return Object.assign({ text, style: 'th', fillColor: HEAD_FILL }, opt);
}
function lbl(text, opt = {}) {
  return Object.assign({ text, style: 'label', fillColor: LABEL_FILL }, opt);
}
function num(text, opt = {}) {
  return Object.assign({ text, style: 'num' }, opt);
}

function sectionTitle(text, opt = {}) {
  return Object.assign({ text, style: 'h2' }, opt);
}

function buildKihon(d) {
  const k = d.kihon;
  return {
    table: {
      widths: [72, '*', 72, 210],
      body: [
        [lbl('部　名'), { text: `${k.buName}（部局コード ${k.buCode}）` }, lbl('部長名'), { text: k.buchou }],
        [lbl('所管課'), { text: k.ka.join('／'), colSpan: 3 }, {}, {}],
        [
          lbl('職員数'), { text: k.shokuin },
          lbl('部所管予算\n（一般会計当初）'),
          { stack: k.yosan.map(([y, v]) => ({ columns: [{ text: y, width: 58 }, { text: v, width: '*', alignment: 'right' }] })) },
        ],
        [lbl('部の使命'), { text: k.shimei, colSpan: 3, font: 'IPAexGothic', fontSize: 8.5, lineHeight: 1.25 }, {}, {}],
        [lbl('関連計画'), { text: k.keikaku, colSpan: 3, fontSize: 7.5 }, {}, {}],
      ],
    },
    layout: GRID,
  };
}

function buildToukei(d) {
  const t = d.toukei;
  const h1 = [th('年　度', { rowSpan: 2, margin: [0, 8, 0, 0] })];
  const h2 = [{}];
  for (const g of t.groups) {
    h1.push(th(g.name, { colSpan: g.cols.length }));
    for (let i = 1; i < g.cols.length; i++) h1.push({});
    for (const [n, u] of g.cols) h2.push(th(`${n}\n${u}`, { fontSize: 7 }));
  }
  const body = [h1, h2];
  for (const r of t.rows) {
    body.push([lbl(r[0], { alignment: 'center' }), ...r.slice(1).map((v) => num(v))]);
  }
  const table = {
    table: { headerRows: 2, widths: [50, 46, 46, 36, 52, 46, 46, 46, 42], body },
    layout: GRID,
  };
  const side = {
    width: 245,
    stack: t.side.map((s) => ({
      table: {
        widths: ['*'],
        body: [[th(s.head, { alignment: 'left' })], [{ stack: s.body.map((b) => ({ text: b, fontSize: 7, margin: [0, 0, 0, 1] })) }]],
      },
      layout: GRID,
      margin: [0, 0, 0, 6],
    })),
  };
  return {
    columns: [
      { width: '*', stack: [table, ...t.notes.map((n) => ({ text: n, style: 'note' }))] },
      side,
    ],
    columnGap: 14,
  };
}

function buildGenjo(d) {
  return {
    table: {
      widths: ['*'],
      body: [[{ ul: d.genjo.map((g) => ({ text: g, margin: [0, 0, 0, 2] })), fontSize: 8.5, lineHeight: 1.2 }]],
    },
    layout: GRID,
  };
}

const KADAI_W = [18, 128, '*', 150, 24, 46, 46, 46, 26];

// 指標部分は「サブ帳票」：課題１行の中に指標の入れ子テーブルを置く（行は改ページで分割しない）
const SUB_GRID = {
  hLineWidth: (i, node) => (i === 0 || i === node.table.body.length ? 0 : 0.5),
  vLineWidth: (i, node) => (i === 0 || i === node.table.widths.length ? 0 : 0.5),
  hLineColor: () => '#888888',
  vLineColor: () => '#444444',
  paddingLeft: () => 3,
  paddingRight: () => 3,
  paddingTop: () => 2,
  paddingBottom: () => 2,
};

function buildKadai(d) {
  const h1 = [
    th('No.', { rowSpan: 2 }),
    th('経営課題\n（めざす姿）', { rowSpan: 2 }),
    th('主な取組（担当課）', { rowSpan: 2 }),
    th('成 果 指 標', { colSpan: 2 }), {},
    th('実 績 値', { colSpan: 2 }), {},
    th('目標値'),
    th('R6\n評価', { rowSpan: 2 }),
  ];
  const h2 = [{}, {}, {}, th('指標名'), th('単位'), th('令和５年度'), th('令和６年度'), th('令和７年度'), {}];
  const body = [h1, h2];
  for (const k of d.kadai) {
    const sub = k.shihyo.map((s) => [
      { text: s[0] },
      { text: s[1], alignment: 'center' },
      num(s[2]),
      num(s[3]),
      num(s[4], { fillColor: '#f4f4f4', color: '#555555' }),
      { text: s[5], alignment: 'center', font: 'IPAexGothic' },
    ]);
    body.push([
      { text: k.no, alignment: 'center', style: 'bold' },
      {
        stack: [
          { text: k.name, font: 'IPAexGothic', fontSize: 8.5 },
          { text: `【めざす姿】${k.sugata}`, fontSize: 7, color: '#333333', margin: [0, 3, 0, 0] },
        ],
      },
      {
        stack: k.torikumi.map((t, j) => ({
          columns: [
            { text: '①②③④⑤'[j], width: 11 },
            { text: [t[0], { text: `（${t[1]}）`, color: '#555555', fontSize: 7 }], width: '*' },
          ],
          margin: [0, 0, 0, 2],
        })),
        fontSize: 8,
      },
      {
        colSpan: 6,
        margin: [-3, -2, -3, -2],
        table: { widths: KADAI_W.slice(3), body: sub },
        layout: SUB_GRID,
      },
      {}, {}, {}, {}, {},
    ]);
  }
  return {
    table: {
      headerRows: 2,
      dontBreakRows: true,
      widths: KADAI_W,
      body,
    },
    layout: GRID,
  };
}

function buildJigyo(d) {
  const body = [
    [
      th('No.', { rowSpan: 2 }), th('事　業　名', { rowSpan: 2 }), th('関連\n課題', { rowSpan: 2 }),
      th('当初予算額', { colSpan: 2 }), {}, th('増　減', { rowSpan: 2 }), th('主な内容', { rowSpan: 2 }),
    ],
    [{}, {}, {}, th('令和６年度'), th('令和７年度'), {}, {}],
  ];
  for (const r of d.jigyo) {
    body.push([
      { text: r[0], alignment: 'center' }, { text: r[1] }, { text: r[2], alignment: 'center' },
      num(r[3]), num(r[4]), num(r[5], { color: '#555555' }), { text: r[6], fontSize: 7 },
    ]);
  }
  const t = d.jigyoTotal;
  body.push([lbl(t[0], { colSpan: 3, alignment: 'center' }), {}, {}, num(t[1], { fillColor: LABEL_FILL }), num(t[2], { fillColor: LABEL_FILL }), num(t[3], { fillColor: LABEL_FILL, color: '#555555' }), { text: '', fillColor: LABEL_FILL }]);
  return {
    table: { headerRows: 2, widths: [18, 150, 28, 62, 62, 50, '*'], body },
    layout: GRID,
  };
}

function buildDoc(d) {
  return {
    pageSize: 'A4',
    pageOrientation: 'landscape',
    pageMargins: [28, 52, 28, 40],
    info: {
      title: d.title,
      author: '豊明市 健康福祉部',
      subject: `${d.formName}（${d.status}）`,
      creator: `${d.system} ${d.formId} 帳票出力`,
      creationDate: new Date(d.printedAtIso),
    },
    header: (currentPage, pageCount) => ({
      margin: [28, 14, 28, 0],
      stack: [
        {
          columns: [
            { text: d.system, width: '*' },
            { text: `${d.formName}（${d.status}）`, width: 'auto', alignment: 'center' },
            { text: `出力日時：${d.printedAt}`, width: '*', alignment: 'right' },
          ],
        },
        {
          columns: [
            { text: `帳票ID：${d.formId}`, width: '*' },
            { text: `出力者：${d.printedBy}`, width: '*', alignment: 'right' },
          ],
        },
        { canvas: [{ type: 'line', x1: 0, y1: 2, x2: 786, y2: 2, lineWidth: 0.6, lineColor: '#1f4e79' }] },
      ],
      fontSize: 7,
      font: 'IPAexGothic',
      color: '#333333',
    }),
    footer: (currentPage, pageCount) => ({
      margin: [28, 12, 28, 0],
      columns: [
        { text: `豊明市　${d.kihon.buName}`, width: '*' },
        { text: `ページ ${currentPage} / ${pageCount}`, width: 'auto', alignment: 'center' },
        { text: '※本帳票は行政評価システムから出力したものです', width: '*', alignment: 'right' },
      ],
      fontSize: 7,
      font: 'IPAexGothic',
      color: '#333333',
    }),
    content: [
      {
        table: {
          widths: ['*'],
          body: [[{ text: d.title, style: 'title', fillColor: '#1f4e79', color: '#ffffff' }]],
        },
        layout: 'noBorders',
      },
      { text: d.subtitle, style: 'subtitle' },
      sectionTitle('１．部の基本情報'),
      buildKihon(d),
      sectionTitle('２．部を取り巻く状況（主要統計の推移）'),
      buildToukei(d),
      sectionTitle('３．現状と課題', { pageBreak: 'before' }),
      buildGenjo(d),
      sectionTitle('４．経営課題と主な取組（成果指標）'),
      buildKadai(d),
      { text: d.legend, style: 'note', margin: [0, 3, 0, 0] },
      ...d.kadaiNotes.map((n) => ({ text: n, style: 'note' })),
      {
        unbreakable: true,
        stack: [
          sectionTitle('５．主な事業と当初予算額'),
          { text: '（単位：千円）', alignment: 'right', fontSize: 7, margin: [0, -10, 0, 1] },
          buildJigyo(d),
          { text: d.jigyoNote, style: 'note' },
        ],
      },
      {
        unbreakable: true,
        stack: [
          sectionTitle('６．部長総括（令和７年度の重点）'),
          {
            table: {
              widths: ['*', 44, 44, 44, 44],
              body: [
                [{ text: d.soukatsu, rowSpan: 2, fontSize: 8.5, lineHeight: 1.25 }, th('部 長'), th('次 長'), th('主幹課長'), th('担 当')],
                [{}, { text: '', margin: [0, 18] }, { text: '' }, { text: '' }, { text: '' }],
              ],
            },
            layout: GRID,
          },
          { text: d.toiawase, alignment: 'right', fontSize: 7.5, margin: [0, 4, 0, 0] },
        ],
      },
    ],
    defaultStyle: { font: 'IPAexMincho', fontSize: 8, lineHeight: 1.15 },
    styles: {
      title: { font: 'IPAexGothic', fontSize: 15, alignment: 'center', margin: [0, 5, 0, 5] },
      subtitle: { fontSize: 7.5, alignment: 'right', margin: [0, 2, 0, 4] },
      h2: { font: 'IPAexGothic', fontSize: 10.5, color: '#1f4e79', margin: [0, 8, 0, 3] },
      th: { font: 'IPAexGothic', fontSize: 7.5, alignment: 'center' },
      label: { font: 'IPAexGothic', fontSize: 8 },
      num: { font: 'IPAexGothic', alignment: 'right' },
      bold: { font: 'IPAexGothic', fontSize: 10 },
      note: { fontSize: 7, margin: [0, 1, 0, 0] },
    },
  };
}

// ---------------------------------------------------------------------------
// 出力（サーバサイド PdfPrinter）
// ---------------------------------------------------------------------------
const FONTS = {
  IPAexGothic: {
    normal: '/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf',
    bold: '/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf',
    italics: '/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf',
    bolditalics: '/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf',
  },
  IPAexMincho: {
    normal: '/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf',
    bold: '/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf',
    italics: '/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf',
    bolditalics: '/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf',
  },
};

async function main(out) {
  const vfs = new VirtualFileSystem();
  const resolver = new URLResolver(vfs, vfs);
  resolver.setUrlAccessPolicy(() => false);
  const allowFonts = (p) => p.startsWith('/usr/share/fonts/');
  const printer = new PdfPrinter(FONTS, vfs, resolver, allowFonts);
  const doc = await printer.createPdfKitDocument(buildDoc(DATA));
  await new Promise((resolve, reject) => {
    const ws = fs.createWriteStream(out);
    ws.on('finish', resolve);
    ws.on('error', reject);
    doc.pipe(ws);
    doc.end();
  });
}

if (require.main === module) {
  const out = process.argv[2] || path.join(__dirname, 'out.pdf');
  main(out).catch((e) => { console.error(e); process.exit(1); });
} else {
  module.exports = { DATA, buildDoc };
}
