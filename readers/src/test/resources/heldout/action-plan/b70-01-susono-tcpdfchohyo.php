<?php
/*
 * 裾野市 行政評価支援システム 帳票出力モジュール（成果指標進捗状況一覧表）
 * TCPDF 6.6.2 (php-tcpdf, Debian) / php-cli 8.2
 *   php make01.php [OUT.pdf]
 * Fonts: kozminproregular (CID font, not embedded) for headers, labels, the KPI table;
 *        IPAexGothic (TrueType, added with TCPDF_FONTS::addTTFfont, embedded subset)
 *        for the values of the label/value blocks and the figures of the summary.
 */
require_once('/usr/share/php/tcpdf/tcpdf.php');

$FONTDIR = '/tmp/b70-action-plan/fonts/';

// ---------------------------------------------------------------------------
// data (施策の大綱 → 施策 → 成果指標)
// base/target/r5/r6: string numbers without commas; null = '－'
// ---------------------------------------------------------------------------
$TAIKO = array(
  array('no' => '１', 'title' => 'ひとりひとりが役割を持ち輝けるまち', 'field' => '子育て・教育・健康・文化',
    'shisaku' => array(
      array('code' => '１－１', 'title' => '子育て支援の充実', 'kpi' => array(
        array('name' => '保育所等待機児童数（４月１日現在）', 'unit' => '人', 'base' => '8', 'by' => 'R2.4.1', 'r5' => '2', 'r6' => '0', 'target' => '0', 'dept' => array('保育幼稚園課'), 'note' => '各年度欄は翌年度４月１日現在の値'),
        array('name' => '「子育てしやすいまち」と感じる保護者の割合', 'unit' => '％', 'base' => '62.4', 'by' => 'R2', 'r5' => '64.1', 'r6' => '66.8', 'target' => '70.0', 'dept' => array('子育て支援課'), 'note' => '子育て世帯アンケート（R6回答1,046人）'),
        array('name' => '地域子育て支援センターの延べ利用者数（年間）', 'unit' => '人', 'base' => '14820', 'by' => 'R元', 'r5' => '15960', 'r6' => '17520', 'target' => '18000', 'dept' => array('子育て支援課'), 'note' => '市内４か所の合計'),
      )),
      array('code' => '１－２', 'title' => '確かな学力と豊かな心の育成', 'kpi' => array(
        array('name' => '「授業がわかる」と答えた児童生徒の割合', 'unit' => '％', 'base' => '81.6', 'by' => 'R元', 'r5' => '82.9', 'r6' => '83.4', 'target' => '85.0', 'dept' => array('学校教育課'), 'note' => '全国学力・学習状況調査（小６・中３）の質問紙調査'),
        array('name' => '長寿命化改修を実施した学校数（累計）', 'unit' => '校', 'base' => '1', 'by' => 'R2', 'r5' => '4', 'r6' => '5', 'target' => '6', 'dept' => array('教育総務課'), 'note' => '市立小中学校15校が対象'),
      )),
      array('code' => '１－３', 'title' => '健康づくりの推進', 'kpi' => array(
        array('name' => '特定健康診査受診率（国民健康保険）', 'unit' => '％', 'base' => '38.9', 'by' => 'H30', 'r5' => '42.6', 'r6' => '集計中', 'target' => '60.0', 'ty' => 'R5', 'dept' => array('国保年金課'), 'note' => 'R6実績は令和７年11月頃確定。目標年度は第３期特定健康診査等実施計画（H30～R5）による'),
        array('name' => 'すそのん健康マイレージの参加者数（年間）', 'unit' => '人', 'base' => '620', 'by' => 'R2', 'r5' => '1320', 'r6' => '1684', 'target' => '1500', 'dept' => array('健康推進課'), 'note' => '当初目標値1,000人を令和５年度に上方修正'),
      )),
      array('code' => '１－４', 'title' => '生涯学習と文化芸術の振興', 'kpi' => array(
        array('name' => '市立図書館の年間貸出冊数', 'unit' => '冊', 'base' => '312450', 'by' => 'R元', 'r5' => '296380', 'r6' => '298760', 'target' => '330000', 'dept' => array('生涯学習課'), 'note' => 'R2は臨時休館（延べ46日）により248,116冊'),
      )),
    )),
  array('no' => '２', 'title' => '地域資源を活用した魅力あふれるまち', 'field' => '産業・観光',
    'shisaku' => array(
      array('code' => '２－１', 'title' => '商工業の振興と企業立地の促進', 'kpi' => array(
        array('name' => '企業立地件数（令和３年度からの累計）', 'unit' => '件', 'base' => null, 'by' => null, 'r5' => '5', 'r6' => '7', 'target' => '10', 'dept' => array('産業振興課'), 'note' => '工場等の新設・増設を含む（うち市外からの新規立地４件）'),
        array('name' => '創業支援事業計画に基づく創業者数（年間）', 'unit' => '人', 'base' => '18', 'by' => 'R2', 'r5' => '22', 'r6' => '27', 'target' => '25', 'dept' => array('産業振興課'), 'note' => ''),
      )),
      array('code' => '２－２', 'title' => '農林業の振興と担い手の確保', 'kpi' => array(
        array('name' => '認定農業者数', 'unit' => '経営体', 'base' => '52', 'by' => 'R2', 'r5' => '56', 'r6' => '58', 'target' => '60', 'dept' => array('農林振興課'), 'note' => '各年度末現在'),
      )),
      array('code' => '２－３', 'title' => '観光・交流の推進と魅力の発信', 'kpi' => array(
        array('name' => '観光交流客数（年間）', 'unit' => '万人', 'base' => '148.6', 'by' => 'R元', 'r5' => '149.8', 'r6' => '152.3', 'target' => '160.0', 'dept' => array('観光交流課'), 'note' => 'R2は新型コロナウイルス感染症の影響により98.4万人'),
        array('name' => 'ふるさと納税寄附額（年間）', 'unit' => '千円', 'base' => '184620', 'by' => 'R2', 'r5' => '498260', 'r6' => '612480', 'target' => '500000', 'dept' => array('戦略広報課'), 'note' => 'R6寄附件数38,412件'),
      )),
    )),
  array('no' => '３', 'title' => '安全・安心に住み続けられるまち', 'field' => '環境・防災・医療・地域福祉',
    'shisaku' => array(
      array('code' => '３－１', 'title' => '防災・減災対策の推進', 'kpi' => array(
        array('name' => '自主防災組織の防災訓練実施率', 'unit' => '％', 'base' => '76.2', 'by' => 'R元', 'r5' => '85.1', 'r6' => '88.4', 'target' => '90.0', 'dept' => array('危機管理課'), 'note' => '対象：市内59区の自主防災会'),
        array('name' => '避難行動要支援者の個別避難計画作成率', 'unit' => '％', 'base' => '12.5', 'by' => 'R3', 'r5' => '31.6', 'r6' => '41.8', 'target' => '50.0', 'dept' => array('危機管理課', '社会福祉課'), 'note' => ''),
      )),
      array('code' => '３－２', 'title' => '地域福祉と高齢者支援の充実', 'kpi' => array(
        array('name' => '認知症サポーター養成講座の延べ受講者数', 'unit' => '人', 'base' => '6240', 'by' => 'R2', 'r5' => '8120', 'r6' => '8910', 'target' => '8500', 'dept' => array('介護保険課'), 'note' => '平成20年度からの累計'),
      )),
      array('code' => '３－３', 'title' => '環境保全と循環型社会の形成', 'kpi' => array(
        array('name' => '市民１人１日当たりのごみ排出量', 'unit' => 'ｇ', 'base' => '862', 'by' => 'R元', 'r5' => '838', 'r6' => '831', 'target' => '820', 'dept' => array('生活環境課'), 'note' => ''),
        array('name' => '市域の温室効果ガス排出量', 'unit' => '千t-CO2', 'base' => '412.6', 'by' => 'H25', 'r5' => '352.8', 'r6' => '338.4', 'target' => '300.0', 'dept' => array('環境企画課'), 'note' => '各年度欄は２年前の推計値（R6欄はR4年度の推計値）'),
      )),
    )),
  array('no' => '４', 'title' => '将来を見据えた暮らしや活動を支えるまち', 'field' => '都市・交通・社会基盤',
    'shisaku' => array(
      array('code' => '４－１', 'title' => '公共交通ネットワークの充実', 'kpi' => array(
        array('name' => '路線バス・デマンドタクシーの年間利用者数', 'unit' => '万人', 'base' => '21.8', 'by' => 'R2', 'r5' => '23.9', 'r6' => '24.6', 'target' => '26.0', 'dept' => array('まちづくり課'), 'note' => ''),
        array('name' => 'ＪＲ裾野駅の１日平均乗車人員', 'unit' => '人', 'base' => '4020', 'by' => 'R2', 'r5' => '4760', 'r6' => '4890', 'target' => '5000', 'dept' => array('まちづくり課'), 'note' => 'ＪＲ東海の公表値による'),
      )),
      array('code' => '４－２', 'title' => '安全で快適な住環境と道路の整備', 'kpi' => array(
        array('name' => '住宅の耐震化率', 'unit' => '％', 'base' => '88.6', 'by' => 'R2', 'r5' => '91.7', 'r6' => '92.4', 'target' => '95.0', 'dept' => array('建築住宅課'), 'note' => '住宅・土地統計調査を基にした推計'),
        array('name' => '長寿命化修繕を完了した橋りょう数（累計）', 'unit' => '橋', 'base' => '12', 'by' => 'R2', 'r5' => '26', 'r6' => '31', 'target' => '30', 'dept' => array('建設管理課'), 'note' => '市管理橋りょう186橋のうち'),
      )),
    )),
  array('no' => '５', 'title' => '時代の変化に対応した持続可能なまち', 'field' => '行財政・協働',
    'shisaku' => array(
      array('code' => '５－１', 'title' => 'デジタル化の推進と健全な行財政運営', 'kpi' => array(
        array('name' => 'オンラインで申請できる行政手続の数', 'unit' => '手続', 'base' => '24', 'by' => 'R3', 'r5' => '132', 'r6' => '168', 'target' => '150', 'dept' => array('行政経営課'), 'note' => ''),
        array('name' => '裾野市公共施設等総合管理計画の改訂', 'unit' => '', 'base' => '未改訂', 'by' => 'R3', 'r5' => '改訂', 'r6' => '改訂済', 'target' => '改訂', 'ty' => 'R5', 'qual' => true, 'dept' => array('管財課'), 'note' => '令和５年３月改訂（計画期間：平成29年度～令和38年度）'),
      )),
      array('code' => '５－２', 'title' => '市民協働によるまちづくりの推進', 'kpi' => array(
        array('name' => '区（自治会）への加入率', 'unit' => '％', 'base' => '82.4', 'by' => 'R2', 'r5' => '80.1', 'r6' => '79.6', 'target' => '85.0', 'dept' => array('市民協働課'), 'note' => '各年度４月１日現在'),
      )),
    )),
);

