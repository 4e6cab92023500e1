// @ts-check
// vivliostyle build -c b76-02-ojiya-vivliohokoku.vivliostyle.config.js --executable-browser /usr/bin/chromium
/** @type {import('@vivliostyle/cli').VivliostyleConfigSchema} */
const vivliostyleConfig = {
  title: '第五次小千谷市総合計画 後期基本計画 施策評価報告書（令和６年度実績）',
  author: '小千谷市 企画政策課',
  language: 'ja',
  size: 'A4',
  entry: ['b76-02-ojiya-vivliohokoku.html'],
  output: ['b76-02-ojiya-vivliohokoku.pdf'],
};
module.exports = vivliostyleConfig;
