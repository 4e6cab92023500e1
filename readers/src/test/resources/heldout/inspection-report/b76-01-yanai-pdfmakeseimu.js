// 柳井市議会 議会活動支援システム GIKAI-Web — 帳票 SK-R0412「会派行政視察報告書（政務活動）」
// PDF 出力モジュール（サーバ側, pdfmake PdfPrinter）
// usage: node b76-01-yanai-pdfmakeseimu.js <data.json> <out.pdf>
'use strict';

const fs = require('fs');
const path = require('path');
const PdfPrinter = require('pdfmake/js/Printer').default;
const VirtualFileSystem = require('pdfmake/js/virtual-fs').VirtualFileSystem;
const URLResolver = require('pdfmake/js/URLResolver').default;

const GOTHIC = '/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf';
const MINCHO = '/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf';

const fonts = {
  IPAexGothic: { normal: GOTHIC, bold: GOTHIC, italics: GOTHIC, bolditalics: GOTHIC },
  IPAexMincho: { normal: MINCHO, bold: MINCHO, italics: MINCHO, bolditalics: MINCHO }
};

const dataFile = process.argv[2] || path.join(__dirname, 'b76-01-yanai-pdfmakeseimu.data.json');
const outFile = process.argv[3] || path.join(__dirname, 'b76-01-yanai-pdfmakeseimu.pdf');
const d = JSON.parse(fs.readFileSync(dataFile, 'utf8'));
const sys = d.system;
const rep = d.report;

const GRID = {
  hLineWidth: () => 0.5,
  vLineWidth: () => 0.5,
  hLineColor: () => '#444444',
  vLineColor: () => '#444444',
  paddingLeft: () => 3,
  paddingRight: () => 3,
  paddingTop: () => 2,
  paddingBottom: () => 2
};
const LABEL_FILL = '#e6ecf2';
const HEAD_FILL = '#cdd8e4';

const label = (text, extra = {}) => Object.assign({ text, style: 'label', fillColor: LABEL_FILL }, extra);
const cell = (text, extra = {}) => Object.assign({ text, style: 'value' }, extra);
const head = (text, extra = {}) => Object.assign({ text, style: 'th', fillColor: HEAD_FILL }, extra);

function sectionTitle(text, pageBreak) {
  const s = { text, style: 'section', margin: [0, 10, 0, 4] };
  if (pageBreak) s.pageBreak = 'before';
  return s;
}

// ---- 承認欄 (決裁欄) -------------------------------------------------------------
function approvalBox() {
  const heads = ['議長', '副議長', '事務局長', '議事調査係長', '担当'];
  return {
    width: 'auto',
    table: {
      widths: [44, 44, 44, 44, 44],
      body: [
        heads.map(h => ({ text: h, style: 'thSmall', fillColor: LABEL_FILL })),
        heads.map(() => ({ text: ' ', margin: [0, 14, 0, 14] }))
      ]
    },
    layout: GRID
  };
}

// ---- 基本情報 ------------------------------------------------------------------
function basicInfo() {
  return {
    table: {
      widths: [62, '*', 62, '*', 78, '*'],
      body: [
        [label('報告番号'), cell(rep.reportNo), label('対象年度'), cell(rep.fiscalYearLabel), label('状態'), cell(rep.status)],
        [label('提出日'), cell(rep.submitted), label('事務局受付日'), cell(rep.received), label('政務活動費\n交付対象期間'), cell(rep.subsidyPeriod)],
        [label('提出先'), cell(rep.addressee, { colSpan: 3 }), {}, {}, label('活動区分'), cell(rep.purposeCategory)],
        [label('会派名'), cell(rep.caucus), label('報告者'), cell(rep.representative), label('視察期間'), cell(rep.period)]
      ]
    },
    layout: GRID
  };
}

// ---- 会派所属議員及び参加状況 -----------------------------------------------------------
function memberTable() {
  const visitsShort = d.visits.map(v => `No.${v.no}\n${v.city.replace(/^愛媛県/, '')}`);
  const body = [
    [head('No', { rowSpan: 2 }), head('氏　名', { rowSpan: 2 }), head('会派\n役職', { rowSpan: 2 }),
     head('所属委員会', { rowSpan: 2 }), head('参加状況', { colSpan: 4 }), {}, {}, {}, head('備　考', { rowSpan: 2 })],
    [{}, {}, {}, {}, ...visitsShort.map(t => head(t, { fontSize: 7.5 })), {}]
  ];
  for (const m of d.members) {
    body.push([
      cell(String(m.no), { alignment: 'center' }),
      cell(m.name),
      cell(m.role, { alignment: 'center' }),
      cell(m.committee),
      ...m.marks.map(k => cell(k, { alignment: 'center' })),
      cell(m.note)
    ]);
  }
  return {
    table: { headerRows: 2, widths: [18, 50, 34, 96, 44, 44, 44, 44, '*'], body },
    layout: GRID
  };
}