// ---------------------------------------------------------------------------
function fmtnum($s) {
  if ($s === null) return '－';
  if (!is_numeric($s)) return $s;
  $dec = (strpos($s, '.') !== false) ? strlen($s) - strpos($s, '.') - 1 : 0;
  return number_format((float)$s, $dec);
}
function withunit($s, $u) {
  if ($s === null) return '－';
  if (!is_numeric($s)) return $s;
  return fmtnum($s) . $u;
}
// 達成率と判定
function judge($k, $col = 'r6') {
  $v = $k[$col];
  if (!empty($k['qual'])) {
    return (strpos($v, '改訂') === 0) ? array('－', 'Ⅰ') : array('－', 'Ⅳ');
  }
  if (!is_numeric($v)) return array('－', '－');
  $t = (float)$k['target'];
  if ($k['base'] === null) {
    $rate = (float)$v / $t * 100;
  } else {
    $b = (float)$k['base'];
    $rate = ((float)$v - $b) / ($t - $b) * 100;
  }
  $rate = round($rate, 1);
  if ($rate >= 100) $g = 'Ⅰ';
  elseif ($rate >= 80) $g = 'Ⅱ';
  elseif ($rate >= 50) $g = 'Ⅲ';
  else $g = 'Ⅳ';
  $disp = ($rate < 0) ? '▲' . number_format(-$rate, 1) : number_format($rate, 1);
  return array($disp, $g);
}

