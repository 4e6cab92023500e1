/*
 * 古河市議会 議会運営支援システム GIKAI-NEXT Ver.4.1
 * 帳票出力モジュール GKN-R052「委員会行政視察報告書」
 *
 * The report design is the JasperReports template given as the first argument (.jrxml);
 * the data come from the committee-visit tables of the system, here held as Java records.
 *
 *   javac -encoding UTF-8 -cp "$(cat cp.txt)" -d build b74-01-koga-jasperform.java
 *   java  -cp "$(cat cp.txt):fontext:build" KogaInspectionForm b74-01-koga-jasperform.jrxml b74-01-koga-jasperform.pdf
 *
 * fontext/ holds jasperreports_extension.properties and fonts/fonts.xml, which register
 * IPAexGothic and IPAexMincho (Identity-H, embedded) as a JasperReports font extension.
 */
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.chrono.JapaneseChronology;
import java.time.chrono.JapaneseDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JasperExportManager;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.data.JRBeanCollectionDataSource;

class KogaInspectionForm {

    /* ---- records (bean getters added because JRBeanCollectionDataSource reads JavaBean properties) ---- */

    /** 参加委員（委員会名簿と旅行命令から） */
    public record Member(String role, String sei, String mei, String kaiha,
                         String day1, String day2, String day3, String note) {
        public String getRole() { return role; }
        public String getSei() { return sei; }
        public String getMei() { return mei; }
        public String getKaiha() { return kaiha; }
        public String getDay1() { return day1; }
        public String getDay2() { return day2; }
        public String getDay3() { return day3; }
        public String getNote() { return note; }
    }

    /** 視察行程の１行 */
    public record Step(String day, Boolean firstOfDay, String time, String route, String note) {
        public String getDay() { return day; }
        public Boolean getFirstOfDay() { return firstOfDay; }
        public String getTime() { return time; }
        public String getRoute() { return route; }
        public String getNote() { return note; }
    }

    /** 視察先（グループキー） */
    public record Visit(Integer no, String mark, String prefecture, String city, LocalDate date,
                        String timeRange, String venue, String topics, String explainers,
                        Integer population, Integer households, BigDecimal area, LocalDate asOf,
                        String figureNote, String materials) {
        public Integer getNo() { return no; }
        public String getMark() { return mark; }
        public String getPrefecture() { return prefecture; }
        public String getCity() { return city; }
        public String getDateText() { return wareki(date); }
        public String getTimeRange() { return timeRange; }
        public String getVenue() { return venue; }
        public String getTopics() { return topics; }
        public String getExplainers() { return explainers; }
        public Integer getPopulation() { return population; }
        public Integer getHouseholds() { return households; }
        public BigDecimal getArea() { return area; }
        public String getAsOfText() { return shortWareki(asOf); }
        public String getFigureNote() { return figureNote; }
        public String getMaterials() { return materials; }
    }

    /** 明細（質問・回答・所感）の１行 */
    public record Line(Visit visit, String kind, String no, String content,
                       String sei, String mei, String responder) {
        public Visit getVisit() { return visit; }
        public String getKind() { return kind; }
        public String getNo() { return no; }
        public String getContent() { return content; }
        public String getSei() { return sei; }
        public String getMei() { return mei; }
        public String getResponder() { return responder; }
    }

    /** 参加状況集計（クロス集計）用 */
    public record Attend(String memberKey, String visitKey, Integer flag) {
        public String getMemberKey() { return memberKey; }
        public String getVisitKey() { return visitKey; }
        public Integer getFlag() { return flag; }
    }

    /* ---- formatting helpers (the system prints Japanese era dates) ---- */

    static final DateTimeFormatter LONG =
        DateTimeFormatter.ofPattern("GGGGy年M月d日（E）", Locale.JAPAN).withChronology(JapaneseChronology.INSTANCE);

    static String wareki(LocalDate d) { return LONG.format(JapaneseDate.from(d)); }

    static String shortWareki(LocalDate d) {
        if (d == null) return null;
        JapaneseDate j = JapaneseDate.from(d);
        return "R" + j.get(java.time.temporal.ChronoField.YEAR_OF_ERA) + "." + d.getMonthValue() + "." + d.getDayOfMonth();
    }

    /* ---- data ---- */

