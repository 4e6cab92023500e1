<?php
/*
 * 東海市議会 議会活動管理システム  帳票出力モジュール
 * 帳票ID GKS-0420  委員会行政視察報告書
 *
 * usage: php b70-01-tokai-tcpdfsystem.php OUT.pdf
 *
 * TCPDF (Debian php-tcpdf) で出力する。本文・枠・ラベルは CID フォント
 * kozminproregular（埋め込みなし）、視察先別の見出し帯と所感欄は
 * IPAexゴシック（TrueType、addTTFfont で変換してサブセット埋め込み）。
 */
require_once('/usr/share/php/tcpdf/tcpdf.php');

$out = isset($argv[1]) ? $argv[1] : '/tmp/b70-inspection-report/b70-01-tokai-tcpdfsystem.pdf';
$fontdir = '/tmp/b70-inspection-report/fonts/';
if (!is_dir($fontdir)) { mkdir($fontdir, 0755, true); }
$IPA = TCPDF_FONTS::addTTFfont('/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf', 'TrueTypeUnicode', '', 96, $fontdir);
$CID = 'kozminproregular';

class GikaiReport extends TCPDF {
    public $ipa = 'ipaexg';
    public $sysName = '東海市議会　議会活動管理システム（委員会・視察管理）';
    public $printed = '出力日：令和７年１１月２７日　10:14　　出力者：gk0521';
    public $formId = '帳票ID：GKS-0420　委員会行政視察報告書';
    public $recNo = '受付番号：R07-建経-012';

    public function Header() {
        $this->SetFont('kozminproregular', '', 8);
        $this->SetTextColor(60, 60, 60);
        $this->SetXY(15, 8);
        $this->Cell(100, 4, $this->sysName, 0, 0, 'L');
        $this->Cell(0, 4, $this->printed, 0, 1, 'R');
        $this->SetX(15);
        $this->Cell(100, 4, $this->formId, 0, 0, 'L');
        $this->Cell(0, 4, $this->recNo, 0, 1, 'R');
        $this->SetLineWidth(0.3);
        $this->Line(15, 17.2, 195, 17.2);
        $this->SetLineWidth(0.1);
        $this->Line(15, 17.9, 195, 17.9);
        $this->SetTextColor(0, 0, 0);
    }

    public function Footer() {
        $this->SetY(-13);
        $this->SetFont('kozminproregular', '', 8);
        $this->SetTextColor(60, 60, 60);
        $this->Line(15, $this->GetY(), 195, $this->GetY());
        $this->Cell(60, 6, '東海市議会事務局　議事課', 0, 0, 'L');
        $this->Cell(60, 6, $this->getAliasNumPage() . ' / ' . $this->getAliasNbPages(), 0, 0, 'C');
        $this->Cell(0, 6, 'GKS-0420', 0, 0, 'R');
        $this->SetTextColor(0, 0, 0);
    }

    /* ラベルセル（網掛け）と値セル（MultiCell、固定幅で折返し）を横に並べる */
    public function kv($label, $value, $lw = 32, $font = null, $size = 9.5) {
        $font = $font ? $font : 'kozminproregular';
        $vw = 180 - $lw;
        $this->SetFont($font, '', $size);
        $h = max(7, $this->getStringHeight($vw, $value) + 1);
        if ($this->GetY() + $h > $this->getPageHeight() - 20) { $this->AddPage(); }
        $y = $this->GetY();
        $this->SetFillColor(226, 232, 240);
        $this->SetFont('kozminproregular', '', 9);
        $this->MultiCell($lw, $h, $label, 1, 'C', true, 0, 15, $y, true, 0, false, true, $h, 'M');
        $this->SetFont($font, '', $size);
        $this->MultiCell($vw, $h, $value, 1, 'L', false, 1, 15 + $lw, $y, true, 0, false, true, $h, 'M');
    }

    public function band($text) {
        if ($this->GetY() > $this->getPageHeight() - 40) { $this->AddPage(); }
        $this->Ln(2);
        $this->SetFont($this->ipa, '', 10);
        $this->SetFillColor(40, 70, 120);
        $this->SetTextColor(255, 255, 255);
        $this->Cell(180, 7, $text, 1, 1, 'L', true);
        $this->SetTextColor(0, 0, 0);
    }

