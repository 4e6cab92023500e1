// 守口市 行政経営支援システム  帳票ID GKS-0520「部局運営方針 実績評価シート」出力プログラム
// OpenPDF 2.0.5 (com.lowagie.text) で帳票を組み立てる。データは下のレコード群（本来はDBから取得）。
//   javac -cp openpdf-2.0.5.jar MoriguchiHyokaSheet.java
//   java  -cp openpdf-2.0.5.jar:. MoriguchiHyokaSheet OUT.pdf [FACTS.json]
import com.lowagie.text.*;
import com.lowagie.text.pdf.*;

import java.awt.Color;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.*;
import java.util.List;

class MoriguchiHyokaSheet {

    // ---------------------------------------------------------------- data
    record Kihon(String nendo, String bukyokuCode, String buName, String buchoName, String shokanka,
                 String shokuinsu, int shokuinValue, int shokuinYear,
                 String yosanLabel, String[][] yosan, String shimei, String kanrenKeikaku) {}

    record Genkyo(String kubun, String koumoku, String tani, String[] values, String biko) {}

    record Torikumi(boolean done, String text) {}

    record Shihyo(String no, String name, String tani, String r4, String r5, String target,
                  String r6, String mark, boolean calendar) {}

    record Kadai(String no, String name, String tanto, List<Torikumi> torikumi, List<Shihyo> shihyo,
                 String hyoka) {}

    record Jigyo(String no, String name, String kadai, String r6, String r7, String ka) {}

    static final String CITY = "守口市";
    static final String SYSTEM = "守口市　行政経営支援システム［部局運営方針管理］";
    static final String FORM = "部局運営方針　実績評価シート（年度末）";
    static final String FORM_ID = "帳票ID：GKS-0520";
    static final String PRINTED = "出力日時：2025/05/19 10:27:43";
    static final String PRINTER = "出力者：M24176（コミュニティ推進課）";
    static final String TITLE = "令和６年度　市民生活部　運営方針（実績評価）";

    static final Kihon KIHON = new Kihon(
            "令和６年度", "0700", "市民生活部", "市民生活部長　中西　康弘",
            "コミュニティ推進課、市民課、人権室、地域振興課（消費生活センター）",
            "98人（令和６年４月１日現在、再任用職員を含み会計年度任用職員を除く）", 98, 2024,
            "当初予算額\n（一般会計）",
            new String[][]{{"令和６年度", "1,482,360千円", "1482360", "2024"},
                           {"令和５年度", "1,436,910千円", "1436910", "2023"}},
            "市民一人ひとりの人権が尊重され、地域のつながりの中で安全・安心に暮らせるよう、"
            + "コミュニティ活動への支援と便利で親しみやすい窓口サービスの提供に取り組むとともに、"
            + "消費者被害の防止と多文化共生を進め、市民とともに「住みたい・住み続けたいまち守口」をつくります。",
            "守口市総合基本計画、守口市地域コミュニティ拠点施設基本計画、守口市人権行政推進プラン（令和５年度～令和９年度）");

    static final List<Genkyo> GENKYO = List.of(
            new Genkyo("人口・\n世帯", "人口", "人", new String[]{"141,562", "140,318", "139,204"}, "住民基本台帳（各年度末）"),
            new Genkyo("人口・\n世帯", "世帯数", "世帯", new String[]{"73,418", "73,690", "73,905"}, "同上"),
            new Genkyo("人口・\n世帯", "外国人住民数", "人", new String[]{"3,412", "3,655", "3,978"}, "同上"),
            new Genkyo("地域\n活動", "自治会加入率", "％", new String[]{"55.6", "54.1", "52.8"}, "各年度末、全世帯数に対する加入世帯数の割合"),
            new Genkyo("地域\n活動", "コミュニティセンター利用者数（延べ）", "人", new String[]{"186,420", "212,365", "224,810"}, "東部・中部・南部エリアの３館の計"),
            new Genkyo("窓口\nサービス", "証明書のコンビニ交付件数", "件", new String[]{"38,412", "52,876", "64,105"}, "住民票の写し・印鑑登録証明書等"),
            new Genkyo("窓口\nサービス", "マイナンバーカード保有率", "％", new String[]{"65.2", "72.8", "76.4"}, "各年度末の人口に対する割合"),
            new Genkyo("消費\n生活", "消費生活相談件数", "件", new String[]{"1,128", "1,064", "1,152"}, "消費生活センター受付分"));

