<?php
/*
 * 伊賀市 行政経営支援システム  帳票 KEI-0210「部局運営方針書」出力
 * 令和７年度 健康福祉部  (batch 70, policy-statement, document 01)
 *
 * usage: /usr/bin/php b70-01-iga-kenkofukushi-tcpdfsheet.php OUTDIR
 * TCPDF (Debian php-tcpdf) : CID font kozminproregular (not embedded) for the body,
 * IPAexGothic TrueType (addTTFfont, embedded subset) for title, headings, labels, header/footer.
 */
require_once('/usr/share/php/tcpdf/tcpdf.php');

$outdir = isset($argv[1]) ? rtrim($argv[1], '/') : '/work/b70/policy-statement';
$fontdir = '/tmp/b70-policy-statement/fonts/';
if (!is_dir($fontdir)) { mkdir($fontdir, 0755, true); }
$gothic = TCPDF_FONTS::addTTFfont('/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf',
                                  'TrueTypeUnicode', '', 96, $fontdir);

class KeiReport extends TCPDF {
    public $gothic = 'ipaexg';
    public $sysName = '伊賀市　行政経営支援システム';
    public $formId  = '帳票ID：KEI-0210';
    public $formName = '部局運営方針書（当初）';
    public $printedAt = '出力日：令和７年４月18日　09:42';
    public $printedBy = '出力者：IG20873（医療福祉政策課）';

    public function Header() {
        $this->SetFont($this->gothic, '', 8);
        $this->SetTextColor(60, 60, 60);
        $this->SetY(7);
        $this->Cell(95, 4, $this->sysName, 0, 0, 'L');
        $this->Cell(0, 4, $this->printedAt, 0, 1, 'R');
        $this->Cell(95, 4, $this->formId . '　' . $this->formName, 0, 0, 'L');
        $this->Cell(0, 4, $this->printedBy, 0, 1, 'R');
        $this->SetLineWidth(0.4);
        $this->Line(15, 16.5, $this->getPageWidth() - 15, 16.5);
        $this->SetLineWidth(0.2);
        $this->SetTextColor(0, 0, 0);
    }

    public function Footer() {
        $this->SetY(-13);
        $this->SetLineWidth(0.2);
        $this->Line(15, $this->GetY(), $this->getPageWidth() - 15, $this->GetY());
        $this->SetFont($this->gothic, '', 8);
        $this->Cell(60, 6, '伊賀市健康福祉部', 0, 0, 'L');
        $this->Cell(60, 6, $this->getAliasNumPage() . ' / ' . $this->getAliasNbPages(), 0, 0, 'C');
        $this->Cell(0, 6, '取扱区分：公開', 0, 0, 'R');
    }

    /* section heading: grey bar + IPAexGothic text */
    public function Section($text) {
        if ($this->GetY() > $this->getPageHeight() - 45) { $this->AddPage(); }
        $this->Ln(2);
        $this->SetFont($this->gothic, '', 10.5);
        $this->SetFillColor(218, 226, 236);
        $this->Cell(0, 6.5, $text, 'B', 1, 'L', true);
        $this->Ln(1.5);
        $this->SetFont('kozminproregular', '', 9);
    }

    /* label cell + value cell side by side, value wraps inside a fixed width */
    public function LabelValue($label, $value, $lw = 32, $valign = 'M') {
        $vw = $this->getPageWidth() - 30 - $lw;
        $this->SetFont('kozminproregular', '', 9);
        $hv = $this->getStringHeight($vw, $value, false, true, '', 1);
        $this->SetFont($this->gothic, '', 9);
        $hl = $this->getStringHeight($lw, $label, false, true, '', 1);
        $h = max($hv, $hl, 7);
        if ($this->GetY() + $h > $this->getPageHeight() - 20) { $this->AddPage(); }
        $this->SetFillColor(236, 240, 245);
        $this->MultiCell($lw, $h, $label, 1, 'C', true, 0, '', '', true, 0, false, true, $h, 'M');
        $this->SetFont('kozminproregular', '', 9);
        $this->MultiCell($vw, $h, $value, 1, 'L', false, 1, '', '', true, 0, false, true, $h, $valign);
    }
}