if (defined('B70_DATA_ONLY')) return;

// ---------------------------------------------------------------------------
class SusonoReportPDF extends TCPDF {
  public $sysname = '裾野市 行政評価支援システム';
  public $formid = 'HYK-KPI-03';
  public $outdate = '2025/07/22 14:08';
  public function Header() {
    $this->SetFont('kozminproregular', '', 7.5);
    $this->SetTextColor(60, 60, 60);
    $this->SetXY(10, 7);
    $this->Cell(120, 4, $this->sysname . '　［施策評価／成果指標進捗管理］', 0, 0, 'L');
    $this->SetXY(167, 7);
    $this->Cell(120, 4, '帳票ID：' . $this->formid . '　出力日：' . $this->outdate . '　出力者：KS20418', 0, 0, 'R');
    $this->SetDrawColor(90, 90, 90);
    $this->SetLineWidth(0.3);
    $this->Line(10, 12, 287, 12);
    $this->SetTextColor(0, 0, 0);
  }
  public function Footer() {
    $this->SetY(-11);
    $this->SetDrawColor(90, 90, 90);
    $this->SetLineWidth(0.2);
    $this->Line(10, $this->GetY(), 287, $this->GetY());
    $this->SetFont('kozminproregular', '', 7.5);
    $this->SetX(10);
    $this->Cell(90, 5, '裾野市 企画部 企画政策課', 0, 0, 'L');
    $this->Cell(97, 5, $this->getAliasNumPage() . ' / ' . $this->getAliasNbPages(), 0, 0, 'C');
    $this->Cell(90, 5, '※本帳票は行政評価支援システムから出力したものです。', 0, 0, 'R');
  }
}

