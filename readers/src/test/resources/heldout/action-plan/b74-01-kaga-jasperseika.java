/*
 * 加賀市 行政評価システム　帳票 KSH-0412「施策評価　成果指標進捗状況一覧表」
 * 帳票エンジン: JasperReports 6.21.3 (net.sf.jasperreports:jasperreports)
 *
 *   javac -cp "$(cat cp.txt)" KagaSeikaHyo.java
 *   java -Djava.awt.headless=true -cp "$(cat cp.txt):fontext:." KagaSeikaHyo kaga-seika.jrxml OUT.pdf [facts.json]
 *
 * データは下の DATA（基本目標 -> 施策 -> 成果指標 の Java record）で、
 * 達成率と判定はこのプログラムが計算して明細行（JavaBean）に詰め、
 * JRBeanCollectionDataSource で帳票に渡す。
 */
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
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

class KagaSeikaHyo {

    // ---- マスタ／実績データ（Java records） ----
    record Kpi(String name, String unit, String baseYear, String base, String r5, String r6,
               String targetYear, String target, String dept, String note) {}
    record Shisaku(String code, String title, List<Kpi> kpis) {}
    record Kihon(String no, String title, List<Shisaku> shisaku) {}

    static final List<Kihon> DATA = List.of(
        new Kihon("基本目標１", "子どもが健やかに育ち、未来を拓く人を育むまち", List.of(
            new Shisaku("1-1", "結婚・出産・子育ての切れ目ない支援", List.of(
                new Kpi("合計特殊出生率", "－", "H30", "1.47", "1.38", "1.35", "R7", "1.60",
                        "子育て応援課", "R6は石川県公表の概数。県平均1.34（R5）"),
                new Kpi("こども家庭センターにおける相談件数（年間）", "件", "R元", "1,284", "1,862", "2,046", "R7", "2,000",
                        "こども家庭センター", "令和６年４月に子育て世代包括支援センターから移行"),
                new Kpi("保育所等待機児童数（４月１日現在）", "人", "R2.4.1", "6", "0", "0", "R7", "0",
                        "子育て応援課", "各年度４月１日現在（R6欄は令和６年４月１日）"))),
            new Shisaku("1-2", "未来を拓く学校教育の推進", List.of(
                new Kpi("「授業の内容がよく分かる」と答えた児童生徒の割合（小学６年・中学３年）", "％", "R元", "78.4", "80.1", "81.5", "R7", "85.0",
                        "学校指導課", "全国学力・学習状況調査の質問紙調査による（R2は調査中止）"),
                new Kpi("１人１台端末を授業でほぼ毎日活用している学級の割合", "％", "R3", "42.6", "81.3", "88.2", "R7", "90.0",
                        "学校指導課\n教育総務課", ""),
                new Kpi("長寿命化改修を完了した小・中学校数（累計）", "校", "R2", "1", "3", "4", "R7", "6",
                        "教育総務課", "対象は市立小・中学校19校のうち築40年以上の10校"))),
            new Shisaku("1-3", "生涯学習・文化・スポーツの振興", List.of(
                new Kpi("市立図書館の個人貸出冊数（年間）", "冊", "R元", "318,460", "402,316", "415,208", "R7", "400,000",
                        "中央図書館", "令和４年４月 中央図書館開館（アビオシティ加賀内）。R2は臨時休館により241,075冊"),
                new Kpi("市民１人当たりの文化施設・体育施設の利用回数（年間）", "回", "R元", "6.2", "5.4", "5.8", "R7", "7.0",
                        "文化振興課\nスポーツ推進課", "利用者数÷住民基本台帳人口（各年度末）")))
        )),
        new Kihon("基本目標２", "誰もが健康で、支え合い、安心して暮らせるまち", List.of(
            new Shisaku("2-1", "健康づくりと地域医療の充実", List.of(
                new Kpi("特定健康診査受診率（国民健康保険）", "％", "H30", "41.2", "44.8", "集計中", "R5", "60.0",
                        "保険年金課", "R6実績は令和７年11月確定予定。目標年度は第３期特定健康診査等実施計画（H30～R5）による"),
                new Kpi("かが健康ポイント事業の参加者数（年間）", "人", "R2", "860", "1,920", "2,315", "R7", "2,500",
                        "健康課", "スマートフォンアプリ版の参加者を含む"))),
            new Shisaku("2-2", "高齢者・障がい者の地域生活の支援", List.of(
                new Kpi("要介護・要支援認定を受けていない高齢者の割合", "％", "R元", "81.8", "81.2", "81.0", "R7", "82.0",
                        "長寿課", "65歳以上人口に対する割合（各年度末）"),
                new Kpi("認知症サポーター養成講座の延べ受講者数", "人", "R元", "9,624", "12,408", "13,152", "R7", "13,000",
                        "長寿課", "当初目標12,000人を令和５年度に上方修正。平成18年度からの累計"),
                new Kpi("福祉施設から一般就労へ移行した障がい者数（年間）", "人", "R元", "8", "11", "12", "R7", "14",
                        "障がい福祉課", "")))
        )),
        new Kihon("基本目標３", "温泉と伝統文化を生かし、にぎわいと活力を生むまち", List.of(
            new Shisaku("3-1", "観光の振興と北陸新幹線開業効果の拡大", List.of(
                new Kpi("観光入込客数（年間）", "万人", "R元", "343.6", "262.4", "338.7", "R7", "350.0",
                        "観光推進課", "石川県統計（暦年）。R2は171.8万人。令和６年能登半島地震の影響あり"),
                new Kpi("加賀温泉郷の延べ宿泊者数（年間）", "万人泊", "R元", "186.2", "158.9", "189.6", "R7", "190.0",
                        "観光推進課", "山代・山中・片山津の３温泉地の合計"),
                new Kpi("加賀温泉駅の１日平均乗車人員", "人", "R元", "2,438", "2,106", "2,784", "R7", "2,800",
                        "新幹線まちづくり課", "ＪＲ西日本の公表値。令和６年３月16日 北陸新幹線金沢・敦賀間開業"))),
            new Shisaku("3-2", "伝統産業の振興と企業立地の促進", List.of(
                new Kpi("九谷焼・山中漆器の伝統工芸士数", "人", "R元", "62", "58", "57", "R7", "62",
                        "商工振興課", "現状維持を目標とする指標"),
                new Kpi("市の支援による創業件数（年間）", "件", "R元", "14", "21", "23", "R7", "20",
                        "商工振興課", "創業支援等事業計画に基づく支援件数"),
                new Kpi("企業立地件数（令和３年度からの累計）", "件", "－", "－", "6", "9", "R7", "10",
                        "企業誘致課", "うち市外からの新規立地３件"))),
            new Shisaku("3-3", "農林水産業の振興", List.of(
                new Kpi("新規就農者数（年間）", "人", "R2", "4", "6", "7", "R7", "8",
                        "農林水産課", ""),
                new Kpi("橋立漁港の水揚げ金額（年間）", "百万円", "R元", "1,048", "962", "1,126", "R7", "1,100",
                        "農林水産課", "加能ガニ（ズワイガニ）・甘えび等。漁協公表値（暦年）")))
        )),
        new Kihon("基本目標４", "災害に強く、豊かな自然と共生するまち", List.of(
            new Shisaku("4-1", "防災・減災対策の推進", List.of(
                new Kpi("自主防災組織の組織率", "％", "R元", "86.4", "90.2", "91.8", "R7", "95.0",
                        "防災対策課", "組織のある町内会数÷全町内会数（285町内会）"),
                new Kpi("避難行動要支援者の個別避難計画の作成率", "％", "－", "－", "38.6", "52.4", "R7", "60.0",
                        "防災対策課\n長寿課", "令和３年度に新設した指標"))),
            new Shisaku("4-2", "環境保全と循環型社会の形成", List.of(
                new Kpi("市民１人１日当たりのごみ排出量", "ｇ", "R元", "968", "932", "921", "R7", "900",
                        "環境課", "家庭系・事業系の合計"),
                new Kpi("加賀市地球温暖化対策実行計画（区域施策編）の改定", "－", "R3", "未改定", "改定作業中", "改定", "R6", "改定",
                        "環境課", "令和７年３月改定（計画期間：令和７年度～令和12年度）")))
        )),
        new Kihon("基本目標５", "デジタルの力で、市民とともに創る持続可能なまち", List.of(
            new Shisaku("5-1", "スマートシティの推進と行政のデジタル化", List.of(
                new Kpi("オンラインで申請できる行政手続の数（累計）", "手続", "R2", "12", "168", "214", "R7", "200",
                        "スマートシティ課", "ｅ-加賀市民制度の関連手続を含む"))),
            new Shisaku("5-2", "健全で持続可能な財政運営", List.of(
                new Kpi("ふるさと納税寄附額（年間）", "千円", "R元", "1,284,600", "4,862,310", "5,124,870", "R7", "3,000,000",
                        "財政課", "R6寄附件数98,412件"),
                new Kpi("経常収支比率", "％", "R元", "92.4", "93.8", "94.6", "R7", "90.0",
                        "財政課", "普通会計決算。目標は財政運営指針（令和３年度策定）による")))
        ))
    );