    public function sub($text) {
        if ($this->GetY() > $this->getPageHeight() - 35) { $this->AddPage(); }
        $this->Ln(1.5);
        $this->SetFont('kozminproregular', '', 9.5);
        $this->Cell(180, 6, $text, 'B', 1, 'L');
        $this->Ln(1);
    }

    public function prose($text, $font = null) {
        $this->SetFont($font ? $font : 'kozminproregular', '', 9);
        $this->MultiCell(180, 0, $text, 0, 'J', false, 1, 15, '', true);
    }

    /* 所感欄：委員名のラベルセル＋本文 MultiCell（IPAexゴシック） */
    public function opinion($who, $text) {
        $this->SetFont($this->ipa, '', 9);
        $h = $this->getStringHeight(150, $text) + 1;
        if ($this->GetY() + $h > $this->getPageHeight() - 20) { $this->AddPage(); }
        $y = $this->GetY();
        $this->SetFillColor(245, 245, 235);
        $this->MultiCell(30, $h, $who, 1, 'C', true, 0, 15, $y, true, 0, false, true, $h, 'M');
        $this->MultiCell(150, $h, $text, 1, 'L', false, 1, 45, $y, true, 0, false, true, $h, 'T');
    }
}

$pdf = new GikaiReport('P', 'mm', 'A4', true, 'UTF-8', false);
$pdf->ipa = $IPA;
$pdf->AddFont($IPA, '', $fontdir . $IPA . '.php');
$pdf->SetCreator('東海市議会 議会活動管理システム GKS-0420');
$pdf->SetAuthor('東海市議会事務局');
$pdf->SetTitle('委員会行政視察報告書（建設経済委員会）');
$pdf->SetMargins(15, 22, 15);
$pdf->SetHeaderMargin(6);
$pdf->SetFooterMargin(12);
$pdf->SetAutoPageBreak(true, 18);
$pdf->setCellPaddings(1.5, 0.8, 1.5, 0.8);
$pdf->AddPage();

/* ---------------- 1頁目：総括票 ---------------- */
$pdf->SetFont($IPA, '', 15);
$pdf->Cell(180, 9, '委員会行政視察報告書', 0, 1, 'C');
$pdf->SetFont($CID, '', 8.5);
$pdf->Cell(180, 5, '（総括票）　　　　　　　　登録区分：常任委員会　／　状態：報告済（議長決裁済）', 0, 1, 'C');
$pdf->Ln(2);

$pdf->kv('提出日', '令和７年１１月１２日（水）');
$pdf->kv('提出先', '東海市議会議長　井上　純一　様');
$pdf->kv('委員会名', '建設経済委員会');
$pdf->kv('報告者', '建設経済委員会　委員長　加藤　典明');
$pdf->kv('対象年度', '令和７年度');
$pdf->kv('視察期間', '令和７年１０月２１日（火）　～　令和７年１０月２３日（木）　　２泊３日');
$pdf->kv('視察先', '福井県鯖江市、石川県白山市、富山県射水市、富山県高岡市（計４市）');
$pdf->kv('視察目的', '本市では、東海市都市計画マスタープラン（令和５年度～令和２４年度）に基づき、太田川駅周辺の' .
    '中心市街地整備や名鉄常滑線沿線のまちづくりを進めている。また、市内の公共交通については、' .
    '令和６年度のらんらんバスの利用者数が約４９万人にとどまり、路線の見直しが課題となっている。' .
    '本委員会では、地場産業と観光を結び付けた産業振興、地域公共交通の再編、歴史的な町並みを生かした' .
    '景観まちづくり、駅周辺の中心市街地活性化について、北陸地方の先進４市の取組を調査し、' .
    '今後の委員会活動及び政策提言の参考とするため、本視察を実施した。');