    static final String[] GENJO = {
            "本市の人口は令和６年度末で139,204人と、平成26年度末（144,958人）から減少が続いている。一方、外国人住民数は増加しており、"
            + "高齢化率は29.6％（令和７年３月末現在）となっている。",
            "自治会加入率は令和６年度末で52.8％と、平成26年度末（64.1％）から10ポイント以上低下しており、地域活動の担い手の高齢化と固定化が進んでいる。",
            "証明書のコンビニ交付は着実に増加しているが、市民課窓口では転入・転出が集中する３月から４月にかけて、１時間以上の待ち時間が生じる日がある。",
            "令和６年の市内の刑法犯認知件数は1,086件と前年（1,142件）を下回ったが、特殊詐欺の被害は31件（前年24件）と増加しており、被害者の約８割が65歳以上の高齢者である。"
    };

    static final List<Kadai> KADAI = List.of(
            new Kadai("１", "地域コミュニティの活性化と担い手の育成", "コミュニティ推進課",
                    List.of(new Torikumi(true, "転入者への自治会加入案内の配布と集合住宅の管理者への加入促進の働きかけ"),
                            new Torikumi(true, "東部・中部・南部の各エリアコミュニティセンターを拠点とした地域交流事業の実施"),
                            new Torikumi(true, "地域活動の新たな担い手を育てる「もりぐち地域づくり塾」の開催"),
                            new Torikumi(false, "電子回覧板の導入など自治会活動のデジタル化への支援")),
                    List.of(new Shihyo("1-1", "自治会加入率", "％", "55.6", "54.1", "55.0", "52.8", "○", false),
                            new Shihyo("1-2", "地域交流事業の参加者数（延べ）", "人", "8,412", "9,836", "10,500", "10,214", "◐", false),
                            new Shihyo("1-3", "「もりぐち地域づくり塾」の修了者数", "人", "22", "27", "30", "31", "●", false)),
                    "加入率の低下に歯止めがかからず未達成。転入者への案内に加え、集合住宅単位での加入手続の簡素化を検討する。電子回覧板は試行団体の募集にとどまったため、次年度に実証を行う。"),
            new Kadai("２", "便利で待たない窓口サービスの推進", "市民課",
                    List.of(new Torikumi(true, "証明書のコンビニ交付の利用促進とマイナンバーカードの出張申請受付の実施"),
                            new Torikumi(true, "「書かない窓口」の導入による申請書記入の負担軽減"),
                            new Torikumi(true, "窓口の混雑状況のホームページでのリアルタイム配信"),
                            new Torikumi(false, "土曜日の休日窓口の開設による転入・転出手続の受付")),
                    List.of(new Shihyo("2-1", "証明書のコンビニ交付率", "％", "18.6", "25.3", "30.0", "31.2", "●", false),
                            new Shihyo("2-2", "市民課窓口の平均待ち時間", "分", "24", "21", "15", "16", "◐", false),
                            new Shihyo("2-3", "「書かない窓口」の利用率", "％", "－", "－", "50.0", "43.7", "◐", false)),
                    "「書かない窓口」は令和６年10月から本格実施した。繁忙期の待ち時間の短縮が引き続き課題であり、休日窓口は体制を整理したうえで令和７年度中の試行を目指す。"),
            new Kadai("３", "人権が尊重され多様性を認め合うまちづくり", "人権室",
                    List.of(new Torikumi(true, "人権啓発講演会・人権週間行事の開催と市民への啓発"),
                            new Torikumi(true, "人権相談・女性相談等の相談窓口の運営と関係機関との連携"),
                            new Torikumi(true, "パートナーシップ宣誓制度の運用と周知"),
                            new Torikumi(false, "外国人住民向けの多言語による生活情報の発信と日本語教室への支援")),
                    List.of(new Shihyo("3-1", "人権啓発講演会等の参加者数", "人", "1,286", "1,412", "1,500", "1,538", "●", false),
                            new Shihyo("3-2", "人権相談・女性相談の相談件数", "件", "318", "346", "－", "372", "－", false),
                            new Shihyo("3-3", "日本語教室の受講者数", "人", "64", "71", "80", "68※", "◐", false)),
                    "相談件数は目標を設定せず推移を把握している。日本語教室は講師ボランティアの確保が課題であり、多言語による情報発信は新規事業として次年度に実施する。"),
            new Kadai("４", "消費者被害の防止と安全・安心な暮らしの確保", "地域振興課",
                    List.of(new Torikumi(true, "消費生活センターにおける専門相談員による相談対応とあっせん"),
                            new Torikumi(true, "高齢者を対象とした消費者被害防止の出前講座の開催"),
                            new Torikumi(true, "守口警察署と連携した特殊詐欺被害防止キャンペーンの実施"),
                            new Torikumi(true, "青色防犯パトロール活動を行う地域団体への支援")),
                    List.of(new Shihyo("4-1", "消費生活相談のあっせん解決率", "％", "88.2", "90.6", "90.0", "91.3", "●", false),
                            new Shihyo("4-2", "消費者被害防止出前講座の受講者数", "人", "486", "552", "600", "641", "●", false),
                            new Shihyo("4-3", "市内の刑法犯認知件数（暦年）", "件", "1,214", "1,142", "1,100", "1,086", "●", true)),
                    "全ての指標で目標を達成した。一方、特殊詐欺の被害は増加しており、高齢者の集まる場での啓発と、金融機関・コンビニエンスストアとの連携による水際対策を強化する。"));