$pdf = new KeiReport('P', 'mm', 'A4', true, 'UTF-8', false);
$pdf->gothic = $gothic;
$pdf->SetCreator('伊賀市 行政経営支援システム KEI-0210 (TCPDF)');
$pdf->SetAuthor('伊賀市健康福祉部');
$pdf->SetTitle('令和７年度　健康福祉部　部局運営方針');
$pdf->SetSubject('部局運営方針書（当初）');
$pdf->SetMargins(15, 20, 15);
$pdf->SetHeaderMargin(6);
$pdf->SetFooterMargin(13);
$pdf->SetAutoPageBreak(true, 18);
$pdf->setCellHeightRatio(1.35);
$pdf->AddFont($gothic, '', $fontdir . $gothic . '.php');
$pdf->AddPage();

/* ---- title box and approval boxes ---------------------------------------------------- */
$pdf->SetFont($gothic, '', 8);
$x0 = 128; $y0 = 20;
$heads = array('部　長', '次　長', '課　長', '担　当');
for ($i = 0; $i < 4; $i++) {
    $pdf->SetXY($x0 + $i * 16.75, $y0);
    $pdf->Cell(16.75, 4.5, $heads[$i], 1, 0, 'C');
}
for ($i = 0; $i < 4; $i++) {
    $pdf->SetXY($x0 + $i * 16.75, $y0 + 4.5);
    $pdf->Cell(16.75, 11, '', 1, 0, 'C');
}
$pdf->SetFont($gothic, '', 6.5);
$pdf->SetXY($x0, $y0 + 4.5 + 7);
$pdf->Cell(16.75, 3.5, '4/10', 0, 0, 'C');
$pdf->Cell(16.75, 3.5, '4/9', 0, 0, 'C');
$pdf->Cell(16.75, 3.5, '4/8', 0, 0, 'C');
$pdf->Cell(16.75, 3.5, '4/7', 0, 0, 'C');

$pdf->SetXY(15, 22);
$pdf->SetFont($gothic, '', 7.5);
$pdf->Cell(105, 4, '年度：令和７年度　　部局コード：0800', 0, 1, 'L');
$pdf->SetXY(15, 38);
$pdf->SetFont($gothic, '', 14);
$pdf->SetLineWidth(0.5);
$pdf->Cell(0, 11, '令和７年度　健康福祉部　部局運営方針', 1, 1, 'C');
$pdf->SetLineWidth(0.2);
$pdf->SetFont('kozminproregular', '', 8);
$pdf->Cell(0, 5.5, '作成日：令和７年４月１日　最終更新日：令和７年４月15日　状態：部長承認済（公開用）', 0, 1, 'R');

/* ---- 1 部局の概要 : MultiCell label/value blocks -------------------------------------- */
$pdf->Section('１　部局の概要');
$pdf->LabelValue('部局名', '健康福祉部');
$pdf->LabelValue('部局長', '健康福祉部長　西田　浩之');
$pdf->LabelValue('構成課・所',
    '医療福祉政策課、地域包括支援センター、介護高齢福祉課、障がい福祉課、生活支援課、健康推進課（保健センター）');
$pdf->LabelValue('職員数',
    '172人（令和７年４月１日現在。再任用職員を含み、会計年度任用職員を除く。）');
$pdf->LabelValue("当初予算額\n（単位：千円）",
    "一般会計　　　　　　　　令和７年度　15,284,630　／　令和６年度　14,806,210\n" .
    "介護保険事業特別会計　　令和７年度　 9,126,480　／　令和６年度　 8,973,150");
$pdf->LabelValue('部局の使命',
    '市民一人ひとりが、住み慣れた地域で互いに支え合いながら、生涯を通じて健やかに、安心して自分らしく' .
    '暮らし続けることができるよう、住民自治協議会や医療・介護・福祉の関係機関と手を携え、分野を超えて' .
    '切れ目なく支える仕組みを築き、誰一人取り残さない地域共生社会の実現をめざします。');
$pdf->LabelValue('関連する計画',
    '伊賀市総合計画 第３次基本計画、第４次伊賀市地域福祉計画（令和３年度～令和８年度）、' .
    '伊賀市高齢者福祉計画・第９期介護保険事業計画（令和６年度～令和８年度）、' .
    '第７期伊賀市障がい福祉計画、第３次健康いが21計画');

