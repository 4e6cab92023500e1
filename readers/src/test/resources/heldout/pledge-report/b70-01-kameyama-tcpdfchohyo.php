<?php
/*
 * 亀山市 行政評価支援システム ［市長公約進捗管理］
 * 帳票 KPM-R0601 「市長公約　取組状況一覧表（令和６年度実績）」 出力プログラム
 *
 * php b70-01-kameyama-tcpdfchohyo.php OUT.pdf [FACTS.json]
 *
 * TCPDF 6.6.2 (Debian php-tcpdf).  Most text: CID font kozminproregular (not embedded).
 * Summary panel, mark-count grid and the summary table: IPAexGothic TrueType added with
 * TCPDF_FONTS::addTTFfont() (embedded subset).
 */
/* the system keeps its own font directory: TCPDF's bundled definitions + fonts added by addTTFfont() */
$FONTDIR = '/tmp/b70-pledge-report/fonts/';
if (!is_dir($FONTDIR)) { mkdir($FONTDIR, 0755, true); }
foreach (glob('/usr/share/php/tcpdf/fonts/*') as $ff) {
  $ln = $FONTDIR . basename($ff);
  if (!file_exists($ln)) { symlink($ff, $ln); }
}
define('K_PATH_FONTS', $FONTDIR);
require_once('/usr/share/php/tcpdf/tcpdf.php');

$OUT   = $argv[1] ?? '/tmp/b70-pledge-report/b70-01-kameyama-tcpdfchohyo.pdf';
$FACTS = $argv[2] ?? null;
$IPA = TCPDF_FONTS::addTTFfont('/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf', 'TrueTypeUnicode', '', 32, $FONTDIR);

/* ------------------------------------------------------------------ data */
$LEGEND = [
  [5, '達成',     '公約に掲げた内容を実現した（制度化・事業化を含む）'],
  [4, '順調',     '計画どおりに進んでおり、任期中の実現が見込まれる'],
  [3, '概ね順調', '一部に課題があるが、取組は進んでいる'],
  [2, '遅れ',     '進捗に遅れが生じており、取組の見直しや強化が必要'],
  [1, '未着手',   '取組に着手していない'],
];

