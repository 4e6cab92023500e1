// 佐伯市議会 政務活動費管理システム（SEIMU-NAVI）帳票出力モジュールの再現
// 帳票番号 SK-305 政務活動報告書（行政視察） を OpenPDF 2.0.5 で出力する。
// javac -cp openpdf-2.0.5.jar SaikiSeimuReport.java && java -cp openpdf-2.0.5.jar:. SaikiSeimuReport OUT.pdf
import com.lowagie.text.*;
import com.lowagie.text.pdf.*;
import java.awt.Color;
import java.io.FileOutputStream;
import java.util.*;
import java.util.List;

class SaikiSeimuReport {   // package-private: the file may carry the batch name

    // ---- data records (as the system would load them from its tables) ----
    record Member(int no, String family, String given, String role, String marks, String days, String note) {}
    record Step(String day, String dow, String time, String kind, String route, String note) {}
    record Figure(String item, String value, String unit) {}
    record Visit(String no, String date, String dow, String start, String end, String pref, String city,
                 List<String> topics, String venue, List<Figure> figs, String asOf, String areaNote) {}
    record Answer(String text, String dept) {}
    record Qa(int no, String question, String asker, List<Answer> answers) {}
    record Opinion(String writer, List<String> paras, String use) {}
    record Cost(String item, String amount, String ratio, String charged, String note) {}

    static BaseFont GOTHIC, MINCHO;
    static Font f7, f8, f85, f9, f10, f12, f15, m85, fHead;
    static final Color LABEL = new Color(0xE4, 0xEA, 0xF1);
    static final Color HEAD = new Color(0xD3, 0xDD, 0xEA);
    static final Color REF = new Color(0xF2, 0xF2, 0xF2);
    static final Color BAND = new Color(0x2F, 0x4F, 0x7A);

    static final String SYSTEM = "佐伯市議会　政務活動費管理システム　SEIMU-NAVI Ver.2.3";
    static final String PRINTED = "出力日時：2025/12/08 09:47:12　　出力者：sgk-yano05";
    static final String FORM = "帳票番号：SK-305　政務活動報告書（行政視察）";