/* ---- 2 現状 : bullets as MultiCell in a frame ------------------------------------------- */
$pdf->Section('２　部局を取り巻く現状');
$bul = array(
  '本市の人口は、令和７年３月31日現在で86,102人（住民基本台帳）、高齢化率は34.6％となりました。' .
  '平成27年３月31日の93,951人、29.8％と比べ、人口の減少と高齢化が続いており、令和22年には高齢化率が' .
  '40％を超えると推計されています。',
  '令和５年の出生数は398人で、平成30年（532人）から約25％減少しました。妊娠期から子育て期まで' .
  'の相談支援とあわせ、健康づくりの取組を若い世代に届けることが課題です。',
  '要介護（要支援）認定者数は令和７年３月末で5,842人、第１号被保険者の認定率は19.6％です。' .
  '一人暮らし高齢者や高齢者のみの世帯が増え、介護や生活の困りごとが複合化しています。',
  '障害者手帳の所持者数は令和７年３月末で5,146人、うち精神障害者保健福祉手帳の所持者は908人で、' .
  '令和元年度末（641人）から大きく増えています。相談支援と就労の場の確保が求められています。',
  '生活保護受給世帯数は令和６年度平均で812世帯、保護率は10.8‰です。８０５０問題、ひきこもり、' .
  '外国人住民の生活困窮など、一つの窓口では解決できない相談が増えています。',
  '令和５年度の特定健康診査の受診率は44.8％で、国の目標（60％）には届いていません。' .
  '市内の救急搬送人員は令和６年度に4,612人となり、休日・夜間の初期救急と二次救急の体制の' .
  '維持が引き続き課題です。'
);
$pdf->SetFont('kozminproregular', '', 9);
foreach ($bul as $b) {
    if ($pdf->GetY() > $pdf->getPageHeight() - 30) { $pdf->AddPage(); }
    $y = $pdf->GetY();
    $pdf->SetX(17);
    $pdf->Cell(4, 5, '○', 0, 0, 'L');
    $pdf->MultiCell(159, 5, $b, 0, 'J', false, 1, 21, $y, true, 0, false, true, 0, 'T');
    $pdf->Ln(0.8);
}

/* ---- 3 主要指標の推移 : writeHTML table with rowspan/colspan ------------------------ */
$pdf->Section('３　主要指標の推移');
$pdf->SetFont('kozminproregular', '', 8.5);
$th = 'style="background-color:#dfe6ee;text-align:center;"';
$rowsT = array(
  array('高齢者<br>福祉', 3, '要介護（要支援）認定者数（年度末）', '人', '5,714', '5,786', '5,842', ''),
  array('', 0, '通いの場の箇所数（年度末）', 'か所', '168', '176', '183', '住民主体のもの'),
  array('', 0, '認知症サポーター養成講座の受講者数', '人', '1,046', '1,182', '1,238', ''),
  array('障がい<br>福祉', 2, '障害者手帳の所持者数（年度末）', '人', '5,098', '5,121', '5,146', '身体・療育・精神の計'),
  array('', 0, '就労移行支援事業による一般就労者数', '人', '21', '26', '24', ''),
  array('生活<br>支援', 2, '生活保護受給世帯数（年度平均）', '世帯', '798', '805', '812', ''),
  array('', 0, '自立相談支援機関の新規相談受付件数', '件', '386', '412', '447', ''),
  array('健康<br>・<br>医療', 3, '特定健康診査の受診率', '％', '43.1', '44.8', '－', '法定報告値'),
  array('', 0, 'がん検診の受診者数（延べ）', '人', '9,812', '10,246', '10,518', '５がん計'),
  array('', 0, '休日夜間応急診療所の受診者数', '人', '6,214', '7,086', '6,538', ''),
);
$h = '<table border="1" cellpadding="2.5" cellspacing="0">' .
     '<thead><tr>' .
     '<th rowspan="2" width="9%" ' . $th . '>分　野</th>' .
     '<th rowspan="2" width="35%" ' . $th . '>指　標</th>' .
     '<th rowspan="2" width="7%" ' . $th . '>単位</th>' .
     '<th colspan="3" width="33%" ' . $th . '>実　　績</th>' .
     '<th rowspan="2" width="16%" ' . $th . '>備　考</th></tr>' .
     '<tr><th width="11%" ' . $th . '>令和４年度</th><th width="11%" ' . $th . '>令和５年度</th>' .
     '<th width="11%" ' . $th . '>令和６年度<br>（速報値）</th></tr></thead>';