    // 前回評価（令和５年度実績）の判定別件数：参考表示用
    static final int[] PREV = {7, 6, 7, 7, 1};
    static final String[] GRADES = {"Ｓ", "Ａ", "Ｂ", "Ｃ", "－"};

    // ---- 明細行（JasperReports に渡す JavaBean） ----
    public static class Row {
        private final String kihonNo, kihonTitle, shisakuCode, shisakuTitle, name, unit, baseYear, targetYear,
                dept, note, grade;
        private final Integer no, gradeOrder;
        private final Double baseNum, r5Num, r6Num, targetNum, rate;
        private final String baseText, r5Text, r6Text, targetText, basePattern, r5Pattern, r6Pattern, targetPattern;

        Row(Kihon k, Shisaku s, Kpi p, int no) {
            kihonNo = k.no(); kihonTitle = k.title(); shisakuCode = s.code(); shisakuTitle = s.title();
            this.no = no; name = p.name(); unit = p.unit(); baseYear = p.baseYear(); targetYear = p.targetYear();
            dept = p.dept(); note = p.note();
            baseNum = num(p.base()); baseText = baseNum == null ? p.base() : null; basePattern = pattern(p.base());
            r5Num = num(p.r5()); r5Text = r5Num == null ? p.r5() : null; r5Pattern = pattern(p.r5());
            r6Num = num(p.r6()); r6Text = r6Num == null ? p.r6() : null; r6Pattern = pattern(p.r6());
            targetNum = num(p.target()); targetText = targetNum == null ? p.target() : null; targetPattern = pattern(p.target());
            // 達成率 = （R6実績 − 基準値）÷（目標値 − 基準値）。基準値なし・基準値＝目標値は R6実績 ÷ 目標値
            Double r = null;
            if (r6Num != null && targetNum != null) {
                if (baseNum == null || baseNum.doubleValue() == targetNum.doubleValue()) r = r6Num / targetNum;
                else r = (r6Num - baseNum) / (targetNum - baseNum);
                r = Math.round(r * 1000.0) / 1000.0;
            }
            rate = r;
            String g;
            if (r != null) g = r >= 1.0 ? "Ｓ" : r >= 0.8 ? "Ａ" : r >= 0.5 ? "Ｂ" : "Ｃ";
            else if (targetText != null && targetText.equals(r6Text)) g = "Ｓ";   // 定性指標：目標の状態に到達
            else g = "－";
            grade = g;
            int o = 0; while (!GRADES[o].equals(g)) o++;
            gradeOrder = o + 1;
        }
        static Double num(String v) {
            String t = v.replace(",", "");
            return t.matches("-?[0-9]+(\\.[0-9]+)?") ? Double.valueOf(t) : null;
        }
        static String pattern(String v) {
            int dot = v.indexOf('.');
            if (dot < 0) return "#,##0";
            return "#,##0." + "0".repeat(v.length() - dot - 1);
        }
        public String getKihonNo() { return kihonNo; }
        public String getKihonTitle() { return kihonTitle; }
        public String getShisakuCode() { return shisakuCode; }
        public String getShisakuTitle() { return shisakuTitle; }
        public Integer getNo() { return no; }
        public String getName() { return name; }
        public String getUnit() { return unit; }
        public String getBaseYear() { return baseYear; }
        public String getTargetYear() { return targetYear; }
        public String getDept() { return dept; }
        public String getNote() { return note; }
        public String getGrade() { return grade; }
        public Integer getGradeOrder() { return gradeOrder; }
        public Double getBaseNum() { return baseNum; }
        public Double getR5Num() { return r5Num; }
        public Double getR6Num() { return r6Num; }
        public Double getTargetNum() { return targetNum; }
        public Double getRate() { return rate; }
        public String getBaseText() { return baseText; }
        public String getR5Text() { return r5Text; }
        public String getR6Text() { return r6Text; }
        public String getTargetText() { return targetText; }
        public String getBasePattern() { return basePattern; }
        public String getR5Pattern() { return r5Pattern; }
        public String getR6Pattern() { return r6Pattern; }
        public String getTargetPattern() { return targetPattern; }
    }

