// 立川市 行政評価・進捗管理システム　帳票出力モジュール（施策別成果指標 進捗状況一覧表）
// OpenPDF 2.0.5 (com.lowagie.text) で帳票 SHK-0203 を出力する。
//   javac -cp openpdf-2.0.5.jar TachikawaShinchoku.java
//   java  -cp openpdf-2.0.5.jar:. TachikawaShinchoku [出力PDF]
// クラスは public にしていないため、別名のファイルに保存してもそのままコンパイルできる。

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;

import java.awt.Color;
import java.io.FileOutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

class TachikawaShinchoku {

    // ------------------------------------------------------------------ データ（システムのDBから抽出した想定）
    /** 成果指標1件。値は画面入力どおりの文字列（カンマなし）。 */
    record Kpi(String name, String unit, String baseYear, String baseValue,
               String r4, String r5, String r6, String targetYear, String targetValue,
               String dept, boolean higherIsBetter, boolean qualitative) {}

    record Shisaku(String code, String title, List<Kpi> kpis) {}

    record Seisaku(String no, String title, List<Shisaku> shisaku) {}

    static Kpi k(String name, String unit, String by, String bv, String r4, String r5, String r6,
                 String ty, String tv, String dept) {
        boolean higher = new BigDecimal(tv).compareTo(new BigDecimal(bv.equals("－") ? "0" : bv)) >= 0;
        return new Kpi(name, unit, by, bv, r4, r5, r6, ty, tv, dept, higher, false);
    }

    static Kpi q(String name, String by, String bv, String r4, String r5, String r6, String ty, String tv, String dept) {
        return new Kpi(name, "－", by, bv, r4, r5, r6, ty, tv, dept, true, true);
    }

