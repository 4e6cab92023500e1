#!/usr/bin/env node
// 韮崎市 行政評価支援システム - 帳票「KPI進捗管理表（総合戦略）」の PDF 出力処理
// サーバー側で pdfmake の PdfPrinter を使い、docDefinition を組み立てて PDF を書き出す。
//   node nirasaki-kpi.js <out.pdf> [--facts facts.json]
'use strict';
const fs = require('fs');
const PdfPrinter = require('pdfmake/js/Printer').default;
const vfsMod = require('pdfmake/js/virtual-fs');
const URLResolver = require('pdfmake/js/URLResolver').default;

// ---------------------------------------------------------------- fonts
const GOTHIC = '/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf';
const MINCHO = '/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf';
const fonts = {
  IPAexGothic: { normal: GOTHIC, bold: GOTHIC, italics: GOTHIC, bolditalics: GOTHIC },
  IPAexMincho: { normal: MINCHO, bold: MINCHO, italics: MINCHO, bolditalics: MINCHO },
};

// ---------------------------------------------------------------- report meta (DB から取得した値)
const META = {
  system: '韮崎市 行政評価支援システム',
  reportId: 'SKR-0206',
  planName: '第２期韮崎市まち・ひと・しごと創生総合戦略',
  title: '重要業績評価指標（ＫＰＩ）進捗管理表',
  subtitle: '［令和６年度実績］',
  printedAt: '2025/06/27 14:03:18',
  printedBy: 'nr20417（総合政策課）',
  kv: [
    ['計画期間', '令和２年度～令和６年度（５か年）'],
    ['評価対象', '令和６年度実績（計画最終年度）'],
    ['集計基準日', '令和７年５月31日'],
    ['取りまとめ', '総合政策課　企画政策担当（内線 2214）'],
    ['出力範囲', '基本目標 全４件／施策 11件／ＫＰＩ 27件'],
  ],
};

// 判定区分（システムのコードマスタ）
const GRADES = [
  { code: 'A', label: '達成', rule: '達成度100％以上（目標値に到達）' },
  { code: 'B', label: '概ね順調', rule: '達成度70％以上100％未満' },
  { code: 'C', label: '遅れ', rule: '達成度０％以上70％未満' },
  { code: 'D', label: '悪化', rule: '実績値が基準値を下回る（達成度マイナス）' },
  { code: 'N', label: '判定不能', rule: '実績値が未確定のもの' },
];

