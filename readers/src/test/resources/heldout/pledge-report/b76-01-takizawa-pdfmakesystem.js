'use strict';
// 滝沢市 行政経営支援システム［公約・施策評価］ 帳票 KS-PL-031「市長公約 進捗状況一覧表」
// Report button of the web system: the server builds a pdfmake docDefinition from the
// evaluation records and prints it with pdfmake's server side (pdfmake.setFonts + createPdf().write,
// which in 0.3.x runs the PdfPrinter of js/Printer.js).
// Usage: node b76-01-takizawa-pdfmakesystem.js [out.pdf] [facts.json] [layout.txt]
const fs = require('fs');
const path = require('path');
const pdfmake = require('pdfmake'); // 0.3.x server build: createPdf() drives the PdfPrinter (js/Printer.js)

const OUT_PDF = process.argv[2] || path.join(__dirname, 'b76-01-takizawa-pdfmakesystem.pdf');
const OUT_FACTS = process.argv[3] || null;
const LAYOUT_TXT = process.argv[4] || null;

// ---------------------------------------------------------------- data (records of the system)
const REPORT = {
  city: '滝沢市',
  code: '032166',
  system: '滝沢市 行政経営支援システム［公約・施策評価］',
  version: 'Ver.3.2.1',
  reportId: 'KS-PL-031',
  title: '市長公約　進捗状況一覧表',
  fiscalYearLabel: '令和６年度',
  baseDate: '令和７年３月31日',
  kubun: '年度末評価（確定）',
  fixedOn: '令和７年５月23日（公約推進本部会議）',
  period: '令和４年度～令和７年度',
  dept: '企画総務部　企画総務課',
  printedAt: '2025/05/28 09:14:37',
  printedBy: '企画総務課（tk20417）',
};