foreach ($rowsT as $r) {
    $h .= '<tr>';
    if ($r[1] > 0) {
        $h .= '<td rowspan="' . $r[1] . '" width="9%" style="text-align:center;background-color:#f2f4f7;">' . $r[0] . '</td>';
    }
    $h .= '<td width="35%">' . $r[2] . '</td><td width="7%" style="text-align:center;">' . $r[3] . '</td>' .
          '<td width="11%" style="text-align:right;">' . $r[4] . '</td>' .
          '<td width="11%" style="text-align:right;">' . $r[5] . '</td>' .
          '<td width="11%" style="text-align:right;">' . $r[6] . '</td>' .
          '<td width="16%" style="font-size:7.5pt;">' . $r[7] . '</td></tr>';
}
$h .= '</table>';
$pdf->writeHTML($h, true, false, false, false, '');
$pdf->SetFont('kozminproregular', '', 7.5);
$pdf->MultiCell(0, 4, '※令和６年度の数値は令和７年３月末時点の速報値です。特定健康診査の受診率は法定報告' .
    '（令和７年11月確定予定）前のため「－」としています。', 0, 'L', false, 1);

/* ---- 4 重点取組と成果指標 : writeHTML table, <thead> repeated on page break ---------- */
$pdf->Section('４　令和７年度の重点取組と成果指標');
$pdf->SetFont('kozminproregular', '', 8.5);
$pdf->MultiCell(0, 4.5, '現状値の（　）内は時点を示します（R6年度＝令和６年度実績、R7.3.31＝令和７年３月31日現在）。' .
    '目標値は令和７年度末の値です。', 0, 'L', false, 1);