    static final List<Jigyo> JIGYO = List.of(
            new Jigyo("1", "コミュニティセンター管理運営事業", "１", "182,460", "186,930", "コミュニティ推進課"),
            new Jigyo("2", "自治会活動支援事業", "１", "24,380", "24,950", "コミュニティ推進課"),
            new Jigyo("3", "地域づくり人材育成事業", "１", "3,260", "3,480", "コミュニティ推進課"),
            new Jigyo("4", "窓口サービス改革推進事業", "２", "48,720", "21,360", "市民課"),
            new Jigyo("5", "証明書コンビニ交付事業", "２", "16,840", "17,210", "市民課"),
            new Jigyo("6", "人権啓発推進事業", "３", "8,960", "9,120", "人権室"),
            new Jigyo("7", "多言語生活情報発信事業（新規）", "３", "－", "4,200", "人権室"),
            new Jigyo("8", "消費者行政推進事業", "４", "15,430", "15,880", "地域振興課"),
            new Jigyo("9", "安全安心まちづくり推進事業", "４", "11,250", "12,640", "地域振興課"));

    static final String SOKATSU = "４つの経営課題のうち、課題２・課題４は概ね計画どおりに進捗した。課題１は自治会加入率の低下が続いており、"
            + "地域の担い手不足への対応が急務である。令和７年度は、現行の総合基本計画の後期に向けた見直し作業と並行して、"
            + "地域コミュニティの在り方を改めて検討する。";

    // ---------------------------------------------------------------- fonts
    static BaseFont GOTHIC, MINCHO;
    static Font fTitle, fH, fLabel, fVal, fSmall, fHead, fNum, fMark;
    static final Color LABEL_BG = new Color(0xE4, 0xEA, 0xF2);
    static final Color HEAD_BG = new Color(0xCB, 0xD6, 0xE6);
    static final Color TOTAL_BG = new Color(0xF2, 0xF2, 0xF2);