$pdf->Ln(3);
$pdf->SetFont($CID, '', 9.5);
$pdf->Cell(180, 6, '■参加者名簿', 0, 1, 'L');
$pdf->SetFont($CID, '', 9);
$members = <<<EOT
<table border="1" cellpadding="3">
<thead>
<tr style="background-color:#e2e8f0;">
<th width="7%" align="center">No.</th>
<th width="15%" align="center">職　名</th>
<th width="22%" align="center">氏　名</th>
<th width="10%" align="center">出欠</th>
<th width="46%" align="center">備　考</th>
</tr>
</thead>
<tr><td width="7%" align="center">1</td><td width="15%" align="center">委員長</td><td width="22%">加藤　典明</td><td width="10%" align="center">◎</td><td width="46%">報告者</td></tr>
<tr><td width="7%" align="center">2</td><td width="15%" align="center">副委員長</td><td width="22%">蟹江　由美子</td><td width="10%" align="center">◎</td><td width="46%"></td></tr>
<tr><td width="7%" align="center">3</td><td width="15%" align="center">委　員</td><td width="22%">早川　康弘</td><td width="10%" align="center">◎</td><td width="46%"></td></tr>
<tr><td width="7%" align="center">4</td><td width="15%" align="center">委　員</td><td width="22%">冨田　恵子</td><td width="10%" align="center">◎</td><td width="46%"></td></tr>
<tr><td width="7%" align="center">5</td><td width="15%" align="center">委　員</td><td width="22%">坂　晃司</td><td width="10%" align="center">◎</td><td width="46%"></td></tr>
<tr><td width="7%" align="center">6</td><td width="15%" align="center">委　員</td><td width="22%">久野　まゆみ</td><td width="10%" align="center">◎</td><td width="46%"></td></tr>
<tr><td width="7%" align="center">7</td><td width="15%" align="center">委　員</td><td width="22%">石川　英樹</td><td width="10%" align="center">○</td><td width="46%">10/21 公務（市民病院組合議会）のため<br>10/22 白山市から参加</td></tr>
<tr><td width="7%" align="center">8</td><td width="15%" align="center">委　員</td><td width="22%">村瀬　健太郎</td><td width="10%" align="center">／</td><td width="46%">体調不良のため全日程不参加</td></tr>
<tr><td colspan="2" width="22%" align="center">随　行</td><td colspan="3" width="78%">議会事務局　議事課　主任　杉浦　亮</td></tr>
</table>
EOT;
$pdf->writeHTML($members, true, false, true, false, '');
$pdf->SetFont($CID, '', 8);
$pdf->Cell(180, 4.5, '出欠欄　◎：全日程参加　　○：一部参加　　／：不参加（旅費不支給）', 0, 1, 'L');
$pdf->kv('旅費', '総額　６０８，４２０円（委員７名・随行１名分、旅行命令額）', 32, null, 9);

