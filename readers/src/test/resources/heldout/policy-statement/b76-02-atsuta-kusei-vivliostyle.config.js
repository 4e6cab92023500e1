// Vivliostyle CLI 設定（熱田区区政運営方針）
// ブラウザは Debian の chromium を使う：
//   npx vivliostyle build -c b76-02-atsuta-kusei-vivliostyle.config.js --executable-browser /usr/bin/chromium
module.exports = {
  title: '令和７年度　熱田区区政運営方針',
  author: '名古屋市熱田区役所',
  language: 'ja',
  size: 'A4',
  entry: ['b76-02-atsuta-kusei-vivliostyle.html'],
  output: ['b76-02-atsuta-kusei-vivliostyle.pdf'],
};