    static void initFonts() throws Exception {
        GOTHIC = BaseFont.createFont("/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        MINCHO = BaseFont.createFont("/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        fTitle = new Font(GOTHIC, 14f);
        fH = new Font(GOTHIC, 10.5f);
        fLabel = new Font(GOTHIC, 8f);
        fHead = new Font(GOTHIC, 7.5f);
        fVal = new Font(MINCHO, 8f);
        fNum = new Font(MINCHO, 8f);
        fSmall = new Font(MINCHO, 7f);
        fMark = new Font(GOTHIC, 9f);
    }

    // ---------------------------------------------------------------- cell helpers
    static PdfPCell cell(String text, Font f, int hAlign, Color bg) {
        PdfPCell c = new PdfPCell(new Phrase(text, f));
        c.setHorizontalAlignment(hAlign);
        c.setVerticalAlignment(Element.ALIGN_MIDDLE);
        c.setPaddingTop(2.5f);
        c.setPaddingBottom(3.5f);
        c.setPaddingLeft(3f);
        c.setPaddingRight(3f);
        c.setBorderWidth(0.5f);
        c.setLeading(0f, 1.25f);
        if (bg != null) c.setBackgroundColor(bg);
        return c;
    }

    static PdfPCell label(String text) { return cell(text, fLabel, Element.ALIGN_CENTER, LABEL_BG); }

    static PdfPCell head(String text) { return cell(text, fHead, Element.ALIGN_CENTER, HEAD_BG); }

    static PdfPCell val(String text) { return cell(text, fVal, Element.ALIGN_LEFT, null); }

    static PdfPCell num(String text) { return cell(text, fNum, Element.ALIGN_RIGHT, null); }

    static PdfPCell span(PdfPCell c, int cols, int rows) {
        c.setColspan(cols);
        c.setRowspan(rows);
        return c;
    }

    static Paragraph heading(String text) {
        Paragraph p = new Paragraph(text, fH);
        p.setSpacingBefore(7f);
        p.setSpacingAfter(3f);
        return p;
    }

    static Paragraph note(String text) {
        Paragraph p = new Paragraph(text, fSmall);
        p.setLeading(0f, 1.3f);
        p.setIndentationLeft(10f);
        p.setFirstLineIndent(-7f);
        return p;
    }

    // ---------------------------------------------------------------- running header / footer
    static class HeaderFooter extends PdfPageEventHelper {
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
            float top = ps.getHeight() - 18;
            cb.beginText();
            cb.setFontAndSize(GOTHIC, 7.5f);
            cb.showTextAligned(Element.ALIGN_LEFT, SYSTEM, l, top, 0);
            cb.showTextAligned(Element.ALIGN_CENTER, FORM, (l + r) / 2, top, 0);
            cb.showTextAligned(Element.ALIGN_RIGHT, PRINTED, r, top, 0);
            cb.showTextAligned(Element.ALIGN_LEFT, FORM_ID, l, top - 10, 0);
            cb.showTextAligned(Element.ALIGN_RIGHT, PRINTER, r, top - 10, 0);
            cb.endText();
            cb.setLineWidth(0.8f);
            cb.moveTo(l, top - 14);
            cb.lineTo(r, top - 14);
            cb.stroke();
            // footer
            float bottom = 16;
            cb.setLineWidth(0.4f);
            cb.moveTo(l, bottom + 10);
            cb.lineTo(r, bottom + 10);
            cb.stroke();
            String pg = "ページ " + writer.getPageNumber() + " / ";
            float w = GOTHIC.getWidthPoint(pg, 7.5f);
            float cx = (l + r) / 2;
            cb.beginText();
            cb.setFontAndSize(GOTHIC, 7.5f);
            cb.showTextAligned(Element.ALIGN_LEFT, "守口市　市民生活部　※本帳票はシステムから出力したものです。", l, bottom, 0);
            cb.showTextAligned(Element.ALIGN_LEFT, pg, cx - w, bottom, 0);
            cb.showTextAligned(Element.ALIGN_RIGHT, "取扱区分：庁内限り", r, bottom, 0);
            cb.endText();
            cb.addTemplate(total, cx, bottom);
        }

        @Override
        public void onCloseDocument(PdfWriter writer, Document document) {
            total.beginText();
            total.setFontAndSize(GOTHIC, 7.5f);
            total.showText(String.valueOf(writer.getPageNumber() - 1));
            total.endText();
        }
    }

    // ---------------------------------------------------------------- sections
    static void titleBlock(Document doc) throws DocumentException {
        PdfPTable t = new PdfPTable(1);
        t.setWidthPercentage(100);
        PdfPCell c = cell(TITLE, fTitle, Element.ALIGN_CENTER, new Color(0xF3, 0xF6, 0xFA));
        c.setBorderWidth(1.2f);
        c.setPaddingTop(6f);
        c.setPaddingBottom(9f);
        t.addCell(c);
        doc.add(t);
        Paragraph st = new Paragraph("評価区分：年度末評価　　登録日：令和６年４月15日　　評価確定日：令和７年５月16日　　状態：■確定　□差戻し　□入力中", fSmall);
        st.setAlignment(Element.ALIGN_RIGHT);
        st.setSpacingBefore(2f);
        doc.add(st);
    }