// progress rate (%) of each pledge item, entered by the department in 10 % steps
const FIELDS = [
  {
    no: 1, name: '子どもを産み育てやすく、未来を担う人が育つまち',
    items: [
      { t: '子ども医療費助成の高校生世代までの現物給付化', d: ['保険年金課'], r5: 80, r6: 100,
        a: '令和６年８月診療分から高校生世代までの医療費を現物給付（窓口負担なし）に拡大した。対象者は約2,600人増え、年間の助成件数は約８万1,000件となった。' },
      { t: '第２子以降の保育料の完全無償化', d: ['児童福祉課'], r5: 50, r6: 100, merge: 2,
        a: '令和６年４月から第２子以降の保育料を所得制限なく無償化した。対象児童は418人、保護者負担の軽減額は約１億1,200万円（年額）。' },
      { t: '放課後児童クラブの受入れ拡大と待機児童の解消', d: ['児童福祉課'], r5: 60, r6: 80, merged: true,
        a: '巣子地区に放課後児童クラブ１か所（定員40人）を新設し、受入れ枠を1,120人に拡大した。４月１日時点の待機児童は12人（前年度31人）。' },
      { t: '小中学校の体育館への空調設備の整備', d: ['教育総務課'], r5: 10, r6: 30,
        a: '小学校２校の体育館で空調設備の実施設計を行った。全15校の整備計画を策定したが、資材価格の高騰により工事の着手は令和７年度以降となる。' },
      { t: '不登校児童生徒の居場所となる校内教育支援センターの全校設置', d: ['学校教育課'], r5: 40, r6: 70,
        a: '中学校６校全てと小学校３校に校内教育支援センターを設置し、支援員９人を配置した。利用した児童生徒は延べ186人。' },
    ],
  },
  {
    no: 2, name: '誰もが健康で、支え合い安心して暮らせるまち',
    items: [
      { t: '帯状疱疹ワクチン接種費用の助成制度の創設', d: ['健康推進課'], r5: 70, r6: 100,
        a: '50歳以上の市民を対象に接種費用の一部（不活化ワクチン１回につき１万円）を助成する制度を令和６年４月に創設した。助成件数は1,384件。' },
      { t: '地域包括支援センターの増設と認知症の人の見守り体制の強化', d: ['地域福祉課'], r5: 50, r6: 60,
        a: '地域包括支援センターの増設に向けて担当圏域の見直しを検討したが、運営法人の公募は令和７年度に延期した。認知症サポーター養成講座を24回開催し、受講者は612人。' },
      { t: '通院や買い物を支えるデマンド型乗合タクシーの全域運行', d: ['交通政策課', '地域福祉課'], r5: 20, r6: 40,
        a: '一本木・柳沢地区でデマンド型乗合タクシーの実証運行（週３日）を行い、利用者は延べ1,946人。全域運行に向けた交通事業者との協議は継続中。' },
      { t: '障がいのある人の就労支援と相談支援体制の充実', d: ['地域福祉課'], r5: 60, r6: 70,
        a: '就労支援事業所と連携して市役所内での職場実習を実施し、一般就労に移行した人は14人（前年度９人）。相談支援専門員を１人増員した。' },
      { t: '休日当番医と夜間の救急医療体制の確保', d: ['健康推進課'], r5: 70, r6: 90,
        a: '盛岡広域の市町と休日当番医制度を維持し、夜間の小児救急電話相談（＃8000）の周知を強化した。休日当番医の受診者は3,275人。' },
    ],
  },
  {
    no: 3, name: '岩手山の恵みを生かし、活力と交流が生まれるまち',
    items: [
      { t: '滝沢スイカなど特産品のブランド化と販路拡大', d: ['農林課', '観光物産課'], r5: 60, r6: 80,
        a: '「滝沢スイカ」の首都圏フェアを３回開催した。ふるさと納税返礼品としての出荷額は約１億4,800万円（前年度約１億600万円）。加工品の開発２件を支援した。' },
      { t: 'ＩＰＵイノベーションパークへの企業誘致と若者の雇用創出', d: ['企業振興課'], r5: 50, r6: 70,
        a: 'ＩＰＵイノベーションパークに新たに４社が立地し、累計の入居企業は58社となった。市内の高校生を対象としたインターンシップに42人が参加した。' },
      { t: 'チャグチャグ馬コと岩手山を生かした観光交流の推進', d: ['観光物産課'], r5: 40, r6: 60,
        a: 'チャグチャグ馬コの沿道に観覧席を設けたが、岩手山麓の体験型観光メニューの造成は２件にとどまった。観光入込客数は約123万人（前年度約118万人）。' },
      { t: '新規就農者と農業の担い手への支援の拡充', d: ['農林課'], r5: 70, r6: 100,
        a: '新規就農者11人に経営開始資金と市独自の上乗せ助成（１人50万円）を交付し、就農相談会を４回開催した。' },
    ],
  },
  {
    no: 4, name: '災害に強く、快適で住みよい都市基盤が整ったまち',
    items: [
      { t: '巣子・鵜飼地区の内水対策と雨水排水施設の整備', d: ['道路課', '下水道課'], r5: 20, r6: 40,
        a: '巣子地区の雨水幹線の詳細設計を完了し、鵜飼地区の浸水常襲箇所２か所で側溝を改修した。調整池の用地取得は交渉中。' },
      { t: '防災行政無線のデジタル化と戸別受信機の貸与', d: ['防災防犯課'], r5: 80, r6: 100,
        a: '防災行政無線のデジタル化工事を完了し、戸別受信機を希望する約2,300世帯に貸与した。' },
      { t: '通学路の安全対策と歩道の整備', d: ['道路課'], r5: 50, r6: 70,
        a: '通学路合同点検で抽出した危険箇所48か所のうち36か所で対策を実施し、歩道約0.8kmを整備した。' },
      { t: '滝沢中央地区における新たな交流拠点の整備', d: ['都市政策課'], r5: 0, r6: 0,
        a: '基本構想の策定に向けて庁内検討会を立ち上げたが、事業の具体化には至っていない。' },
    ],
  },
  {
    no: 5, name: '住民自治日本一を目指し、市民とともに歩む市役所',
    items: [
      { t: '行政手続のオンライン化と「書かない窓口」の導入', d: ['市民課', '企画総務課'], r5: 40, r6: 70,
        a: '転入・転出など128種類の手続をオンライン化した（前年度76種類）。市民課の窓口で「書かない窓口」の試行を令和７年１月に開始した。' },
      { t: '市長と語る「地域懇談会」の全自治会での開催', d: ['地域づくり推進課'], r5: 60, r6: 90, merge: 2,
        a: '市長と語る地域懇談会を全85自治会のうち56自治会で開催し、延べ1,412人が参加した。' },
      { t: '地域づくり組織への交付金の拡充と担い手の育成', d: ['地域づくり推進課'], r5: 50, r6: 60, merged: true,
        a: '地域づくり交付金の上限を１地区当たり30万円から40万円に拡充した。担い手育成講座を６回開催し、受講者は延べ98人。' },
      { t: '公共施設の長寿命化と再配置計画の推進', d: ['財務課'], r5: 10, r6: 20,
        a: '公共施設等総合管理計画の個別施設計画を改訂したが、再配置計画の策定は令和７年度に持ち越した。' },
    ],
  },
];