/* policies → pledges → items [name, eval, 完了予定, [depts], 実績] */
$DATA = [
 ['Ⅰ', '子どもたちの未来を育むまち', [
   ['１', '子育て家庭の経済的な負担を軽くします', null, [
     ['第２子以降の保育料の無償化', 5, 'Ｒ６完了', ['子ども未来課'],
      '令和６年９月から、第２子以降の３歳未満児の保育料を所得制限なしで無償化した。対象児童は約310人、軽減額は約4,800万円（年度換算）。'],
     ['子ども医療費の18歳年度末までの窓口無料化', 5, 'Ｒ６完了', ['子ども未来課', '保険年金課'],
      '令和６年４月診療分から、県内医療機関での窓口負担を18歳年度末まで無料とした。助成件数は延べ約52,400件。'],
     ['市立小中学校の学校給食費の段階的な無償化', 3, 'Ｒ８', ['教育総務課'],
      '第３子以降の給食費を全額免除したほか、物価高騰分（１食当たり約20円）を公費で負担した。全児童生徒への拡大は財源を含め検討中。'],
   ]],
   ['２', '子どもたちの学びの環境を充実させます', null, [
     ['小中学校体育館への空調設備の整備', 2, 'Ｒ９', ['教育総務課'],
      '避難所を兼ねる体育館２校の実施設計を行ったが、国庫補助の採択が遅れ、工事着手は令和７年度以降となった（全14校中、整備済み０校）。'],
     ['不登校児童生徒のための校内サポートルームの全校設置', 4, 'Ｒ７', ['学校教育課'],
      '中学校３校と小学校５校に校内サポートルームを開設し、支援員９人を配置した。利用した児童生徒は延べ1,260人。'],
     ['関宿・亀山城を教材とした郷土学習の推進', 4, '継続', ['学校教育課', 'まちなみ文化財室'],
      '全小学校の６年生（約430人）が関宿の町並み散策と亀山城多門櫓の見学を行った。副読本「わたしたちの亀山」を改訂した。'],
   ]],
 ]],
 ['Ⅱ', '健やかで安心して暮らせるまち', [
   ['３', 'いつまでも健康で暮らせる医療・福祉を守ります', null, [
     ['帯状疱疹ワクチン接種費用の助成', 5, 'Ｒ６完了', ['長寿健康課'],
      '50歳以上の市民に、生ワクチン4,000円、不活化ワクチン１回10,000円を助成した。助成件数は1,148件（前年度632件）。'],
     ['亀山市立医療センターの救急受入れ体制の強化', 3, '継続', ['医療センター事務局'],
      '常勤医師２人を新たに確保した。救急車の受入れは1,012件、市外への搬送率は58.3％（前年度61.0％）で、夜間の受入れに課題が残る。'],
     ['高齢者の外出を支える乗合タクシーの運行拡大', 3, 'Ｒ７', ['政策課', '長寿健康課'],
      '運行区域を関・坂下地区に拡大し、利用登録者は2,315人となった。運行日の拡大は、事業者の運転手不足により見送った。'],
   ]],
   ['４', '互いに支え合う地域をつくります', null, [
     ['地域包括支援センターの増設', 4, 'Ｒ７', ['長寿健康課'],
      '令和６年10月に西部地域包括支援センターを開設し、市内３か所の体制とした。相談件数は6,842件。'],
     ['障がいのある人の地域生活支援拠点の整備', 2, 'Ｒ８', ['地域福祉課'],
      '面的整備に向けて市内事業所との協議を６回行ったが、緊急時の受入れ先の確保に至らなかった。'],
     ['地域まちづくり協議会への交付金の拡充', 4, '継続', ['地域づくり支援課'],
      '22地区の協議会への交付金を平均12％増額し、防災・見守り活動への加算（１地区上限10万円）を新設した。'],
   ]],
 ]],
 ['Ⅲ', '歴史と産業が息づく、活力あるまち', [
   ['５', '産業を育て、働く場を広げます', null, [
     ['工業団地への企業誘致と市内企業の設備投資への支援', 4, '継続', ['産業振興課'],
      '企業立地奨励金の対象を拡充し、３社の新規立地（投資額約86億円、新規雇用見込み約140人）が決まった。'],
     ['亀山茶のブランド化と販路拡大', 3, 'Ｒ８', ['農政課'],
      'かぶせ茶の新商品開発を２件支援し、首都圏での販売会を２回開催した。荒茶生産量は天候の影響で前年度を下回った。'],
     ['創業支援と中心市街地の空き店舗の活用', 3, 'Ｒ８', ['産業振興課'],
      '創業支援補助金を８件に交付し、うち５件が空き店舗を活用した。東町商店街の空き店舗率は18.2％（前年度19.5％）。'],
   ]],
   ['６', '歴史・文化を生かし、にぎわいをつくります', null, [
     ['関宿の町並み保存と観光案内機能の強化', 4, '継続', ['まちなみ文化財室', '産業振興課'],
      '伝統的建造物の修理・修景７件を支援し、旅籠玉屋歴史資料館に多言語の音声案内を導入した。関宿の観光入込客数は約38万人。'],
     ['亀山城跡周辺の歴史公園としての整備', 2, 'Ｒ９', ['まちなみ文化財室', '都市整備課'],
      '石垣の測量調査を実施したが、樹木の伐採範囲について地元との調整に時間を要し、基本計画の策定を令和７年度に延期した。'],
     ['リニア中央新幹線の駅を見据えたまちづくりの検討', 3, '継続', ['政策課'],
      '三重県駅（仮称）の設置を見据え、候補地周辺の土地利用調査を行い、庁内検討会議を４回開催した。'],
   ]],
 ]],
 ['Ⅳ', '安全で快適な、持続可能なまち', [
   ['７', '災害に強く、安全なまちをつくります', null, [
     ['鈴鹿川・椋川流域の浸水対策の強化', 3, 'Ｒ８', ['土木課'],
      '県と連携して椋川の河道掘削（約420ｍ）を実施した。排水ポンプ車は入札不調となり、令和７年度に購入する。'],
     ['指定避難所への空調設備とマンホールトイレの整備', 4, 'Ｒ８', ['防災安全課'],
      '指定避難所５か所にスポットクーラーを配備し、マンホールトイレを２か所（計10基）整備した。'],
     ['通学路の安全対策と防犯カメラの増設', 5, 'Ｒ６完了', ['土木課', '防災安全課'],
      '合同点検で抽出した危険箇所34か所すべての対策を完了した。防犯カメラを15台増設し、累計62台となった。'],
   ]],
   ['８', '市民に開かれた、持続可能な市役所をつくります', null, [
     ['行政手続のオンライン化と「書かない窓口」の導入', 4, 'Ｒ７', ['市民課', '情報政策課'],
      'オンラインで申請できる手続を148から212に拡大し、令和７年１月から市民課で「書かない窓口」を開始した。'],
     ['市長と語る「まちづくりミーティング」の全地区開催', 5, 'Ｒ６完了', ['秘書広報課'],
      '22地区すべてで開催し、参加者は延べ812人、寄せられた意見・提案は264件であった。'],
     ['ふるさと納税の返礼品の拡充による自主財源の確保', 4, '継続', ['財務課', '産業振興課'],
      '返礼品を182品目から256品目に増やし、寄附額は約３億2,600万円（前年度約２億4,100万円）となった。'],
     ['市役所本庁舎の建替えに向けた基本構想の策定', 1, 'Ｒ８', ['総務課'],
      '物価高騰に伴う事業費の精査を優先したため、基本構想の策定には着手していない。'],
   ]],
 ]],
];
/* 令和５年度末の参考値（前年度の評価結果、distractor） */
$R5_POLICY = ['Ⅰ' => '3.3', 'Ⅱ' => '3.0', 'Ⅲ' => '2.7', 'Ⅳ' => '3.2'];
$R5_OVERALL = '3.08';