    static void kihonBlock(Document doc) throws DocumentException {
        doc.add(heading("１．部局の基本情報"));
        PdfPTable t = new PdfPTable(new float[]{70, 150, 70, 110, 70, 316});
        t.setWidthPercentage(100);
        t.addCell(label("評価年度"));
        t.addCell(val(KIHON.nendo()));
        t.addCell(label("部局コード"));
        t.addCell(val(KIHON.bukyokuCode()));
        t.addCell(label("部長名"));
        t.addCell(val(KIHON.buchoName()));
        t.addCell(label("部局名"));
        t.addCell(val(KIHON.buName()));
        t.addCell(label("所管課"));
        t.addCell(span(val(KIHON.shokanka()), 3, 1));
        t.addCell(label("職員数"));
        t.addCell(span(val(KIHON.shokuinsu()), 3, 1));
        t.addCell(label(KIHON.yosanLabel()));
        StringBuilder y = new StringBuilder();
        for (String[] row : KIHON.yosan()) {
            if (y.length() > 0) y.append('\n');
            y.append(row[0]).append("　").append(row[1]);
            if (row[0].equals("令和５年度")) y.append("（参考）");
        }
        t.addCell(val(y.toString()));
        t.addCell(label("部の使命"));
        PdfPCell m = span(val(KIHON.shimei()), 5, 1);
        m.setPaddingTop(4f);
        m.setPaddingBottom(6f);
        t.addCell(m);
        t.addCell(label("関連計画"));
        t.addCell(span(val(KIHON.kanrenKeikaku()), 5, 1));
        doc.add(t);
    }

    static void genkyoBlock(Document doc) throws DocumentException {
        doc.add(heading("２．部局の現況（主要データ）"));
        PdfPTable t = new PdfPTable(new float[]{48, 190, 34, 72, 72, 72, 298});
        t.setWidthPercentage(100);
        t.setHeaderRows(2);
        t.addCell(span(head("区分"), 1, 2));
        t.addCell(span(head("項　　目"), 1, 2));
        t.addCell(span(head("単位"), 1, 2));
        t.addCell(span(head("実　績（各年度末現在又は年度計）"), 3, 1));
        t.addCell(span(head("備　　考"), 1, 2));
        t.addCell(head("令和４年度"));
        t.addCell(head("令和５年度"));
        t.addCell(head("令和６年度"));
        String prev = null;
        for (int i = 0; i < GENKYO.size(); i++) {
            Genkyo g = GENKYO.get(i);
            if (!g.kubun().equals(prev)) {
                int n = 0;
                for (int j = i; j < GENKYO.size() && GENKYO.get(j).kubun().equals(g.kubun()); j++) n++;
                t.addCell(span(cell(g.kubun(), fLabel, Element.ALIGN_CENTER, LABEL_BG), 1, n));
                prev = g.kubun();
            }
            t.addCell(val(g.koumoku()));
            t.addCell(cell(g.tani(), fVal, Element.ALIGN_CENTER, null));
            for (String v : g.values()) t.addCell(num(v));
            t.addCell(cell(g.biko(), fSmall, Element.ALIGN_LEFT, null));
        }
        doc.add(t);
        doc.add(note("※ 人口・世帯数・外国人住民数は各年度末（３月31日）現在。コミュニティセンター利用者数は指定管理者の事業報告による。"));
        doc.add(note("※ 参考：大阪府内市町村の自治会加入率の平均は令和５年度で56.2％（大阪府調べ）。"));
    }

    static void genjoBlock(Document doc) throws DocumentException {
        doc.add(heading("３．部局を取り巻く現状と課題"));
        PdfPTable t = new PdfPTable(1);
        t.setWidthPercentage(100);
        PdfPCell c = new PdfPCell();
        c.setBorderWidth(0.5f);
        c.setPadding(5f);
        for (String s : GENJO) {
            Paragraph p = new Paragraph("・" + s, fVal);
            p.setLeading(0f, 1.35f);
            p.setIndentationLeft(8f);
            p.setFirstLineIndent(-8f);
            c.addElement(p);
        }
        t.addCell(c);
        doc.add(t);
    }