    public static void main(String[] args) throws Exception {
        String out = args.length > 0 ? args[0] : "b73-01-saiki-openpdfseimu.pdf";
        GOTHIC = BaseFont.createFont("/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        MINCHO = BaseFont.createFont("/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        f7 = new Font(GOTHIC, 7); f8 = new Font(GOTHIC, 8); f85 = new Font(GOTHIC, 8.5f); f9 = new Font(GOTHIC, 9);
        f10 = new Font(GOTHIC, 10); f12 = new Font(GOTHIC, 12, Font.BOLD); f15 = new Font(GOTHIC, 15, Font.BOLD);
        m85 = new Font(MINCHO, 8.5f); fHead = new Font(GOTHIC, 10, Font.NORMAL, Color.WHITE);

        Document doc = new Document(PageSize.A4.rotate(), 28, 28, 58, 40);
        PdfWriter writer = PdfWriter.getInstance(doc, new FileOutputStream(out));
        writer.setPageEvent(new Frame());
        doc.addTitle("令和７年度 政務活動報告書（行政視察） 未来創志会");
        doc.addCreator("SEIMU-NAVI Ver.2.3 帳票出力モジュール（SK-305）");
        doc.addAuthor("佐伯市議会事務局");
        doc.open();
        Calendar printed = new GregorianCalendar(TimeZone.getTimeZone("Asia/Tokyo"));
        printed.set(2025, Calendar.DECEMBER, 8, 9, 47, 12);
        writer.getInfo().put(PdfName.CREATIONDATE, new PdfDate(printed));
        writer.getInfo().put(PdfName.MODDATE, new PdfDate(printed));

        title(doc);
        keyValue(doc);
        members(doc);
        itinerary(doc);
        visits(doc);
        questions(doc);
        opinions(doc);
        summary(doc);
        costs(doc);
        doc.close();
    }

    // ---------------------------------------------------------------- page frame
    static class Frame extends PdfPageEventHelper {
        PdfTemplate total;
        @Override public void onOpenDocument(PdfWriter w, Document d) {
            total = w.getDirectContent().createTemplate(30, 12);
        }
        @Override public void onEndPage(PdfWriter w, Document d) {
            PdfContentByte cb = w.getDirectContent();
            Rectangle p = d.getPageSize();
            float l = d.left(), r = d.right(), top = p.getHeight() - 22;
            ColumnText.showTextAligned(cb, Element.ALIGN_LEFT, new Phrase(SYSTEM, f8), l, top, 0);
            ColumnText.showTextAligned(cb, Element.ALIGN_RIGHT, new Phrase(PRINTED, f8), r, top, 0);
            ColumnText.showTextAligned(cb, Element.ALIGN_LEFT, new Phrase(FORM, f8), l, top - 12, 0);
            String pg = "頁　" + w.getPageNumber() + "／";
            float pgw = GOTHIC.getWidthPoint(pg, 8);
            ColumnText.showTextAligned(cb, Element.ALIGN_LEFT, new Phrase(pg, f8), r - 14 - pgw, top - 12, 0);
            cb.addTemplate(total, r - 14, top - 12);
            cb.setLineWidth(0.8f);
            cb.moveTo(l, top - 17); cb.lineTo(r, top - 17); cb.stroke();
            cb.setLineWidth(0.3f);
            cb.moveTo(l, top - 19.5f); cb.lineTo(r, top - 19.5f); cb.stroke();
            // footer
            float fy = 22;
            cb.setLineWidth(0.4f);
            cb.moveTo(l, fy + 10); cb.lineTo(r, fy + 10); cb.stroke();
            ColumnText.showTextAligned(cb, Element.ALIGN_LEFT, new Phrase("佐伯市議会事務局　議事課　政務活動費担当", f7), l, fy, 0);
            ColumnText.showTextAligned(cb, Element.ALIGN_CENTER, new Phrase("- " + w.getPageNumber() + " -", f8), (l + r) / 2, fy, 0);
            ColumnText.showTextAligned(cb, Element.ALIGN_RIGHT, new Phrase("SK-305（R07版）　※本帳票はシステムから出力したものです", f7), r, fy, 0);
        }
        @Override public void onCloseDocument(PdfWriter w, Document d) {
            ColumnText.showTextAligned(total, Element.ALIGN_LEFT,
                    new Phrase(String.valueOf(w.getPageNumber() - 1), f8), 0, 1.5f, 0);
        }
    }

    // ---------------------------------------------------------------- helpers
    static PdfPCell cell(String text, Font f, int align) {
        PdfPCell c = new PdfPCell(new Phrase(text, f));
        c.setHorizontalAlignment(align);
        c.setVerticalAlignment(Element.ALIGN_MIDDLE);
        c.setPaddingTop(2.5f); c.setPaddingBottom(3.5f); c.setPaddingLeft(3); c.setPaddingRight(3);
        c.setBorderWidth(0.5f);
        c.setLeading(0, 1.25f);
        return c;
    }
    static PdfPCell cell(String text) { return cell(text, f85, Element.ALIGN_LEFT); }
    static PdfPCell label(String text) {
        PdfPCell c = cell(text, f85, Element.ALIGN_CENTER);
        c.setBackgroundColor(LABEL);
        return c;
    }
    static PdfPCell head(String text) {
        PdfPCell c = cell(text, f85, Element.ALIGN_CENTER);
        c.setBackgroundColor(HEAD);
        return c;
    }
    static PdfPCell span(PdfPCell c, int cols, int rows) { c.setColspan(cols); c.setRowspan(rows); return c; }
    static PdfPCell right(String t) { return cell(t, f85, Element.ALIGN_RIGHT); }
    static PdfPCell center(String t) { return cell(t, f85, Element.ALIGN_CENTER); }

    static void band(Document doc, String text) throws DocumentException {
        PdfPTable t = new PdfPTable(1);
        t.setWidthPercentage(100);
        t.setSpacingBefore(9); t.setSpacingAfter(4);
        PdfPCell c = new PdfPCell(new Phrase(text, fHead));
        c.setBackgroundColor(BAND); c.setBorder(Rectangle.NO_BORDER);
        c.setPaddingTop(2); c.setPaddingBottom(4); c.setPaddingLeft(6);
        t.addCell(c);
        t.setKeepTogether(true);
        doc.add(t);
    }
    static void note(Document doc, String text) throws DocumentException {
        Paragraph p = new Paragraph(text, f8);
        p.setIndentationLeft(12); p.setFirstLineIndent(-12); p.setLeading(11);
        p.setSpacingBefore(1);
        doc.add(p);
    }

    // ---------------------------------------------------------------- page 1 top
    static void title(Document doc) throws DocumentException {
        Paragraph p = new Paragraph("令和７年度　政務活動報告書（行政視察）", f15);
        p.setAlignment(Element.ALIGN_CENTER);
        p.setSpacingBefore(2);
        doc.add(p);
        Paragraph s = new Paragraph("様式第４号（第９条関係）　　会派単位報告", f9);
        s.setAlignment(Element.ALIGN_CENTER);
        doc.add(s);
        Paragraph u = new Paragraph("最終更新：2025/11/28 16:05　更新者：sgk-yano05", f7);
        u.setAlignment(Element.ALIGN_RIGHT);
        u.setSpacingAfter(3);
        doc.add(u);
    }

    static void keyValue(Document doc) throws DocumentException {
        PdfPTable t = new PdfPTable(new float[]{11, 22, 11, 22, 11, 23});
        t.setWidthPercentage(100);
        t.addCell(label("受付番号")); t.addCell(cell("R07-政活-0118"));
        t.addCell(label("受付日")); t.addCell(cell("2025/11/28"));
        t.addCell(label("承認状態")); t.addCell(cell("承認済（議長確認 2025/12/03）"));

        t.addCell(label("会派名")); t.addCell(cell("未来創志会"));
        t.addCell(label("代表者")); t.addCell(cell("清家　康弘"));
        t.addCell(label("報告書作成者")); t.addCell(cell("矢野　一成"));

        t.addCell(label("提出日")); t.addCell(cell("令和７年１１月２７日（木）"));
        t.addCell(label("提出先")); t.addCell(cell("佐伯市議会議長　藤原　昭二　様"));
        t.addCell(label("支出番号")); t.addCell(cell("第０４２号（交通費・宿泊費）"));

        t.addCell(label("対象年度")); t.addCell(cell("令和７年度"));
        t.addCell(label("活動区分"));
        t.addCell(span(cell("■行政視察　　□研修会参加　　□調査研究　　□広報広聴　　□その他"), 3, 1));

        t.addCell(label("活動期間"));
        t.addCell(span(cell("令和７年１１月１１日（火）～１１月１３日（木）　　２泊３日（移動：臼杵港～八幡浜港 フェリー、現地レンタカー）"), 5, 1));

        PdfPCell purpose = cell("本市は面積９０３．１４㎢と九州で最も広い市域を有し、令和７年１０月末現在の人口は６万３，４１８人で、"
                + "前年同期から約１，１００人減少している。南海トラフ地震では沿岸部で最大１４ｍ級の津波が想定され、"
                + "第２次佐伯市総合計画後期基本計画（令和５年度～令和９年度）においても「命を守る防災・減災」と"
                + "「林業・水産業の再生」を重点に掲げている。このため、豪雨災害からの復興、津波対策、ふるさと納税を"
                + "活用した水産振興及び森林資源の活用に先進的に取り組む四国西南地域の４団体を視察し、会派の政策提言に資するものとする。", m85, Element.ALIGN_LEFT);
        t.addCell(label("視察目的"));
        t.addCell(span(purpose, 5, 1));

        t.addCell(label("視察先"));
        t.addCell(span(cell("①　愛媛県西予市　　　②　高知県黒潮町　　　③　高知県須崎市　　　④　高知県檮原町　　　（計４団体）"), 5, 1));
        doc.add(t);
    }

    // ---------------------------------------------------------------- 1 members
    static final List<Member> MEMBERS = List.of(
            new Member(1, "清家", "康弘", "代表", "■■■■", "3日", ""),
            new Member(2, "御手洗", "真由美", "幹事長", "■■■■", "3日", ""),
            new Member(3, "河野", "隆之", "会計責任者", "■■■■", "3日", ""),
            new Member(4, "矢野", "一成", "会員", "■■■■", "3日", "報告書作成"),
            new Member(5, "塩月", "美咲", "会員", "□■■■", "2日",
                    "11/11 公務（佐伯地区消防組合議会）のため欠席\n11/12 黒潮町視察から合流（自家用車）"),
            new Member(6, "首藤", "健", "会員", "□□□□", "－",
                    "体調不良のため全日程不参加\n（旅費の充当なし）"));

    static void members(Document doc) throws DocumentException {
        band(doc, "１　参加議員及び視察先別参加状況");
        PdfPTable t = new PdfPTable(new float[]{4, 10, 9, 7, 7, 7, 7, 7, 32});
        t.setWidthPercentage(100);
        t.setHeaderRows(2);
        t.addCell(span(head("No."), 1, 2));
        t.addCell(span(head("氏　名"), 1, 2));
        t.addCell(span(head("会派役職"), 1, 2));
        t.addCell(span(head("視察先別参加状況"), 4, 1));
        t.addCell(span(head("参加\n日数"), 1, 2));
        t.addCell(span(head("備　考（欠席・合流等）"), 1, 2));
        for (String h : List.of("①\n西予市", "②\n黒潮町", "③\n須崎市", "④\n檮原町")) t.addCell(head(h));
        for (Member m : MEMBERS) {
            t.addCell(center(String.valueOf(m.no())));
            t.addCell(cell(m.family() + "\n" + m.given()));
            t.addCell(center(m.role()));
            for (char c : m.marks().toCharArray()) t.addCell(cell(String.valueOf(c), f10, Element.ALIGN_CENTER));
            t.addCell(center(m.days()));
            t.addCell(cell(m.note(), f8, Element.ALIGN_LEFT));
        }
        doc.add(t);
        note(doc, "凡例　■：参加　　□：不参加　　参加日数は行程（11/11～11/13）のうち参加した日数。会派事務補助員等の同行者なし。");
        note(doc, "※　政務活動費の充当対象は、参加状況が■の議員に係る経費に限る（佐伯市議会政務活動費の交付に関する条例第５条）。");
    }

    // ---------------------------------------------------------------- 2 itinerary
    static final List<Step> STEPS = List.of(
            new Step("11/11", "（火）", "6:50", "移動", "佐伯市役所　発（レンタカー）", ""),
            new Step("11/11", "（火）", "9:00", "移動", "臼杵港　発（九四オレンジフェリー）", "車両航送"),
            new Step("11/11", "（火）", "11:25", "移動", "八幡浜港　着　（昼食）", ""),
            new Step("11/11", "（火）", "14:00～15:30", "視察", "【視察①】愛媛県西予市\n西予市役所　本庁舎", "３参照"),
            new Step("11/11", "（火）", "17:30", "宿泊", "宇和島市内　泊", ""),
            new Step("11/12", "（水）", "8:00", "移動", "ホテル　発", ""),
            new Step("11/12", "（水）", "9:30～11:30", "視察", "【視察②】高知県黒潮町\n黒潮町役場　本庁舎（防災センター）", "３参照"),
            new Step("11/12", "（水）", "14:00～15:30", "視察", "【視察③】高知県須崎市\n須崎市役所　本庁舎", "３参照"),
            new Step("11/12", "（水）", "16:40", "宿泊", "須崎市内　泊", ""),
            new Step("11/13", "（木）", "8:30", "移動", "ホテル　発", ""),
            new Step("11/13", "（木）", "10:00～11:30", "視察", "【視察④】高知県檮原町\n檮原町総合庁舎", "３参照"),
            new Step("11/13", "（木）", "15:10", "移動", "八幡浜港　発（九四オレンジフェリー）", ""),
            new Step("11/13", "（木）", "17:35", "移動", "臼杵港　着", ""),
            new Step("11/13", "（木）", "18:40", "移動", "佐伯市役所　着　解散", ""));

    static void itinerary(Document doc) throws DocumentException {
        band(doc, "２　視察行程（実績）");
        PdfPTable t = new PdfPTable(new float[]{9, 13, 7, 50, 21});
        t.setWidthPercentage(100);
        t.setHeaderRows(1);
        for (String h : List.of("月　日", "時　刻", "区分", "行程・視察先", "備　考")) t.addCell(head(h));
        Map<String, Integer> perDay = new LinkedHashMap<>();
        for (Step s : STEPS) perDay.merge(s.day(), 1, Integer::sum);
        String prev = "";
        for (Step s : STEPS) {
            if (!s.day().equals(prev)) {
                t.addCell(span(center(s.day() + "\n" + s.dow()), 1, perDay.get(s.day())));
                prev = s.day();
            }
            t.addCell(center(s.time()));
            PdfPCell k = center(s.kind());
            if (s.kind().equals("視察")) k.setBackgroundColor(REF);
            t.addCell(k);
            t.addCell(cell(s.route()));
            t.addCell(cell(s.note(), f8, Element.ALIGN_LEFT));
        }
        doc.add(t);
        note(doc, "※　時刻は実績。視察の時間は説明開始から質疑終了まで。宿泊地（宇和島市、須崎市内）は宿泊のみで、宇和島市は視察先ではない。");
    }

    // ---------------------------------------------------------------- 3 visits
    static final List<Visit> VISITS = List.of(
            new Visit("①", "R7.11.11", "（火）", "14:00", "15:30", "愛媛県", "西予市",
                    List.of("平成３０年７月豪雨災害からの復興まちづくりと地域防災力の強化について"),
                    "西予市役所　本庁舎３階\n総務部　危機管理課長\n建設部　復興推進室長",
                    List.of(new Figure("人口", "34,102", "人"), new Figure("世帯数", "16,388", "世帯"), new Figure("面積", "514.34", "㎢")),
                    "2025/10/31", "※1"),
            new Visit("②", "R7.11.12", "（水）", "9:30", "11:30", "高知県", "黒潮町",
                    List.of("南海トラフ地震に備えた「犠牲者ゼロ」の津波防災対策について",
                            "戸別避難カルテによる避難行動要支援者の支援について"),
                    "黒潮町役場　防災センター\n情報防災課長\n同課　防災係長",
                    List.of(new Figure("人口", "約10,400", "人"), new Figure("世帯数", "約5,600", "世帯"), new Figure("面積", "188.58", "㎢")),
                    "R7.9末\n（概数）", "※1"),
            new Visit("③", "R7.11.12", "（水）", "14:00", "15:30", "高知県", "須崎市",
                    List.of("ふるさと納税を活用した水産業の振興と地域商社の取組について"),
                    "須崎市役所　本庁舎\n元気創造課長\n同課　地域商社担当",
                    List.of(new Figure("人口", "19,412", "人"), new Figure("世帯数", "－", "世帯"), new Figure("面積", "135.44", "㎢")),
                    "2025/10/01", "※1"),
            new Visit("④", "R7.11.13", "（木）", "10:00", "11:30", "高知県", "檮原町",
                    List.of("森林資源を生かした環境モデル都市の取組と木造公共建築について"),
                    "檮原町総合庁舎\n環境整備課長\n産業振興課　林業担当",
                    List.of(new Figure("人口", "3,071", "人"), new Figure("世帯数", "1,602", "世帯"), new Figure("面積", "236.45", "㎢")),
                    "2025/09/30", "※1"));

    static void visits(Document doc) throws DocumentException {
        band(doc, "３　視察先別調査概要");
        PdfPTable t = new PdfPTable(new float[]{3.5f, 7, 5.5f, 7, 27, 17, 6, 8, 4.5f, 8.5f});
        t.setWidthPercentage(100);
        t.setHeaderRows(2);
        t.addCell(span(head("No."), 1, 2));
        t.addCell(span(head("視察日"), 1, 2));
        t.addCell(span(head("時間"), 1, 2));
        t.addCell(span(head("視察先"), 1, 2));
        t.addCell(span(head("調　査　事　項"), 1, 2));
        t.addCell(span(head("会場／説明者（職名）"), 1, 2));
        t.addCell(span(head("視察先の概況（提供資料による）"), 4, 1));
        t.addCell(head("項目")); t.addCell(head("数値")); t.addCell(head("単位")); t.addCell(head("基準日"));
        for (Visit v : VISITS) {
            t.addCell(span(center(v.no()), 1, 3));
            t.addCell(span(center(v.date() + "\n" + v.dow()), 1, 3));
            t.addCell(span(center(v.start() + "\n～\n" + v.end()), 1, 3));
            t.addCell(span(center(v.pref() + "\n" + v.city()), 1, 3));
            StringBuilder tp = new StringBuilder();
            if (v.topics().size() == 1) tp.append(v.topics().get(0));
            else for (int i = 0; i < v.topics().size(); i++) {
                if (i > 0) tp.append("\n");
                tp.append("（").append(i + 1).append("）").append(v.topics().get(i));
            }
            t.addCell(span(cell(tp.toString()), 1, 3));
            t.addCell(span(cell(v.venue(), f8, Element.ALIGN_LEFT), 1, 3));
            for (int i = 0; i < 3; i++) {
                Figure g = v.figs().get(i);
                t.addCell(center(g.item()));
                t.addCell(g.value().equals("－") ? center(g.value()) : right(g.value()));
                t.addCell(center(g.unit()));
                if (i == 0) t.addCell(span(center(v.asOf()), 1, 2));
                if (i == 2) t.addCell(center(v.areaNote()));
            }
        }
        // reference row: the home city (not a destination)
        PdfPCell r1 = span(center("（参考）"), 2, 3); r1.setBackgroundColor(REF); t.addCell(r1);
        PdfPCell r2 = span(center("－"), 1, 3); r2.setBackgroundColor(REF); t.addCell(r2);
        PdfPCell r3 = span(center("大分県\n佐伯市"), 1, 3); r3.setBackgroundColor(REF); t.addCell(r3);
        PdfPCell r4 = span(cell("本市（比較用）"), 1, 3); r4.setBackgroundColor(REF); t.addCell(r4);
        PdfPCell r5 = span(cell("－"), 1, 3); r5.setBackgroundColor(REF); t.addCell(r5);
        String[][] home = {{"人口", "63,418", "人"}, {"世帯数", "31,207", "世帯"}, {"面積", "903.14", "㎢"}};
        for (int i = 0; i < 3; i++) {
            PdfPCell a = center(home[i][0]); a.setBackgroundColor(REF); t.addCell(a);
            PdfPCell b = right(home[i][1]); b.setBackgroundColor(REF); t.addCell(b);
            PdfPCell c = center(home[i][2]); c.setBackgroundColor(REF); t.addCell(c);
            if (i == 0) { PdfPCell d = span(center("2025/10/31"), 1, 2); d.setBackgroundColor(REF); t.addCell(d); }
            if (i == 2) { PdfPCell d = center("※1"); d.setBackgroundColor(REF); t.addCell(d); }
        }
        doc.add(t);
        note(doc, "※1　人口・世帯数は各団体の住民基本台帳（提供資料）による。面積は国土地理院「全国都道府県市区町村別面積調」（令和７年７月１日時点）による。");
        note(doc, "※2　黒潮町の人口・世帯数は説明資料の概数（令和７年９月末）を入力。須崎市は提供資料に世帯数の記載がないため「－」とした。");
        note(doc, "※3　（参考）欄は本市の数値であり、視察先ではない。");
    }

    // ---------------------------------------------------------------- 4 Q&A
    static final Map<String, List<Qa>> QAS = new LinkedHashMap<>();
    static {
        QAS.put("①\n愛媛県\n西予市", List.of(
                new Qa(1, "豪雨災害の後、避難情報の発令基準をどのように見直したか。", "河野",
                        List.of(new Answer("ダムの放流情報と連動した発令基準に改め、河川ごとに避難判断水位を設定した。地区説明会は延べ４２回開催した。", "危機管理課"))),
                new Qa(2, "被災者の住まいの再建に対する市独自の支援はあるか。", "御手洗",
                        List.of(new Answer("国の生活再建支援金に加え、市独自に最大１００万円を上乗せした。令和６年度末までに１８６世帯が活用している。", "復興推進室"))),
                new Qa(3, "地区防災計画の策定状況と、策定を進める上での工夫を伺う。", "矢野",
                        List.of(new Answer("市内２７地区のうち２１地区で策定済み。自主防災組織と地区担当職員が一緒に地域を歩くことから始めている。", "危機管理課")))));
        QAS.put("②\n高知県\n黒潮町", List.of(
                new Qa(1, "「犠牲者ゼロ」の方針を住民に浸透させるため、どのような工夫をしたか。", "清家",
                        List.of(new Answer("全職員を地域担当とし、町内６１地区で避難訓練やワークショップを重ねてきた。", "情報防災課"))),
                new Qa(2, "戸別避難カルテの作成率と更新の方法を伺う。", "塩月",
                        List.of(new Answer("対象世帯の９割以上で作成済み。毎年の訓練に合わせて地区ごとに更新している。", "情報防災課"))),
                new Qa(3, "津波避難タワーの維持管理費はどの程度か。また、その財源は。", "河野",
                        List.of(new Answer("町内６基の点検・修繕費として年間約９００万円を見込んでいる。", "情報防災課"),
                                new Answer("整備には緊急防災・減災事業債を活用し、維持管理には一般財源を充てている。", "総務課"))),
                new Qa(4, "防災を産業振興に生かす取組はあるか。", "御手洗",
                        List.of(new Answer("第三セクターの缶詰製作所を設立し、備蓄食の製造と地元雇用につなげている。", "産業推進室")))));
        QAS.put("③\n高知県\n須崎市", List.of(
                new Qa(1, "ふるさと納税の寄附額と、返礼品に占める水産物の割合を伺う。", "矢野",
                        List.of(new Answer("令和６年度の寄附額は約１８億円で、返礼品の約７割が水産物とその加工品である。", "元気創造課"))),
                new Qa(2, "地域商社の運営体制と市の関与はどうなっているか。", "清家",
                        List.of(new Answer("市が出資する株式会社が運営し、職員２名を派遣している。令和９年度の自立を目標としている。", "元気創造課")))));
        QAS.put("④\n高知県\n檮原町", List.of(
                new Qa(1, "町産材を公共建築に使う際の調達とコストの考え方を伺う。", "河野",
                        List.of(new Answer("森林組合と連携して計画的に伐採・乾燥し、設計段階で町産材の使用量を定めている。", "環境整備課"))),
                new Qa(2, "ＦＳＣ森林認証の取得による効果は何か。", "塩月",
                        List.of(new Answer("認証材として付加価値が高まり、町外の建築需要にも応えられるようになった。", "産業振興課"))),
                new Qa(3, "木質バイオマスの活用状況を伺う。", "矢野",
                        List.of(new Answer("温泉施設と小学校にペレットボイラーを導入し、ペレット工場は年間約１，８００トンを生産している。", "環境整備課")))));
    }

    static String fullName(String family) {
        for (Member m : MEMBERS) if (m.family().equals(family)) return m.family() + "\n" + m.given();
        throw new IllegalArgumentException(family);
    }

    static void questions(Document doc) throws DocumentException {
        band(doc, "４　質疑応答（要旨）");
        PdfPTable t = new PdfPTable(new float[]{7, 3.5f, 30, 7, 41, 11.5f});
        t.setWidthPercentage(100);
        t.setHeaderRows(1);
        for (String h : List.of("視察先", "No.", "質　問　要　旨", "質問者", "回　答　要　旨", "回答者（所管）")) t.addCell(head(h));
        for (Map.Entry<String, List<Qa>> e : QAS.entrySet()) {
            int rows = 0;
            for (Qa q : e.getValue()) rows += q.answers().size();
            t.addCell(span(center(e.getKey()), 1, rows));
            for (Qa q : e.getValue()) {
                int n = q.answers().size();
                t.addCell(span(center(String.valueOf(q.no())), 1, n));
                t.addCell(span(cell(q.question()), 1, n));
                t.addCell(span(center(fullName(q.asker())), 1, n));
                for (Answer a : q.answers()) {
                    t.addCell(cell(a.text()));
                    t.addCell(center(a.dept()));
                }
            }
        }
        doc.add(t);
        note(doc, "※　質問者・回答者の発言は要旨。一つの質問に複数の課が回答した場合は回答欄を分けて記載している。");
    }

    // ---------------------------------------------------------------- 5 opinions
    static final Map<String, List<Opinion>> OPS = new LinkedHashMap<>();
    static {
        OPS.put("①\n愛媛県\n西予市", List.of(
                new Opinion("河野", List.of("被災から７年が経過してもなお、復興と防災を一体で進める姿勢が印象的であった。ダムの放流情報と避難情報を連動させた発令基準は、番匠川水系を抱える本市でも検討すべき課題である。"), "■一般質問\n□予算要望\n□委員会"),
                new Opinion("御手洗", List.of("住まいの再建に市独自の上乗せ支援を行い、被災者が地域に住み続けられるよう配慮していた。本市でも災害後の人口流出を防ぐ観点から、生活再建支援の在り方を事前に整理しておく必要がある。"), "□一般質問\n■予算要望\n□委員会")));
        OPS.put("②\n高知県\n黒潮町", List.of(
                new Opinion("清家", List.of("想定津波高の公表を受けて「あきらめない」と方針を定め、全職員が地域に入って住民と対話を重ねてきた過程に学ぶところが大きい。本市沿岸部の地区防災計画づくりにも職員の地域担当制を提案したい。"), "■一般質問\n□予算要望\n■委員会"),
                new Opinion("塩月", List.of("戸別避難カルテは、一人ひとりの避難経路と支援者を具体的に決めるもので、要支援者の避難に実効性を持たせている。本市の個別避難計画の作成率向上に向け、手法を参考にしたい。"), "■一般質問\n□予算要望\n□委員会"),
                new Opinion("矢野", List.of("防災を産業と雇用に結びつけた缶詰製作所の発想は、水産加工の盛んな本市でも応用できる。備蓄食を地域ブランドとして育てる取組を会派として研究したい。"), "□一般質問\n■予算要望\n□委員会")));
        OPS.put("③\n高知県\n須崎市", List.of(
                new Opinion("矢野", List.of("ふるさと納税を単なる財源確保でなく、事業者の販路拡大と商品開発の支援に結びつけている点が参考になった。本市の返礼品も水産物の比率が高く、地域商社の設立を含めた検討が必要である。"), "■一般質問\n■予算要望\n□委員会"),
                new Opinion("河野", List.of("市が出資しつつ自立の期限を定めて運営している点は、第三セクターの経営に課題を抱えてきた本市にとって示唆が大きい。出資の目的と撤退基準を明確にしておくことが重要と感じた。"), "□一般質問\n□予算要望\n■委員会")));
        OPS.put("④\n高知県\n檮原町", List.of(
                new Opinion("御手洗", List.of("町産材を使った庁舎や図書館が町の顔となり、視察者や観光客を呼び込んでいる。本市でも公共施設の更新時に市産材の活用方針を明確にすべきである。"), "■一般質問\n□予算要望\n□委員会"),
                new Opinion("清家", List.of("森林認証の取得から製材、木質バイオマスまで、森林資源を町内で循環させる仕組みが整っていた。",
                        "本市は市域の約９割を森林が占めており、林業の担い手確保と合わせて、エネルギー利用まで視野に入れた計画づくりを提言していきたい。"), "■一般質問\n■予算要望\n□委員会"),
                new Opinion("塩月", List.of("小規模な町でありながら、環境モデル都市として明確な将来像を掲げ、町民と共有している点に感銘を受けた。"), "□一般質問\n□予算要望\n■委員会")));
    }

    static void opinions(Document doc) throws DocumentException {
        band(doc, "５　所感及び本市への反映");
        PdfPTable t = new PdfPTable(new float[]{7, 7, 73, 13});
        t.setWidthPercentage(100);
        t.setHeaderRows(1);
        for (String h : List.of("視察先", "記入者", "所　感　（本市への反映）", "活用予定")) t.addCell(head(h));
        for (Map.Entry<String, List<Opinion>> e : OPS.entrySet()) {
            t.addCell(span(center(e.getKey()), 1, e.getValue().size()));
            for (Opinion o : e.getValue()) {
                t.addCell(center(fullName(o.writer())));
                t.addCell(cell(String.join("\n", o.paras()), m85, Element.ALIGN_LEFT));
                t.addCell(cell(o.use(), f8, Element.ALIGN_LEFT));
            }
        }
        doc.add(t);
        note(doc, "活用予定　■：予定あり　□：予定なし（一般質問＝定例会一般質問、予算要望＝会派予算要望書、委員会＝常任委員会での所管事務調査）");
    }

    // ---------------------------------------------------------------- 6 summary
    static void summary(Document doc) throws DocumentException {
        band(doc, "６　会派としての総括");
        PdfPTable t = new PdfPTable(new float[]{14, 86});
        t.setWidthPercentage(100);
        t.addCell(label("総　括"));
        t.addCell(cell("今回の視察では、災害からの復興、津波対策、水産物を生かした地域経済の活性化、森林資源の循環利用という、"
                + "本市の課題に直結する四つの分野について、いずれも職員と住民が一体となって取り組む姿を確認できた。"
                + "会派としては、令和８年第１回定例会の代表質問及び令和８年度予算に対する要望書において、地区防災計画の策定支援、"
                + "個別避難計画の作成促進、地域商社の可能性調査及び市産材の公共建築への活用方針の策定を提案する。", m85, Element.ALIGN_LEFT));
        t.addCell(label("添付書類"));
        t.addCell(cell("■領収書等の写し　　■視察先説明資料（４団体分）　　□写真　　□その他"));
        doc.add(t);
    }

    // ---------------------------------------------------------------- 7 costs
    static void costs(Document doc) throws DocumentException {
        band(doc, "７　政務活動費の充当状況");
        PdfPTable t = new PdfPTable(new float[]{28, 14, 10, 14, 34});
        t.setWidthPercentage(100);
        t.setHeaderRows(1);
        for (String h : List.of("費　目", "支出額（円）", "按分率", "充当額（円）", "備　考")) t.addCell(head(h));
        List<Cost> cs = List.of(
                new Cost("交通費（フェリー運賃・車両航送）", "78,600", "10/10", "78,600", "臼杵港～八幡浜港　往復"),
                new Cost("交通費（レンタカー・燃料費）", "64,350", "10/10", "64,350", "２台　３日間"),
                new Cost("交通費（合流分・自家用車）", "9,840", "10/10", "9,840", "塩月議員　11/12"),
                new Cost("宿泊費", "97,200", "10/10", "97,200", "宇和島市内・須崎市内　延べ９泊"),
                new Cost("資料購入費", "4,400", "1/2", "2,200", "視察先刊行物"));
        for (Cost c : cs) {
            t.addCell(cell(c.item())); t.addCell(right(c.amount())); t.addCell(center(c.ratio()));
            t.addCell(right(c.charged())); t.addCell(cell(c.note(), f8, Element.ALIGN_LEFT));
        }
        PdfPCell tot = center("合　計"); tot.setBackgroundColor(REF); t.addCell(tot);
        PdfPCell a = right("254,390"); a.setBackgroundColor(REF); t.addCell(a);
        PdfPCell b = center("－"); b.setBackgroundColor(REF); t.addCell(b);
        PdfPCell c2 = right("252,190"); c2.setBackgroundColor(REF); t.addCell(c2);
        PdfPCell d = cell("令和７年度交付決定額　1,800,000円（６名分）", f8, Element.ALIGN_LEFT); d.setBackgroundColor(REF); t.addCell(d);
        t.setKeepTogether(true);
        doc.add(t);
        Paragraph end = new Paragraph("以　上", f9);
        end.setAlignment(Element.ALIGN_RIGHT);
        end.setSpacingBefore(6);
        doc.add(end);
        Paragraph fin = new Paragraph("― 帳票出力終了（SK-305） ―", f8);
        fin.setAlignment(Element.ALIGN_CENTER);
        doc.add(fin);
    }
}