    static final List<Seisaku> DATA = List.of(
        new Seisaku("１", "子どもが健やかに育ち、ともに学びあうまち", List.of(
            new Shisaku("1-1", "子育て環境の充実", List.of(
                k("保育所等待機児童数（４月１日現在）", "人", "H31.4.1", "58", "8", "3", "5", "R6", "0", "保育課"),
                k("「立川市は子育てしやすいまち」と感じる就学前児童の保護者の割合", "％", "R1", "72.4", "74.0", "75.3", "76.1", "R6", "80.0", "子育て推進課"),
                k("子ども家庭支援センターにおける相談対応件数（年間）", "件", "R1", "6842", "7530", "8104", "8466", "R6", "8000", "子ども家庭支援センター"))),
            new Shisaku("1-2", "学校教育の充実と教育環境の整備", List.of(
                k("「授業の内容がよくわかる」と答えた児童・生徒の割合", "％", "R1", "78.5", "80.1", "81.0", "80.6", "R6", "85.0", "指導課"),
                k("学校給食における地場産物の使用割合（品目数ベース）", "％", "R1", "21.3", "24.8", "26.2", "27.5", "R6", "30.0", "学務課"),
                k("長寿命化改修を完了した小・中学校数（累計）", "校", "R1", "0", "2", "3", "5", "R6", "6", "教育総務課"))),
            new Shisaku("1-3", "生涯学習・スポーツの振興", List.of(
                k("市立図書館の個人貸出冊数（年間）", "冊", "R1", "1912406", "1702880", "1756214", "1781090", "R6", "2000000", "図書館"),
                k("週１回以上スポーツをする成人の割合", "％", "R1", "52.6", "55.4", "57.0", "58.3", "R6", "65.0", "スポーツ振興課"))))),
        new Seisaku("２", "誰もが健康でいきいきと暮らし、支えあうまち", List.of(
            new Shisaku("2-1", "健康づくりの推進", List.of(
                k("特定健康診査受診率（国民健康保険）", "％", "H30", "50.2", "48.9", "49.6", "集計中", "R5", "60.0", "保険年金課"),
                k("大腸がん検診受診率", "％", "R1", "14.6", "15.2", "15.9", "16.8", "R6", "20.0", "健康推進課"))),
            new Shisaku("2-2", "高齢者・障害者の地域生活の支援", List.of(
                k("認知症サポーター養成講座の受講者数（累計）", "人", "R1", "19840", "22310", "23620", "24905", "R6", "25000", "高齢福祉課"),
                k("要介護・要支援認定を受けていない高齢者の割合", "％", "R1", "81.9", "81.5", "81.7", "81.8", "R6", "82.5", "介護保険課"),
                k("福祉施設から一般就労へ移行した障害者の数（年間）", "人", "R1", "24", "28", "31", "35", "R6", "32", "障害福祉課"))))),
        new Seisaku("３", "安全・安心で環境にやさしいまち", List.of(
            new Shisaku("3-1", "地域防災力の向上", List.of(
                k("自主防災組織の結成数", "団体", "R1", "118", "124", "127", "130", "R6", "135", "防災課"),
                k("避難行動要支援者の個別避難計画の作成率", "％", "－", "－", "12.4", "28.6", "41.3", "R6", "50.0", "防災課\n福祉総務課"))),
            new Shisaku("3-2", "環境保全と循環型社会の形成", List.of(
                k("市民１人１日当たりのごみ排出量", "ｇ", "R1", "742", "712", "698", "689", "R6", "680", "ごみ対策課"),
                k("市の事務事業に伴う温室効果ガス排出量", "t-CO2", "H25", "31840", "27120", "26450", "25980", "R6", "24500", "環境対策課"),
                q("立川市地球温暖化対策実行計画（区域施策編）の策定", "R1", "未策定", "検討", "策定", "推進", "R5", "策定", "環境対策課"))))),
        new Seisaku("４", "にぎわいと活力にあふれる交流のまち", List.of(
            new Shisaku("4-1", "商工業・観光の振興", List.of(
                k("観光案内所の利用者数（年間）", "人", "R1", "48260", "31540", "42880", "51306", "R6", "50000", "産業観光課"),
                k("市の創業支援による創業件数（年間）", "件", "R1", "62", "71", "68", "74", "R6", "80", "産業観光課"))),
            new Shisaku("4-2", "都市基盤の整備と交通ネットワークの充実", List.of(
                k("都市計画道路の整備率", "％", "R1", "71.8", "73.2", "74.0", "74.6", "R6", "76.5", "道路課"),
                k("コミュニティバス「くるりん」の年間利用者数", "万人", "R1", "42.6", "34.1", "38.9", "41.7", "R6", "45.0", "交通企画課"))))),
        new Seisaku("５", "市民とともに歩む、持続可能な行財政運営", List.of(
            new Shisaku("5-1", "市民協働と行政のデジタル化の推進", List.of(
                k("オンラインで申請できる行政手続の数（累計）", "手続", "R1", "12", "86", "142", "196", "R6", "150", "情報推進課"),
                k("自治会加入率", "％", "R1", "38.2", "35.9", "35.1", "34.6", "R6", "40.0", "協働推進課"))),
            new Shisaku("5-2", "健全で持続可能な財政運営", List.of(
                k("経常収支比率", "％", "R1", "91.8", "89.5", "92.4", "90.7", "R6", "90.0", "財政課"),
                k("ふるさと納税寄附額（年間）", "千円", "R1", "24560", "68420", "112380", "146905", "R6", "100000", "シティプロモーション課")))))
    );

    /** 判定区分（システムの区分マスタ）。 */
    static final String[] GRADES = {"達成", "順調", "要注意", "要改善", "未確定"};
    static final String[] GRADE_RULES = {
        "目標値に到達（達成率100％以上）",
        "達成率80％以上100％未満",
        "達成率50％以上80％未満",
        "達成率50％未満（基準値を下回るものを含む）",
        "令和６年度実績値が未確定のため判定保留"};
    /** 前回（令和５年度実績）評価の区分別件数：参考表示のみ。 */
    static final int[] PREV = {4, 6, 7, 8, 1};

    // ------------------------------------------------------------------ 判定ロジック
    /** 達成率（％）。基準値なしは実績／目標、減少目標は（基準－実績）／（基準－目標）。 */
    static BigDecimal rate(Kpi k) {
        if (k.qualitative() || !isNumber(k.r6())) return null;
        BigDecimal r6 = new BigDecimal(k.r6()), tv = new BigDecimal(k.targetValue());
        if (!isNumber(k.baseValue())) {
            return r6.multiply(BigDecimal.valueOf(100)).divide(tv, 1, RoundingMode.HALF_UP);
        }
        BigDecimal bv = new BigDecimal(k.baseValue());
        BigDecimal num = r6.subtract(bv), den = tv.subtract(bv);
        return num.multiply(BigDecimal.valueOf(100)).divide(den, 1, RoundingMode.HALF_UP);
    }

