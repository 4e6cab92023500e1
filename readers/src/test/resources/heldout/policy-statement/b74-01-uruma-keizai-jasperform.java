// うるま市 行政経営支援システム 帳票出力バッチ  KSR-0431 部運営方針評価調書（年度末）
// JasperReports 6.21.3: compile the .jrxml design, fill it from Java records through
// JRBeanCollectionDataSource and export the PDF with JasperExportManager.
//
//   javac -cp "$(cat cp.txt)" UrumaKeizaiHyoka.java
//   java  -cp "$(cat cp.txt):fontext:." UrumaKeizaiHyoka DESIGN.jrxml OUT.pdf FACTS.json
//
// (the class is package-private so that the file compiles under any file name)

import net.sf.jasperreports.engine.*;
import net.sf.jasperreports.engine.data.JRBeanCollectionDataSource;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.util.*;

class UrumaKeizaiHyoka {

    // ------------------------------------------------------------------ domain records
    /** 部の現況 row: 分野, 指標, 単位, 令和４・５・６年度 (dec = decimals shown). */
    record Genkyo(String bunya, String name, String unit, int dec, String r4, String r5, String r6, String note) {}

    record Torikumi(String text, String mark, String ka, String jisseki) {}

    /** 成果指標: values as typed in the system ("－" = none, "集計中" = not yet). */
    record Shihyo(String no, String name, String unit, int dec, String r4, String r5, String target,
                  String actual, String note) {}

    record Shisaku(String no, String name, String ka, String kankei, String hyoka, String comment,
                   List<Torikumi> torikumi, List<Shihyo> shihyo) {}

    record Jigyo(String name, String ka, String r5kessan, String r6yosan, String gaiyo) {}

    /** One printed row of the main data source (bean getters for JRBeanCollectionDataSource). */
    public record Gyo(String section, String shisakuNo, String shisakuName, String shisakuKa,
                      String shisakuKankei, String shisakuHyoka, String shisakuComment, String kind,
                      Boolean first, Boolean firstOfBunya, String bunya, String no, String name, String unit,
                      Integer dec, BigDecimal v1, BigDecimal v2, BigDecimal v3, BigDecimal target,
                      String actualText, Double ratio, String mark, String ka, String note) {
        public String getSection() { return section; }
        public String getShisakuNo() { return shisakuNo; }
        public String getShisakuName() { return shisakuName; }
        public String getShisakuKa() { return shisakuKa; }
        public String getShisakuKankei() { return shisakuKankei; }
        public String getShisakuHyoka() { return shisakuHyoka; }
        public String getShisakuComment() { return shisakuComment; }
        public String getKind() { return kind; }
        public Boolean getFirst() { return first; }
        public Boolean getFirstOfBunya() { return firstOfBunya; }
        public String getBunya() { return bunya; }
        public String getNo() { return no; }
        public String getName() { return name; }
        public String getUnit() { return unit; }
        public Integer getDec() { return dec; }
        public BigDecimal getV1() { return v1; }
        public BigDecimal getV2() { return v2; }
        public BigDecimal getV3() { return v3; }
        public BigDecimal getTarget() { return target; }
        public String getActualText() { return actualText; }
        public Double getRatio() { return ratio; }
        public String getMark() { return mark; }
        public String getKa() { return ka; }
        public String getNote() { return note; }
    }

    /** Row of the crosstab sub-dataset (評価 by 施策). */
    public record Tassei(String shisaku, String mark) {
        public String getShisaku() { return shisaku; }
        public String getMark() { return mark; }
    }

    // ------------------------------------------------------------------ the data
    static final String TITLE = "令和６年度　経済部　運営方針評価調書";
    static final String SHIMEI = "世界遺産勝連城跡や海中道路でつながる島々、豊かな海と農地など本市ならではの地域資源を生かし、"
            + "観光・商工・農水産業の振興と企業立地の促進を図るとともに、若者が市内で働き続けられる雇用の場を創出し、"
            + "市民所得の向上と活力ある地域経済の実現を目指します。";