// ---------------------------------------------------------------- computation (as the system does)
const BANDS = [
  { key: '完了', range: '100％', min: 100, max: 100, note: '公約の内容を実現した（制度化・事業化を含む）', fill: '#C6E0B4' },
  { key: '順調', range: '70～90％', min: 70, max: 90, note: '計画どおり進んでおり、任期内の実現が見込まれる', fill: '#DDEBF7' },
  { key: '一部遅れ', range: '40～60％', min: 40, max: 60, note: '着手しているが、一部に遅れや課題がある', fill: '#FFF2CC' },
  { key: '遅れ', range: '10～30％', min: 10, max: 30, note: '着手しているが、大幅に遅れている', fill: '#FCE4D6' },
  { key: '未着手', range: '0％', min: 0, max: 0, note: '検討段階にとどまり、事業に着手していない', fill: '#EDEDED' },
];
const band = (r) => BANDS.find((b) => r >= b.min && r <= b.max);
// one decimal, half up, from integer sums (no floating error)
const avg1 = (sum, n) => {
  const q = Math.floor((sum * 20 + n) / (2 * n)); // round(sum*10/n) half up
  return (q / 10).toFixed(1);
};
const sum = (a) => a.reduce((x, y) => x + y, 0);
const fw = (s) => String(s).replace(/[0-9]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xFEE0));

let allR6 = [], allR5 = [];
FIELDS.forEach((f) => {
  f.items.forEach((it, i) => { it.no = `${f.no}-${i + 1}`; it.band = band(it.r6).key; });
  f.n = f.items.length;
  f.avg6 = avg1(sum(f.items.map((x) => x.r6)), f.n);
  f.avg5 = avg1(sum(f.items.map((x) => x.r5)), f.n);
  f.counts = BANDS.map((b) => f.items.filter((x) => x.band === b.key).length);
  allR6 = allR6.concat(f.items.map((x) => x.r6));
  allR5 = allR5.concat(f.items.map((x) => x.r5));
});
const N = allR6.length;
const overall6 = avg1(sum(allR6), N);
const overall5 = avg1(sum(allR5), N);
const totalCounts = BANDS.map((_, i) => sum(FIELDS.map((f) => f.counts[i])));
// mean of the field averages — printed in a note as a reference (not the system's figure)
const fieldMean = avg1(sum(FIELDS.map((f) => Math.round(Number(f.avg6) * 10))), FIELDS.length * 10);
const diff = (a, b) => {
  const d = Math.round(Number(a) * 10) - Math.round(Number(b) * 10);
  return (d >= 0 ? '＋' : '▲') + (Math.abs(d) / 10).toFixed(1);
};