$pdf->Ln(1);
$pdf->SetFont('kozminproregular', '', 8);
$goals = array(
  array('1', '重層的な支援体制による地域共生社会の実現', array(
     array('福祉総合相談窓口における分野を超えた相談の受け止めと多機関協働による支援', 1, array(
         array('多機関協働事業により支援したケース数', '42件<br>（R6年度）', '60件', '医療福祉政策課'))),
     array('住民自治協議会と連携した地域の支え合い活動と見守りネットワークの拡充', 1, array(
         array('見守りネットワーク協定の締結事業者数', '64事業者<br>（R7.3.31）', '75事業者', '医療福祉政策課'))),
     array('生活困窮者の自立相談支援と就労準備支援による早期の生活再建', 1, array(
         array('就労準備支援事業の利用による就労者数', '17人<br>（R6年度）', '20人', '生活支援課'))),
  )),
  array('2', '高齢者が住み慣れた地域で暮らし続けられる地域包括ケアの深化', array(
     array('住民主体の通いの場の立上げ支援とリハビリ専門職の派遣', 1, array(
         array('通いの場の箇所数', '183か所<br>（R7.3.31）', '195か所', '地域包括支援センター'))),
     array('認知症初期集中支援チームによる早期対応と認知症カフェの運営支援', 1, array(
         array('認知症初期集中支援チームの支援件数', '36件<br>（R6年度）', '45件', '地域包括支援センター'))),
     array('介護人材の確保に向けた資格取得費用の助成と外国人介護人材の受入れ支援', 1, array(
         array('介護資格取得費用助成の交付件数', '28件<br>（R6年度）', '40件', '介護高齢福祉課'))),
  )),
  array('3', '障がいのある人の地域生活と社会参加への支援', array(
     array('基幹相談支援センターを中心とした相談支援体制の強化', 1, array(
         array('基幹相談支援センターの相談件数（延べ）', '2,846件<br>（R6年度）', '3,000件', '障がい福祉課'))),
     array('障がい者就労施設等からの優先調達の推進と工賃向上の支援', 1, array(
         array('就労継続支援Ｂ型事業所の平均工賃（月額）', '17,420円<br>（R5年度）', '18,500円', '障がい福祉課'))),
     array('医療的ケア児等コーディネーターによる医療的ケア児と家族への支援', 1, array(
         array('医療的ケア児等コーディネーターの配置人数', '4人<br>（R7.4.1）', '6人', '障がい福祉課'))),
  )),
  array('4', '生涯を通じた健康づくりと安心できる地域医療の確保', array(
     array('特定健康診査の未受診者への個別勧奨と特定保健指導の実施', 2, array(
         array('特定健康診査の受診率', '44.8％<br>（R5年度）', '50.0％', '健康推進課'),
         array('特定保健指導の実施率', '38.2％<br>（R5年度）', '45.0％', '健康推進課'))),
     array('がん検診のWeb予約の導入と節目年齢への無料クーポンの送付', 1, array(
         array('がん検診のWeb予約の利用率', '－<br>（R7年度開始）', '30.0％', '健康推進課'))),
     array('休日夜間応急診療所の運営と病院群輪番制による二次救急医療体制の確保', 1, array(
         array('二次救急医療体制の確保日数', '365日<br>（R6年度）', '365日', '医療福祉政策課'))),
  )),
);
$w = array(5, 17, 27, 21, 11, 9, 10);
$hh = '<table border="1" cellpadding="2" cellspacing="0">' .
      '<thead><tr style="background-color:#dfe6ee;text-align:center;">' .
      '<th width="' . $w[0] . '%">No.</th><th width="' . $w[1] . '%">重点取組</th>' .
      '<th width="' . $w[2] . '%">主な取組（具体的な事業）</th><th width="' . $w[3] . '%">成果指標</th>' .
      '<th width="' . $w[4] . '%">現状値<br>（時点）</th><th width="' . $w[5] . '%">目標値<br>（R7年度末）</th>' .
      '<th width="' . $w[6] . '%">担当課</th></tr></thead>';
foreach ($goals as $g) {
    $span = 0;
    foreach ($g[2] as $a) { $span += $a[1]; }
    $first = true;
    foreach ($g[2] as $a) {
        $firstA = true;
        foreach ($a[2] as $ind) {
            $hh .= '<tr nobr="true">';
            if ($first) {
                $hh .= '<td rowspan="' . $span . '" width="' . $w[0] . '%" style="text-align:center;">' . $g[0] . '</td>' .
                       '<td rowspan="' . $span . '" width="' . $w[1] . '%" style="background-color:#f2f4f7;">' . $g[1] . '</td>';
                $first = false;
            }
            if ($firstA) {
                $hh .= '<td rowspan="' . $a[1] . '" width="' . $w[2] . '%">' . $a[0] . '</td>';
                $firstA = false;
            }
            $hh .= '<td width="' . $w[3] . '%">' . $ind[0] . '</td>' .
                   '<td width="' . $w[4] . '%" style="text-align:right;">' . $ind[1] . '</td>' .
                   '<td width="' . $w[5] . '%" style="text-align:right;">' . $ind[2] . '</td>' .
                   '<td width="' . $w[6] . '%" style="font-size:7pt;">' . $ind[3] . '</td></tr>';
        }
    }
}
$hh .= '</table>';
$pdf->writeHTML($hh, true, false, false, false, '');
$pdf->SetFont('kozminproregular', '', 7.5);
$pdf->MultiCell(0, 4, '※「－」は実績値がないことを示します。目標値は「伊賀市高齢者福祉計画・第９期介護保険事業計画」等の' .
    '計画目標と整合を図っています。', 0, 'L', false, 1);