// ---------------------------------------------------------------- data
// k: [指標名, 単位, 基準値, 基準年度, R2, R3, R4, R5, R6, 目標値, 目標年度, 小数桁, 方向]
//   方向: up = 増加が望ましい, down = 減少が望ましい, keep = 維持, text = 定性
const DATA = [
  { no: 1, name: '地域の魅力を生かし、稼ぐ力と働く場をつくる', shisaku: [
    { no: '１－１', name: '農業の振興と担い手の確保', main: ['産業観光課'], sub: [],
      comment: '新規就農者は令和６年度に９人となり目標を上回った。直売所販売額は天候不順の影響で伸び悩んでおり、ふるさと納税返礼品との連携による販路拡大を進める。',
      kpi: [
        ['新規就農者数（年間）', '人', 4, 'R1', 5, 6, 6, 7, 9, 8, 'R6', 0, 'up'],
        ['荒廃農地の再生面積（累計）', 'ha', 3.8, 'R1', 4.6, 5.9, 6.9, 7.8, 8.6, 10.0, 'R6', 1, 'up'],
        ['市内農産物直売所の年間販売額', '百万円', 286, 'R1', 292, 299, 301, 296, 292, 320, 'R6', 0, 'up'],
      ] },
    { no: '１－２', name: '商工業の振興と雇用の創出', main: ['産業観光課'], sub: ['総合政策課'],
      comment: '創業件数は創業塾修了者の開業が続き目標を達成。企業立地は用地不足が課題であり、令和６年度は１件にとどまった（令和２年度からの累計３件）。',
      kpi: [
        ['創業支援事業計画に基づく創業件数（年間）', '件', 6, 'R1', 5, 8, 9, 11, 12, 10, 'R6', 0, 'up'],
        ['企業立地件数（令和２年度からの累計）', '件', null, '－', 0, 1, 2, 3, 3, 5, 'R6', 0, 'up'],
      ] },
    { no: '１－３', name: '観光の振興と交流人口の拡大', main: ['産業観光課'], sub: ['教育課', '総合政策課'],
      comment: '観光入込客数は回復傾向にあるものの基準値には届いていない。ふるさと納税は返礼品の充実により寄附額が大きく伸びた。',
      kpi: [
        ['観光入込客数（年間）', '万人', 98.4, 'R1', 52.3, 63.8, 71.2, 86.5, 92.1, 110.0, 'R6', 1, 'up'],
        ['韮崎大村美術館の入館者数（年間）', '人', 14286, 'R1', 6120, 8954, 9842, 12615, 15208, 16000, 'R6', 0, 'up'],
        ['ふるさと納税寄附額（年間）', '千円', 318640, 'R1', 366210, 428930, 512380, 684210, 802455, 600000, 'R6', 0, 'up'],
      ] },
  ] },
  { no: 2, name: '韮崎とつながる人を増やし、新しいひとの流れをつくる', shisaku: [
    { no: '２－１', name: '移住・定住の促進', main: ['総合政策課'], sub: ['建設課'],
      comment: '東京圏での移住相談会とオンライン相談の併用により相談件数が増加した。空き家バンクは登録物件の掘り起こしが課題。',
      kpi: [
        ['移住相談件数（年間）', '件', 58, 'R1', 61, 87, 104, 131, 142, 120, 'R6', 0, 'up'],
        ['空き家バンクの成約件数（年間）', '件', 7, 'R1', 8, 10, 11, 13, 14, 15, 'R6', 0, 'up'],
        ['移住者住宅取得支援補助金の交付件数（年間）', '件', 21, 'R2', 21, 25, 28, 33, 36, 40, 'R6', 0, 'up'],
      ] },
    { no: '２－２', name: '関係人口の創出と魅力の発信', main: ['総合政策課'], sub: ['秘書人事課'],
      comment: '市公式ＬＩＮＥの機能拡充により登録者数が目標を上回った。ファンクラブ会員は伸びが鈍化しており、特典内容を見直す。',
      kpi: [
        ['市公式ＬＩＮＥ・ＳＮＳの登録者数（合計）', '人', 3420, 'R2', 3420, 5610, 7860, 10412, 12684, 12000, 'R6', 0, 'up'],
        ['にらさきファンクラブ会員数（累計）', '人', 180, 'R2', 180, 242, 296, 341, 388, 500, 'R6', 0, 'up'],
      ] },
  ] },
  { no: 3, name: '結婚・出産・子育ての希望をかなえ、未来を担う人を育てる', shisaku: [
    { no: '３－１', name: '結婚・妊娠・出産の切れ目ない支援', main: ['福祉課'], sub: ['健康づくり課', '総合政策課'],
      comment: '合計特殊出生率は低下傾向が続いている（令和６年値は未公表）。婚活イベントは参加者数の減少によりカップル成立数が基準値を下回った。',
      kpi: [
        ['合計特殊出生率', '－', 1.41, 'H30', 1.37, 1.35, 1.33, 1.29, null, 1.50, 'R6', 2, 'up'],
        ['乳幼児健康診査の受診率', '％', 95.8, 'R1', 94.1, 96.2, 96.9, 97.4, 97.6, 98.0, 'R6', 1, 'up'],
        ['婚活支援事業によるカップル成立数（年間）', '組', 5, 'R1', 2, 3, 4, 6, 4, 10, 'R6', 0, 'up'],
      ] },
    { no: '３－２', name: '安心して子育てできる環境の充実', main: ['福祉課'], sub: [],
      comment: '待機児童ゼロを継続。放課後児童クラブは令和５年度に韮崎北西地区で１クラブを増設した。',
      kpi: [
        ['保育所等待機児童数（各年度４月１日現在）', '人', 0, 'R2.4.1', 0, 0, 0, 0, 0, 0, 'R6', 0, 'keep'],
        ['放課後児童クラブの定員数', '人', 395, 'R1', 405, 420, 440, 455, 470, 480, 'R6', 0, 'up'],
      ] },
    { no: '３－３', name: '確かな学力と郷土を愛する心の育成', main: ['教育課'], sub: [],
      comment: '「将来の夢や目標」は全国学力・学習状況調査の質問紙による。図書館の貸出冊数はＲ２の臨時休館から回復しつつある。',
      kpi: [
        ['「将来の夢や目標を持っている」と答えた児童生徒の割合', '％', 80.6, 'R1', null, 77.4, 78.2, 79.5, 79.9, 85.0, 'R6', 1, 'up'],
        ['市立図書館の年間貸出冊数', '冊', 204816, 'R1', 171530, 183266, 188402, 196730, 206118, 215000, 'R6', 0, 'up'],
      ] },
  ] },
  { no: 4, name: '誰もが健康で、安心して住み続けられるまちをつくる', shisaku: [
    { no: '４－１', name: '健康づくりと地域で支え合う福祉の推進', main: ['健康づくり課'], sub: ['長寿介護課'],
      comment: '胃がん検診は内視鏡検診の導入により受診率が回復傾向。認知症サポーター養成講座は小・中学校での開催により目標を達成した。',
      kpi: [
        ['胃がん検診受診率', '％', 12.4, 'R1', 9.8, 11.0, 11.6, 12.9, 13.8, 18.0, 'R6', 1, 'up'],
        ['認知症サポーター養成講座の延べ受講者数', '人', 4162, 'R1', 4390, 4862, 5318, 5774, 6105, 6000, 'R6', 0, 'up'],
      ] },
    { no: '４－２', name: '防災・減災と地域の安全確保', main: ['総務課'], sub: ['福祉課'],
      comment: '個別避難計画は福祉専門職との連携により作成が進んだ。防災訓練は全区での実施に向け未実施区への働きかけを継続する。',
      kpi: [
        ['自主防災組織の防災訓練実施率', '％', 64.7, 'R1', 21.5, 40.2, 58.3, 76.8, 84.2, 90.0, 'R6', 1, 'up'],
        ['避難行動要支援者の個別避難計画の作成率', '％', null, '－', null, 5.2, 12.4, 28.6, 41.0, 50.0, 'R6', 1, 'up'],
      ] },
    { no: '４－３', name: '暮らしを支える公共交通と環境の保全', main: ['市民生活課'], sub: ['総合政策課'],
      comment: '市民バスは路線再編の周知に努めたが利用者数は基準値を下回っている。地域公共交通計画は令和６年３月に策定し、計画に基づく施策を推進している。',
      kpi: [
        ['市民バスの年間利用者数', '人', 52840, 'R1', 38215, 39870, 41206, 45918, 48377, 55000, 'R6', 0, 'up'],
        ['市民１人１日当たりのごみ排出量', 'ｇ', 872, 'R1', 884, 868, 861, 853, 846, 830, 'R6', 0, 'down'],
        ['韮崎市地域公共交通計画の策定', '－', '未策定', 'R2', '未策定', '検討', '策定作業中', '策定', '推進', '策定', 'R5', 0, 'text'],
      ] },
  ] },
];