/* ------------------------------------------------------------ compute */
function rhu($sum, $n, $dec) {            // half-up on exact integers
  $m = 10 ** $dec;
  $q = intdiv($sum * $m * 2 + $n, 2 * $n); // floor(sum*m/n + 1/2)
  return number_format($q / $m, $dec, '.', '');
}
$allsum = 0; $alln = 0; $cnt = [5 => 0, 4 => 0, 3 => 0, 2 => 0, 1 => 0];
foreach ($DATA as &$pol) {
  $ps = 0; $pn = 0; $pc = [5 => 0, 4 => 0, 3 => 0, 2 => 0, 1 => 0];
  foreach ($pol[2] as &$pl) {
    $s = 0; $n = 0; $c = [5 => 0, 4 => 0, 3 => 0, 2 => 0, 1 => 0];
    foreach ($pl[3] as $it) { $s += $it[1]; $n++; $c[$it[1]]++; $cnt[$it[1]]++; $pc[$it[1]]++; }
    $pl['sum'] = $s; $pl['n'] = $n; $pl['cnt'] = $c; $pl['avg'] = rhu($s, $n, 1);
    $ps += $s; $pn += $n;
  }
  unset($pl);
  $pol['sum'] = $ps; $pol['n'] = $pn; $pol['cnt'] = $pc; $pol['avg'] = rhu($ps, $pn, 1);
  $allsum += $ps; $alln += $pn;
}
unset($pol);
$OVERALL = rhu($allsum, $alln, 2);
$meanOfPolicies = 0; foreach ($DATA as $pol) { $meanOfPolicies += (float)$pol['avg']; }
$MEAN_OF_POL = number_format(round($meanOfPolicies / count($DATA), 2), 2, '.', '');

