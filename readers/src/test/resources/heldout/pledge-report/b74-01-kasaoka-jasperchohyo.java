// 笠岡市 行政評価システム［市長公約進捗管理］ 帳票 KHS-R0320
// 市長公約 取組進捗評価一覧表 — JasperReports 6.21.3 で帳票定義 (jrxml) を埋め込み、PDF を出力する。
//
//   javac -encoding UTF-8 -cp "$(cat cp.txt)" KasaokaKoyakuChohyo.java
//   java -cp "$(cat cp.txt):fontext:." KasaokaKoyakuChohyo REPORT.jrxml OUT.pdf FACTS.json
//
// データは下の record（Policy / Pledge / Item）で保持し、帳票へは平坦化した Row の
// JRBeanCollectionDataSource で渡す。達成度は帳票側の変数で集計するが、同じ値を
// BigDecimal (HALF_UP) で計算して事実リスト (FACTS.json) にも書き出す。

import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JasperExportManager;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.data.JRBeanCollectionDataSource;

class KasaokaKoyakuChohyo {

    /** 基本目標 */
    public record Policy(String no, String name) {}

    /** 公約 */
    public record Pledge(int no, String policyNo, String name) {}

    /** 取組（担当課が２課のときは改行区切り、上段が主担当） */
    public record Item(int pledgeNo, String code, String title, String departments, String result,
                       String selfGrade, String grade, String direction) {}

    /** 帳票の明細行（JRBeanCollectionDataSource は getter で値を読む） */
    public record Row(String policyNo, String policyName, int pledgeNo, String pledgeName,
                      String code, String title, String departments, String result,
                      String selfGrade, String grade, int point, String direction) {
        public String getPolicyNo() { return policyNo; }
        public String getPolicyName() { return policyName; }
        public Integer getPledgeNo() { return pledgeNo; }
        public String getPledgeName() { return pledgeName; }
        public String getPolicyLabel() { return "基本目標" + policyNo + "　" + policyName; }
        public String getCode() { return code; }
        public String getTitle() { return title; }
        public String getDepartments() { return departments; }
        public String getResult() { return result; }
        public String getSelfGrade() { return selfGrade; }
        public String getGrade() { return grade; }
        public Integer getPoint() { return point; }
        public String getDirection() { return direction; }
    }

    static final Map<String, Integer> POINTS = Map.of("S", 3, "A", 2, "B", 1, "C", 0);

    static final List<Policy> POLICIES = List.of(
        new Policy("Ⅰ", "子どもたちの笑顔と学びを育むまち"),
        new Policy("Ⅱ", "健やかに、支え合って安心して暮らせるまち"),
        new Policy("Ⅲ", "海と島と大地の恵みで、にぎわいと仕事を生むまち"),
        new Policy("Ⅳ", "災害に強く、市民とともに未来を拓くまち"));

    static final List<Pledge> PLEDGES = List.of(
        new Pledge(1, "Ⅰ", "子育て世帯の負担を減らし、出産・子育てを応援します"),
        new Pledge(2, "Ⅰ", "子どもたちの学びの環境を整えます"),
        new Pledge(3, "Ⅱ", "市民病院を守り、健康寿命を延ばします"),
        new Pledge(4, "Ⅱ", "高齢者や障がいのある人が安心して暮らせる地域をつくります"),
        new Pledge(5, "Ⅲ", "海と島の魅力を磨き、人を呼び込みます"),
        new Pledge(6, "Ⅲ", "地域の産業を元気にし、働く場をつくります"),
        new Pledge(7, "Ⅳ", "災害に強く、安全・安心なまちをつくります"),
        new Pledge(8, "Ⅳ", "市民とともに、開かれた市役所をつくります"));