/* ---------------- 視察行程 ---------------- */
$pdf->band('視察行程（実績）');
$pdf->SetFont($CID, '', 8.5);
$itin = <<<EOT
<table border="1" cellpadding="3">
<thead>
<tr style="background-color:#e2e8f0;">
<th width="14%" align="center">月　日</th>
<th width="16%" align="center">時　刻</th>
<th width="50%" align="center">行程・視察先</th>
<th width="20%" align="center">区　分</th>
</tr>
</thead>
<tr><td width="14%" rowspan="6" align="center">10月21日<br>（火）</td><td width="16%" align="center">8:02</td><td width="50%">名鉄太田川駅　発</td><td width="20%" align="center">移動</td></tr>
<tr><td width="16%" align="center">9:18</td><td width="50%">名古屋駅　発（特急しらさぎ３号）</td><td width="20%" align="center">移動</td></tr>
<tr><td width="16%" align="center">11:24</td><td width="50%">敦賀駅　着（北陸新幹線に乗換）<br>越前たけふ駅から借上げバス</td><td width="20%" align="center">移動</td></tr>
<tr><td width="16%" align="center">14:00～15:30</td><td width="50%">福井県鯖江市<br>（鯖江市役所）</td><td width="20%" align="center">視察１</td></tr>
<tr><td width="16%" align="center">16:10</td><td width="50%">鯖江市　発（借上げバス）</td><td width="20%" align="center">移動</td></tr>
<tr><td width="16%" align="center">－</td><td width="50%">金沢市内　泊</td><td width="20%" align="center">宿泊</td></tr>
<tr><td width="14%" rowspan="4" align="center">10月22日<br>（水）</td><td width="16%" align="center">9:30～11:30</td><td width="50%">石川県白山市<br>（白山市役所）</td><td width="20%" align="center">視察２</td></tr>
<tr><td width="16%" align="center">11:45</td><td width="50%">白山市　発（借上げバス）</td><td width="20%" align="center">移動</td></tr>
<tr><td width="16%" align="center">13:30～15:00</td><td width="50%">富山県射水市<br>（射水市役所・内川周辺地区）</td><td width="20%" align="center">視察３</td></tr>
<tr><td width="16%" align="center">－</td><td width="50%">高岡市内　泊</td><td width="20%" align="center">宿泊</td></tr>
<tr><td width="14%" rowspan="4" align="center">10月23日<br>（木）</td><td width="16%" align="center">9:30～12:00</td><td width="50%">富山県高岡市<br>（高岡市役所・高岡駅周辺）</td><td width="20%" align="center">視察４</td></tr>
<tr><td width="16%" align="center">13:19</td><td width="50%">新高岡駅　発（北陸新幹線・特急しらさぎ）</td><td width="20%" align="center">移動</td></tr>
<tr><td width="16%" align="center">16:38</td><td width="50%">名古屋駅　着</td><td width="20%" align="center">移動</td></tr>
<tr><td width="16%" align="center">17:12</td><td width="50%">名鉄太田川駅　着　解散</td><td width="20%" align="center">移動</td></tr>
</table>
EOT;
$pdf->writeHTML($itin, true, false, true, false, '');
$pdf->SetFont($CID, '', 8);
$pdf->MultiCell(180, 0, "※時刻は実績による。視察先での時間は、説明・質疑及び現地見学を含む。\n※参考：令和６年度の本委員会行政視察（令和６年１０月２９日～３１日、長野県・新潟県）の報告書は受付番号R06-建経-009を参照。", 0, 'L', false, 1, 15, '', true);

/* ---------------- 視察先別報告 ---------------- */
$sites = array();

$sites[] = array(
 'band' => '視察先別報告　１／４　　福井県鯖江市',
 'kv' => array(
   array('視察先', '福井県鯖江市'),
   array('視察日', '令和 7年10月21日（火）'),
   array('視察時間', '午後２時００分　～　午後３時３０分'),
   array('視察場所', '鯖江市役所　本庁舎３階　大会議室'),
   array('説明者', "鯖江市産業環境部　商工政策課長\n同課　ものづくり・ブランド推進係長\n鯖江市議会　副議長（歓迎のあいさつ）"),
   array('調査事項', '地場産業（眼鏡・漆器・繊維）の振興と産業観光イベント「ＲＥＮＥＷ」について'),
 ),
 'gaikyo' => <<<EOT
<table border="1" cellpadding="3">
<tr style="background-color:#f1f1f1;"><th width="25%" align="center">人　口</th><th width="25%" align="center">世帯数</th><th width="25%" align="center">面　積</th><th width="25%" align="center">基準日</th></tr>
<tr><td width="25%" align="right">68,302人</td><td width="25%" align="right">26,118世帯</td><td width="25%" align="right">84.59km²</td><td width="25%" align="center">令和7年9月30日</td></tr>
</table>
EOT
 ,
 'gaikyo_note' => '備考：昭和３０年１月市制施行。眼鏡枠の国内生産シェア約９割。',
 'gaiyo' => '鯖江市は、眼鏡・漆器・繊維の三つの地場産業が集積する「ものづくりのまち」である。' .
   '平成２７年に始まった産業観光イベント「ＲＥＮＥＷ」は、毎年１０月の３日間、工房や工場を一般に開放するもので、' .
   '令和６年度は参加事業者８６社、来場者数約３万９千人となった。イベントをきっかけに工房併設のショップが増え、' .
   '移住して産地で働く若者も平成２７年以降で１００人を超えたとのことであった。' .
   '市は、市内事業者の自社ブランド開発や販路拡大を支援する補助制度（補助率２分の１、上限１００万円）を設け、' .
   '令和６年度は２４件を採択している。説明後、めがねミュージアムを見学した。',
 'qa' => array(
   array('ＲＥＮＥＷの運営主体と市の関わり方について伺う。', '一般社団法人ＳＯＥが主催し、市は実行委員会への負担金と広報面で支援している。行政が前面に出過ぎないことが継続の要因と考えている。'),
   array('産業観光による来訪者を市内の消費につなげる工夫は。', '工房ショップのほか、飲食店と連携した周遊マップを作成し、令和６年度からはデジタルスタンプラリーも実施している。'),
   array('後継者・担い手の確保について、市独自の支援策はあるか。', '産地で就業する移住者に対し、家賃の一部を最長３年間補助している。令和６年度の利用は１７件であった。'),
 ),
 'opinions' => array(
   array('加藤委員長', '工場を「見せる」ことで地場産業の価値を市民と来訪者に伝える取組であり、行政が主催者ではなく支える側に回っている点が参考になった。本市の鉄鋼関連のものづくりでも、工場見学と観光を結び付ける余地は大きい。'),
   array('冨田委員', '若い担い手が産地に移り住み、工房を開いている様子が印象的であった。本市でも、ものづくり企業と若者をつなぐ仕組みづくりについて、執行部と議論していきたい。'),
   array('坂委員', '補助制度の採択件数や来場者数を毎年検証し、事業を見直している点が優れている。本市の産業振興施策においても、成果指標を明確にして評価する姿勢が必要だと感じた。'),
 ),
);