    static PdfPCell torikumiCell(List<Torikumi> list) {
        PdfPCell c = new PdfPCell();
        c.setBorderWidth(0.5f);
        c.setPaddingLeft(3f);
        c.setPaddingRight(3f);
        c.setPaddingTop(1f);
        c.setPaddingBottom(4f);
        c.setVerticalAlignment(Element.ALIGN_TOP);
        for (Torikumi tk : list) {
            Paragraph p = new Paragraph();
            p.add(new Chunk(tk.done() ? "■" : "□", fLabel));
            p.add(new Chunk(" " + tk.text(), fVal));
            p.setLeading(0f, 1.3f);
            p.setIndentationLeft(9f);
            p.setFirstLineIndent(-9f);
            p.setSpacingAfter(1.5f);
            c.addElement(p);
        }
        return c;
    }

    static void kadaiBlock(Document doc) throws DocumentException {
        doc.newPage();
        doc.add(heading("４．経営課題別の取組状況と成果指標（令和６年度実績）"));
        float[] w = {22, 84, 196, 118, 26, 42, 42, 42, 46, 30, 138};
        PdfPTable t = new PdfPTable(w);
        t.setWidthPercentage(100);
        t.setHeaderRows(2);
        t.setSplitLate(true);
        t.addCell(span(head("No."), 1, 2));
        t.addCell(span(head("経営課題"), 1, 2));
        t.addCell(span(head("主な取組\n（■実施　□一部実施・未実施）"), 1, 2));
        t.addCell(span(head("成　果　指　標"), 2, 1));
        t.addCell(span(head("実　績　値"), 2, 1));
        t.addCell(span(head("令　和　６　年　度"), 3, 1));
        t.addCell(span(head("評価・今後の方向性"), 1, 2));
        t.addCell(head("指標名"));
        t.addCell(head("単位"));
        t.addCell(head("Ｒ４年度"));
        t.addCell(head("Ｒ５年度"));
        t.addCell(head("目標値"));
        t.addCell(head("実績値"));
        t.addCell(head("達成度"));
        for (Kadai k : KADAI) {
            int n = k.shihyo().size();
            t.addCell(span(cell(k.no(), fLabel, Element.ALIGN_CENTER, LABEL_BG), 1, n));
            PdfPCell kc = cell(k.name() + "\n\n（" + k.tanto() + "）", fLabel, Element.ALIGN_LEFT, null);
            kc.setVerticalAlignment(Element.ALIGN_TOP);
            t.addCell(span(kc, 1, n));
            t.addCell(span(torikumiCell(k.torikumi()), 1, n));
            for (int i = 0; i < n; i++) {
                Shihyo s = k.shihyo().get(i);
                PdfPCell nc = cell(s.no() + "\n" + s.name(), fVal, Element.ALIGN_LEFT, null);
                nc.setMinimumHeight(46f);
                t.addCell(nc);
                t.addCell(cell(s.tani(), fVal, Element.ALIGN_CENTER, null));
                t.addCell(num(s.r4()));
                t.addCell(num(s.r5()));
                t.addCell(num(s.target()));
                t.addCell(num(s.r6()));
                t.addCell(cell(s.mark(), fMark, Element.ALIGN_CENTER, null));
                if (i == 0) {
                    PdfPCell hc = cell(k.hyoka(), fSmall, Element.ALIGN_LEFT, null);
                    hc.setVerticalAlignment(Element.ALIGN_TOP);
                    t.addCell(span(hc, 1, n));
                }
            }
        }
        doc.add(t);
        doc.add(note("【取組状況】■：計画どおり実施　□：一部実施・未実施　　【達成度】●：達成（目標値以上）　◐：概ね達成（目標値の80％以上）　○：未達成（目標値の80％未満）　－：評価対象外"));
        doc.add(note("※ 指標4-3は暦年（１月～12月）の値で、Ｒ４年度欄は令和４年、Ｒ５年度欄は令和５年、令和６年度欄は令和６年の件数（大阪府警察の犯罪統計による）。目標値は件数以下を達成とする。"));
        doc.add(note("※ 3-3の令和６年度実績（※印）は速報値。2-3は令和６年10月の本格実施以降の利用率（新規指標のため過年度実績なし）。"));
    }

    static String fmt(long v) {
        String s = String.format("%,d", Math.abs(v));
        return v < 0 ? "△" + s : s;
    }