    static final List<Genkyo> GENKYO = List.of(
            new Genkyo("観光", "観光入込客数（推計）", "人", 0, "1486200", "1912400", "2104800", "観光振興課推計"),
            new Genkyo("観光", "勝連城跡の入場者数", "人", 0, "148326", "236415", "261582",
                    "勝連城跡休憩所の計数による（令和４年８月のあまわりパーク開業後は同パーク経由の入場を含む）"),
            new Genkyo("商工・\n雇用", "中城湾港新港地区の立地企業数", "社", 0, "196", "201", "207", "各年度末現在"),
            new Genkyo("商工・\n雇用", "就職支援事業による就職者数", "人", 0, "142", "158", "171", "うるま市就職サポートセンター経由の就職者"),
            new Genkyo("農林\n水産", "認定農業者数", "経営体", 0, "164", "168", "171", "各年度末現在"),
            new Genkyo("農林\n水産", "耕作放棄地面積", "ha", 1, "142.6", "138.1", "131.5", "荒廃農地の発生・解消状況に関する調査"),
            new Genkyo("農林\n水産", "もずく水揚量", "t", 0, "5842", "4316", "6105", "市内３漁業協同組合の合計"),
            new Genkyo("農林\n水産", "農水産業振興戦略拠点施設「うるマルシェ」の来場者数", "人", 0, "412360", "428950", "441270",
                    "レジ通過者数からの推計"));