/* ------------------------------------------------------------ PDF class */
class KameyamaReport extends TCPDF {
  public function __construct($o = 'P', $u = 'mm', $f = 'A4', $uni = true, $enc = 'UTF-8', $dc = false) {
    parent::__construct($o, $u, $f, $uni, $enc, $dc);
    $this->tcpdflink = false;   // no "Powered by TCPDF" line on system forms
  }
  public $sysname  = '亀山市 行政評価支援システム ［市長公約進捗管理］';
  public $outdate  = '出力日：令和７年５月21日（水）15:32　出力者：政策課（KM0412）';
  public $formline = '帳票ID：KPM-R0601　処理区分：年度末評価（確定）　対象年度：令和６年度';
  public function Header() {
    $this->setFont('kozminproregular', '', 8);
    $this->setTextColor(60, 60, 60);
    $w = $this->getPageWidth() - 24;
    $this->setXY(12, 7);
    $this->Cell($w * 0.5, 4.5, $this->sysname, 0, 0, 'L');
    $this->Cell($w * 0.5, 4.5, $this->outdate, 0, 1, 'R');
    $this->setX(12);
    $this->setFont('kozminproregular', '', 7);
    $this->Cell($w, 4, $this->formline, 0, 1, 'L');
    $this->setLineStyle(['width' => 0.5, 'color' => [40, 40, 40]]);
    $this->Line(12, 16.5, 12 + $w, 16.5);
    $this->setTextColor(0, 0, 0);
  }
  public function Footer() {
    $w = $this->getPageWidth() - 24;
    $this->setY(-12);
    $this->setLineStyle(['width' => 0.2, 'color' => [120, 120, 120]]);
    $this->Line(12, $this->getY() - 1, 12 + $w, $this->getY() - 1);
    $this->setFont('kozminproregular', '', 7.5);
    $this->setX(12);
    $this->Cell($w / 3, 5, '亀山市 総合政策部 政策課', 0, 0, 'L');
    $this->Cell($w / 3, 5, $this->getAliasNumPage() . ' / ' . $this->getAliasNbPages(), 0, 0, 'C');
    $this->Cell($w / 3, 5, 'KPM-R0601', 0, 0, 'R');
  }
}

$pdf = new KameyamaReport('P', 'mm', 'A4', true, 'UTF-8', false);
$pdf->setCreator('亀山市 行政評価支援システム KPM');
$pdf->setAuthor('亀山市 総合政策部 政策課');
$pdf->setTitle('市長公約　取組状況一覧表（令和６年度実績）');
$pdf->setSubject('KPM-R0601');
$pdf->setMargins(12, 20, 12);
$pdf->setHeaderMargin(6);
$pdf->setFooterMargin(12);
$pdf->setAutoPageBreak(true, 16);
$pdf->setCellPadding(1.2);
$pdf->AddFont($IPA, '');
$pdf->AddFont($IPA, 'B');

/* ============================== PAGE 1 (portrait): 総括 =============== */
$pdf->AddPage('P', 'A4');
$pdf->setFont('kozminproregular', '', 15);
$pdf->Cell(0, 9, '市長公約　取組状況一覧表（令和６年度実績）', 0, 1, 'C');
$pdf->setFont('kozminproregular', '', 9);
$pdf->Cell(0, 5, '【総括表】', 0, 1, 'L');
$pdf->Ln(1);

/* label / value blocks: Cell label + MultiCell value side by side */
function labelValue($pdf, $label, $value, $lw = 32, $vw = 154) {
  $pdf->setFont('kozminproregular', '', 8.5);
  $h = max(6.5, $pdf->getStringHeight($vw, $value));
  $x = $pdf->GetX(); $y = $pdf->GetY();
  $pdf->setFillColor(226, 232, 240);
  $pdf->MultiCell($lw, $h, $label, 1, 'C', true, 0, $x, $y, true, 0, false, true, $h, 'M');
  $pdf->MultiCell($vw, $h, $value, 1, 'L', false, 1, $x + $lw, $y, true, 0, false, true, $h, 'M');
}
labelValue($pdf, '対象年度', '令和６年度（令和６年４月１日～令和７年３月31日）');
labelValue($pdf, '評価基準日', '令和７年３月31日（年度末時点）');
labelValue($pdf, '所管課', '総合政策部　政策課　政策調整グループ');
labelValue($pdf, '評価の方法',
  '市長公約に掲げた４つの基本政策・８つの公約に位置付けた25の取組項目について、担当課が令和６年度末時点の進捗状況を下表の５段階の評価点で自己評価し、政策課によるヒアリング（令和７年４月14日～４月25日）を経て、令和７年５月13日の政策会議において確定した。');
labelValue($pdf, '平均評価点の算出',
  '基本政策・公約の平均評価点 ＝ 所属する取組項目の評価点の合計 ÷ 取組項目数（小数点以下第２位を四捨五入）' . "\n" .
  '全体の平均評価点 ＝ 全25項目の評価点の合計 ÷ 25（小数点以下第３位を四捨五入）');
$pdf->Ln(3);