$out = isset($argv[1]) ? $argv[1] : '/tmp/b70-action-plan/b70-01-susono-tcpdfchohyo.pdf';

$ipa = TCPDF_FONTS::addTTFfont('/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf', 'TrueTypeUnicode', '', 32, $FONTDIR);

$pdf = new SusonoReportPDF('L', 'mm', 'A4', true, 'UTF-8', false);
$pdf->SetCreator('裾野市 行政評価支援システム Ver.3.2 (TCPDF)');
$pdf->SetAuthor('裾野市 企画部 企画政策課');
$pdf->SetTitle('成果指標進捗状況一覧表（令和６年度実績）');
$pdf->SetSubject('第５次裾野市総合計画 前期基本計画');
$pdf->AddFont($ipa, '', $FONTDIR . $ipa . '.php');
$pdf->SetMargins(10, 16, 10);
$pdf->SetHeaderMargin(6);
$pdf->SetFooterMargin(12);
$pdf->SetAutoPageBreak(true, 14);
$pdf->setCellHeightRatio(1.15);
$pdf->AddPage();

// ---- title ---------------------------------------------------------------
$pdf->SetFont('kozminproregular', '', 14);
$pdf->Cell(0, 8, '第５次裾野市総合計画　前期基本計画　成果指標進捗状況一覧表', 0, 1, 'C');
$pdf->SetFont('kozminproregular', '', 10);
$pdf->Cell(0, 5, '（令和６年度実績・一次評価）', 0, 1, 'C');
$pdf->Ln(2);