    static final List<Shisaku> SHISAKU = List.of(
            new Shisaku("１", "世界遺産勝連城跡を核とした観光の振興と滞在型観光の推進", "観光振興課", "産業政策課", "Ａ",
                    "勝連城跡周辺の入場者は過去最高を更新し、体験型観光プログラムの参加者数も目標を上回った。一方で日帰り客の割合が高く、"
                            + "市内での宿泊につながっていないことが課題である。令和７年度は島しょ地域の民泊・宿泊事業者と連携した滞在型プログラムの造成と、"
                            + "中城湾港へのクルーズ船寄港時の受入体制の整備に取り組む。",
                    List.of(new Torikumi("勝連城跡周辺整備（ももと池エリア等）の推進と歴史文化施設「あまわりパーク」との一体的な魅力発信", "◎", "観光振興課",
                                    "ももと池エリアの実施設計を完了"),
                            new Torikumi("海中道路でつながる島しょ地域の自然や集落景観を生かした体験型観光プログラムの造成", "○", "観光振興課",
                                    "島しょ地域の新規プログラムを造成（一部は次年度へ）"),
                            new Torikumi("闘牛・エイサー等の伝統文化を活用した観光イベントの開催支援", "◎", "観光振興課",
                                    "全島闘牛大会の観光ツアー化を支援"),
                            new Torikumi("観光ポータルサイトとＳＮＳによる多言語（英・中・韓）での情報発信", "○", "観光振興課",
                                    "繁体字ページを追加")),
                    List.of(new Shihyo("1-1", "歴史文化施設「あまわりパーク」の入館者数", "人", 0, "62410", "98735", "110000", "107264",
                                    "令和４年度は８月開業のため８か月分"),
                            new Shihyo("1-2", "体験型観光プログラムの参加者数", "人", 0, "3846", "5212", "6000", "6035", ""),
                            new Shihyo("1-3", "観光ポータルサイトの閲覧数（年間）", "件", 0, "318400", "402150", "450000", "455820",
                                    "ページビュー数"))),
            new Shisaku("２", "企業立地の促進と地域産業の振興", "商工・企業誘致課", "産業政策課", "Ｂ",
                    "国際物流拠点産業集積地域への新規立地は目標を上回り、立地企業の雇用者数も増加した。創業者数は概ね目標に達したが、"
                            + "空き店舗を活用した出店は家賃水準と建物の老朽化により伸び悩んだ。令和７年度は商工会・金融機関と連携し、"
                            + "空き店舗の所有者への働きかけと改修費補助の周知を強化する。",
                    List.of(new Torikumi("中城湾港新港地区（国際物流拠点産業集積地域）への企業誘致活動と立地企業へのフォローアップ訪問", "◎",
                                    "商工・企業誘致課", "県外の企業立地説明会に出展"),
                            new Torikumi("市内中小企業の設備投資・販路拡大に要する経費への補助", "○", "商工・企業誘致課", "補助要綱を改正し対象経費を拡大"),
                            new Torikumi("うるま市商工会と連携した創業塾の開催と創業者への家賃補助", "◎", "商工・企業誘致課", "創業塾（全６回）を２期開催"),
                            new Torikumi("中心市街地（具志川・石川地区）の空き店舗を活用した出店への改修費補助", "△", "商工・企業誘致課",
                                    "令和６年度新設。申請は想定を下回った")),
                    List.of(new Shihyo("2-1", "新規立地企業数（年間）", "社", 0, "4", "5", "5", "6", ""),
                            new Shihyo("2-2", "立地企業の雇用者数（年度末現在）", "人", 0, "3984", "4102", "4200", "4275",
                                    "立地企業への調査による"),
                            new Shihyo("2-3", "創業支援事業による創業者数", "人", 0, "21", "26", "30", "24", ""),
                            new Shihyo("2-4", "空き店舗を活用した新規出店数", "件", 0, "－", "－", "6", "3",
                                    "令和６年度新規指標"))),
            new Shisaku("３", "若者の就業支援と雇用のミスマッチの解消", "産業政策課", "商工・企業誘致課", "Ａ",
                    "就職サポートセンターの個別相談を通じた就職者数は３年連続で増加した。職業訓練講座は介護・物流分野の受講者が増え、"
                            + "合同就職説明会は市内企業の参加拡大により参加者が増加した。引き続き高校・大学と連携し、"
                            + "在学中からの職業意識の醸成と市内企業の認知度向上に取り組む。",
                    List.of(new Torikumi("就職サポートセンターにおける個別就職相談と職業紹介", "◎", "産業政策課", "センターの相談員を増員"),
                            new Torikumi("求職者向け職業訓練講座（ＩＴ・介護・物流等）の開催", "◎", "産業政策課", "介護・物流分野の講座を拡充"),
                            new Torikumi("市内企業と若者をつなぐ合同就職説明会・企業見学会の開催", "○", "産業政策課", "企業見学会は受入企業の確保が課題")),
                    List.of(new Shihyo("3-1", "就職支援事業による就職者数", "人", 0, "142", "158", "170", "171", ""),
                            new Shihyo("3-2", "職業訓練講座の受講者数", "人", 0, "186", "204", "220", "219", ""),
                            new Shihyo("3-3", "合同就職説明会の参加者数", "人", 0, "412", "388", "450", "455", "市内企業の参加が拡大"))),
            new Shisaku("４", "農水産業の担い手の確保と６次産業化の推進", "農政課", "農水産整備課", "Ｂ",
                    "耕作放棄地の解消は農地中間管理事業の活用により目標を上回ったが、新規就農者数と６次産業化商品の開発件数は目標に届かなかった。"
                            + "もずくは高水温の影響が懸念されたものの水揚量は回復した。令和７年度は就農相談から営農定着までの伴走支援と、"
                            + "うるマルシェを核とした商品開発の支援を強化する。",
                    List.of(new Torikumi("新規就農者への営農指導と農業用機械・施設の導入支援", "○", "農政課", "就農相談会を定期的に開催"),
                            new Torikumi("農地中間管理事業を活用した耕作放棄地の解消と担い手への農地の集積", "◎", "農政課", "農地マッチング会議を毎月開催"),
                            new Torikumi("もずく養殖の生産基盤（種苗・漁場）の整備と漁業者の経営安定への支援", "◎", "農水産整備課",
                                    "種苗保存施設の改修を完了"),
                            new Torikumi("「うるマルシェ」を拠点とした６次産業化商品の開発と販路の開拓", "△", "農水産整備課",
                                    "県外商談会への出展が伸び悩んだ")),
                    List.of(new Shihyo("4-1", "新規就農者数", "人", 0, "8", "11", "10", "9", "45歳未満"),
                            new Shihyo("4-2", "耕作放棄地の解消面積", "ha", 1, "4.2", "5.1", "6.0", "6.5", ""),
                            new Shihyo("4-3", "６次産業化商品の開発件数", "件", 0, "5", "7", "8", "6", ""),
                            new Shihyo("4-4", "担い手への農地集積率", "％", 1, "38.4", "40.2", "43.0", "集計中",
                                    "令和６年度実績は令和７年７月確定予定"))));