$sites[] = array(
 'band' => '視察先別報告　２／４　　石川県白山市',
 'kv' => array(
   array('視察先', '石川県白山市'),
   array('視察日', '令和 7年10月22日（水）'),
   array('視察時間', '9:30～11:30'),
   array('視察場所', '白山市役所　本庁舎　第２委員会室'),
   array('説明者', "白山市観光文化スポーツ部　交通政策課長\n同課　公共交通係長"),
   array('調査事項', "(1) 地域公共交通計画に基づくバス路線の再編について\n(2) コミュニティバス「めぐーる」の運行と利用促進について"),
 ),
 'gaikyo' => <<<EOT
<table border="1" cellpadding="3">
<tr style="background-color:#f1f1f1;"><th width="40%" colspan="3" align="center">人　口</th><th width="20%" rowspan="2" align="center">世帯数</th><th width="20%" rowspan="2" align="center">面　積</th><th width="20%" rowspan="2" align="center">高齢化率</th></tr>
<tr style="background-color:#f1f1f1;"><th width="14%" align="center">総数</th><th width="13%" align="center">男</th><th width="13%" align="center">女</th></tr>
<tr><td width="14%" align="right">111,876人</td><td width="13%" align="right">54,702人</td><td width="13%" align="right">57,174人</td><td width="20%" align="right">45,912世帯</td><td width="20%" align="right">754.93km²</td><td width="20%" align="right">28.6％</td></tr>
</table>
EOT
 ,
 'gaikyo_note' => '※人口・世帯数は住民基本台帳（令和７年１０月１日現在）。高齢化率は令和７年４月１日現在。平成１７年２月、１市２町５村が合併。',
 'gaiyo' => '白山市は、平成１７年の合併により市域が広がり、山間部から海岸部まで人口密度に大きな差がある。' .
   '令和３年度に白山市地域公共交通計画（令和３年度～令和７年度）を策定し、路線バスとコミュニティバスの役割分担を' .
   '見直した。コミュニティバス「めぐーる」は市街地の循環線と地域線を合わせて１２路線で、運賃は１乗車２００円、' .
   '令和６年度の利用者数は約３８万人である。利用の少ない山間部の路線は、令和５年度から予約制の乗合タクシーに' .
   '順次切り替え、運行経費を約１割削減した。交通事業者、自治会、商業施設で構成する協議会を年４回開催し、' .
   'ダイヤやバス停位置の見直しを利用者の声に基づいて行っている。' . "\n" .
   '　また、北陸鉄道石川線の鶴来駅や、ＪＲ松任駅・美川駅を交通結節点と位置付け、バスと鉄道の乗継ぎ時間を' .
   '原則１５分以内とするダイヤ調整を進めている。令和６年１０月には、交通系ＩＣカードとスマートフォンによる' .
   'キャッシュレス決済を全路線に導入し、乗降データを路線評価に活用している。さらに、次期計画（令和８年度～令和１２年度）' .
   'の策定に向け、令和７年度は市民約３，０００人を対象としたアンケート調査を実施している。' .
   '説明後、松任駅前の交通広場とバス待合所を見学した。' . "\n" .
   '　なお、市の公共交通関連経費は、令和６年度決算で約６億２千万円（うちコミュニティバス約３億４千万円）であり、' .
   '運賃収入による経費の回収率は約１８％にとどまっている。市は、回収率よりも「住民一人当たりの移動の機会」を' .
   '重視した指標を次期計画に盛り込む方針とのことであった。',
 'qa' => array(
   array('路線を予約制乗合タクシーに切り替える際、住民の理解をどのように得たか。', array('地区ごとに説明会を延べ２３回開き、試行期間を半年設けた上で本格運行に移行した。試行期間中は、利用者アンケートと乗降調査を行い、乗降場所を当初の２８か所から４１か所に増やした。')),
   array('運転士不足への対応について伺う。', array('事業者と協定を結び、運転士の養成費用の一部を市が補助している。令和６年度は４人が新たに二種免許を取得した。')),
   array('高齢者の運転免許自主返納者への支援策は。', array('（交通政策課）返納者には「めぐーる」の１年間無料乗車券を交付している。', '（長寿介護課）あわせて、介護予防教室の送迎に乗合タクシーを活用できるよう調整している。')),
   array('商業施設との連携の具体例を伺う。', array('大型商業施設の敷地内にバス停と待合所を設けてもらい、買物客の利用が増えている。施設側には、待合所の清掃と案内表示の掲出に協力いただいている。')),
   array('キャッシュレス決済の導入費用と、その財源について伺う。', array('車載機器とシステム改修で約４，８００万円を要し、国の補助金を活用して市の負担は約２分の１となった。乗降データの分析により、令和７年４月のダイヤ改正では３路線の便数を見直した。')),
   array('市域が広い中で、地域ごとの移動手段の確保にどのような考え方で臨んでいるか。', array('幹線は路線バス、市街地はコミュニティバス、山間部は予約制の乗合タクシーと、地域の需要に応じて三層に分けて考えている。地区の自治会や社会福祉協議会が運行する移動支援に対しても、車両の購入費や保険料を補助しており、現在５地区で運行されている。')),
 ),
 'opinions' => array(
   array('蟹江副委員長', '計画・協議会・評価の流れが丁寧に回っており、利用者の声でダイヤを変える仕組みが根付いている。本市のらんらんバスの見直しにおいても、協議会の役割を強めることを提案したい。'),
   array('早川委員', "運行経費の削減と利便性の維持を両立させるため、予約制の乗合タクシーを段階的に導入した点は参考になる。\n一方で、予約の手間が高齢者の外出をためらわせていないか、本市で検討する際には検証が必要である。"),
 ),
);

