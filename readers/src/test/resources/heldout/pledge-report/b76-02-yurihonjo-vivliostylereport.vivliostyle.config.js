// Vivliostyle CLI configuration for b76-02 (由利本荘市長 公約進捗状況報告書)
// Build: vivliostyle build -c vivliostyle.config.js --executable-browser /usr/bin/chromium
// (CLI 11 takes the browser path only as the --executable-browser option.)
module.exports = {
  title: '由利本荘市長 公約進捗状況報告書（令和６年度）',
  author: '由利本荘市 企画調整部 総合政策課',
  language: 'ja',
  size: 'A4',
  entry: ['b76-02-yurihonjo-vivliostylereport.html'],
  output: ['b76-02-yurihonjo-vivliostylereport.pdf'],
};