    static long parse(String s) {
        return s.equals("－") ? 0 : Long.parseLong(s.replace(",", ""));
    }

    static void jigyoBlock(Document doc) throws DocumentException {
        doc.add(heading("５．経営課題に関連する主な事業"));
        Paragraph u = new Paragraph("（単位：千円）", fSmall);
        u.setAlignment(Element.ALIGN_RIGHT);
        doc.add(u);
        PdfPTable t = new PdfPTable(new float[]{24, 128, 46, 84, 84, 76, 110, 234});
        t.setWidthPercentage(100);
        t.setHeaderRows(2);
        t.addCell(span(head("No."), 1, 2));
        t.addCell(span(head("事　業　名"), 1, 2));
        t.addCell(span(head("関連\n課題"), 1, 2));
        t.addCell(span(head("予　算　額"), 3, 1));
        t.addCell(span(head("所管課"), 1, 2));
        t.addCell(span(head("令和６年度の主な実績・令和７年度の主な内容"), 1, 2));
        t.addCell(head("令和６年度\n（最終予算）"));
        t.addCell(head("令和７年度\n（当初予算）"));
        t.addCell(head("増　減"));
        String[] naiyo = {
                "東部・中部・南部エリアコミュニティセンターの指定管理",
                "自治会への活動補助金、加入促進リーフレットの作成",
                "「もりぐち地域づくり塾」の開催（全８回）",
                "書かない窓口システムの導入（令和６年度）、保守・運用",
                "コンビニ交付サービスの運営負担金",
                "人権啓発講演会、人権週間行事、パートナーシップ宣誓制度",
                "多言語による生活ガイドの作成、やさしい日本語の研修",
                "消費生活相談員の配置、出前講座の開催",
                "青色防犯パトロール団体への支援、防犯カメラの維持管理"};
        long s6 = 0, s7 = 0;
        for (int i = 0; i < JIGYO.size(); i++) {
            Jigyo j = JIGYO.get(i);
            t.addCell(cell(j.no(), fVal, Element.ALIGN_CENTER, null));
            t.addCell(val(j.name()));
            t.addCell(cell(j.kadai(), fVal, Element.ALIGN_CENTER, null));
            t.addCell(num(j.r6()));
            t.addCell(num(j.r7()));
            long d = parse(j.r7()) - parse(j.r6());
            t.addCell(num(j.r6().equals("－") ? "皆増" : fmt(d)));
            t.addCell(cell(j.ka(), fSmall, Element.ALIGN_LEFT, null));
            t.addCell(cell(naiyo[i], fSmall, Element.ALIGN_LEFT, null));
            s6 += parse(j.r6());
            s7 += parse(j.r7());
        }
        t.addCell(span(cell("合　　計", fLabel, Element.ALIGN_CENTER, TOTAL_BG), 3, 1));
        t.addCell(num(fmt(s6)));
        t.addCell(num(fmt(s7)));
        t.addCell(num(fmt(s7 - s6)));
        t.addCell(span(cell("", fSmall, Element.ALIGN_LEFT, TOTAL_BG), 2, 1));
        doc.add(t);
        doc.add(note("※ 令和６年度は９月補正後の最終予算額。合計は本表に掲げた事業の計であり、部の予算総額ではない。"));
    }

    static void sokatsuBlock(Document doc) throws DocumentException {
        doc.add(heading("６．部長総括"));
        PdfPTable t = new PdfPTable(new float[]{600, 46, 46, 46, 46});
        t.setWidthPercentage(100);
        PdfPCell c = span(val(SOKATSU), 1, 2);
        c.setVerticalAlignment(Element.ALIGN_TOP);
        c.setPadding(5f);
        t.addCell(c);
        for (String s : new String[]{"部　長", "次　長", "課　長", "担　当"}) t.addCell(head(s));
        for (int i = 0; i < 4; i++) {
            PdfPCell e = cell("", fVal, Element.ALIGN_CENTER, null);
            e.setMinimumHeight(40f);
            t.addCell(e);
        }
        doc.add(t);
        Paragraph q = new Paragraph("【問合せ先】市民生活部 コミュニティ推進課　内線２４１７", fSmall);
        q.setAlignment(Element.ALIGN_RIGHT);
        q.setSpacingBefore(3f);
        doc.add(q);
    }