/* ---- 5 主な事業と予算 : writeHTML table with a totals row ----------------------------- */
$pdf->Section('５　重点取組に関連する主な事業（当初予算）');
$pdf->SetFont('kozminproregular', '', 8);
$pdf->Cell(0, 4.5, '（単位：千円）', 0, 1, 'R');
$biz = array(
  array('1', '重層的支援体制整備事業', '医療福祉政策課', 48620, 45310, ''),
  array('1', '生活困窮者自立支援事業', '生活支援課', 36840, 35920, ''),
  array('2', '一般介護予防事業（通いの場支援）', '地域包括支援センター', 29480, 27150, '介護保険特会'),
  array('2', '認知症総合支援事業', '地域包括支援センター', 12360, 11840, '介護保険特会'),
  array('2', '介護人材確保支援事業', '介護高齢福祉課', 9600, 7200, '拡充'),
  array('3', '障がい者相談支援事業', '障がい福祉課', 84260, 82730, ''),
  array('3', '医療的ケア児等支援事業', '障がい福祉課', 6150, 4980, ''),
  array('4', 'がん検診事業', '健康推進課', 186420, 181370, ''),
  array('4', 'がん検診Web予約システム導入事業', '健康推進課', 8580, null, '新規'),
  array('4', '休日夜間応急診療所運営事業', '医療福祉政策課', 142800, 139650, ''),
);
$bh = '<table border="1" cellpadding="2.5" cellspacing="0">' .
      '<thead><tr style="background-color:#dfe6ee;text-align:center;">' .
      '<th width="8%">重点<br>取組</th><th width="32%">事　業　名</th><th width="18%">担当課</th>' .
      '<th width="12%">令和７年度<br>当初予算</th><th width="12%">令和６年度<br>当初予算</th>' .
      '<th width="9%">増減</th><th width="9%">備考</th></tr></thead>';
$t7 = 0; $t6 = 0;
foreach ($biz as $b) {
    $t7 += $b[3]; $t6 += ($b[4] === null ? 0 : $b[4]);
    $diff = ($b[4] === null) ? '皆増' : number_format($b[3] - $b[4]);
    $bh .= '<tr nobr="true"><td width="8%" style="text-align:center;">' . $b[0] . '</td>' .
           '<td width="32%">' . $b[1] . '</td><td width="18%">' . $b[2] . '</td>' .
           '<td width="12%" style="text-align:right;">' . number_format($b[3]) . '</td>' .
           '<td width="12%" style="text-align:right;">' . ($b[4] === null ? '－' : number_format($b[4])) . '</td>' .
           '<td width="9%" style="text-align:right;">' . $diff . '</td>' .
           '<td width="9%" style="text-align:center;font-size:7pt;">' . $b[5] . '</td></tr>';
}
$bh .= '<tr style="background-color:#f2f4f7;"><td colspan="3" width="58%" style="text-align:center;">合　　計</td>' .
       '<td width="12%" style="text-align:right;">' . number_format($t7) . '</td>' .
       '<td width="12%" style="text-align:right;">' . number_format($t6) . '</td>' .
       '<td width="9%" style="text-align:right;">' . number_format($t7 - $t6) . '</td><td width="9%"></td></tr>';
$bh .= '</table>';
$pdf->writeHTML($bh, true, false, false, false, '');
$pdf->SetFont('kozminproregular', '', 7.5);
$pdf->MultiCell(0, 4, '※人件費を除きます。介護保険特会は介護保険事業特別会計の事業です。', 0, 'L', false, 1);

/* ---- 6 組織運営 : MultiCell label/value blocks -------------------------------------- */
$pdf->Section('６　組織運営の取組');
$pdf->LabelValue('働き方改革',
    '部職員１人当たりの月平均時間外勤務時間は、令和６年度11.8時間（令和５年度13.5時間）でした。' .
    'ＲＰＡによる給付事務の自動化と会議のオンライン化を進め、さらに縮減します。');
$pdf->LabelValue('休暇の取得',
    '年次有給休暇の平均取得日数は令和６年で12.4日でした。全職員が年14日以上取得することを目標とします。');
$pdf->LabelValue('人材育成',
    '手話・やさしい日本語の研修を全課で実施し、窓口で多様な市民に対応できる職員を育成します。');
$pdf->Ln(3);
$pdf->SetFont('kozminproregular', '', 8);
$pdf->Cell(0, 5, '【問合せ先】健康福祉部 医療福祉政策課 政策企画係（内線２１５４）', 0, 1, 'R');

$pdf->Output($outdir . '/b70-01-iga-kenkofukushi-tcpdfsheet.pdf', 'F');
echo "written\n";