    public static void main(String[] args) throws Exception {
        String jrxml = args[0], out = args[1];
        List<Row> rows = new ArrayList<>();
        int no = 0;
        for (Kihon k : DATA) for (Shisaku s : k.shisaku()) for (Kpi p : s.kpis()) rows.add(new Row(k, s, p, ++no));

        Map<String, Object> params = new HashMap<>();
        params.put("SYSTEM_NAME", "加賀市 行政評価システム　［施策評価］");
        params.put("FORM_ID", "帳票ID：KSH-0412");
        params.put("PRINTED_AT", "出力日時：2025/07/18 16:42:09　出力者：KG30817");
        params.put("TITLE", "施策評価　成果指標進捗状況一覧表");
        params.put("SUBTITLE", "（令和６年度実績・一次評価）");
        params.put("PLAN_NAME", "第２次加賀市総合計画　後期基本計画");
        params.put("EVAL_YEAR", "令和６年度（2024年度）");
        params.put("PERIOD", "令和３年度～令和７年度（５か年）");
        params.put("EVAL_STAGE", "一次評価（所管課評価）　状態：確定");
        params.put("DEPT_SCOPE", "全部局");
        params.put("BASE_DATE", "令和７年６月30日");
        params.put("COORDINATOR", "政策戦略部　政策推進課　企画調整係");
        params.put("COUNT_LABEL", "基本目標 5件／施策 12件／成果指標 " + rows.size() + "件");
        params.put("REMARKS", "基本構想の期間は平成28年度から令和７年度までの10年間。前期基本計画（平成28年度～令和２年度）の指標は含まない。"
                + "第２期加賀市まち・ひと・しごと創生総合戦略（令和２年度～令和６年度）のＫＰＩと共通する指標を含む。");
        for (int i = 0; i < 5; i++) params.put("PREV_" + (i + 1), PREV[i]);

        JasperReport report = JasperCompileManager.compileReport(jrxml);
        JasperPrint print = JasperFillManager.fillReport(report, params, new JRBeanCollectionDataSource(rows));
        print.setProperty("net.sf.jasperreports.export.pdf.metadata.creator", "加賀市 行政評価システム Ver.2.3（JasperReports）");
        JasperExportManager.exportReportToPdfFile(print, out);

        Map<String, Integer> cnt = new LinkedHashMap<>();
        for (String g : GRADES) cnt.put(g, 0);
        for (Row r : rows) cnt.merge(r.getGrade(), 1, Integer::sum);
        System.out.println("pages=" + print.getPages().size() + " kpis=" + rows.size() + " grades=" + cnt);
        for (Row r : rows) System.out.println(r.getNo() + " " + r.getGrade() + " " + r.getRate() + " " + r.getName());
        if (args.length > 2) writeFacts(rows, cnt, args[2]);
    }