// ---------------------------------------------------------------- fonts (server-side PdfPrinter)
const fonts = {
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

// ---------------------------------------------------------------- table layouts
const GRID = {
  hLineWidth: (i, node) => (i === 0 || i === node.table.body.length ? 0.9 : (i === node.table.headerRows ? 0.9 : 0.4)),
  vLineWidth: (i, node) => (i === 0 || i === node.table.widths.length ? 0.9 : 0.4),
  hLineColor: () => '#595959',
  vLineColor: () => '#595959',
  paddingLeft: () => 3, paddingRight: () => 3, paddingTop: () => 2, paddingBottom: () => 2,
};
const KV = {
  hLineWidth: () => 0.5, vLineWidth: () => 0.5,
  hLineColor: () => '#808080', vLineColor: () => '#808080',
  paddingLeft: () => 4, paddingRight: () => 4, paddingTop: () => 2.5, paddingBottom: () => 2.5,
};
const HEAD_FILL = '#D9E1F2';
const LABEL_FILL = '#F2F2F2';
const th = (text, extra = {}) => Object.assign({ text, style: 'th', fillColor: HEAD_FILL, verticalAlignment: 'middle' }, extra);
const lbl = (text, extra = {}) => Object.assign({ text, style: 'lbl', fillColor: LABEL_FILL }, extra);

// ---------------------------------------------------------------- blocks
const titleBlock = [
  { text: REPORT.title, style: 'title' },
  { text: `（${REPORT.fiscalYearLabel}末　評価基準日：${REPORT.baseDate}）`, style: 'subtitle' },
  {
    table: {
      widths: [52, '*', 52, '*', 52, '*'],
      body: [
        [lbl('評価年度'), { text: REPORT.fiscalYearLabel }, lbl('評価区分'), { text: REPORT.kubun }, lbl('所管'), { text: REPORT.dept }],
        [lbl('公約期間'), { text: REPORT.period }, lbl('確定日'), { text: REPORT.fixedOn }, lbl('登録件数'), { text: `政策分野${FIELDS.length}／公約項目${N}` }],
      ],
    },
    layout: KV, style: 'kv', margin: [0, 0, 0, 8],
  },
];

const legendBlock = {
  columns: [
    {
      width: 400,
      stack: [
        { text: '■ 進捗率の入力と判定区分', style: 'h2' },
        { text: '担当課は、公約項目ごとに年度末時点の進捗率を10％単位で入力する。判定区分は進捗率からシステムが自動で付す。', style: 'note', margin: [0, 0, 0, 3] },
        {
          table: {
            headerRows: 1,
            widths: [46, 54, '*'],
            body: [[th('判定区分'), th('進捗率'), th('判定の目安')]].concat(
              BANDS.map((b) => [
                { text: b.key, alignment: 'center', fillColor: b.fill },
                { text: b.range, alignment: 'center' },
                { text: b.note },
              ])),
          },
          layout: GRID, style: 'legend',
        },
      ],
    },
    { width: 14, text: '' },
    {
      width: '*',
      stack: [
        { text: '■ 集計方法', style: 'h2' },
        {
          ol: [
            '政策分野の平均進捗率は、当該分野に属する公約項目の進捗率の合計を項目数で除したもの。',
            `全体の平均進捗率は、全${N}項目の進捗率の合計を${N}で除したもの（政策分野の平均進捗率の単純平均ではない。単純平均は${fieldMean}％）。`,
            '平均進捗率は小数点以下第２位を四捨五入して表示する。',
            '前年度末の値は令和６年３月31日時点の確定値（参考）。',
          ],
          style: 'note',
        },
        { text: '※ 第２期滝沢市まち・ひと・しごと創生総合戦略（令和２年度～令和６年度）の重要業績評価指標（ＫＰＩ）とは別に管理している。', style: 'note', margin: [0, 3, 0, 0] },
      ],
    },
  ],
  margin: [0, 0, 0, 8],
};

const summaryTable = {
  table: {
    headerRows: 2,
    widths: [24, '*', 32, 30, 30, 34, 30, 32, 46, 46, 40],
    body: [
      [
        th('分野', { rowSpan: 2 }), th('政策分野', { rowSpan: 2 }), th('項目数', { rowSpan: 2 }),
        th('判定区分別の項目数', { colSpan: 5 }), {}, {}, {}, {},
        th('平均進捗率（％）', { colSpan: 3 }), {}, {},
      ],
      [
        {}, {}, {},
        ...BANDS.map((b) => th(b.key, { fillColor: b.fill })),
        th('令和６\n年度末'), th('（参考）\n令和５年度末'), th('増減\n（ポイント）'),
      ],
      ...FIELDS.map((f) => [
        { text: fw(f.no), alignment: 'center' },
        { text: f.name },
        { text: String(f.n), alignment: 'right' },
        ...f.counts.map((c) => ({ text: String(c), alignment: 'right' })),
        { text: f.avg6, alignment: 'right', bold: true },
        { text: f.avg5, alignment: 'right', color: '#595959' },
        { text: diff(f.avg6, f.avg5), alignment: 'right', color: '#595959' },
      ]),
      [
        { text: '全　体', colSpan: 2, alignment: 'center', fillColor: LABEL_FILL }, {},
        { text: String(N), alignment: 'right', fillColor: LABEL_FILL },
        ...totalCounts.map((c) => ({ text: String(c), alignment: 'right', fillColor: LABEL_FILL })),
        { text: overall6, alignment: 'right', bold: true, fillColor: LABEL_FILL },
        { text: overall5, alignment: 'right', color: '#595959', fillColor: LABEL_FILL },
        { text: diff(overall6, overall5), alignment: 'right', color: '#595959', fillColor: LABEL_FILL },
      ],
    ],
  },
  layout: GRID, style: 'tbl',
};

const kpiCard = {
  table: {
    widths: ['*'],
    body: [
      [{ text: '全体の平均進捗率', style: 'cardHead', fillColor: '#1F4E79', color: '#FFFFFF' }],
      [{
        stack: [
          { text: [{ text: overall6, fontSize: 18, bold: true }, { text: ' ％', fontSize: 11 }], alignment: 'center', margin: [0, 4, 0, 0] },
          { text: `（全${N}項目の平均）`, alignment: 'center', fontSize: 7.5 },
          { canvas: [{ type: 'line', x1: 0, y1: 4, x2: 120, y2: 4, lineWidth: 0.4, lineColor: '#A6A6A6', dash: { length: 2 } }], margin: [8, 0, 0, 4] },
          { text: `前年度末　${overall5}％`, alignment: 'center', fontSize: 7.5, color: '#595959' },
          { text: `（${diff(overall6, overall5)}ポイント）`, alignment: 'center', fontSize: 7.5, color: '#595959', margin: [0, 0, 0, 4] },
        ],
      }],
    ],
  },
  layout: KV,
};

const summaryBlock = [
  { text: '■ 政策分野別の進捗状況', style: 'h2' },
  { columns: [{ width: '*', stack: [summaryTable] }, { width: 12, text: '' }, { width: 140, stack: [kpiCard] }] },
  { text: '※ 判定区分別の項目数は、令和６年度末の進捗率による。増減は令和５年度末との差（▲は減少）。', style: 'note', margin: [0, 3, 0, 0] },
];

// detail table: 7 columns
const W_DETAIL = [28, 112, '*', 56, 34, 34, 40];
const detailHeader = [
  [
    th('No.', { rowSpan: 2 }), th('公約項目', { rowSpan: 2 }), th('令和６年度の主な取組実績', { rowSpan: 2 }),
    th('担当課', { rowSpan: 2 }), th('進捗率（％）', { colSpan: 2 }), {}, th('判定', { rowSpan: 2 }),
  ],
  [{}, {}, {}, {}, th('前年度末'), th('本年度末'), {}],
];
const detailBody = [...detailHeader];
FIELDS.forEach((f) => {
  detailBody.push([
    {
      colSpan: 7, fillColor: '#EAF1DD',
      columns: [
        { width: '*', text: `政策分野${fw(f.no)}　${f.name}`, bold: true, fontSize: 8.5 },
        { width: 190, text: `分野の平均進捗率　${f.avg6}％（${f.n}項目）`, alignment: 'right', fontSize: 8 },
      ],
    }, {}, {}, {}, {}, {}, {},
  ]);
  f.items.forEach((it) => {
    const b = BANDS.find((x) => x.key === it.band);
    let deptCell;
    if (it.merged) deptCell = {};
    else {
      deptCell = { text: it.d.join('\n'), style: 'dept' };
      if (it.merge) Object.assign(deptCell, { rowSpan: it.merge, verticalAlignment: 'middle' });
    }
    detailBody.push([
      { text: it.no, alignment: 'center' },
      { text: it.t, bold: true },
      { text: it.a, style: 'jisseki' },
      deptCell,
      { text: String(it.r5), alignment: 'right', color: '#7F7F7F' },
      { text: String(it.r6), alignment: 'right', bold: true },
      { text: it.band, alignment: 'center', fillColor: b.fill },
    ]);
  });
});

const detailBlock = [
  { text: '■ 公約項目別の進捗状況', style: 'h2', pageBreak: 'before' },
  {
    table: { headerRows: 2, dontBreakRows: true, keepWithHeaderRows: 1, widths: W_DETAIL, body: detailBody },
    layout: GRID, style: 'tbl',
  },
  {
    stack: [
      { text: '（注）', bold: true },
      { text: '１　進捗率の「前年度末」は令和６年３月31日時点、「本年度末」は令和７年３月31日時点の値。判定は本年度末の進捗率による（完了・順調・一部遅れ・遅れ・未着手）。' },
      { text: '２　担当課欄を結合している項目は、同じ課が担当している。担当課が複数の場合は上段が主担当課。' },
      { text: '３　担当課は令和７年４月１日現在の組織による。' },
    ],
    style: 'note', margin: [0, 4, 0, 6],
  },
  {
    table: {
      widths: ['*'],
      body: [[{ text: '【問合せ先】滝沢市 企画総務部 企画総務課　〒020-0692 岩手県滝沢市中鵜飼55番地　電話 019-684-2111（代表）', fontSize: 7.5 }]],
    },
    layout: KV,
  },
];

// ---------------------------------------------------------------- document definition
const docDefinition = {
  pageSize: 'A4',
  pageOrientation: 'landscape',
  pageMargins: [28, 50, 28, 38],
  info: {
    title: `${REPORT.title}（${REPORT.fiscalYearLabel}）`,
    author: `${REPORT.city} ${REPORT.dept.replace('　', ' ')}`,
    subject: '市長公約 進捗管理',
    creator: `${REPORT.system} ${REPORT.reportId}`,
  },
  header: (currentPage, pageCount, pageSize) => ({
    margin: [28, 16, 28, 0],
    stack: [
      {
        columns: [
          { text: `${REPORT.system}　${REPORT.version}`, fontSize: 7.5, color: '#404040' },
          { text: `帳票ID：${REPORT.reportId}`, alignment: 'right', fontSize: 7.5, color: '#404040', width: 160 },
        ],
      },
      {
        columns: [
          { text: `${REPORT.title}（${REPORT.fiscalYearLabel}）　処理区分：${REPORT.kubun}`, fontSize: 7.5, color: '#7F7F7F' },
          { text: `出力者：${REPORT.printedBy}`, alignment: 'right', fontSize: 7.5, color: '#7F7F7F', width: 200 },
        ],
      },
      { canvas: [{ type: 'line', x1: 0, y1: 3, x2: pageSize.width - 56, y2: 3, lineWidth: 0.6, lineColor: '#1F4E79' }] },
    ],
  }),
  footer: (currentPage, pageCount) => ({
    margin: [28, 12, 28, 0],
    columns: [
      { text: `出力日時：${REPORT.printedAt}`, fontSize: 7, color: '#595959' },
      { text: `${currentPage} / ${pageCount}`, alignment: 'center', fontSize: 8 },
      { text: `${REPORT.city} ${REPORT.dept.replace('　', ' ')}`, alignment: 'right', fontSize: 7, color: '#595959' },
    ],
  }),
  content: [...titleBlock, legendBlock, ...summaryBlock, ...detailBlock],
  defaultStyle: { font: 'IPAexGothic', fontSize: 8, lineHeight: 1.15 },
  styles: {
    title: { fontSize: 15, bold: true, alignment: 'center', margin: [0, 0, 0, 2] },
    subtitle: { fontSize: 9, alignment: 'center', margin: [0, 0, 0, 8] },
    h2: { fontSize: 9.5, bold: true, color: '#1F4E79', margin: [0, 2, 0, 3] },
    th: { fontSize: 7.5, bold: true, alignment: 'center' },
    lbl: { fontSize: 7.5, bold: true, alignment: 'center' },
    kv: { fontSize: 8 },
    legend: { fontSize: 7.5 },
    note: { fontSize: 7.5 },
    tbl: { fontSize: 8 },
    dept: { fontSize: 7.5 },
    jisseki: { font: 'IPAexMincho', fontSize: 7.5 },
    cardHead: { fontSize: 8, bold: true, alignment: 'center' },
  },
};

// ---------------------------------------------------------------- print
async function main() {
  pdfmake.setFonts(fonts);
  pdfmake.setUrlAccessPolicy(() => false); // no remote resources in the batch server
  pdfmake.setLocalAccessPolicy((p) => p.startsWith('/usr/share/fonts/opentype/ipaexfont-'));
  await pdfmake.createPdf(docDefinition).write(OUT_PDF);
  console.log('wrote', OUT_PDF);

  if (OUT_FACTS) {
    const Y = 2024;
    const facts = [
      { type: 'municipality', value: REPORT.code },
      { type: 'fiscal-year', value: String(Y) },
      { type: 'overall', value: overall6, unit: '%', year: Y },
      { type: 'rule', value: 'mean' },
    ];
    BANDS.forEach((b, i) => facts.push({ type: 'mark-count', subject: b.key, value: String(totalCounts[i]), year: Y }));
    FIELDS.forEach((f) => {
      facts.push({ type: 'policy', subject: f.name });
      facts.push({ type: 'policy-score', subject: f.name, value: f.avg6, unit: '%', year: Y });
      f.items.forEach((it) => {
        facts.push({ type: 'item', subject: it.t });
        facts.push({ type: 'item-evaluation', subject: it.t, value: String(it.r6), unit: '%', year: Y });
        facts.push({ type: 'item-evaluation', subject: it.t, value: it.band, year: Y });
        it.d.forEach((d) => facts.push({ type: 'item-department', subject: it.t, value: d }));
      });
    });
    const layout = LAYOUT_TXT ? fs.readFileSync(LAYOUT_TXT, 'utf8').trim() : '';
    fs.writeFileSync(OUT_FACTS, JSON.stringify({ kind: 'PLEDGE_REPORT', layout, facts }, null, 1) + '\n');
    console.log('facts', facts.length, 'overall', overall6, 'R5', overall5, 'fieldMean', fieldMean, 'counts', totalCounts.join('/'));
    FIELDS.forEach((f) => console.log(f.no, f.avg6, f.avg5, f.counts.join(' ')));
  }
}
main().catch((e) => { console.error(e); process.exit(1); });