$sites[] = array(
 'band' => '視察先別報告　３／４　　富山県射水市',
 'kv' => array(
   array('視察先', '富山県射水市'),
   array('視察日', '令和 7年10月22日（水）'),
   array('視察時間', '１３時３０分から１５時まで'),
   array('視察場所', '射水市役所（新湊庁舎）及び内川周辺地区'),
   array('説明者', "射水市都市整備部　都市計画課長\n同部　市街地整備課　主幹\n射水市観光協会　事務局長"),
   array('調査事項', '内川周辺地区における景観まちづくりと町家の利活用について'),
 ),
 'gaikyo' => '',
 'gaikyo_text' => '人口　約９万１千人　／　面積　１０９．４３平方キロメートル（人口は令和７年９月末現在）' . "\n" .
   '平成１７年１１月、新湊市・小杉町・大門町・大島町・下村の５市町村が合併して誕生。',
 'gaiyo' => '射水市の内川周辺地区は、漁港と運河沿いに町家が連なる地区で、「日本のベニス」とも呼ばれる。' .
   '市は平成２５年度に景観計画を策定し、内川周辺を景観形成重点地区に指定して、外観の修景に対し' .
   '工事費の３分の２（上限２００万円）を補助している。これまでに約６０件が修景を行った。' .
   'また、空き町家を改修した宿泊施設や飲食店が令和６年度末までに１４軒開業し、' .
   '運河沿いの遊歩道や「川の駅新湊」と合わせて回遊性が高まっている。' .
   '新湊大橋の開通（平成２４年）以降、観光入込客数は年間約１２０万人で推移している。',
 'qa' => array(
   array('修景補助の対象となる基準はどのように定めているか。', '景観計画で屋根・外壁の色や素材、格子の意匠などの基準を定め、事前協議を義務付けている。'),
   array('空き町家の所有者と事業者のマッチングはどこが担っているか。', '市の委託を受けた民間のまちづくり会社が担い、所有者の相談から改修後の運営支援まで一貫して行っている。'),
 ),
 'opinions' => array(
   array('久野委員', '運河と町家という地域資源を、補助制度と民間のまちづくり会社の両輪で生かしている。本市の横須賀地区の町並みにも応用できると感じた。'),
   array('坂委員', '修景の基準が具体的で、住民と行政が同じ景観像を共有できている。本市でも景観計画の運用状況を点検すべきである。'),
   array('石川委員', '空き家を「負の資産」ではなく観光の拠点として再生している点に学ぶところが多い。マッチングを担う組織の育成が鍵であると考える。'),
 ),
);