    static int grade(Kpi k) {
        if (k.qualitative()) return k.r5().equals(k.targetValue()) || k.r6().equals(k.targetValue())
                || k.r6().equals("推進") ? 0 : 3;
        BigDecimal r = rate(k);
        if (r == null) return 4;
        if (r.compareTo(BigDecimal.valueOf(100)) >= 0) return 0;
        if (r.compareTo(BigDecimal.valueOf(80)) >= 0) return 1;
        if (r.compareTo(BigDecimal.valueOf(50)) >= 0) return 2;
        return 3;
    }

    static boolean isNumber(String s) {
        return s.matches("-?[0-9]+(\\.[0-9]+)?");
    }

    /** 数値をカンマ区切りで表示（小数桁は入力どおり）。 */
    static String fmt(String s) {
        if (!isNumber(s)) return s;
        String[] p = s.split("\\.");
        String i = String.format("%,d", Long.parseLong(p[0]));
        return p.length > 1 ? i + "." + p[1] : i;
    }

    static String fmtRate(BigDecimal r) {
        if (r == null) return "－";
        if (r.signum() < 0) return "▲" + r.abs().toPlainString();
        return r.toPlainString();
    }

    // ------------------------------------------------------------------ 帳票レイアウト
    static BaseFont BF;
    static Font F_TITLE, F_SUB, F_HEAD, F_BODY, F_SMALL, F_MARK, F_LABEL;
    static final Color GRAY = new Color(0xD9, 0xD9, 0xD9);
    static final Color LIGHT = new Color(0xF2, 0xF2, 0xF2);
    static final Color BAND = new Color(0xDD, 0xEB, 0xF7);

    static final String SYSTEM = "立川市 行政評価・進捗管理システム";
    static final String FORM_ID = "帳票ID：SHK-0203";
    static final String PRINTED = "出力日時：令和7年7月24日 10:32　出力者：企画政策課 T04187";
    static final String ISSUER = "立川市 総合政策部 企画政策課";

    static PdfPCell cell(String text, Font f, int hAlign, int colspan, int rowspan, Color bg) {
        PdfPCell c = new PdfPCell(new Phrase(text, f));
        c.setHorizontalAlignment(hAlign);
        c.setVerticalAlignment(Element.ALIGN_MIDDLE);
        c.setColspan(colspan);
        c.setRowspan(rowspan);
        if (bg != null) c.setBackgroundColor(bg);
        c.setPaddingTop(1.5f);
        c.setPaddingBottom(3f);
        c.setPaddingLeft(2f);
        c.setPaddingRight(2f);
        c.setBorderWidth(0.5f);
        c.setUseAscender(true);
        return c;
    }

    static PdfPCell head(String text, int colspan, int rowspan) {
        return cell(text, F_HEAD, Element.ALIGN_CENTER, colspan, rowspan, GRAY);
    }

    /** ページヘッダ／フッタ（全ページ共通）。総ページ数はテンプレートで後から書き込む。 */
    static class Frame extends PdfPageEventHelper {
        PdfTemplate total;

        @Override
        public void onOpenDocument(PdfWriter writer, Document document) {
            total = writer.getDirectContent().createTemplate(30, 12);
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            PdfContentByte cb = writer.getDirectContent();
            Rectangle ps = document.getPageSize();
            float l = document.left(), r = document.right();
            float yh = ps.getHeight() - 24;
            ColumnText.showTextAligned(cb, Element.ALIGN_LEFT, new Phrase(SYSTEM + "　［施策評価／成果指標進捗管理］", F_SMALL), l, yh, 0);
            ColumnText.showTextAligned(cb, Element.ALIGN_RIGHT, new Phrase(FORM_ID + "　" + PRINTED, F_SMALL), r, yh, 0);
            cb.setLineWidth(0.6f);
            cb.moveTo(l, yh - 4);
            cb.lineTo(r, yh - 4);
            cb.stroke();
            float yf = 20;
            cb.moveTo(l, yf + 10);
            cb.lineTo(r, yf + 10);
            cb.stroke();
            ColumnText.showTextAligned(cb, Element.ALIGN_LEFT, new Phrase(ISSUER, F_SMALL), l, yf, 0);
            String page = writer.getPageNumber() + " / ";
            float w = BF.getWidthPoint(page, 7.5f);
            float cx = (l + r) / 2;
            ColumnText.showTextAligned(cb, Element.ALIGN_LEFT, new Phrase(page, F_SMALL), cx - w, yf, 0);
            cb.addTemplate(total, cx, yf);
            ColumnText.showTextAligned(cb, Element.ALIGN_RIGHT,
                new Phrase("※本帳票は行政評価・進捗管理システムから出力したものです。", F_SMALL), r, yf, 0);
        }