// ---- label / value block -------------------------------------------------
function lvrow($pdf, $ipa, $pairs, $h = 6) {
  // $pairs: array of array(labelW, label, valueW, value)
  $x0 = $pdf->GetX(); $y0 = $pdf->GetY();
  // measure
  $maxh = $h;
  foreach ($pairs as $p) {
    $pdf->SetFont($ipa, '', 8.5);
    $hh = $pdf->getStringHeight($p[2], $p[3]) ;
    if ($hh > $maxh) $maxh = $hh;
  }
  $x = $x0;
  foreach ($pairs as $p) {
    $pdf->SetFont('kozminproregular', '', 8.5);
    $pdf->SetFillColor(230, 230, 230);
    $pdf->MultiCell($p[0], $maxh, $p[1], 1, 'C', true, 0, $x, $y0, true, 0, false, true, 0, 'M');
    $x += $p[0];
    $pdf->SetFont($ipa, '', 8.5);
    $pdf->MultiCell($p[2], $maxh, $p[3], 1, 'L', false, 0, $x, $y0, true, 0, false, true, 0, 'T');
    $x += $p[2];
  }
  $pdf->SetXY($x0, $y0 + $maxh);
}
$pdf->SetX(10);
lvrow($pdf, $ipa, array(array(26, '計画名', 112, '第５次裾野市総合計画　前期基本計画'), array(26, '評価対象年度', 113, '令和６年度（2024年度）実績')));
lvrow($pdf, $ipa, array(array(26, '計画期間', 112, '令和３年度～令和７年度（５年間）'), array(26, '集計基準日', 113, '令和７年６月30日')));
lvrow($pdf, $ipa, array(array(26, '取りまとめ', 112, '企画部　企画政策課　企画政策係（内線2143）'), array(26, '評価対象', 113, '施策の大綱５　施策14　成果指標25')));
lvrow($pdf, $ipa, array(array(26, '備考', 251, '基本構想の期間は令和３年度から令和12年度までの10年間です。後期基本計画（令和８年度～令和12年度）は、本評価の結果と総合計画審議会の意見を踏まえ、令和７年度中に策定します。成果指標の一部は、第２期裾野市まち・ひと・しごと創生総合戦略（令和２年度～令和７年度）の重要業績評価指標（ＫＰＩ）と共通です。')));
$pdf->Ln(2.5);

// ---- legend (Cell blocks) -----------------------------------------------
$pdf->SetFont('kozminproregular', '', 8);
$pdf->Cell(26, 5.5, '判定区分', 1, 0, 'C', true);
$leg = array(array('Ⅰ', '目標達成（達成率100％以上）'), array('Ⅱ', '概ね順調（80％以上100％未満）'), array('Ⅲ', 'やや遅れ（50％以上80％未満）'), array('Ⅳ', '遅れ（50％未満）'), array('－', '判定不能（実績値未確定）'));
foreach ($leg as $l) {
  $pdf->Cell(7, 5.5, $l[0], 1, 0, 'C');
  $pdf->Cell(43.2, 5.5, $l[1], 1, 0, 'L');
}
$pdf->Ln(5.5);
$pdf->SetFont('kozminproregular', '', 7.5);
$pdf->MultiCell(0, 4, '※達成率＝（Ｒ６実績値－基準値）÷（目標値－基準値）×100。基準値のない指標はＲ６実績値÷目標値×100、定性的な指標は目標の達成・未達成により判定しています。達成率がマイナス（基準値を下回るもの）は▲で表示しています。', 0, 'L', false, 1);
$pdf->Ln(2);

// ---- KPI table (writeHTML) ---------------------------------------------
$pdf->SetFont('kozminproregular', '', 10);
$pdf->Cell(0, 6, '１．成果指標の状況', 0, 1, 'L');