    // ---------------------------------------------------------------- facts
    static final List<String> FACTS = new ArrayList<>();
    static final Set<String> SEEN = new HashSet<>();

    static String esc(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    static String normUnit(String u) {
        return java.text.Normalizer.normalize(u, java.text.Normalizer.Form.NFKC);
    }

    static void fact(String type, String value) {
        FACTS.add("{\"type\": \"" + type + "\", \"value\": \"" + esc(value) + "\"}");
    }

    static void issue(String subject) {
        FACTS.add("{\"type\": \"issue\", \"subject\": \"" + esc(subject) + "\"}");
    }

    static void action(String subject, String value) {
        FACTS.add("{\"type\": \"action\", \"subject\": \"" + esc(subject) + "\", \"value\": \"" + esc(value) + "\"}");
    }

    static void stat(String subject, String value, String unit, int year) {
        String v = value.replace(",", "").replace("※", "");
        if (v.equals("－")) return;
        String key = subject + "|" + year + "|" + v;
        if (!SEEN.add(key)) return; // listed once
        FACTS.add("{\"type\": \"statistic\", \"subject\": \"" + esc(subject) + "\", \"value\": \"" + v
                + "\", \"unit\": \"" + esc(normUnit(unit)) + "\", \"year\": " + year + "}");
    }

    static void buildFacts() {
        fact("municipality", "272094");
        fact("fiscal-year", "2024");
        fact("title", TITLE);
        fact("mission", KIHON.shimei());
        stat("職員数", String.valueOf(KIHON.shokuinValue()), "人", KIHON.shokuinYear());
        for (String[] y : KIHON.yosan()) stat("一般会計当初予算額", y[2], "千円", Integer.parseInt(y[3]));
        int[] years = {2022, 2023, 2024};
        for (Genkyo g : GENKYO)
            for (int i = 0; i < 3; i++) stat(g.koumoku(), g.values()[i], g.tani(), years[i]);
        // prose of section 3
        stat("人口", "144958", "人", 2014);
        stat("高齢化率", "29.6", "％", 2024);
        stat("自治会加入率", "64.1", "％", 2014);
        stat("市内の刑法犯認知件数（暦年）", "1086", "件", 2024);
        stat("市内の刑法犯認知件数（暦年）", "1142", "件", 2023);
        stat("特殊詐欺の被害件数", "31", "件", 2024);
        stat("特殊詐欺の被害件数", "24", "件", 2023);
        for (Kadai k : KADAI) {
            issue(k.name());
            for (Torikumi tk : k.torikumi()) action(k.name(), tk.text());
            for (Shihyo s : k.shihyo()) {
                stat(s.name(), s.r4(), s.tani(), 2022);
                stat(s.name(), s.r5(), s.tani(), 2023);
                stat(s.name(), s.r6(), s.tani(), 2024);
            }
        }
        for (Jigyo j : JIGYO) {
            String name = j.name().replace("（新規）", "");
            stat(name, j.r6(), "千円", 2024);
            stat(name, j.r7(), "千円", 2025);
        }
    }

    // ---------------------------------------------------------------- main
    public static void main(String[] args) throws Exception {
        String out = args.length > 0 ? args[0] : "moriguchi.pdf";
        initFonts();
        Document doc = new Document(new Rectangle(PageSize.A4.getHeight(), PageSize.A4.getWidth()), 28, 28, 40, 34);
        PdfWriter w = PdfWriter.getInstance(doc, new FileOutputStream(out));
        w.setPageEvent(new HeaderFooter());
        doc.addTitle(TITLE);
        doc.addAuthor("守口市 市民生活部");
        doc.addSubject(FORM);
        doc.addCreator("守口市 行政経営支援システム GKS-0520 帳票出力（OpenPDF）");
        doc.open();
        titleBlock(doc);
        kihonBlock(doc);
        genkyoBlock(doc);
        genjoBlock(doc);
        kadaiBlock(doc);
        jigyoBlock(doc);
        sokatsuBlock(doc);
        doc.close();
        if (args.length > 1) {
            buildFacts();
            try (Writer fw = new OutputStreamWriter(new FileOutputStream(args[1]), StandardCharsets.UTF_8)) {
                fw.write("[\n" + String.join(",\n", FACTS) + "\n]\n");
            }
        }
    }
}