    static final List<Jigyo> JIGYO = List.of(
            new Jigyo("勝連城跡周辺整備事業", "観光振興課", "412560", "386240", "ももと池エリア等の整備（一括交付金）"),
            new Jigyo("観光振興推進事業", "観光振興課", "58730", "64120", "観光物産協会補助、観光ポータルサイト運営"),
            new Jigyo("体験型観光推進事業", "観光振興課", "12480", "14950", "体験プログラム造成・モニターツアー"),
            new Jigyo("島しょ地域観光受入環境整備事業", "観光振興課", "－", "26500", "案内サイン・駐車場の整備（新規）"),
            new Jigyo("企業誘致推進事業", "商工・企業誘致課", "21360", "23810", "企業説明会出展、立地企業フォローアップ"),
            new Jigyo("中小企業振興補助事業", "商工・企業誘致課", "34200", "38500", "設備投資・販路拡大経費の補助"),
            new Jigyo("創業支援・空き店舗活用事業", "商工・企業誘致課", "8940", "11620", "創業塾、家賃補助、空き店舗改修費補助"),
            new Jigyo("若年者就業支援事業", "産業政策課", "46850", "47300", "就職サポートセンター運営、職業訓練講座"),
            new Jigyo("新規就農者育成総合対策事業", "農政課", "18620", "21040", "経営開始資金、機械・施設導入補助"),
            new Jigyo("耕作放棄地解消対策事業", "農政課", "6310", "7080", "再生作業への補助"),
            new Jigyo("もずく養殖振興事業", "農水産整備課", "9875", "12430", "種苗保存施設改修、漁場環境調査"),
            new Jigyo("農水産業振興戦略拠点施設管理運営事業", "農水産整備課", "52140", "53860", "うるマルシェの指定管理料"));

    // ------------------------------------------------------------------ helpers
    static BigDecimal bd(String s) {
        if (s == null || s.isBlank() || s.equals("－") || s.equals("集計中")) return null;
        return new BigDecimal(s);
    }

    static String fmt(String s, int dec) {
        BigDecimal v = bd(s);
        if (v == null) return s;
        DecimalFormat f = new DecimalFormat(dec == 1 ? "#,##0.0" : "#,##0");
        return f.format(v);
    }

    static String mark(Double ratio) {
        if (ratio == null) return "－";
        if (ratio >= 1.0) return "Ａ";
        if (ratio >= 0.8) return "Ｂ";
        return "Ｃ";
    }

    static final String[] CIRCLED = {"①", "②", "③", "④", "⑤", "⑥"};

    // ------------------------------------------------------------------ facts
    static final List<Map<String, Object>> FACTS = new ArrayList<>();
    static final Set<String> SEEN = new HashSet<>();

    static void fact(Map<String, Object> m) { FACTS.add(m); }

    static void stat(String subject, String value, String unit, int year) {
        BigDecimal v = bd(value);
        if (v == null) return;
        String key = subject + "|" + year + "|" + v.toPlainString();
        if (!SEEN.add(key)) return;                        // the same figure printed twice is one fact
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", "statistic");
        m.put("subject", subject);
        m.put("value", v.toPlainString());
        m.put("unit", unit.equals("％") ? "%" : unit);
        m.put("year", year);
        fact(m);
    }