$W = array('sh' => 11, 'no' => 3, 'nm' => 19, 'bv' => 7, 'by' => 4, 'r5' => 7, 'r6' => 7, 'tg' => 7, 'rt' => 5, 'jd' => 4, 'dp' => 9, 'nt' => 17);
$h = '<table border="1" cellpadding="2" cellspacing="0" style="font-size:7.5pt;">';
$h .= '<thead>';
$h .= '<tr style="background-color:#dde4ee;text-align:center;">'
   . '<td rowspan="2" width="' . $W['sh'] . '%">施策</td>'
   . '<td rowspan="2" width="' . $W['no'] . '%">No.</td>'
   . '<td rowspan="2" width="' . $W['nm'] . '%">成果指標</td>'
   . '<td colspan="2" width="' . ($W['bv'] + $W['by']) . '%">基準値</td>'
   . '<td colspan="2" width="' . ($W['r5'] + $W['r6']) . '%">実績値</td>'
   . '<td rowspan="2" width="' . $W['tg'] . '%">目標値<br>（Ｒ７）</td>'
   . '<td rowspan="2" width="' . $W['rt'] . '%">達成率<br>（％）</td>'
   . '<td rowspan="2" width="' . $W['jd'] . '%">判定</td>'
   . '<td rowspan="2" width="' . $W['dp'] . '%">担当課</td>'
   . '<td rowspan="2" width="' . $W['nt'] . '%">備考</td>'
   . '</tr>';
$h .= '<tr style="background-color:#dde4ee;text-align:center;">'
   . '<td width="' . $W['bv'] . '%">値</td><td width="' . $W['by'] . '%">年度</td>'
   . '<td width="' . $W['r5'] . '%">Ｒ５</td><td width="' . $W['r6'] . '%">Ｒ６</td>'
   . '</tr>';
$h .= '</thead><tbody>';

$no = 0;
foreach ($TAIKO as $t) {
  $h .= '<tr nobr="true" style="background-color:#f2f2f2;">'
     . '<td colspan="8" width="' . ($W['sh'] + $W['no'] + $W['nm'] + $W['bv'] + $W['by'] + $W['r5'] + $W['r6'] + $W['tg']) . '%">施策の大綱' . $t['no'] . '　' . $t['title'] . '</td>'
     . '<td colspan="4" width="' . ($W['rt'] + $W['jd'] + $W['dp'] + $W['nt']) . '%">［分野］' . $t['field'] . '</td></tr>';
  foreach ($t['shisaku'] as $s) {
    $n = count($s['kpi']);
    // 担当課 rowspans: merge consecutive identical dept lists
    $spans = array(); $i = 0;
    while ($i < $n) {
      $j = $i + 1;
      while ($j < $n && $s['kpi'][$j]['dept'] == $s['kpi'][$i]['dept']) $j++;
      $spans[$i] = $j - $i; for ($q = $i + 1; $q < $j; $q++) $spans[$q] = 0;
      $i = $j;
    }
    foreach ($s['kpi'] as $i => $k) {
      $no++;
      list($rate, $g) = judge($k);
      $tg = withunit($k['target'], $k['unit']);
      if (!empty($k['ty'])) $tg .= '<br>（' . $k['ty'] . '）';
      $h .= '<tr nobr="true">';
      if ($i == 0) $h .= '<td rowspan="' . $n . '" width="' . $W['sh'] . '%">' . $s['code'] . '<br>' . $s['title'] . '</td>';
      $h .= '<td align="center" width="' . $W['no'] . '%">' . $no . '</td>'
          . '<td width="' . $W['nm'] . '%">' . $k['name'] . '</td>'
          . '<td align="right" width="' . $W['bv'] . '%">' . withunit($k['base'], $k['unit']) . '</td>'
          . '<td align="center" width="' . $W['by'] . '%">' . ($k['by'] === null ? '－' : $k['by']) . '</td>'
          . '<td align="right" width="' . $W['r5'] . '%">' . withunit($k['r5'], $k['unit']) . '</td>'
          . '<td align="right" width="' . $W['r6'] . '%">' . withunit($k['r6'], $k['unit']) . '</td>'
          . '<td align="right" width="' . $W['tg'] . '%">' . $tg . '</td>'
          . '<td align="right" width="' . $W['rt'] . '%">' . $rate . '</td>'
          . '<td align="center" width="' . $W['jd'] . '%">' . $g . '</td>';
      if ($spans[$i] > 0) $h .= '<td rowspan="' . $spans[$i] . '" width="' . $W['dp'] . '%">' . implode('<br>', $k['dept']) . '</td>';
      $h .= '<td width="' . $W['nt'] . '%">' . ($k['note'] === '' ? '' : $k['note']) . '</td>';
      $h .= '</tr>';
    }
  }
}
$h .= '</tbody></table>';
$pdf->writeHTML($h, true, false, false, false, '');