// ---------------------------------------------------------------- helpers
const fmt = (v, d) => {
  if (v === null || v === undefined) return '－';
  if (typeof v === 'string') return v;
  return v.toLocaleString('ja-JP', { minimumFractionDigits: d, maximumFractionDigits: d });
};

function rate(k, actual) {
  const [, , base, , , , , , , target, , , dir] = k;
  if (dir === 'text') return actual === '策定' || actual === '推進' ? 100 : 0;
  if (actual === null || actual === undefined) return null;
  if (dir === 'keep') return actual <= target ? 100 : 0;
  if (base === null) return (actual / target) * 100;
  if (dir === 'down') return ((base - actual) / (base - target)) * 100;
  return ((actual - base) / (target - base)) * 100;
}
function grade(r) {
  if (r === null) return 'N';
  if (r >= 100) return 'A';
  if (r >= 70) return 'B';
  if (r >= 0) return 'C';
  return 'D';
}
const fmtRate = (r, dir) => (r === null || dir === 'text' || dir === 'keep' ? '－' : r.toFixed(1) + '%');

// ---------------------------------------------------------------- styles & layouts
const C_HEAD = '#dfe6ee';
const C_GOAL = '#3b5b7d';
const C_SHISAKU = '#eef2f6';
const tableLayout = {
  hLineWidth: () => 0.5, vLineWidth: () => 0.5,
  hLineColor: () => '#7a8593', vLineColor: () => '#7a8593',
  paddingLeft: () => 3, paddingRight: () => 3, paddingTop: () => 2, paddingBottom: () => 2,
};