/* legend (HTML table, kozmin) */
$pdf->setFont('kozminproregular', '', 9);
$pdf->Cell(0, 5, '■ 評価点の区分', 0, 1, 'L');
$h = '<table border="1" cellpadding="2.5" style="font-size:8.5pt;">'
   . '<tr style="background-color:#e2e8f0;" align="center"><td width="12%">評価点</td><td width="14%">区分</td><td width="74%">判断の目安</td></tr>';
foreach ($LEGEND as $l) {
  $h .= '<tr><td align="center">' . $l[0] . '</td><td align="center">' . $l[1] . '</td><td>' . $l[2] . '</td></tr>';
}
$h .= '</table>';
$pdf->writeHTML($h, true, false, true, false, '');
$pdf->Ln(2);

/* overall panel: Cells in IPAexGothic */
$pdf->setFont('kozminproregular', '', 9);
$pdf->Cell(0, 5, '■ 全体の状況（令和６年度末）', 0, 1, 'L');
$y0 = $pdf->GetY(); $x0 = 12;
$pdf->setFillColor(47, 84, 150); $pdf->setTextColor(255, 255, 255);
$pdf->setFont($IPA, '', 9);
$pdf->MultiCell(44, 22, "全体の平均評価点\n（全25項目）", 1, 'C', true, 0, $x0, $y0, true, 0, false, true, 22, 'M');
$pdf->setTextColor(0, 0, 0);
$pdf->setFont($IPA, '', 22);
$pdf->MultiCell(40, 22, $OVERALL . '点', 1, 'C', false, 0, $x0 + 44, $y0, true, 0, false, true, 22, 'M');
/* mark-count grid */
$gx = $x0 + 88; $cw = 16.3;
$pdf->setFont($IPA, '', 8);
$pdf->setFillColor(226, 232, 240);
$pdf->setXY($gx, $y0);
$pdf->Cell($cw * 6, 6, '評価点別の取組項目数', 1, 2, 'C', true);
$pdf->setX($gx);
foreach ([5, 4, 3, 2, 1] as $k) { $pdf->Cell($cw, 6, '評価点' . $k, 1, 0, 'C', true); }
$pdf->Cell($cw, 6, '計', 1, 1, 'C', true);
$pdf->setX($gx);
$pdf->setFont($IPA, '', 11);
foreach ([5, 4, 3, 2, 1] as $k) { $pdf->Cell($cw, 10, (string)$cnt[$k], 1, 0, 'C'); }
$pdf->Cell($cw, 10, (string)$alln, 1, 1, 'C');
$pdf->setY($y0 + 23);
$pdf->setFont('kozminproregular', '', 7.5);
$pdf->MultiCell(0, 4, '※（参考）令和５年度末の全体の平均評価点は ' . $R5_OVERALL . '点。基本政策ごとの平均評価点を単純平均すると ' . $MEAN_OF_POL . '点となるが、全体の平均評価点は全25項目の評価点から算出している。', 0, 'L', false, 1);
$pdf->Ln(2);

/* summary table (HTML, IPAexGothic, rowspan) */
$pdf->setFont('kozminproregular', '', 9);
$pdf->Cell(0, 5, '■ 基本政策・公約別の平均評価点', 0, 1, 'L');
$t = '<table border="1" cellpadding="2.2" style="font-family:' . $IPA . '; font-size:8pt;">'
   . '<thead><tr style="background-color:#e2e8f0;" align="center">'
   . '<th rowspan="2" width="21%">基本政策</th><th rowspan="2" width="9%">平均<br/>評価点</th>'
   . '<th rowspan="2" width="30%">公約</th><th rowspan="2" width="7%">項目数</th>'
   . '<th colspan="5" width="25%">評価点別の項目数</th><th rowspan="2" width="8%">平均<br/>評価点</th></tr>'
   . '<tr style="background-color:#e2e8f0;" align="center"><th width="5%">5</th><th width="5%">4</th><th width="5%">3</th><th width="5%">2</th><th width="5%">1</th></tr></thead>';