        @Override
        public void onCloseDocument(PdfWriter writer, Document document) {
            ColumnText.showTextAligned(total, Element.ALIGN_LEFT,
                new Phrase(String.valueOf(writer.getPageNumber() - 1), F_SMALL), 0, 0, 0);
        }
    }

    public static void main(String[] args) throws Exception {
        String out = args.length > 0 ? args[0] : "b73-01-tachikawa-openpdfshinchoku.pdf";
        BF = BaseFont.createFont("/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf",
                BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        F_TITLE = new Font(BF, 14);
        F_SUB = new Font(BF, 9.5f);
        F_HEAD = new Font(BF, 7);
        F_BODY = new Font(BF, 7);
        F_SMALL = new Font(BF, 7.5f);
        F_MARK = new Font(BF, 8);
        F_LABEL = new Font(BF, 8);

        Document doc = new Document(PageSize.A4.rotate(), 28, 28, 40, 38);
        PdfWriter writer = PdfWriter.getInstance(doc, new FileOutputStream(out));
        writer.setPageEvent(new Frame());
        doc.addTitle("施策別成果指標 進捗状況一覧表（令和６年度実績）");
        doc.addAuthor("立川市 総合政策部 企画政策課");
        doc.addCreator("立川市 行政評価・進捗管理システム Ver.4.1 帳票出力（OpenPDF）");
        doc.open();

        // ---- 表題
        Paragraph t = new Paragraph("施策別成果指標　進捗状況一覧表", F_TITLE);
        t.setAlignment(Element.ALIGN_CENTER);
        doc.add(t);
        Paragraph st = new Paragraph("（令和６年度実績・後期基本計画最終年度評価）", F_SUB);
        st.setAlignment(Element.ALIGN_CENTER);
        st.setSpacingAfter(6);
        doc.add(st);

        // ---- 帳票条件（キー・バリュー格子）
        PdfPTable kv = new PdfPTable(new float[]{56, 240, 56, 110, 56, 180});
        kv.setWidthPercentage(100);
        kv.addCell(cell("計画名", F_LABEL, Element.ALIGN_CENTER, 1, 1, GRAY));
        kv.addCell(cell("立川市第４次長期総合計画　後期基本計画", F_LABEL, Element.ALIGN_LEFT, 1, 1, null));
        kv.addCell(cell("評価年度", F_LABEL, Element.ALIGN_CENTER, 1, 1, GRAY));
        kv.addCell(cell("令和６年度", F_LABEL, Element.ALIGN_LEFT, 1, 1, null));
        kv.addCell(cell("評価段階", F_LABEL, Element.ALIGN_CENTER, 1, 1, GRAY));
        kv.addCell(cell("□一次評価（所管課）　■二次評価（庁内）", F_LABEL, Element.ALIGN_LEFT, 1, 1, null));
        kv.addCell(cell("計画期間", F_LABEL, Element.ALIGN_CENTER, 1, 1, GRAY));
        kv.addCell(cell("令和２年度～令和６年度（５か年）", F_LABEL, Element.ALIGN_LEFT, 1, 1, null));
        kv.addCell(cell("集計基準日", F_LABEL, Element.ALIGN_CENTER, 1, 1, GRAY));
        kv.addCell(cell("令和７年６月30日", F_LABEL, Element.ALIGN_LEFT, 1, 1, null));
        kv.addCell(cell("取りまとめ", F_LABEL, Element.ALIGN_CENTER, 1, 1, GRAY));
        kv.addCell(cell("総合政策部 企画政策課 企画係", F_LABEL, Element.ALIGN_LEFT, 1, 1, null));
        int nS = 0, nK = 0;
        for (Seisaku p : DATA) for (Shisaku s : p.shisaku()) { nS++; nK += s.kpis().size(); }
        kv.addCell(cell("抽出条件", F_LABEL, Element.ALIGN_CENTER, 1, 1, GRAY));
        kv.addCell(cell("政策：全件　施策：全件　指標区分：成果指標　状態：■確定 □入力中 □差戻し", F_LABEL, Element.ALIGN_LEFT, 1, 1, null));
        kv.addCell(cell("出力件数", F_LABEL, Element.ALIGN_CENTER, 1, 1, GRAY));
        kv.addCell(cell("政策 " + DATA.size() + "件／施策 " + nS + "件／指標 " + nK + "件", F_LABEL, Element.ALIGN_LEFT, 3, 1, null));
        kv.addCell(cell("備考", F_LABEL, Element.ALIGN_CENTER, 1, 1, GRAY));
        kv.addCell(cell("基本構想の計画期間は平成27年度から令和６年度までの10年間（前期基本計画：平成27年度～令和元年度）。"
                + "たちかわ創生総合戦略（令和２年度～令和６年度）の重要業績評価指標を含む。"
                + "次期計画は立川市第５次長期総合計画（令和７年度～）として別途進行管理を行う。",
                F_LABEL, Element.ALIGN_LEFT, 5, 1, null));
        kv.setSpacingAfter(5);
        doc.add(kv);

        // ---- 判定区分の凡例（1行）
        PdfPTable lg = new PdfPTable(new float[]{44, 150, 118, 118, 180, 176});
        lg.setWidthPercentage(100);
        lg.addCell(cell("判定区分", F_SMALL, Element.ALIGN_CENTER, 1, 1, GRAY));
        for (int i = 0; i < GRADES.length; i++) {
            lg.addCell(cell(GRADES[i] + "：" + GRADE_RULES[i], F_SMALL, Element.ALIGN_LEFT, 1, 1, null));
        }
        lg.setSpacingAfter(6);
        doc.add(lg);

        // ---- 一覧表本体
        float[] w = {50, 70, 16, 148, 26, 30, 42, 42, 42, 42, 22, 42, 30, 20, 20, 20, 20, 20, 60};
        PdfPTable tb = new PdfPTable(w);
        tb.setWidthPercentage(100);
        tb.setHeaderRows(3);
        tb.setSplitLate(true);
        // 見出し0：表題帯（毎ページ繰り返し）
        PdfPCell band = cell("【施策別成果指標一覧】　令和６年度実績　（実績値は所管課入力値、判定は二次評価後）",
                F_SMALL, Element.ALIGN_LEFT, w.length, 1, BAND);
        tb.addCell(band);
        // 見出し1
        tb.addCell(head("政策", 1, 2));
        tb.addCell(head("施策", 1, 2));
        tb.addCell(head("No.", 1, 2));
        tb.addCell(head("成果指標", 1, 2));
        tb.addCell(head("単位", 1, 2));
        tb.addCell(head("基準値", 2, 1));
        tb.addCell(head("実績値", 3, 1));
        tb.addCell(head("目標値", 2, 1));
        tb.addCell(head("達成率\n（％）", 1, 2));
        tb.addCell(head("判定", 5, 1));
        tb.addCell(head("所管課", 1, 2));
        // 見出し2
        tb.addCell(head("年度", 1, 1));
        tb.addCell(head("値", 1, 1));
        tb.addCell(head("Ｒ４", 1, 1));
        tb.addCell(head("Ｒ５", 1, 1));
        tb.addCell(head("Ｒ６", 1, 1));
        tb.addCell(head("年度", 1, 1));
        tb.addCell(head("値", 1, 1));
        for (String g : GRADES) tb.addCell(head(g, 1, 1));

        int[] count = new int[GRADES.length];
        Map<String, int[]> bySeisaku = new LinkedHashMap<>();
        int no = 0;
        for (Seisaku p : DATA) {
            int rows = 0;
            for (Shisaku s : p.shisaku()) rows += s.kpis().size();
            int[] cnt = new int[GRADES.length];
            bySeisaku.put("政策" + p.no(), cnt);
            boolean firstP = true;
            for (Shisaku s : p.shisaku()) {
                boolean firstS = true;
                for (Kpi kp : s.kpis()) {
                    no++;
                    if (firstP) {
                        tb.addCell(cell("政策" + p.no() + "\n" + p.title(), F_BODY, Element.ALIGN_LEFT, 1, rows, LIGHT));
                        firstP = false;
                    }
                    if (firstS) {
                        tb.addCell(cell(s.code() + "\n" + s.title(), F_BODY, Element.ALIGN_LEFT, 1, s.kpis().size(), null));
                        firstS = false;
                    }
                    int g = grade(kp);
                    count[g]++;
                    cnt[g]++;
                    tb.addCell(cell(String.valueOf(no), F_BODY, Element.ALIGN_CENTER, 1, 1, null));
                    tb.addCell(cell(kp.name(), F_BODY, Element.ALIGN_LEFT, 1, 1, null));
                    tb.addCell(cell(kp.unit(), F_BODY, Element.ALIGN_CENTER, 1, 1, null));
                    tb.addCell(cell(kp.baseYear(), F_BODY, Element.ALIGN_CENTER, 1, 1, null));
                    tb.addCell(cell(fmt(kp.baseValue()), F_BODY, Element.ALIGN_RIGHT, 1, 1, null));
                    tb.addCell(cell(fmt(kp.r4()), F_BODY, Element.ALIGN_RIGHT, 1, 1, null));
                    tb.addCell(cell(fmt(kp.r5()), F_BODY, Element.ALIGN_RIGHT, 1, 1, null));
                    tb.addCell(cell(fmt(kp.r6()), F_BODY, Element.ALIGN_RIGHT, 1, 1, null));
                    tb.addCell(cell(kp.targetYear(), F_BODY, Element.ALIGN_CENTER, 1, 1, null));
                    tb.addCell(cell(fmt(kp.targetValue()), F_BODY, Element.ALIGN_RIGHT, 1, 1, null));
                    tb.addCell(cell(fmtRate(rate(kp)), F_BODY, Element.ALIGN_RIGHT, 1, 1, null));
                    for (int i = 0; i < GRADES.length; i++) {
                        tb.addCell(cell(i == g ? "■" : "□", F_MARK, Element.ALIGN_CENTER, 1, 1, null));
                    }
                    tb.addCell(cell(kp.dept(), F_BODY, Element.ALIGN_LEFT, 1, 1, null));
                }
            }
        }
        doc.add(tb);

        // ---- 集計（区分別）と政策別内訳
        Paragraph h2 = new Paragraph("■ 判定区分別の集計（令和６年度実績）", F_SUB);
        h2.setSpacingBefore(8);
        h2.setSpacingAfter(3);
        h2.setKeepTogether(true);
        doc.add(h2);
        PdfPTable sm = new PdfPTable(new float[]{50, 200, 50, 50, 90});
        sm.setWidthPercentage(60);
        sm.setHorizontalAlignment(Element.ALIGN_LEFT);
        sm.setHeaderRows(1);
        sm.addCell(head("判定区分", 1, 1));
        sm.addCell(head("判定基準", 1, 1));
        sm.addCell(head("指標数", 1, 1));
        sm.addCell(head("構成比", 1, 1));
        sm.addCell(head("（参考）前回評価\n（令和５年度実績）", 1, 1));
        int sum = 0, sumPrev = 0;
        for (int c : count) sum += c;
        for (int i = 0; i < GRADES.length; i++) {
            sm.addCell(cell(GRADES[i], F_BODY, Element.ALIGN_CENTER, 1, 1, null));
            sm.addCell(cell(GRADE_RULES[i], F_BODY, Element.ALIGN_LEFT, 1, 1, null));
            sm.addCell(cell(String.valueOf(count[i]), F_BODY, Element.ALIGN_RIGHT, 1, 1, null));
            BigDecimal pct = BigDecimal.valueOf(count[i] * 100L).divide(BigDecimal.valueOf(sum), 1, RoundingMode.HALF_UP);
            sm.addCell(cell(pct.toPlainString() + "％", F_BODY, Element.ALIGN_RIGHT, 1, 1, null));
            sm.addCell(cell(String.valueOf(PREV[i]), F_BODY, Element.ALIGN_RIGHT, 1, 1, null));
            sumPrev += PREV[i];
        }
        sm.addCell(cell("合計", F_BODY, Element.ALIGN_CENTER, 2, 1, LIGHT));
        sm.addCell(cell(String.valueOf(sum), F_BODY, Element.ALIGN_RIGHT, 1, 1, LIGHT));
        sm.addCell(cell("100.0％", F_BODY, Element.ALIGN_RIGHT, 1, 1, LIGHT));
        sm.addCell(cell(String.valueOf(sumPrev), F_BODY, Element.ALIGN_RIGHT, 1, 1, LIGHT));
        sm.setSpacingAfter(6);
        sm.setKeepTogether(true);

        PdfPTable cr = new PdfPTable(new float[]{60, 32, 32, 32, 32, 32, 32});
        cr.setWidthPercentage(38);
        cr.setHorizontalAlignment(Element.ALIGN_LEFT);
        cr.addCell(head("政策", 1, 1));
        for (String g : GRADES) cr.addCell(head(g, 1, 1));
        cr.addCell(head("計", 1, 1));
        for (Map.Entry<String, int[]> e : bySeisaku.entrySet()) {
            cr.addCell(cell(e.getKey(), F_BODY, Element.ALIGN_CENTER, 1, 1, null));
            int s = 0;
            for (int v : e.getValue()) { cr.addCell(cell(String.valueOf(v), F_BODY, Element.ALIGN_RIGHT, 1, 1, null)); s += v; }
            cr.addCell(cell(String.valueOf(s), F_BODY, Element.ALIGN_RIGHT, 1, 1, null));
        }

        // 左右に並べる外枠
        PdfPTable outer = new PdfPTable(new float[]{60, 40});
        outer.setWidthPercentage(100);
        PdfPCell lc = new PdfPCell();
        lc.setBorder(Rectangle.NO_BORDER);
        sm.setWidthPercentage(100);
        lc.addElement(sm);
        PdfPCell rc = new PdfPCell();
        rc.setBorder(Rectangle.NO_BORDER);
        rc.setPaddingLeft(12);
        Paragraph h3 = new Paragraph("■ 政策別の判定状況（指標数）", F_SUB);
        h3.setSpacingAfter(3);
        rc.addElement(h3);
        cr.setWidthPercentage(100);
        rc.addElement(cr);
        outer.addCell(lc);
        outer.addCell(rc);
        outer.setKeepTogether(true);
        doc.add(outer);

        // ---- 注記
        String[] notes = {
            "※1 基準値は後期基本計画策定時の値（原則として令和元年度（R1））。「H31.4.1」は平成31年４月１日現在の値。年度欄の「－」は後期基本計画期間中に新設した指標であることを示す。",
            "※2 目標値は原則として令和６年度（R6）の値。年度欄がR5の指標は、他の個別計画の目標年度に合わせて設定したもの。",
            "※3 達成率＝（Ｒ６実績値－基準値）÷（目標値－基準値）×100。基準値のない指標は実績値÷目標値×100。「▲」は基準値を下回っていることを示す。",
            "※4 特定健康診査受診率の目標値は第３期立川市特定健康診査等実施計画（平成30年度～令和５年度）による。令和６年度の実績値は法定報告の確定（令和７年11月予定）後に更新する。",
            "※5 温室効果ガス排出量の基準年度は平成25年度（国の削減目標の基準年度）。各年度欄の値は当該年度の実績を翌年度に算定したもの。",
            "※6 前回評価（令和５年度実績）の件数は令和６年８月公表の進捗状況一覧表による。二次評価の結果は令和７年８月の行政評価委員会に報告する予定。",
        };
        for (String n : notes) {
            Paragraph np = new Paragraph(n, F_SMALL);
            np.setIndentationLeft(12);
            np.setFirstLineIndent(-12);
            np.setLeading(10);
            doc.add(np);
        }
        doc.close();

        // 集計結果を標準出力へ（確認用）
        for (int i = 0; i < GRADES.length; i++) System.out.println(GRADES[i] + "=" + count[i]);
    }
}
