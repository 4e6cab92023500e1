// Vivliostyle CLI configuration for b76-02 (八女市議会 産業経済委員会 行政視察報告書)
// The browser is given on the command line: --executable-browser /usr/bin/chromium
module.exports = {
  title: '令和７年度 産業経済委員会 行政視察報告書（八女市議会）',
  author: '八女市議会 産業経済委員会',
  language: 'ja',
  size: 'A4',
  entry: ['b76-02-yame-vivliostyleiinkai.html'],
  output: ['b76-02-yame-vivliostyleiinkai.pdf'],
};