$sites[] = array(
 'band' => '視察先別報告　４／４　　富山県高岡市',
 'kv' => array(
   array('視察先', '富山県高岡市'),
   array('視察日', '令和 7年10月23日（木）'),
   array('視察時間', '午前９時３０分～正午'),
   array('視察場所', '高岡市役所　本庁舎７階　会議室、高岡駅周辺（現地視察）'),
   array('説明者', "高岡市都市創造部　都市計画課長\n同部　交通政策課　課長補佐\n万葉線株式会社　総務課長"),
   array('調査事項', '高岡駅周辺の中心市街地活性化と路面電車「万葉線」の利用促進について'),
 ),
 'gaikyo' => <<<EOT
<table border="1" cellpadding="3">
<tr style="background-color:#f1f1f1;"><th width="30%" align="center">項　目</th><th width="35%" align="center">数　値</th><th width="35%" align="center">備　考</th></tr>
<tr><td width="30%">人口</td><td width="35%" align="right">162,845人</td><td width="35%">R7.10.1</td></tr>
<tr><td width="30%">世帯数</td><td width="35%" align="right">68,990世帯</td><td width="35%">R7.10.1</td></tr>
<tr><td width="30%">面積</td><td width="35%" align="right">209.57km²</td><td width="35%"></td></tr>
<tr><td width="30%">（参考）前年同月人口</td><td width="35%" align="right">164,932人</td><td width="35%">R6.10.1</td></tr>
</table>
EOT
 ,
 'gaikyo_note' => '備考：平成１７年１１月、旧高岡市と旧福岡町が合併。',
 'gaiyo' => '高岡市は、北陸新幹線の新高岡駅と在来線の高岡駅が約１．５キロメートル離れており、' .
   '中心市街地の空洞化が課題となってきた。市は高岡駅前の再開発ビル「御旅屋セリオ」の再生や、' .
   '駅前広場への万葉線の乗り入れ（平成２６年）により、駅と商店街を結ぶ動線を整えてきた。' .
   '万葉線は平成１４年に第三セクター化され、令和６年度の利用者数は約１１５万人、' .
   '市と射水市が運行経費の一部を負担している。沿線の商店街では、空き店舗への出店に対し' .
   '家賃の２分の１（上限月５万円、最長２年間）を補助しており、令和６年度は９件の出店があった。',
 'qa' => array(
   array('新高岡駅と高岡駅の間の移動手段について、今後の考え方は。', '路線バスの増便に加え、シェアサイクルのステーションを両駅に設置している。'),
   array('万葉線の運行経費に対する市の負担額はどの程度か。', '令和６年度は、射水市と合わせて約２億円を支援した。'),
   array('空き店舗補助を受けた店舗の定着状況は。', '補助期間終了後も約８割が営業を続けている。'),
 ),
 'opinions' => array(
   array('加藤委員長', '二つの駅が離れているという制約の中で、路面電車を軸に駅と商店街をつなぐまちづくりが進められていた。本市の太田川駅周辺でも、駅からまちへ人を流す仕掛けを考えたい。'),
   array('蟹江副委員長', '交通事業者と行政が、赤字の補填ではなく「まちの装置」として路面電車を位置付けている点が印象に残った。公共交通への支出を投資として説明する姿勢に学ぶべきである。'),
 ),
);