// ---- 視察行程及び視察先の概要 ------------------------------------------------------------
function itineraryTable() {
  const body = [
    [head('月日', { rowSpan: 2 }), head('区分', { rowSpan: 2 }), head('時　刻', { colSpan: 2 }), {},
     head('視察先・行程', { rowSpan: 2 }), head('調査事項・内容', { rowSpan: 2 }),
     head('視察先の概要', { colSpan: 4 }), {}, {}, {}],
    [{}, {}, head('開始'), head('終了'), {}, {}, head('人口\n（人）'), head('世帯数\n（世帯）'), head('面積\n（k㎡）'), head('基準日')]
  ];
  for (const day of d.itinerary) {
    day.rows.forEach((r, i) => {
      const first = i === 0 ? cell(day.day, { rowSpan: day.rows.length, alignment: 'center' }) : {};
      const isVisit = r.kind === '視察';
      body.push([
        first,
        cell(r.kind, { alignment: 'center', fillColor: isVisit ? '#fff4d6' : null }),
        cell(r.start, { alignment: 'center' }),
        cell(r.end, { alignment: 'center' }),
        cell(r.place),
        cell(r.topic),
        cell(r.pop, { alignment: 'right' }),
        cell(r.hh, { alignment: 'right' }),
        cell(r.area, { alignment: 'right' }),
        cell(r.asof, { alignment: 'center' })
      ]);
    });
  }
  return {
    table: { headerRows: 2, widths: [34, 26, 28, 28, 104, '*', 46, 46, 42, 40], body },
    layout: GRID
  };
}

// ---- 視察報告（視察先ごと） -------------------------------------------------------------
function visitTable(v) {
  const body = [
    [{ text: `視察報告 No.${v.no}　${v.city}`, style: 'visitHead', fillColor: HEAD_FILL, colSpan: 4 }, {}, {}, {}],
    [label('視察日時'), cell(v.datetime, { colSpan: 3 }), {}, {}],
    [label('視察場所'), cell(v.venue, { colSpan: 3 }), {}, {}],
    [label('説明者'), cell(v.explainers, { colSpan: 3 }), {}, {}],
    [label('調査事項'), cell(v.topics, { colSpan: 3 }), {}, {}],
    [label('視察目的\n（選定理由）'), cell(v.purpose, { colSpan: 3, style: 'prose' }), {}, {}],
    [label('視察内容'), cell(v.overview, { colSpan: 3, style: 'prose' }), {}, {}]
  ];
  // 質疑応答: 1 問に複数課の回答がある場合は質問者・質問セルを rowSpan で結合
  const qaRows = [];
  for (const q of v.qa) {
    const split = q.a.length > 1 && q.a.every(a => a.startsWith('（'));
    if (split) {
      q.a.forEach((a, i) => {
        qaRows.push(i === 0
          ? [cell(q.who, { rowSpan: q.a.length }), cell(q.q, { rowSpan: q.a.length }), cell(a)]
          : [{}, {}, cell(a)]);
      });
    } else {
      qaRows.push([cell(q.who), cell(q.q), cell(q.a.join('\n　'))]);
    }
  }
  body.push([label('質疑応答', { rowSpan: qaRows.length + 1 }), head('質問者'), head('質　問'), head('回　答')]);
  qaRows.forEach(r => body.push([{}, ...r]));
  v.opinions.forEach((o, i) => {
    body.push([
      i === 0 ? label('所　感', { rowSpan: v.opinions.length }) : {},
      cell(o.who),
      cell(o.text.replace(/\n/g, '\n　'), { colSpan: 2, style: 'prose' }), {}
    ]);
  });
  return {
    table: { headerRows: 1, widths: [62, 66, 230, '*'], body },
    layout: GRID,
    margin: [0, 0, 0, 10]
  };
}

function expensesAndNotes() {
  return {
    columns: [
      {
        width: 300,
        stack: [
          { text: '【参考】政務活動費充当額（本視察分）', style: 'small', margin: [0, 0, 0, 2] },
          {
            table: {
              widths: [200, '*'],
              body: [[head('費　目'), head('金　額')],
                ...d.expenses.map(e => [cell(e[0]), cell(e[1], { alignment: 'right' })])]
            },
            layout: GRID
          }
        ]
      },
      {
        width: '*',
        margin: [16, 0, 0, 0],
        stack: [
          { text: '【備考】', style: 'small', margin: [0, 0, 0, 2] },
          { ul: [
              '本帳票はGIKAI-Webに登録された報告内容を出力したものです。',
              '視察先の人口等は各視察先の提供資料によるものであり、本市の統計とは基準が異なります。',
              '領収書等の証拠書類は、会計帳簿とともに議会事務局へ別途提出しています。',
              sys.lastUpdated ? `最終更新：${sys.lastUpdated}` : ''
            ].filter(Boolean), style: 'small' }
        ]
      }
    ]
  };
}