    static final List<Item> ITEMS = List.of(
        new Item(1, "1-01", "子ども医療費助成の18歳年度末までの完全無料化", "子育て支援課",
            "令和６年８月診療分から、高校生世代までの通院・入院に係る自己負担を廃止し、完全無料化した。助成件数は延べ３万8,214件、助成額は約１億4,600万円。",
            "S", "S", "継続"),
        new Item(1, "1-02", "第２子以降の保育料と副食費の無償化", "子育て支援課",
            "令和６年４月から第２子以降の保育料を所得制限なく無償化した（対象児童612人）。副食費の無償化は令和７年４月実施に向けて規則を改正し、保護者への周知を進めた。",
            "A", "A", "継続"),
        new Item(1, "1-03", "産後ケア事業の拡充と妊産婦の通院費助成", "健康推進課",
            "産後ケアの利用者負担を１回2,500円から500円に引き下げ、訪問型を新設した（延べ利用186件、前年度74件）。島しょ部を含む妊産婦の健診・通院に係る交通費の助成制度（上限３万円）を創設した。",
            "S", "S", "継続"),
        new Item(2, "2-01", "小中学校の体育館への空調設備の整備", "教育総務課",
            "小学校２校の実施設計を完了したが、資材価格の高騰により工事の発注を令和７年度に延期した。中学校５校は整備手法（リース方式を含む）を比較検討している。",
            "A", "B", "改善"),
        new Item(2, "2-02", "不登校児童生徒のための校内教育支援センターの全校設置", "学校教育課",
            "中学校全校と小学校４校に校内教育支援センターを設置し、支援員９人を配置した。教育支援センターの利用者は31人（前年度22人）。",
            "A", "A", "拡充"),
        new Item(2, "2-03", "笠岡諸島の小中学校における島の特色を生かした教育の推進", "学校教育課\n生涯学習課",
            "北木島・白石島・真鍋島の小中学校で、日本遺産「石の島」を題材とした探究学習を実施した。島外の児童生徒を受け入れる離島留学には３人（前年度１人）が参加した。",
            "A", "A", "継続"),
        new Item(2, "2-04", "放課後児童クラブの受入れ拡大と開所時間の延長", "子育て支援課",
            "２クラブを新設して定員を60人増やし、待機児童は８人（前年度27人）に減少した。全クラブで土曜日・長期休業中の開所時刻を午前７時30分に早めた。",
            "A", "A", "拡充"),
        new Item(3, "3-01", "笠岡市民病院の診療体制の確保と経営の安定化", "市民病院管理課",
            "大学病院との連携で常勤医師１人を確保したが、内科の夜間救急は週３日の体制にとどまった。病床利用率は71.8％（目標80.0％）、経常収支は約２億1,300万円の赤字。",
            "B", "B", "改善"),
        new Item(3, "3-02", "帯状疱疹ワクチン接種費用の助成制度の創設", "健康推進課",
            "令和６年６月から50歳以上の市民を対象に、生ワクチン4,000円、不活化ワクチン１回10,000円を助成した（助成件数2,316件）。令和７年度からの定期接種化に合わせて制度を見直す。",
            "S", "S", "完了"),
        new Item(3, "3-03", "健康ポイント事業「かさおか健康マイレージ」の創設", "健康推進課",
            "スマートフォンアプリを活用した健康ポイント事業を令和６年10月に開始した。参加登録者は1,482人、協力店舗は38店舗。",
            "A", "A", "拡充"),
        new Item(4, "4-01", "高齢者の移動を支えるデマンド型乗合タクシーの全市展開", "長寿支援課\n都市計画課",
            "北部地区での実証運行（利用者延べ4,126人）を踏まえ、令和７年10月からの全市展開に向けて運行事業者と協議を進めた。運賃は１乗車500円を予定している。",
            "S", "A", "拡充"),
        new Item(4, "4-02", "認知症の早期発見と家族介護者への支援の充実", "長寿支援課",
            "認知症初期集中支援チームの対応件数は42件。認知症カフェを３か所から６か所に増やし、家族介護者交流会を年12回開催した。",
            "A", "A", "継続"),
        new Item(4, "4-03", "障がいのある人の相談支援と就労の場づくり", "福祉課",
            "基幹相談支援センターの設置に向けて井笠圏域の２市１町と協議したが、委託先の選定には至らなかった。農福連携による就労体験には14人が参加した。",
            "B", "B", "改善"),
        new Item(5, "5-01", "日本遺産「石の島」を生かした笠岡諸島の観光振興", "商工観光課\n生涯学習課",
            "北木島の丁場跡を巡るガイドツアーを新設し、参加者は延べ1,046人。笠岡諸島への観光客数は約９万8,000人（前年度約８万6,000人）となった。",
            "A", "A", "拡充"),
        new Item(5, "5-02", "カブトガニ博物館のリニューアルと環境学習の推進", "カブトガニ博物館",
            "展示改修の基本計画案を作成したが、事業費の増加により計画の再検討が必要となり、実施設計には着手していない。入館者数は２万6,381人。",
            "B", "C", "見直し"),
        new Item(5, "5-03", "道の駅笠岡ベイファームを核とした干拓地のにぎわいづくり", "商工観光課\n農政水産課",
            "春の菜の花、秋のひまわり・コスモスの花畑イベントを開催し、道の駅の利用者は約62万人（前年度約58万人）。干拓地産野菜の直売コーナーを拡張した。",
            "A", "A", "継続"),
        new Item(6, "6-01", "企業誘致と市内企業の設備投資への支援", "商工観光課",
            "企業立地奨励金を５社に交付した（新規雇用42人）。笠岡湾干拓地の産業用地について、岡山県と連携して28社を訪問し説明を行った。",
            "A", "A", "継続"),
        new Item(6, "6-02", "創業支援と商店街の空き店舗の活用", "商工観光課",
            "創業支援セミナーを全６回開催し、受講者31人のうち９人が創業した。空き店舗改修補助（上限100万円）により７店舗が新規に出店した。",
            "S", "S", "継続"),
        new Item(6, "6-03", "新規就農者・新規漁業者の確保と担い手の育成", "農政水産課",
            "新規就農者は４人（目標８人）、新規漁業就業者は２人にとどまった。研修生の住まいを確保するため、空き家の活用を検討している。",
            "B", "B", "改善"),
        new Item(6, "6-04", "笠岡湾干拓地の農地の集積と大規模営農の推進", "農政水産課\n農業委員会事務局",
            "農地中間管理事業を活用して約46haを担い手に集積した（集積率78.2％）。大規模経営体の規模拡大に伴う機械導入への補助を３件実施した。",
            "A", "A", "継続"),
        new Item(7, "7-01", "河川改修と内水対策による浸水被害の軽減", "建設課\n下水道課",
            "排水ポンプ場の実施設計を完了した。平成30年７月豪雨で浸水した地区の水路改修は約380ｍ（計画延長1,200ｍ）にとどまった。",
            "A", "B", "改善"),
        new Item(7, "7-02", "防災行政無線のデジタル化と戸別受信機の全戸配布", "危機管理課",
            "防災行政無線のデジタル化工事が令和７年２月に完了し、戸別受信機を希望する全世帯（１万2,418台）に無償で配布した。",
            "S", "S", "完了"),
        new Item(7, "7-03", "自主防災組織の結成促進と避難所の環境改善", "危機管理課",
            "自主防災組織の組織率は86.4％（前年度82.9％）。指定避難所17か所に段ボールベッドと簡易トイレを配備した。",
            "A", "A", "継続"),
        new Item(8, "8-01", "行政手続のオンライン化と「書かない窓口」の導入", "市民課\n情報政策課",
            "オンラインで申請できる手続は128手続（前年度64手続）となった。令和７年１月から市民課の窓口で「書かない窓口」を開始した。",
            "A", "A", "拡充"),
        new Item(8, "8-02", "市長と語る「かさおか未来トーク」の全地区開催", "秘書広報課",
            "市内全地区で開催し、参加者は延べ1,214人。寄せられた意見・要望412件はすべて所管課に回付し、回答を市ホームページで公表した。",
            "S", "S", "継続"),
        new Item(8, "8-03", "まちづくり協議会の活動支援と地域の担い手の育成", "協働推進課",
            "まちづくり協議会への交付金を見直し、地域課題に取り組む11協議会に加算した。地域の担い手養成講座の修了者は26人。",
            "A", "A", "継続"),
        new Item(8, "8-04", "公共施設の再配置と長寿命化の計画的な推進", "財政課\n企画政策課",
            "公共施設等総合管理計画の改定と施設の再配置計画の策定は、総合計画の見直しに合わせて令和７年度に着手することとし、令和６年度は着手していない。",
            "C", "C", "見直し"));