// ---- summary ---------------------------------------------------------------
$pdf->AddPage();
$pdf->SetFont('kozminproregular', '', 10);
$pdf->Cell(0, 6, '２．判定結果の集計（令和６年度実績）', 0, 1, 'L');
$pdf->Ln(1);

$cnt = array('Ⅰ' => 0, 'Ⅱ' => 0, 'Ⅲ' => 0, 'Ⅳ' => 0, '－' => 0);
$cnt5 = $cnt;
$byt = array();
foreach ($TAIKO as $ti => $t) {
  $byt[$ti] = array('Ⅰ' => 0, 'Ⅱ' => 0, 'Ⅲ' => 0, 'Ⅳ' => 0, '－' => 0);
  foreach ($t['shisaku'] as $s) foreach ($s['kpi'] as $k) {
    list($r, $g) = judge($k); $cnt[$g]++; $byt[$ti][$g]++;
    list($r5, $g5) = judge($k, 'r5'); $cnt5[$g5]++;
  }
}
// R5 reference: 特定健康診査 R5 was still being compiled at the time of the R5 evaluation
$cnt5['Ⅲ']--; $cnt5['－']++;
$total = array_sum($cnt);

$labels = array('Ⅰ' => '目標達成', 'Ⅱ' => '概ね順調', 'Ⅲ' => 'やや遅れ', 'Ⅳ' => '遅れ', '－' => '判定不能');
$x0 = 10;
$pdf->SetFillColor(221, 228, 238);
$pdf->SetFont('kozminproregular', '', 8.5);
$pdf->Cell(14, 6, '判定', 1, 0, 'C', true);
$pdf->Cell(30, 6, '区分', 1, 0, 'C', true);
$pdf->Cell(24, 6, '指標数', 1, 0, 'C', true);
$pdf->Cell(24, 6, '構成比', 1, 0, 'C', true);
$pdf->Cell(36, 6, '（参考）令和５年度実績', 1, 1, 'C', true);
foreach ($cnt as $g => $c) {
  $pdf->SetFont('kozminproregular', '', 8.5);
  $pdf->Cell(14, 6, $g, 1, 0, 'C');
  $pdf->Cell(30, 6, $labels[$g], 1, 0, 'L');
  $pdf->SetFont($ipa, '', 8.5);
  $pdf->Cell(24, 6, $c . '指標', 1, 0, 'R');
  $pdf->Cell(24, 6, number_format($c / $total * 100, 1) . '％', 1, 0, 'R');
  $pdf->Cell(36, 6, $cnt5[$g] . '指標', 1, 1, 'R');
}
$pdf->SetFont('kozminproregular', '', 8.5);
$pdf->Cell(44, 6, '合計', 1, 0, 'C', true);
$pdf->SetFont($ipa, '', 8.5);
$pdf->Cell(24, 6, $total . '指標', 1, 0, 'R');
$pdf->Cell(24, 6, '100.0％', 1, 0, 'R');
$pdf->Cell(36, 6, array_sum($cnt5) . '指標', 1, 1, 'R');
$pdf->Ln(4);