    static List<Member> members() {
        List<Member> m = new ArrayList<>();
        m.add(new Member("委員長", "倉持", "康弘", "新政こが", "○", "○", "○", ""));
        m.add(new Member("副委員長", "稲葉", "由佳子", "公明党", "○", "○", "○", ""));
        m.add(new Member("委員", "落合", "正隆", "新政こが", "○", "○", "○", ""));
        m.add(new Member("委員", "秋庭", "健太郎", "市民の声", "○", "○", "○", ""));
        m.add(new Member("委員", "野村", "久美", "公明党", "○", "○", "○", ""));
        m.add(new Member("委員", "針谷", "誠", "無所属", "○", "○", "○", ""));
        m.add(new Member("委員", "大和田", "敦", "新政こが", "×", "○", "○",
            "10/21 公務（古河地区広域事務組合議会）のため欠席。\n10/22 米沢市視察から合流（ＪＲ利用）"));
        m.add(new Member("委員", "小堀", "修一", "市民の声", "×", "×", "×",
            "体調不良のため全日程不参加（旅費支給なし）"));
        m.add(new Member("随行", "吉田", "拓也", "－", "○", "○", "○",
            "議会事務局 議事調査課 主査"));
        return m;
    }

    static List<Step> trip() {
        List<Step> s = new ArrayList<>();
        String d1 = "10/21（火）", d2 = "10/22（水）", d3 = "10/23（木）";
        s.add(new Step(d1, true, "8:15", "古河市役所 古河庁舎 発", "公用車"));
        s.add(new Step(d1, false, "9:14", "ＪＲ小山駅 発（東北新幹線 やまびこ１２５号）", ""));
        s.add(new Step(d1, false, "10:26", "ＪＲ郡山駅 着", "以降 貸切バス"));
        s.add(new Step(d1, false, "14:00～15:30", "【視察①】福島県喜多方市（喜多方市役所）", "３－①参照"));
        s.add(new Step(d1, false, "17:20", "会津若松市内 泊", ""));
        s.add(new Step(d2, true, "8:10", "ホテル 発", "貸切バス"));
        s.add(new Step(d2, false, "9:30～11:00", "【視察②】山形県米沢市（米沢市役所）", "３－②参照"));
        s.add(new Step(d2, false, "14:00～16:00", "【視察③】山形県寒河江市（道の駅寒河江）", "３－③参照（施設見学を含む）"));
        s.add(new Step(d2, false, "17:00", "山形市内 泊", ""));
        s.add(new Step(d3, true, "8:50", "ホテル 発", "貸切バス"));
        s.add(new Step(d3, false, "9:30～11:30", "【視察④】山形県天童市（天童市役所）", "３－④参照"));
        s.add(new Step(d3, false, "13:13", "ＪＲ山形駅 発（山形新幹線 つばさ１４２号）", ""));
        s.add(new Step(d3, false, "15:43", "ＪＲ小山駅 着", "公用車"));
        s.add(new Step(d3, false, "16:30", "古河市役所 古河庁舎 着　解散", ""));
        return s;
    }

    static final Visit KITAKATA = new Visit(1, "①", "福島県", "喜多方市", LocalDate.of(2025, 10, 21),
        "14:00～15:30", "喜多方市役所 本庁舎２階 第１会議室",
        "（1）蔵のまち並みを生かした景観形成と空き蔵の利活用について\n"
            + "（2）地元農産物を活用した６次産業化の推進について",
        "産業部 商工観光課長、同課 まちなか振興係長、産業部 農林課 主査、建設部 都市計画課 主幹\n"
            + "喜多方市議会 産業建設常任委員長（歓迎挨拶）",
        43286, 17352, new BigDecimal("554.63"), LocalDate.of(2025, 9, 30),
        "人口・世帯数は住民基本台帳による。面積は国土地理院「全国都道府県市区町村別面積調」（令和7年7月1日時点）による。",
        "景観形成ガイドライン（概要版）、空き蔵バンク案内、説明資料（A4 14枚）");

    static final Visit YONEZAWA = new Visit(2, "②", "山形県", "米沢市", LocalDate.of(2025, 10, 22),
        "9:30～11:00", "米沢市役所 ５階 大会議室",
        "「米沢牛」のブランド管理と畜産業の担い手育成について",
        "産業部 農林課長、同課 畜産振興担当 主査",
        75842, 33417, new BigDecimal("548.51"), LocalDate.of(2025, 10, 1),
        "市提供の説明資料による。",
        "説明資料（A4 10枚）、米沢牛銘柄推進協議会パンフレット");