    static String json(Object o) {
        if (o == null) return "null";
        if (o instanceof Number) return o.toString();
        if (o instanceof Map<?, ?> m) {
            StringBuilder b = new StringBuilder("{");
            boolean first = true;
            for (var e : m.entrySet()) {
                if (!first) b.append(", ");
                first = false;
                b.append(json(e.getKey())).append(": ").append(json(e.getValue()));
            }
            return b.append("}").toString();
        }
        String s = o.toString();
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                default -> b.append(c);
            }
        }
        return b.append("\"").toString();
    }

    // ------------------------------------------------------------------ main
    public static void main(String[] args) throws JRException, IOException {
        String design = args.length > 0 ? args[0] : "b74-01-uruma-keizai-jasperform.jrxml";
        String pdf = args.length > 1 ? args[1] : "b74-01-uruma-keizai-jasperform.pdf";
        String factsOut = args.length > 2 ? args[2] : "facts-01.json";

        Map<String, Object> p = new HashMap<>();
        p.put("P_TITLE", TITLE);
        p.put("P_SYSTEM", "うるま市　行政経営支援システム〔部運営方針・評価〕");
        p.put("P_FORM", "部運営方針　評価調書（年度末）");
        p.put("P_FORM_ID", "KSR-0431");
        p.put("P_USER", "U20873（産業政策課）");
        p.put("P_PRINTED", "2025/05/21 14:08:37");
        p.put("P_STATUS", "評価区分：年度末評価　　入力開始日：令和７年４月８日　　評価確定日：令和７年５月14日　　状態：確定（部長承認済）");
        p.put("P_BU", "経済部");
        p.put("P_BU_CODE", "0900");
        p.put("P_NENDO", "令和６年度");
        p.put("P_BUCHO", "経済部長　仲宗根　章");
        p.put("P_KA", "産業政策課、商工・企業誘致課、観光振興課、農政課、農水産整備課（５課）");
        p.put("P_SHOKUIN", "56人（令和６年４月１日現在。再任用職員を含み、会計年度任用職員を除く。）");
        p.put("P_YOSAN_LABEL1", "令和６年度");
        p.put("P_YOSAN1", 1684230L);
        p.put("P_YOSAN_LABEL2", "令和５年度\n（参考）");
        p.put("P_YOSAN2", 1597815L);
        p.put("P_SHIMEI", SHIMEI);
        p.put("P_KEIKAKU", "第２次うるま市総合計画後期基本計画（令和４年度～令和８年度）、うるま市観光振興ビジョン（第２期）、"
                + "うるま市農水産業振興戦略");
        p.put("P_FOOT_BU", "うるま市 経済部　※本帳票はシステムから出力したものです");
        p.put("P_TOIAWASE", "【問合せ先】うるま市経済部産業政策課\n〒904-2292 沖縄県うるま市みどり町一丁目１番１号\n（内線3215）");

        // main data source: 現況 → 施策(取組・指標) → 事業
        List<Gyo> rows = new ArrayList<>();
        String prevBunya = null;
        for (Genkyo g : GENKYO) {
            BigDecimal r5 = bd(g.r5()), r6 = bd(g.r6());
            Double ratio = (r5 != null && r6 != null) ? r6.divide(r5, 6, RoundingMode.HALF_UP).doubleValue() : null;
            boolean firstB = !g.bunya().equals(prevBunya);
            prevBunya = g.bunya();
            rows.add(new Gyo("1", null, null, null, null, null, null, "K", false, firstB, g.bunya(), null,
                    g.name(), g.unit(), g.dec(), bd(g.r4()), r5, r6, null, null, ratio, null, null, g.note()));
        }
        List<Tassei> tassei = new ArrayList<>();
        for (Shisaku s : SHISAKU) {
            int i = 0;
            for (Torikumi t : s.torikumi()) {
                rows.add(new Gyo("2", s.no(), s.name(), s.ka(), s.kankei(), s.hyoka(), s.comment(), "T", i == 0, false,
                        null, CIRCLED[i], t.text(), null, 0, null, null, null, null, null, null, t.mark(), t.ka(),
                        t.jisseki()));
                i++;
            }
            i = 0;
            for (Shihyo h : s.shihyo()) {
                BigDecimal tg = bd(h.target()), ac = bd(h.actual());
                Double ratio = (tg != null && ac != null) ? ac.divide(tg, 6, RoundingMode.HALF_UP).doubleValue() : null;
                String mk = mark(ratio);
                rows.add(new Gyo("2", s.no(), s.name(), s.ka(), s.kankei(), s.hyoka(), s.comment(), "S", i == 0, false,
                        null, h.no(), h.name(), h.unit(), h.dec(), bd(h.r4()), bd(h.r5()), null, tg,
                        ac == null ? h.actual() : fmt(h.actual(), h.dec()), ratio, mk, null, h.note()));
                String order = switch (mk) { case "Ａ" -> "1:Ａ（達成）"; case "Ｂ" -> "2:Ｂ（概ね）"; case "Ｃ" -> "3:Ｃ（未達）"; default -> "4:－（不能）"; };
                tassei.add(new Tassei(s.no().codePointAt(0) - '０' + ": 施策" + s.no() + "　" + s.name(), order));
                i++;
            }
        }
        int n = 1;
        for (Jigyo j : JIGYO) {
            rows.add(new Gyo("3", null, null, null, null, null, null, "J", n == 1, false, null, String.valueOf(n++),
                    j.name(), null, 0, bd(j.r5kessan()), bd(j.r6yosan()), null, null, null, null, null, j.ka(), j.gaiyo()));
        }
        p.put("TASSEI_DS", new JRBeanCollectionDataSource(tassei));

        JasperReport report = JasperCompileManager.compileReport(design);
        JasperPrint print = JasperFillManager.fillReport(report, p, new JRBeanCollectionDataSource(rows));
        JasperExportManager.exportReportToPdfFile(print, pdf);
        System.out.println("pages: " + print.getPages().size());

        // ---------------- the facts a reader should find
        Map<String, Object> mu = new LinkedHashMap<>();
        mu.put("type", "municipality");
        mu.put("value", "472131");
        fact(mu);
        Map<String, Object> fy = new LinkedHashMap<>();
        fy.put("type", "fiscal-year");
        fy.put("value", "2024");
        fact(fy);
        Map<String, Object> t = new LinkedHashMap<>();
        t.put("type", "title");
        t.put("value", TITLE);
        fact(t);
        Map<String, Object> mi = new LinkedHashMap<>();
        mi.put("type", "mission");
        mi.put("value", SHIMEI);
        fact(mi);
        stat("職員数", "56", "人", 2024);
        stat("一般会計当初予算額", "1684230", "千円", 2024);
        stat("一般会計当初予算額", "1597815", "千円", 2023);
        for (Genkyo g : GENKYO) {
            stat(g.name(), g.r4(), g.unit(), 2022);
            stat(g.name(), g.r5(), g.unit(), 2023);
            stat(g.name(), g.r6(), g.unit(), 2024);
        }
        for (Shisaku s : SHISAKU) {
            Map<String, Object> is = new LinkedHashMap<>();
            is.put("type", "issue");
            is.put("subject", s.name());
            fact(is);
            for (Torikumi tk : s.torikumi()) {
                Map<String, Object> a = new LinkedHashMap<>();
                a.put("type", "action");
                a.put("subject", s.name());
                a.put("value", tk.text());
                fact(a);
            }
            for (Shihyo h : s.shihyo()) {
                stat(h.name(), h.r4(), h.unit(), 2022);
                stat(h.name(), h.r5(), h.unit(), 2023);
                stat(h.name(), h.actual(), h.unit(), 2024);   // 目標値 is a target, never a fact
            }
        }
        for (Jigyo j : JIGYO) {
            stat(j.name(), j.r5kessan(), "千円", 2023);
            stat(j.name(), j.r6yosan(), "千円", 2024);
        }
        StringBuilder b = new StringBuilder("[\n");
        for (int i = 0; i < FACTS.size(); i++) {
            b.append("  ").append(json(FACTS.get(i))).append(i + 1 < FACTS.size() ? ",\n" : "\n");
        }
        b.append("]\n");
        Files.writeString(Path.of(factsOut), b.toString(), StandardCharsets.UTF_8);
        System.out.println("facts: " + FACTS.size());
    }
}