foreach ($DATA as $pol) {
  $rs = count($pol[2]);
  $first = true;
  foreach ($pol[2] as $pl) {
    $t .= '<tr>';
    if ($first) {
      $t .= '<td rowspan="' . $rs . '" width="21%">' . $pol[0] . '<br/>' . $pol[1] . '</td>'
          . '<td rowspan="' . $rs . '" width="9%" align="center"><b>' . $pol['avg'] . '</b></td>';
      $first = false;
    }
    $t .= '<td width="30%">' . $pl[0] . '　' . $pl[1] . '</td><td width="7%" align="center">' . $pl['n'] . '</td>';
    foreach ([5, 4, 3, 2, 1] as $k) { $t .= '<td width="5%" align="center">' . ($pl['cnt'][$k] ?: '－') . '</td>'; }
    $t .= '<td width="8%" align="center">' . $pl['avg'] . '</td></tr>';
  }
}
$t .= '<tr style="background-color:#f1f1f1;"><td colspan="3" width="60%" align="center">全　体</td><td width="7%" align="center">' . $alln . '</td>';
foreach ([5, 4, 3, 2, 1] as $k) { $t .= '<td width="5%" align="center">' . $cnt[$k] . '</td>'; }
$t .= '<td width="8%" align="center"><b>' . $OVERALL . '</b></td></tr></table>';
$pdf->writeHTML($t, true, false, true, false, '');
$pdf->setFont('kozminproregular', '', 7.5);
$pdf->MultiCell(0, 4, '※「－」は該当する項目がないことを示す。　※（参考）令和５年度末の基本政策別の平均評価点：Ⅰ ' . $R5_POLICY['Ⅰ'] . '点、Ⅱ ' . $R5_POLICY['Ⅱ'] . '点、Ⅲ ' . $R5_POLICY['Ⅲ'] . '点、Ⅳ ' . $R5_POLICY['Ⅳ'] . '点', 0, 'L', false, 1);

/* ============================== PAGES 2- (landscape): 個別一覧 ======== */
$pdf->AddPage('L', 'A4');
$pdf->setFont('kozminproregular', '', 13);
$pdf->Cell(0, 8, '市長公約　取組状況一覧表（令和６年度実績）　【取組項目別】', 0, 1, 'C');
$pdf->setFont('kozminproregular', '', 8);
$pdf->MultiCell(0, 4, '評価点　5：達成　4：順調　3：概ね順調　2：遅れ　1：未着手　／　完了予定は担当課の見込み（Ｒ＝令和、「継続」は任期を通じて継続実施するもの）　／　担当課は上段が主担当', 0, 'L', false, 1);
$pdf->Ln(1);

$W = ['no' => 6, 'ev' => 6, 'nm' => 22, 'dp' => 12, 'rs' => 46, 'pl' => 8];
$d = '<table border="1" cellpadding="2.2" style="font-size:8pt;">'
   . '<thead>'
   . '<tr style="background-color:#dbe4f0;" align="center">'
   . '<th rowspan="2" width="' . $W['no'] . '%">番号</th>'
   . '<th rowspan="2" width="' . $W['ev'] . '%">評価点</th>'
   . '<th rowspan="2" width="' . $W['nm'] . '%">取組項目</th>'
   . '<th rowspan="2" width="' . $W['dp'] . '%">担当課</th>'
   . '<th colspan="2" width="' . ($W['rs'] + $W['pl']) . '%">令和６年度の取組状況</th></tr>'
   . '<tr style="background-color:#dbe4f0;" align="center">'
   . '<th width="' . $W['rs'] . '%">主な取組実績・成果</th>'
   . '<th width="' . $W['pl'] . '%">完了予定</th></tr>'
   . '</thead>';