const docDefinition = {
  pageSize: 'A4',
  pageOrientation: 'landscape',
  pageMargins: [36, 52, 36, 40],
  info: {
    title: `${rep.fiscalYearLabel} ${rep.title}（${rep.caucus}）`,
    author: '柳井市議会事務局',
    subject: sys.formName,
    creator: `${sys.name} ${sys.version} ${sys.formId}`,
    creationDate: new Date('2025-11-27T10:42:15+09:00')
  },
  header: (currentPage, pageCount, pageSize) => ({
    margin: [36, 16, 36, 0],
    stack: [
      {
        columns: [
          { text: `${sys.name}　${sys.version}`, style: 'sys' },
          { text: `出力日時：${sys.printedAt}　出力者：${sys.printedBy}`, style: 'sys', alignment: 'right' }
        ]
      },
      {
        columns: [
          { text: `帳票ID：${sys.formId}　${sys.formName}`, style: 'sys' },
          { text: `${rep.reportNo}`, style: 'sys', alignment: 'right' }
        ]
      },
      { canvas: [{ type: 'line', x1: 0, y1: 3, x2: pageSize.width - 72, y2: 3, lineWidth: 0.8 }] }
    ]
  }),
  footer: (currentPage, pageCount) => ({
    margin: [36, 10, 36, 0],
    columns: [
      { text: '柳井市議会事務局　議事調査係', style: 'sys', width: '*' },
      { text: `${currentPage} / ${pageCount}`, style: 'sys', alignment: 'center', width: 80 },
      { text: `${sys.formId}`, style: 'sys', alignment: 'right', width: '*' }
    ]
  }),
  content: [
    {
      columns: [
        {
          width: '*',
          stack: [
            { text: '様式第３号（第１０条関係）', style: 'small' },
            { text: `${rep.fiscalYearLabel}　${rep.title}`, style: 'title', margin: [0, 6, 0, 2] },
            { text: `（${rep.caucus}）`, style: 'subtitle' }
          ]
        },
        approvalBox()
      ]
    },
    { text: rep.preamble, style: 'value', margin: [0, 8, 0, 6] },
    basicInfo(),
    sectionTitle('１　会派所属議員及び参加状況'),
    memberTable(),
    sectionTitle('２　視察行程及び視察先の概要'),
    itineraryTable(),
    { stack: d.legend.map(t => ({ text: t, style: 'note' })), margin: [0, 4, 0, 0] },
    sectionTitle('３　視察報告（視察先別）', true),
    ...d.visits.map(visitTable),
    sectionTitle('４　総括'),
    ...d.closing.map(t => ({ text: '　' + t, style: 'prose', margin: [0, 0, 0, 4] })),
    { text: '', margin: [0, 6, 0, 0] },
    expensesAndNotes()
  ],
  defaultStyle: { font: 'IPAexGothic', fontSize: 8.5, lineHeight: 1.15 },
  styles: {
    sys: { fontSize: 7.5, color: '#333333' },
    small: { fontSize: 7.5 },
    title: { fontSize: 16, bold: true },
    subtitle: { fontSize: 10.5 },
    section: { fontSize: 10.5, bold: true },
    label: { fontSize: 8.5, bold: true },
    th: { fontSize: 8, alignment: 'center' },
    thSmall: { fontSize: 7.5, alignment: 'center' },
    value: { fontSize: 8.5 },
    prose: { font: 'IPAexMincho', fontSize: 8.5, lineHeight: 1.25 },
    visitHead: { fontSize: 10, bold: true },
    note: { fontSize: 7.5, lineHeight: 1.2 }
  }
};

async function main() {
  const vfs = new VirtualFileSystem();
  const urlResolver = new URLResolver(vfs);
  urlResolver.setUrlAccessPolicy(() => false);
  const printer = new PdfPrinter(fonts, vfs, urlResolver, p => p.startsWith('/usr/share/fonts/'));
  const pdfDoc = await printer.createPdfKitDocument(docDefinition);
  await new Promise((resolve, reject) => {
    const ws = fs.createWriteStream(outFile);
    ws.on('finish', resolve);
    ws.on('error', reject);
    pdfDoc.pipe(ws);
    pdfDoc.end();
  });
  console.log(`wrote ${outFile}`);
}

main().catch(e => { console.error(e); process.exit(1); });