    static final Visit SAGAE = new Visit(3, "③", "山形県", "寒河江市", LocalDate.of(2025, 10, 22),
        "14:00～16:00", "道の駅寒河江（チェリーランド）研修室　※説明後、物産館・直売所を見学",
        "道の駅寒河江（チェリーランド）を拠点とした農産物の販路拡大と観光振興について",
        "商工推進課長、農林課 農業振興係長、道の駅寒河江 駅長（指定管理者）",
        38614, 14628, new BigDecimal("139.03"), LocalDate.of(2025, 9, 30),
        "住民基本台帳による。",
        "説明資料（A4 8枚）、施設案内図");

    static final Visit TENDO = new Visit(4, "④", "山形県", "天童市", LocalDate.of(2025, 10, 23),
        "9:30～11:30", "天童市役所 ４階 第２会議室",
        "（1）産業団地の整備と企業誘致の推進について\n"
            + "（2）立地企業へのフォローアップと地元雇用の確保について",
        "経済部 商工観光課長、同課 企業立地推進室長",
        60912, null, new BigDecimal("113.01"), LocalDate.of(2025, 10, 1),
        "世帯数は提供資料に記載がないため空欄とした。",
        "説明資料（A4 12枚）、産業団地パンフレット");

    static List<Line> lines() {
        List<Line> l = new ArrayList<>();
        Visit v = KITAKATA;
        l.add(new Line(v, "質問", "1", "空き蔵の所有者と活用を希望する事業者を、どのように結び付けているのか。",
            "落合", "正隆", ""));
        l.add(new Line(v, "回答", "", "令和３年度に「空き蔵バンク」を設け、所有者から登録を受けた物件を市のホームページで公開している。"
            + "現在の登録は１８件で、これまでに９件が飲食店や工房として再生された。", "", "", "（商工観光課）"));
        l.add(new Line(v, "質問", "2", "蔵の改修に対する補助制度の内容と、景観に関するルールとの関係を伺う。",
            "秋庭", "健太郎", ""));
        l.add(new Line(v, "回答", "", "外観の修景に要する経費の２分の１、上限２００万円を補助している。", "", "", "（商工観光課）"));
        l.add(new Line(v, "回答", "", "景観計画の重点地区では、外壁の色彩や屋根材について届出と事前協議を求めており、協議を経たことを補助の要件としている。",
            "", "", "（都市計画課）"));
        l.add(new Line(v, "質問", "3", "６次産業化の商品開発で、販路の確保に苦労している点はあるか。",
            "野村", "久美", ""));
        l.add(new Line(v, "回答", "", "個々の事業者では首都圏への販路開拓が難しいため、市が商談会への出展経費を支援している。"
            + "令和６年度は延べ１２事業者が出展し、うち４事業者が継続取引に結び付いた。", "", "", "（農林課）"));
        l.add(new Line(v, "所感", "1", "空き蔵を「負の遺産」ではなく地域の資源と捉え、所有者と活用希望者を行政がつなぐ仕組みが定着している。"
            + "本市の旧日光街道・古河宿周辺の空き店舗対策にも応用できると感じた。", "倉持", "康弘", ""));
        l.add(new Line(v, "所感", "2", "農産物の加工から商談会への出展まで、市が一貫して伴走している点が印象的であった。"
            + "本市の農業者が取り組む加工品づくりにも、同様の支援が必要である。", "稲葉", "由佳子", ""));

        v = YONEZAWA;
        l.add(new Line(v, "質問", "1", "ブランドの定義や認定の基準は、誰がどのように管理しているのか。",
            "大和田", "敦", ""));
        l.add(new Line(v, "回答", "", "生産者、ＪＡ、食肉事業者等で構成する米沢牛銘柄推進協議会が、飼養期間や肉質等級などの基準を定め、"
            + "認定と表示の管理を行っている。市は協議会の事務局を担っている。", "", "", "（農林課）"));
        l.add(new Line(v, "質問", "2", "後継者不足への対策として、新規就農者に対してどのような支援があるか。",
            "針谷", "誠", ""));
        l.add(new Line(v, "回答", "", "繁殖牛の導入経費への補助に加え、ＪＡの研修牧場で２年間の実地研修を受けられる制度を設けている。"
            + "令和６年度は３人が研修を修了し、全員が市内で就農した。", "", "", "（農林課）"));
        l.add(new Line(v, "所感", "1", "生産から流通までの関係者が一体となって基準を守っていることが、ブランドの信頼を支えていると感じた。"
            + "本市の露地野菜の振興でも、品質の基準を産地全体で共有する体制づくりが課題である。", "秋庭", "健太郎", ""));
        l.add(new Line(v, "所感", "2", "研修牧場での実地研修は、就農前の不安を和らげる有効な取組である。本市の新規就農支援の参考としたい。",
            "野村", "久美", ""));
        l.add(new Line(v, "所感", "3", "補助金の交付にとどまらず、販売まで見通した支援が担い手の定着に結び付いている。"
            + "本市においても関係団体との連携の在り方を改めて検討すべきである。", "大和田", "敦", ""));

        v = SAGAE;
        l.add(new Line(v, "質問", "1", "年間の来場者数と売上の推移を伺う。", "倉持", "康弘", ""));
        l.add(new Line(v, "回答", "", "令和６年度の来場者は約１２０万人、売上は約１０億円で、感染症拡大前の水準をほぼ回復した。",
            "", "", "（商工推進課）"));
        l.add(new Line(v, "質問", "2", "直売所への出荷者の確保と、品質の管理はどのように行っているか。",
            "落合", "正隆", ""));
        l.add(new Line(v, "回答", "", "出荷者協議会を組織しており、約２６０人が登録している。年２回の研修会と抜き取り検査によって品質を保っている。",
            "", "", "（駅長）"));
        l.add(new Line(v, "質問", "3", "さくらんぼの出荷時期以外の集客対策は。", "稲葉", "由佳子", ""));
        l.add(new Line(v, "回答", "", "冬季は芋煮や加工品をテーマとしたイベントを月１回程度開催し、年間を通じた来場を促している。",
            "", "", "（商工推進課）"));
        l.add(new Line(v, "質問", "4", "施設の老朽化への対応と、今後の整備の予定を伺う。", "針谷", "誠", ""));
        l.add(new Line(v, "回答", "", "開業から３０年以上が経過しており、令和８年度に施設の長寿命化計画を策定する予定である。",
            "", "", "（商工推進課）"));
        l.add(new Line(v, "所感", "1", "道の駅が農産物の販売拠点であると同時に、市の観光の玄関口として機能している。"
            + "本市でも、道の駅と周辺観光施設を結ぶ周遊の仕掛けを検討したい。", "落合", "正隆", ""));
        l.add(new Line(v, "所感", "2", "出荷者協議会による自主的な品質管理が、直売所の信頼とリピーターの確保につながっている。\n"
            + "一方で、開業後の年数を重ねた施設の更新費用は大きな課題であり、本市の公共施設の計画的な更新にも通じるものがある。",
            "針谷", "誠", ""));

        v = TENDO;
        l.add(new Line(v, "質問", "1", "産業団地の分譲状況と、造成の事業手法を伺う。", "野村", "久美", ""));
        l.add(new Line(v, "回答", "", "現在分譲中の産業団地は全２４区画のうち２１区画が契約済みである。造成は市の企業会計で行い、分譲収入で起債を償還している。",
            "", "", "（企業立地推進室）"));
        l.add(new Line(v, "質問", "2", "企業誘致に当たって重視している優遇制度は何か。", "大和田", "敦", ""));
        l.add(new Line(v, "回答", "", "固定資産税の課税免除（３年間）と、新規に雇用した市民１人当たり３０万円の雇用奨励金である。",
            "", "", "（企業立地推進室）"));
        l.add(new Line(v, "質問", "3", "立地企業と市が定期的に意見を交換する場はあるか。", "秋庭", "健太郎", ""));
        l.add(new Line(v, "回答", "", "市長と立地企業の懇談会を年１回開催し、出された要望は庁内の連絡会議で共有している。\n"
            + "なお、人材確保に関する要望が多いことから、令和７年度からは市内の高校と企業の合同説明会を始めた。",
            "", "", "（商工観光課）"));
        l.add(new Line(v, "所感", "1", "分譲収入で償還する企業会計方式は、財政負担を抑えながら機動的に団地を整備する手法として参考になる。",
            "倉持", "康弘", ""));
        l.add(new Line(v, "所感", "2", "誘致した後のフォローアップを重視し、企業の声を施策に反映させている点が印象的であった。",
            "稲葉", "由佳子", ""));
        l.add(new Line(v, "所感", "3", "地元高校と立地企業を結ぶ合同説明会は、若者の市内定着に直結する取組である。"
            + "圏央道インターチェンジ周辺で産業用地の整備を進める本市においても、雇用確保と一体で検討すべきである。",
            "野村", "久美", ""));
        return l;
    }