// ---------------------------------------------------------------- build content
const counts = { R6: {}, R5: {} };
GRADES.forEach((g) => { counts.R6[g.code] = 0; counts.R5[g.code] = 0; });
let kpiSeq = 0;

function shisakuTable(goal, s) {
  const widths = [16, '*', 40, 34, 34, 34, 34, 34, 38, 20, 34, 20];
  const hdr1 = [
    { text: `施策${s.no}`, colSpan: 2, style: 'shNo', fillColor: C_SHISAKU }, {},
    { text: s.name, colSpan: 5, style: 'shName', fillColor: C_SHISAKU }, {}, {}, {}, {},
    { text: [{ text: '主管課　', style: 'lbl' }, s.main.join('、'),
      ...(s.sub.length ? [{ text: '\n関係課　', style: 'lbl' }, s.sub.join('、')] : [])],
      colSpan: 5, style: 'shDept', fillColor: C_SHISAKU }, {}, {}, {}, {},
  ];
  const hdr2 = [
    { text: 'No.', rowSpan: 2, style: 'th' },
    { text: '成果指標（ＫＰＩ）', rowSpan: 2, style: 'th' },
    { text: '基準値', rowSpan: 2, style: 'th' },
    { text: '実　績　の　推　移', colSpan: 5, style: 'th' }, {}, {}, {}, {},
    { text: '目標', colSpan: 2, style: 'th' }, {},
    { text: '達成度', colSpan: 2, style: 'th' }, {},
  ];
  const hdr3 = [{}, {}, {},
    { text: 'Ｒ２', style: 'th' }, { text: 'Ｒ３', style: 'th' }, { text: 'Ｒ４', style: 'th' },
    { text: 'Ｒ５', style: 'th' }, { text: 'Ｒ６', style: 'th' },
    { text: '目標値', style: 'th' }, { text: '年度', style: 'th' },
    { text: '率', style: 'th' }, { text: '判定', style: 'th' },
  ];
  const body = [hdr1, hdr2, hdr3];
  s.kpi.forEach((k) => {
    kpiSeq += 1;
    const [name, unit, base, by, r2, r3, r4, r5, r6, target, ty, d, dir] = k;
    const r = rate(k, r6);
    const g = grade(r);
    counts.R6[g] += 1;
    counts.R5[grade(rate(k, r5))] += 1;
    k.grade = g;
    body.push([
      { text: String(kpiSeq), style: 'tdC' },
      { text: [name, { text: `\n単位：${unit}`, style: 'unit' }], style: 'td' },
      { text: [fmt(base, d), { text: base === null ? '' : `\n(${by})`, style: 'yr' }], style: 'tdR' },
      { text: fmt(r2, d), style: 'tdR' }, { text: fmt(r3, d), style: 'tdR' },
      { text: fmt(r4, d), style: 'tdR' }, { text: fmt(r5, d), style: 'tdR' },
      { text: r6 === null ? '集計中' : fmt(r6, d), style: 'tdR' },
      { text: fmt(target, d), style: 'tdR' }, { text: ty, style: 'tdC' },
      { text: fmtRate(r, dir), style: 'tdR' },
      { text: g, style: 'grade' },
    ]);
  });
  body.push([
    { text: [{ text: '担当課コメント　', style: 'lbl' }, s.comment], colSpan: 12, style: 'comment' },
    {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {},
  ]);
  return {
    table: { headerRows: 3, keepWithHeaderRows: 1, dontBreakRows: true, widths, body },
    layout: tableLayout, margin: [0, 0, 0, 8],
  };
}

function goalBar(goal) {
  return {
    table: { widths: ['*'], body: [[{ text: `基本目標${'１２３４'[goal.no - 1]}　${goal.name}`, style: 'goal', fillColor: C_GOAL }]] },
    layout: 'noBorders', margin: [0, 6, 0, 4],
  };
}

const body = [];
DATA.forEach((goal) => {
  body.push(goalBar(goal));
  goal.shisaku.forEach((s) => body.push(shisakuTable(goal, s)));
});

// ---- title block
const kvTable = {
  table: {
    widths: [58, '*'],
    body: META.kv.map(([k, v]) => [{ text: k, style: 'kvK', fillColor: C_HEAD }, { text: v, style: 'kvV' }]),
  },
  layout: tableLayout,
};
const kessai = {
  table: {
    widths: [14, 44, 44, 44],
    heights: [10, 34],
    body: [
      [{ text: '決\n\n裁', rowSpan: 2, style: 'kessaiL', fillColor: C_HEAD }, { text: '課　長', style: 'kessai' }, { text: 'リーダー', style: 'kessai' }, { text: '担　当', style: 'kessai' }],
      [{}, { text: '' }, { text: '' }, { text: '' }],
    ],
  },
  layout: tableLayout,
};

// ---- summary (R6 and R5 reference)
const total = (o) => Object.values(o).reduce((a, b) => a + b, 0);
const pct = (n, t) => ((n / t) * 100).toFixed(1) + '%';
function summaryTables() {
  const t6 = total(counts.R6); const t5 = total(counts.R5);
  const left = {
    table: {
      headerRows: 1, widths: [22, 44, '*', 30, 34],
      body: [
        [{ text: '判定', style: 'th' }, { text: '区分', style: 'th' }, { text: '判定基準', style: 'th' }, { text: '指標数', style: 'th' }, { text: '構成比', style: 'th' }],
        ...GRADES.map((g) => [
          { text: g.code, style: 'grade' }, { text: g.label, style: 'td' }, { text: g.rule, style: 'td' },
          { text: String(counts.R6[g.code]), style: 'tdR' }, { text: pct(counts.R6[g.code], t6), style: 'tdR' },
        ]),
        [{ text: '計', colSpan: 3, style: 'tdC' }, {}, {}, { text: String(t6), style: 'tdR' }, { text: '100.0%', style: 'tdR' }],
      ],
    },
    layout: tableLayout,
  };
  const right = {
    table: {
      headerRows: 1, widths: [22, '*', '*', '*'],
      body: [
        [{ text: '判定', style: 'th' }, { text: 'Ｒ５実績時点', style: 'th' }, { text: 'Ｒ６実績', style: 'th' }, { text: '増減', style: 'th' }],
        ...GRADES.map((g) => {
          const dlt = counts.R6[g.code] - counts.R5[g.code];
          return [{ text: g.code, style: 'grade' }, { text: String(counts.R5[g.code]), style: 'tdR' },
            { text: String(counts.R6[g.code]), style: 'tdR' }, { text: dlt > 0 ? '+' + dlt : dlt < 0 ? '▲' + (-dlt) : '±0', style: 'tdR' }];
        }),
        [{ text: '計', style: 'tdC' }, { text: String(t5), style: 'tdR' }, { text: String(t6), style: 'tdR' }, { text: '', style: 'tdR' }],
      ],
    },
    layout: tableLayout,
  };
  return { left, right };
}

const NOTES = [
  '※１　基準値は原則として第２期戦略策定時に把握していた令和元年度（R1）の実績値。合計特殊出生率はH30（平成30年）、保育所等待機児童数はR2.4.1（令和２年４月１日現在）の値。「－」は戦略策定後に設定した指標で基準値がないもの。',
  '※２　達成度＝（令和６年度実績値－基準値）÷（目標値－基準値）×100。基準値がない指標は 実績値÷目標値×100、減少を目指す指標は（基準値－実績値）÷（基準値－目標値）×100。定性的な指標及び現状維持の指標は、目標の状態にあるものを「A」とする。',
  '※３　合計特殊出生率の令和６年値は山梨県の人口動態統計の公表（令和７年10月頃）後に確定するため「集計中」とし、判定は「N」とした。参考：令和５年の山梨県平均は1.32。',
  '※４　観光入込客数の令和２年度実績（52.3万人）は新型コロナウイルス感染症の影響による。第１期戦略（平成27年度～令和元年度）の最終実績は98.4万人。',
  '※５　本表の判定結果は、令和７年８月開催予定の韮崎市総合戦略推進会議に報告し、外部評価を受ける。',
  '※６　次期戦略「韮崎市デジタル田園都市構想総合戦略」（令和７年度～令和11年度）では、本表のＫＰＩのうち19指標を継続して設定している。',
];

const { left, right } = summaryTables();

const docDefinition = {
  pageSize: 'A4',
  pageOrientation: 'portrait',
  pageMargins: [28, 46, 28, 40],
  info: {
    title: `${META.planName}　${META.title}${META.subtitle}`,
    author: '韮崎市 総合政策課',
    subject: 'KPI進捗管理表（総合戦略）',
    creator: `${META.system}（帳票出力：pdfmake）`,
    creationDate: new Date('2025-06-27T14:03:18+09:00'),
  },
  header: (currentPage, pageCount) => ({
    margin: [28, 16, 28, 0],
    stack: [
      { columns: [
        { text: META.system, style: 'hdrL', width: '*' },
        { text: `KPI進捗管理表（総合戦略）｜帳票ID：${META.reportId}`, style: 'hdrR', width: 'auto' },
      ] },
      { canvas: [{ type: 'line', x1: 0, y1: 3, x2: 539, y2: 3, lineWidth: 0.6, lineColor: '#3b5b7d' }] },
    ],
  }),
  footer: (currentPage, pageCount) => ({
    margin: [28, 10, 28, 0],
    columns: [
      { text: `出力日時：${META.printedAt}　出力者：${META.printedBy}`, style: 'ftr', width: '*' },
      { text: `${currentPage} / ${pageCount} ページ`, style: 'ftrC', width: 80 },
      { text: '※本帳票はシステムから出力した確定値です', style: 'ftrR', width: '*' },
    ],
  }),
  content: [
    { text: META.planName, style: 'plan' },
    { text: [META.title, '　', { text: META.subtitle, style: 'titleSub' }], style: 'title' },
    { columns: [
      { width: '*', stack: [kvTable] },
      { width: 160, stack: [kessai], margin: [14, 0, 0, 0] },
    ], margin: [0, 4, 0, 8] },
    { text: '１　判定区分別の集計', style: 'h2' },
    { columns: [
      { width: '*', stack: [{ text: '【令和６年度実績による判定】', style: 'cap' }, left] },
      { width: 170, stack: [{ text: '（参考）前年度集計との比較', style: 'cap' }, right], margin: [12, 0, 0, 0] },
    ], margin: [0, 0, 0, 8] },
    { text: '２　基本目標・施策別のＫＰＩ進捗状況', style: 'h2' },
    ...body,
    { text: '【注記】', style: 'h3', margin: [0, 6, 0, 2] },
    ...NOTES.map((n) => ({ text: n, style: 'note' })),
  ],
  defaultStyle: { font: 'IPAexGothic', fontSize: 7.5, lineHeight: 1.15 },
  styles: {
    plan: { font: 'IPAexMincho', fontSize: 11, alignment: 'center' },
    title: { font: 'IPAexMincho', fontSize: 15, alignment: 'center', margin: [0, 2, 0, 8] },
    titleSub: { fontSize: 11 },
    h2: { fontSize: 9.5, bold: true, color: '#1f3550', margin: [0, 4, 0, 3] },
    h3: { fontSize: 8.5, color: '#1f3550' },
    cap: { fontSize: 7.5, margin: [0, 0, 0, 2] },
    kvK: { fontSize: 7.5, alignment: 'center' },
    kvV: { fontSize: 7.5 },
    kessai: { fontSize: 7, alignment: 'center' },
    kessaiL: { fontSize: 7, alignment: 'center', margin: [0, 4, 0, 0] },
    goal: { fontSize: 9.5, color: 'white', margin: [4, 2, 4, 2] },
    shNo: { fontSize: 8.5 },
    shName: { fontSize: 8.5 },
    shDept: { fontSize: 7.5 },
    lbl: { color: '#55606e', fontSize: 7 },
    th: { fontSize: 7, alignment: 'center', fillColor: C_HEAD },
    td: { fontSize: 7.5 },
    tdC: { fontSize: 7.5, alignment: 'center' },
    tdR: { fontSize: 7.5, alignment: 'right' },
    unit: { fontSize: 6.5, color: '#55606e' },
    yr: { fontSize: 6.5 },
    grade: { fontSize: 8.5, alignment: 'center' },
    comment: { fontSize: 7, color: '#333333' },
    note: { fontSize: 7, margin: [0, 0, 0, 1.5] },
    hdrL: { fontSize: 7.5, color: '#3b5b7d' },
    hdrR: { fontSize: 7.5, color: '#3b5b7d', alignment: 'right' },
    ftr: { fontSize: 6.5, color: '#55606e' },
    ftrC: { fontSize: 7, alignment: 'center' },
    ftrR: { fontSize: 6.5, color: '#55606e', alignment: 'right' },
  },
};

// ---------------------------------------------------------------- facts (for the test corpus)
function yearOf(s) {
  const m = /^([RH])(\d+|元)/.exec(s);
  if (!m) return null;
  const n = m[2] === '元' ? 1 : parseInt(m[2], 10);
  return m[1] === 'R' ? 2018 + n : 1988 + n;
}
function numStr(v, d) { return typeof v === 'number' ? v.toFixed(d) : v; }
function buildFacts() {
  const f = [
    { type: 'municipality', value: '192074' },
    { type: 'fiscal-year', value: '2024' },
    { type: 'period', value: '2020-2024' },
  ];
  GRADES.forEach((g) => f.push({ type: 'achievement-count', subject: g.code, value: String(counts.R6[g.code]) }));
  DATA.forEach((goal) => {
    f.push({ type: 'direction', subject: goal.name });
    goal.shisaku.forEach((s) => {
      f.push({ type: 'initiative', subject: s.name });
      const depts = [];
      [...s.main, ...s.sub].forEach((d) => { if (!depts.includes(d)) depts.push(d); });
      depts.forEach((d) => f.push({ type: 'department', subject: s.name, value: d }));
      s.kpi.forEach((k) => {
        const [name, unit, base, by, , , , , , target, ty, d] = k;
        f.push({ type: 'indicator', subject: name });
        if (base !== null) {
          const b = { type: 'baseline', subject: name, value: numStr(base, d), year: yearOf(by) };
          if (unit !== '－') b.unit = unit;
          f.push(b);
        }
        const t = { type: 'target', subject: name, value: numStr(target, d), year: yearOf(ty) };
        if (unit !== '－') t.unit = unit;
        f.push(t);
      });
    });
  });
  return f;
}

// ---------------------------------------------------------------- print
async function main() {
  const out = process.argv[2] || 'out.pdf';
  const fi = process.argv.indexOf('--facts');
  const virtualfs = new vfsMod.VirtualFileSystem(vfsMod.default);
  const printer = new PdfPrinter(fonts, virtualfs, new URLResolver(virtualfs, vfsMod.default), (p) => p.startsWith('/usr/share/fonts/'));
  const pdfDoc = await printer.createPdfKitDocument(docDefinition);
  await new Promise((resolve, reject) => {
    const ws = fs.createWriteStream(out);
    ws.on('finish', resolve); ws.on('error', reject);
    pdfDoc.pipe(ws); pdfDoc.end();
  });
  if (fi > 0) fs.writeFileSync(process.argv[fi + 1], JSON.stringify(buildFacts(), null, 1));
  console.error('written', out, JSON.stringify(counts));
}
main().catch((e) => { console.error(e); process.exit(1); });