    static BigDecimal rate(int points, int count) {
        return new BigDecimal(points * 100).divide(new BigDecimal(count * 3), 1, RoundingMode.HALF_UP);
    }

    public static void main(String[] args) throws Exception {
        String jrxml = args[0], pdf = args[1], factsOut = args[2];

        Map<String, Policy> policyByNo = new LinkedHashMap<>();
        for (Policy p : POLICIES) policyByNo.put(p.no(), p);
        Map<Integer, Pledge> pledgeByNo = new LinkedHashMap<>();
        for (Pledge p : PLEDGES) pledgeByNo.put(p.no(), p);

        List<Row> rows = new ArrayList<>();
        for (Item it : ITEMS) {
            Pledge pl = pledgeByNo.get(it.pledgeNo());
            Policy po = policyByNo.get(pl.policyNo());
            rows.add(new Row(po.no(), po.name(), pl.no(), pl.name(), it.code(), it.title(), it.departments(),
                    it.result(), it.selfGrade(), it.grade(), POINTS.get(it.grade()), it.direction()));
        }

        Map<String, Object> params = new HashMap<>();
        params.put("P_BU", "政策部");
        params.put("P_KA", "企画政策課");
        params.put("P_NENDO", "令和６年度");
        params.put("P_KIJUNBI", "令和７年３月31日");
        params.put("P_KAKUTEIBI", "令和７年５月21日（政策調整会議）");
        params.put("P_KUBUN", "年度末評価（確定）");
        params.put("P_KIKAN", "令和６年度～令和９年度");
        params.put("P_KENSU", "基本目標４／公約８／取組27");
        params.put("P_BIKO", "担当課は令和７年４月１日現在の組織による");
        params.put("P_OUTPUT_AT", "2025/05/23 16:42:05");
        params.put("P_USER", "企画政策課（ks1142）");

        JasperReport report = JasperCompileManager.compileReport(jrxml);
        JasperPrint print = JasperFillManager.fillReport(report, params, new JRBeanCollectionDataSource(rows));
        JasperExportManager.exportReportToPdfFile(print, pdf);
        System.err.println("pages: " + print.getPages().size());

        // ---- 事実リスト（帳票と同じ規則で計算） ----
        List<String> facts = new ArrayList<>();
        facts.add(fact("municipality", null, "332054", null, null));
        facts.add(fact("fiscal-year", null, "2024", null, null));
        int allPts = 0, allCnt = 0;
        Map<String, Integer> markCount = new LinkedHashMap<>();
        for (String g : List.of("S", "A", "B", "C")) markCount.put(g, 0);
        for (Row r : rows) { allPts += r.point(); allCnt++; markCount.merge(r.grade(), 1, Integer::sum); }
        facts.add(fact("overall", null, rate(allPts, allCnt).toPlainString(), "%", 2024));
        facts.add(fact("rule", null, "sum-over-maximum", null, null));
        for (var e : markCount.entrySet()) facts.add(fact("mark-count", e.getKey(), e.getValue().toString(), null, 2024));
        for (Policy po : POLICIES) {
            int pts = 0, cnt = 0;
            for (Row r : rows) if (r.policyNo().equals(po.no())) { pts += r.point(); cnt++; }
            facts.add(fact("policy", po.name(), null, null, null));
            facts.add(fact("policy-score", po.name(), rate(pts, cnt).toPlainString(), "%", 2024));
            for (Pledge pl : PLEDGES) {
                if (!pl.policyNo().equals(po.no())) continue;
                int pp = 0, pc = 0;
                for (Row r : rows) if (r.pledgeNo() == pl.no()) { pp += r.point(); pc++; }
                facts.add(fact("pledge", pl.name(), null, null, null));
                facts.add(fact("pledge-score", pl.name(), rate(pp, pc).toPlainString(), "%", 2024));
                for (Row r : rows) {
                    if (r.pledgeNo() != pl.no()) continue;
                    facts.add(fact("item", r.title(), null, null, null));
                    facts.add(fact("item-evaluation", r.title(), r.grade(), null, 2024));
                    for (String d : r.departments().split("\n"))
                        facts.add(fact("item-department", r.title(), d, null, null));
                }
            }
        }
        try (Writer w = new OutputStreamWriter(new FileOutputStream(factsOut), StandardCharsets.UTF_8)) {
            w.write("[\n" + String.join(",\n", facts) + "\n]\n");
        }
        System.err.println("facts: " + facts.size());
    }

    static String q(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') b.append('\\');
            b.append(c);
        }
        return b.append('"').toString();
    }

    static String fact(String type, String subject, String value, String unit, Integer year) {
        List<String> kv = new ArrayList<>();
        kv.add("\"type\": " + q(type));
        if (subject != null) kv.add("\"subject\": " + q(subject));
        if (value != null) kv.add("\"value\": " + q(value));
        if (unit != null) kv.add("\"unit\": " + q(unit));
        if (year != null) kv.add("\"year\": " + year);
        return "  {" + String.join(", ", kv) + "}";
    }
}