    static List<Attend> attendance(List<Member> members) {
        String[] visits = { "①喜多方市", "②米沢市", "③寒河江市", "④天童市" };
        List<Attend> a = new ArrayList<>();
        int n = 0;
        for (Member m : members) {
            if (m.role().equals("随行")) continue;
            n++;
            String key = String.format("%02d %s　%s", n, m.sei(), m.mei());
            String[] day = { m.day1(), m.day2(), m.day2(), m.day3() };
            for (int i = 0; i < visits.length; i++) {
                a.add(new Attend(key, visits[i], day[i].equals("○") ? 1 : 0));
            }
        }
        return a;
    }

    public static void main(String[] args) throws Exception {
        String jrxml = args.length > 0 ? args[0] : "GKN-R052.jrxml";
        String pdf = args.length > 1 ? args[1] : "GKN-R052.pdf";

        JasperReport report = JasperCompileManager.compileReport(jrxml);

        List<Member> members = members();
        Map<String, Object> p = new HashMap<>();
        p.put(JRParameter.REPORT_LOCALE, Locale.JAPAN);
        p.put("SYSTEM_NAME", "古河市議会 議会運営支援システム GIKAI-NEXT Ver.4.1");
        p.put("FORM_ID", "GKN-R052");
        p.put("FORM_NAME", "委員会行政視察報告書");
        p.put("DOC_NO", "古議産第４７号");
        p.put("TITLE", "令和７年度　産業建設常任委員会　行政視察報告書");
        p.put("COMMITTEE", "産業建設常任委員会");
        p.put("FY_LABEL", "令和７年度");
        p.put("RECEIPT_NO", "R07-委視-0031");
        p.put("SUBMITTED", wareki(LocalDate.of(2025, 11, 14)));
        p.put("ADDRESSEE", "古河市議会議長　長浜　宏明　様");
        p.put("RECEIVED", "2025/11/17（月）");
        p.put("REPORTER", "産業建設常任委員会\n委員長　倉持　康弘");
        p.put("CATEGORY", "■委員会行政視察　□会派視察　□議員派遣　□その他");
        p.put("PERIOD", wareki(LocalDate.of(2025, 10, 21)) + "～10月23日（木）　２泊３日（ＪＲ・貸切バス）");
        p.put("PLACES", "①福島県喜多方市　②山形県米沢市　③山形県寒河江市　④山形県天童市　（計４市）");
        p.put("PURPOSE", "本市の人口は令和７年９月末現在１３８，２１４人で、平成２２年の約１４万５千人をピークに減少が続いている。"
            + "第２次古河市総合計画後期基本計画（令和４年度～令和８年度）では、まちなかの再生、農業の担い手確保及び産業用地の創出を重点に掲げており、"
            + "本委員会では令和７年６月定例会後にこれらを所管事務調査の項目とした。"
            + "今回は、歴史的なまち並みの活用、地域ブランドの確立、道の駅を拠点とした販路拡大及び企業誘致に先進的に取り組む東北地方の４市を視察し、"
            + "本市の施策に生かすことを目的とした。");
        p.put("LEGEND", "凡例　○：参加　×：不参加　　※委員定数８人のうち７人が参加した。随行職員は委員数に含まない。");
        p.put("MEMBER_DS", new JRBeanCollectionDataSource(members));
        p.put("TRIP_DS", new JRBeanCollectionDataSource(trip()));
        p.put("ATTEND_DS", new JRBeanCollectionDataSource(attendance(members)));
        p.put("COST_TRAVEL", 386420);
        p.put("COST_HOTEL", 118400);
        p.put("COST_OTHER", 0);
        p.put("COST_NOTE_TRAVEL", "ＪＲ運賃・新幹線特急料金、貸切バス借上料（３日間）");
        p.put("COST_NOTE_HOTEL", "延べ１５泊（10/21は委員６名・随行１名、10/22は委員７名・随行１名）");
        p.put("SUMMARY", "今回視察した４市は、いずれも地域の資源を起点に、行政が関係者をつなぐ役割を担っている点で共通していた。"
            + "本委員会としては、令和７年１２月定例会の委員会審査において本報告の内容を報告するとともに、"
            + "令和８年度予算の審査に向けて、空き店舗の活用、農産物の販路拡大及び産業用地の整備について執行部との意見交換を重ねていく。");
        p.put("PRINTED_AT", "2025/11/17 10:42:08");
        p.put("PRINTED_BY", "gikai-yoshida");

        JasperPrint print = JasperFillManager.fillReport(report, p, new JRBeanCollectionDataSource(lines()));
        print.setProperty("net.sf.jasperreports.export.pdf.metadata.title", "産業建設常任委員会 行政視察報告書");
        JasperExportManager.exportReportToPdfFile(print, pdf);
        System.out.println("pages: " + print.getPages().size() + " -> " + pdf);
    }
}