// per 大綱 cross table (HTML)
$pdf->SetFont('kozminproregular', '', 10);
$pdf->Cell(0, 6, '３．施策の大綱別の判定状況', 0, 1, 'L');
$h = '<table border="1" cellpadding="2" style="font-size:8pt;"><thead><tr style="background-color:#dde4ee;text-align:center;">'
   . '<td width="40%">施策の大綱</td><td width="8%">Ⅰ</td><td width="8%">Ⅱ</td><td width="8%">Ⅲ</td><td width="8%">Ⅳ</td><td width="8%">－</td><td width="10%">計</td></tr></thead><tbody>';
foreach ($TAIKO as $ti => $t) {
  $h .= '<tr><td width="40%">大綱' . $t['no'] . '　' . $t['title'] . '</td>';
  foreach ($byt[$ti] as $g => $c) $h .= '<td align="right" width="8%">' . $c . '</td>';
  $h .= '<td align="right" width="10%">' . array_sum($byt[$ti]) . '</td></tr>';
}
$h .= '</tbody></table>';
$pdf->writeHTML($h, true, false, false, false, '');
$pdf->Ln(2);

// 所見 (label + wrapped value, side by side)
$pdf->SetFont('kozminproregular', '', 10);
$pdf->Cell(0, 6, '４．総括所見（企画政策課）', 0, 1, 'L');
$notes = array(
  array('全体', '成果指標25指標のうち、目標を達成した指標（Ⅰ）は8指標、概ね順調（Ⅱ）を含めると12指標で全体の48.0％となり、前年度（令和５年度実績）の４指標から大きく増加しました。一方、基準値を下回った指標が２指標あり、引き続き要因の分析と取組の見直しが必要です。'),
  array('大綱１', '「すそのん健康マイレージ」は参加者数が1,684人となり、上方修正後の目標を達成しました。市立図書館の貸出冊数は、電子書籍サービス（令和６年10月開始、貸出1,862点）の利用が伸びているものの、基準値を下回っています。'),
  array('大綱２', 'ふるさと納税寄附額は612,480千円となり、２年連続で目標を上回りました。観光交流客数は回復傾向にあるものの、令和元年度の水準を大きく上回るには至っていません。'),
  array('大綱３～５', '個別避難計画の作成率は41.8％となり、福祉専門職と連携した作成支援により前年度から10.2ポイント上昇しました。区（自治会）への加入率は79.6％と低下が続いており、後期基本計画で指標と取組の見直しを検討します。'),
);
foreach ($notes as $n) {
  $pdf->SetFont($ipa, '', 8.5);
  $hh = max(6, $pdf->getStringHeight(247, $n[1]));
  $y = $pdf->GetY();
  $pdf->SetFont('kozminproregular', '', 8.5);
  $pdf->SetFillColor(230, 230, 230);
  $pdf->MultiCell(30, $hh, $n[0], 1, 'C', true, 0, 10, $y, true, 0, false, true, 0, 'M');
  $pdf->SetFont($ipa, '', 8.5);
  $pdf->MultiCell(247, $hh, $n[1], 1, 'L', false, 1, 40, $y, true, 0, false, true, 0, 'T');
}
$pdf->Ln(3);
$pdf->SetFont('kozminproregular', '', 7.5);
$pdf->MultiCell(0, 4, "※１　基準値の年度欄は、Ｈ＝平成、Ｒ＝令和の年度を示します（R2.4.1は令和２年４月１日現在）。目標値は令和７年度の値です（目標値欄の（ ）内に年度を記載したものを除く）。\n※２　（参考）令和５年度実績欄は、令和６年８月に公表した評価結果によります（特定健康診査受診率は当時集計中のため判定不能）。\n※３　本一覧表の評価結果は、令和７年８月開催予定の裾野市行政評価委員会（外部評価）の審議を経て確定します。", 0, 'L', false, 1);

$pdf->Output($out, 'F');