    // ---- 検証用：人が読み取る事実を JSON に書き出す ----
    static int westernYear(String y) {
        if (y.startsWith("H")) return 1988 + Integer.parseInt(y.substring(1).replaceAll("\\..*", ""));
        String t = y.substring(1).replaceAll("\\..*", "");
        return 2018 + (t.equals("元") ? 1 : Integer.parseInt(t));
    }
    static String q(String s) { return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\""; }

    static void writeFacts(List<Row> rows, Map<String, Integer> cnt, String path) throws Exception {
        List<String> f = new ArrayList<>();
        f.add("{\"type\": \"municipality\", \"value\": \"172065\"}");
        f.add("{\"type\": \"fiscal-year\", \"value\": \"2024\"}");
        f.add("{\"type\": \"period\", \"value\": \"2021-2025\"}");
        for (var e : cnt.entrySet())
            f.add("{\"type\": \"achievement-count\", \"subject\": " + q(e.getKey()) + ", \"value\": \"" + e.getValue() + "\"}");
        int i = 0;
        for (Kihon k : DATA) {
            f.add("{\"type\": \"direction\", \"subject\": " + q(k.title()) + "}");
            for (Shisaku s : k.shisaku()) {
                f.add("{\"type\": \"initiative\", \"subject\": " + q(s.title()) + "}");
                List<String> depts = new ArrayList<>();
                for (Kpi p : s.kpis()) for (String d : p.dept().split("\n")) if (!depts.contains(d)) depts.add(d);
                for (String d : depts)
                    f.add("{\"type\": \"department\", \"subject\": " + q(s.title()) + ", \"value\": " + q(d) + "}");
                for (Kpi p : s.kpis()) {
                    Row r = rows.get(i++);
                    String unit = p.unit().equals("－") ? null : p.unit();
                    f.add("{\"type\": \"indicator\", \"subject\": " + q(p.name()) + "}");
                    if (!p.base().equals("－"))
                        f.add("{\"type\": \"baseline\", \"subject\": " + q(p.name()) + ", \"value\": " + q(p.base().replace(",", ""))
                              + ", \"year\": " + westernYear(p.baseYear()) + (unit == null || r.getBaseNum() == null ? "" : ", \"unit\": " + q(unit)) + "}");
                    f.add("{\"type\": \"target\", \"subject\": " + q(p.name()) + ", \"value\": " + q(p.target().replace(",", ""))
                          + ", \"year\": " + westernYear(p.targetYear()) + (unit == null || r.getTargetNum() == null ? "" : ", \"unit\": " + q(unit)) + "}");
                }
            }
        }
        try (PrintWriter w = new PrintWriter(new OutputStreamWriter(new FileOutputStream(path), StandardCharsets.UTF_8))) {
            w.println("[");
            for (int j = 0; j < f.size(); j++) w.println("  " + f.get(j) + (j < f.size() - 1 ? "," : ""));
            w.println("]");
        }
    }
}