foreach ($DATA as $pol) {
  $d .= '<tr style="background-color:#c9d6ea;"><td colspan="6" width="100%"><b>基本政策' . $pol[0] . '　' . $pol[1]
      . '</b>　　（基本政策の平均評価点 ' . $pol['avg'] . '点／' . $pol['n'] . '項目）</td></tr>';
  foreach ($pol[2] as $pl) {
    $d .= '<tr style="background-color:#eef2f7;"><td colspan="6" width="100%">公約' . $pl[0] . '　' . $pl[1]
        . '　　［公約の平均評価点 ' . $pl['avg'] . '点］</td></tr>';
    $k = 0;
    foreach ($pl[3] as $it) {
      $k++;
      $no = mb_convert_kana($pl[0], 'n') . '-' . $k;
      $d .= '<tr nobr="true">'
          . '<td width="' . $W['no'] . '%" align="center">' . $no . '</td>'
          . '<td width="' . $W['ev'] . '%" align="center" style="font-size:11pt;"><b>' . $it[1] . '</b></td>'
          . '<td width="' . $W['nm'] . '%">' . htmlspecialchars($it[0]) . '</td>'
          . '<td width="' . $W['dp'] . '%">' . implode('<br/>', $it[3]) . '</td>'
          . '<td width="' . $W['rs'] . '%">' . htmlspecialchars($it[4]) . '</td>'
          . '<td width="' . $W['pl'] . '%" align="center">' . $it[2] . '</td></tr>';
    }
  }
}
$d .= '</table>';
$pdf->writeHTML($d, true, false, true, false, '');

/* closing blocks: 今後の方向性 / 問合せ先 (Cell + MultiCell) */
$pdf->Ln(2);
if ($pdf->GetY() > 176) { $pdf->AddPage('L', 'A4'); }
function labelValueL($pdf, $label, $value) {
  $pdf->setFont('kozminproregular', '', 8.5);
  $vw = 233; $lw = 40;
  $h = max(7, $pdf->getStringHeight($vw, $value));
  $x = $pdf->GetX(); $y = $pdf->GetY();
  $pdf->setFillColor(226, 232, 240);
  $pdf->MultiCell($lw, $h, $label, 1, 'C', true, 0, $x, $y, true, 0, false, true, $h, 'M');
  $pdf->MultiCell($vw, $h, $value, 1, 'L', false, 1, $x + $lw, $y, true, 0, false, true, $h, 'M');
}
labelValueL($pdf, '今後の方向性',
  '評価点が２以下の取組項目（４項目）は、令和７年度当初予算での対応状況を踏まえ、担当課が改善計画を作成し、９月末に中間点検を行う。' .
  '各取組は第２次亀山市総合計画 後期基本計画（令和５年度～令和８年度）の施策と連動させて進行管理を行う。令和７年度の取組状況は令和８年６月に公表する予定である。');
labelValueL($pdf, '問合せ先', '亀山市 総合政策部 政策課 政策調整グループ　〒519-0195 三重県亀山市本丸町577番地　電話 0595-82-1111（代表）');

$pdf->Output($OUT, 'F');

/* ------------------------------------------------------------ facts */
if ($FACTS) {
  $f = [];
  $f[] = ['type' => 'municipality', 'value' => '242101'];
  $f[] = ['type' => 'fiscal-year', 'value' => '2024'];
  $f[] = ['type' => 'overall', 'value' => $OVERALL, 'unit' => '点', 'year' => 2024];
  $f[] = ['type' => 'rule', 'value' => 'mean'];
  foreach ([5, 4, 3, 2, 1] as $k) {
    $f[] = ['type' => 'mark-count', 'subject' => (string)$k, 'value' => (string)$cnt[$k], 'year' => 2024];
  }
  foreach ($DATA as $pol) {
    $f[] = ['type' => 'policy', 'subject' => $pol[1]];
    $f[] = ['type' => 'policy-score', 'subject' => $pol[1], 'value' => $pol['avg'], 'unit' => '点', 'year' => 2024];
    foreach ($pol[2] as $pl) {
      $f[] = ['type' => 'pledge', 'subject' => $pl[1]];
      $f[] = ['type' => 'pledge-score', 'subject' => $pl[1], 'value' => $pl['avg'], 'unit' => '点', 'year' => 2024];
      foreach ($pl[3] as $it) {
        $f[] = ['type' => 'item', 'subject' => $it[0]];
        $f[] = ['type' => 'item-evaluation', 'subject' => $it[0], 'value' => (string)$it[1], 'year' => 2024];
        foreach ($it[3] as $dp) {
          $f[] = ['type' => 'item-department', 'subject' => $it[0], 'value' => $dp];
        }
      }
    }
  }
  file_put_contents($FACTS, json_encode($f, JSON_UNESCAPED_UNICODE | JSON_PRETTY_PRINT) . "\n");
  fwrite(STDERR, 'facts: ' . count($f) . " overall=$OVERALL mean_of_policies=$MEAN_OF_POL\n");
}