foreach ($sites as $s) {
    $pdf->AddPage();
    $pdf->band($s['band']);
    foreach ($s['kv'] as $r) { $pdf->kv($r[0], $r[1]); }

    $pdf->sub('■視察先の概況');
    if ($s['gaikyo'] !== '') {
        $pdf->SetFont($CID, '', 9);
        $pdf->writeHTML($s['gaikyo'], true, false, true, false, '');
        $pdf->SetFont($CID, '', 8);
        $pdf->MultiCell(180, 0, $s['gaikyo_note'], 0, 'L', false, 1, 15, '', true);
    } else {
        $pdf->kv('概況', $s['gaikyo_text'], 32, null, 9);
    }

    $pdf->sub('■説明の概要');
    $pdf->prose($s['gaiyo']);

    $pdf->sub('■質疑応答');
    $rows = '';
    $n = 0;
    foreach ($s['qa'] as $qa) {
        $n++;
        $answers = is_array($qa[1]) ? $qa[1] : array($qa[1]);
        $k = count($answers);
        foreach ($answers as $i => $a) {
            $rows .= '<tr>';
            if ($i == 0) {
                $rs = $k > 1 ? ' rowspan="' . $k . '"' : '';
                $rows .= '<td width="7%" align="center"' . $rs . '>' . $n . '</td>';
                $rows .= '<td width="40%"' . $rs . '>' . $qa[0] . '</td>';
            }
            $rows .= '<td width="53%">' . $a . '</td></tr>';
        }
    }
    $qtable = '<table border="1" cellpadding="3"><thead><tr style="background-color:#e2e8f0;">' .
        '<th width="7%" align="center">No.</th><th width="40%" align="center">質　疑</th><th width="53%" align="center">回　答</th>' .
        '</tr></thead>' . $rows . '</table>';
    $pdf->SetFont($CID, '', 8.5);
    $pdf->writeHTML($qtable, true, false, true, false, '');

    $pdf->sub('■所感（委員会）');
    foreach ($s['opinions'] as $o) { $pdf->opinion($o[0], $o[1]); }
}

/* ---------------- 総括 ---------------- */
$pdf->Ln(2);
$pdf->band('委員会総括');
$pdf->prose('今回の視察では、地場産業と観光の連携、地域公共交通の再編、景観まちづくり、駅周辺の活性化という' .
  'それぞれの分野で、先進市の具体的な取組と課題を学ぶことができた。本委員会としては、調査の結果を' .
  '令和７年１２月定例会の委員会審査に生かすとともに、令和８年度当初予算に向けた政策提言の取りまとめに' .
  '反映させていく。最後に、視察の受入れに御協力いただいた各市の議会及び執行部の皆様に深く感謝申し上げる。');
$pdf->Ln(3);
$pdf->SetFont($CID, '', 9);
$pdf->Cell(180, 6, '以　上', 0, 1, 'R');

$pdf->Ln(4);
$pdf->SetFont($CID, '', 8);
$pdf->Cell(180, 5, '決裁欄', 0, 1, 'L');
$w = 30;
foreach (array('議長', '副議長', '事務局長', '議事課長', '係長', '担当') as $t) { $pdf->Cell($w, 5, $t, 1, 0, 'C'); }
$pdf->Ln();
foreach (array(1, 2, 3, 4, 5, 6) as $t) { $pdf->Cell($w, 14, '', 1, 0, 'C'); }
$pdf->Ln();

$pdf->Output($out, 'F');
