/*
 * 稲沢市 進捗管理システム［市長マニフェスト］ 帳票 PMS-M310
 * 「市長マニフェスト　進捗状況管理表（令和６年度・年度末評価）」
 *
 * Batch print as the vendor system does it: OpenPDF 2.0.5 (com.lowagie.text), IPAexGothic / IPAexMincho
 * embedded (Identity-H). Data are the records below (in the real system they come from the DB);
 * every rate is computed here from the item marks (BigDecimal, HALF_UP).
 *
 * usage: java -cp openpdf-2.0.5.jar:. InazawaManifestShinchoku OUT.pdf FACTS.json
 */
import com.lowagie.text.*;
import com.lowagie.text.pdf.*;

import java.awt.Color;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

class InazawaManifestShinchoku {

    // ------------------------------------------------------------------ data model
    record Item(String code, String title, List<String> depts, String result,
                String kpi, String unit, String target, String actual,
                String mark, String prevMark) {}

    record Pledge(int no, String name, List<Item> items) {}

    record Policy(String roman, String name, List<Pledge> pledges) {}

    static final String[] MARKS = {"完了", "順調", "遅れ", "未着手"};

    static Item it(String code, String title, String depts, String result, String kpi, String unit,
                   String target, String actual, String mark, String prev) {
        return new Item(code, title, List.of(depts.split("／")), result, kpi, unit, target, actual, mark, prev);
    }

    static List<Policy> data() {
        List<Policy> p = new ArrayList<>();
        p.add(new Policy("Ⅰ", "子どもを産み育てやすく、学びが充実したまち", List.of(
            new Pledge(1, "子育て世帯の経済的な負担を軽くします", List.of(
                it("0101", "子ども医療費助成の18歳年度末までの拡大", "子育て支援課",
                   "令和６年４月診療分から、通院・入院とも18歳到達年度末まで自己負担なしとした。対象者は約1万1,800人、助成額は約３億2,400万円。",
                   "助成対象者数", "人", "11,500", "11,812", "完了", "順調"),
                it("0102", "第２子以降の保育料の無償化", "保育課",
                   "令和６年９月から所得制限を撤廃し、第２子以降の３歳未満児の保育料を無償化した。対象児童は612人。第１子への拡大は国の動向を見て判断する。",
                   "無償化対象児童数", "人", "600", "612", "順調", "順調"),
                it("0103", "産後ケア事業の利用者負担の軽減と訪問型の導入", "健康推進課",
                   "利用者負担を１日2,500円から500円に引き下げ、助産師による訪問型を新設した。利用者は延べ214人（前年度96人）。",
                   "産後ケア利用者数（延べ）", "人", "180", "214", "完了", "遅れ"))),
            new Pledge(2, "子どもたちの学びと居場所を充実させます", List.of(
                it("0201", "小中学校の体育館への空調設備の整備", "庶務課",
                   "３校の実施設計を終えたが、入札不調により工事の着手は令和７年度にずれ込んだ。全32校への整備は令和10年度の完了を見込む。",
                   "空調整備済み体育館数", "校", "3", "0", "遅れ", "順調"),
                it("0202", "不登校児童生徒のための校内教育支援センターの設置", "学校教育課",
                   "中学校９校すべてと小学校６校に設置し、専任の支援員15人を配置した。利用した児童生徒は延べ318人。",
                   "設置校数", "校", "14", "15", "順調", "順調"),
                it("0203", "放課後児童クラブの受入れ拡大と待機児童の解消", "子育て支援課／生涯学習課",
                   "余裕教室を活用して２クラブを新設し、定員を80人拡大した。４月１日時点の待機児童は９人（前年度27人）。",
                   "待機児童数（４月１日）", "人", "0", "9", "順調", "遅れ"))))));
        p.add(new Policy("Ⅱ", "健やかに、支え合って安心して暮らせるまち", List.of(
            new Pledge(3, "市民病院を核に、地域医療と健康づくりを進めます", List.of(
                it("0301", "稲沢市民病院の救急受入れ体制の強化", "病院管理課",
                   "救急科の医師を２人増員し、夜間・休日の受入れ体制を強化した。救急車の応需率は91.4％（前年度86.2％）。",
                   "救急車応需率", "％", "90.0", "91.4", "順調", "順調"),
                it("0302", "帯状疱疹ワクチン接種費用の助成", "健康推進課",
                   "50歳以上の市民を対象に、生ワクチン4,000円、組換えワクチン１回10,000円の助成を開始した。助成件数は2,684件。",
                   "助成件数", "件", "2,000", "2,684", "完了", "未着手"),
                it("0303", "健康ポイント事業「いなざわ健康マイレージ」の拡充", "健康推進課",
                   "スマートフォンアプリ版の導入を予定していたが、事業者の選定に時間を要し、開始を令和７年10月に延期した。紙の台紙での参加者は1,126人。",
                   "参加者数", "人", "3,000", "1,126", "遅れ", "順調"))),
            new Pledge(4, "高齢者や障がいのある人が安心して暮らせる地域をつくります", List.of(
                it("0401", "高齢者の移動を支える乗合タクシーの実証運行", "高齢介護課／企画政策課",
                   "祖父江・平和地区での実証運行に向けて交通事業者と協議を重ねたが、運転手の確保が課題となり、運行の開始を延期した。",
                   "実証運行地区数", "地区", "2", "0", "遅れ", "遅れ"),
                it("0402", "認知症の人と家族を支える「オレンジカフェ」の拡充", "高齢介護課",
                   "市内９中学校区のうち７校区で開設し、延べ1,032人が参加した。認知症サポーター養成講座は41回開催した。",
                   "開設中学校区数", "校区", "7", "7", "順調", "順調"),
                it("0403", "基幹相談支援センターの設置による障がい者の相談体制の強化", "福祉課",
                   "設置に向けて近隣市の事例を調査したが、委託先となる法人との調整がつかず、事業の着手には至らなかった。",
                   "センター設置数", "か所", "1", "0", "未着手", "未着手"),
                it("0404", "ひきこもりやヤングケアラーなど複合的な課題を抱える世帯への相談支援", "福祉課",
                   "重層的支援体制整備事業に移行し、福祉総合相談窓口で486件の相談に対応した。関係機関による支援会議は12回開催。",
                   "相談対応件数", "件", "400", "486", "順調", "順調"))))));
        p.add(new Policy("Ⅲ", "植木と伝統を生かし、にぎわいと活力のあるまち", List.of(
            new Pledge(5, "地域の産業を育て、働く場を広げます", List.of(
                it("0501", "新たな工業用地の確保と企業誘致の推進", "商工観光課／都市計画課",
                   "市北部の工業用地候補地（約18ha）で地権者説明会を開催したが、市街化区域への編入の手続に遅れが生じている。",
                   "企業立地件数", "件", "3", "1", "遅れ", "順調"),
                it("0502", "植木・苗木産地のブランド化と販路拡大", "農務課",
                   "「稲沢の植木」の発信のため首都圏の園芸展示会に２回出展し、新たに14社と商談を行った。",
                   "商談件数", "件", "10", "14", "順調", "順調"),
                it("0503", "創業支援とプレミアム付デジタル商品券の発行", "商工観光課",
                   "プレミアム率30％のデジタル商品券を発行し、総額約７億8,000万円が市内で利用された。創業支援塾の修了者は38人。",
                   "創業支援塾修了者数", "人", "30", "38", "完了", "順調"))),
            new Pledge(6, "稲沢の魅力を磨き、訪れる人を増やします", List.of(
                it("0601", "国府宮はだか祭や祖父江の銀杏など観光資源の発信強化", "商工観光課",
                   "令和７年２月のはだか祭に合わせて多言語の特設サイトを開設した。観光入込客数は約162万人（前年度約148万人）。",
                   "観光入込客数", "千人", "1,550", "1,623", "順調", "順調"),
                it("0602", "荻須記念美術館の魅力向上と来館者の拡大", "荻須記念美術館",
                   "企画展を４回開催し、うち１回は市内の小中学生の作品展と連動させた。来館者数は３万4,210人（前年度２万6,480人）。",
                   "来館者数", "人", "30,000", "34,210", "順調", "順調"),
                it("0603", "名鉄国府宮駅周辺のにぎわい拠点の整備", "都市計画課",
                   "鉄道事業者との協議を継続しているが、整備手法が定まらず、基本構想の策定には着手していない。",
                   "基本構想の策定", "－", "策定", "未策定", "未着手", "未着手"))))));
        p.add(new Policy("Ⅳ", "災害に強く、市民とともに歩むまち", List.of(
            new Pledge(7, "災害や犯罪から市民の命と暮らしを守ります", List.of(
                it("0701", "日光川流域の浸水対策と雨水貯留施設の整備", "下水道課／土木課",
                   "下津地区の雨水貯留施設（約2,800㎥）の工事に着手した（工事進捗率45％）。排水路の改修は約620ｍを完了。",
                   "排水路改修延長", "ｍ", "600", "620", "順調", "順調"),
                it("0702", "指定避難所の環境改善と防災備蓄の充実", "危機管理課",
                   "指定避難所全47か所に段ボールベッドと簡易トイレを配備し、備蓄計画の目標を前倒しで達成した。",
                   "配備済み避難所数", "か所", "47", "47", "完了", "順調"),
                it("0703", "通学路の安全対策と防犯カメラの増設", "土木課／地域協働課",
                   "合同点検で要対策とされた58か所のうち46か所の対策を終えた。防犯カメラは30台を増設し、累計212台となった。",
                   "対策済み箇所数", "か所", "45", "46", "順調", "遅れ"))),
            new Pledge(8, "市民に開かれた、便利で効率的な市役所にします", List.of(
                it("0801", "行政手続のオンライン化と「書かない窓口」の導入", "市民課／デジタル推進課",
                   "本庁舎の市民課で「書かない窓口」の運用を開始した。オンライン申請ができる手続は184手続（前年度96手続）に拡大。",
                   "オンライン化手続数", "手続", "150", "184", "完了", "順調"),
                it("0802", "市長と語る「まちかどミーティング」の全中学校区開催", "秘書広報課",
                   "全９中学校区で開催し、延べ462人が参加した。寄せられた意見215件と市の回答を市ホームページで公表した。",
                   "開催中学校区数", "校区", "9", "9", "完了", "順調"),
                it("0803", "公共施設の再配置と長寿命化の推進", "財政課",
                   "個別施設計画の見直しに着手したが、地区別説明会の開催が遅れ、再配置案の公表には至っていない。",
                   "地区説明会の開催回数", "回", "6", "2", "遅れ", "遅れ"),
                it("0804", "ふるさと納税の返礼品の拡充による自主財源の確保", "企画政策課",
                   "返礼品を312品目（前年度228品目）に拡充し、寄附額は約４億6,300万円（前年度約３億1,900万円）となった。",
                   "寄附額", "百万円", "400", "463", "順調", "順調"))))));
        return p;
    }

    // ------------------------------------------------------------------ computation
    static int[] count(List<Item> items, boolean prev) {
        int[] c = new int[4];
        for (Item i : items) {
            String m = prev ? i.prevMark() : i.mark();
            for (int k = 0; k < 4; k++) if (MARKS[k].equals(m)) c[k]++;
        }
        return c;
    }

    static BigDecimal rate(int[] c) {
        int n = c[0] + c[1] + c[2] + c[3];
        return BigDecimal.valueOf((c[0] + c[1]) * 100L).divide(BigDecimal.valueOf(n), 1, RoundingMode.HALF_UP);
    }

    static String diff(BigDecimal now, BigDecimal prev) {
        BigDecimal d = now.subtract(prev);
        int s = d.signum();
        if (s == 0) return "0.0";
        return (s > 0 ? "+" : "△") + d.abs().setScale(1, RoundingMode.HALF_UP).toPlainString();
    }

    static List<Item> items(Pledge pl) { return pl.items(); }

    static List<Item> items(Policy po) {
        List<Item> l = new ArrayList<>();
        for (Pledge pl : po.pledges()) l.addAll(pl.items());
        return l;
    }

    static List<Item> items(List<Policy> all) {
        List<Item> l = new ArrayList<>();
        for (Policy po : all) l.addAll(items(po));
        return l;
    }

    // ------------------------------------------------------------------ fonts / colours
    static BaseFont GOTHIC, MINCHO;
    static final Color HEAD = new Color(0xD9, 0xE2, 0xEE);
    static final Color POLICY = new Color(0x2F, 0x4B, 0x7C);
    static final Color PLEDGE = new Color(0xE8, 0xEE, 0xF6);
    static final Color SUB = new Color(0xF3, 0xF0, 0xD8);
    static final Color TOTAL = new Color(0xDD, 0xEB, 0xD5);
    static final Color LABEL = new Color(0xEE, 0xEE, 0xEE);
    static final Color GREY = new Color(0x70, 0x70, 0x70);

    static Font g(float size) { return new Font(GOTHIC, size); }
    static Font g(float size, Color c) { return new Font(GOTHIC, size, Font.NORMAL, c); }
    static Font m(float size) { return new Font(MINCHO, size); }

    static PdfPCell cell(String text, Font f, int hAlign, Color bg) {
        PdfPCell c = new PdfPCell(new Phrase(text, f));
        c.setHorizontalAlignment(hAlign);
        c.setVerticalAlignment(Element.ALIGN_MIDDLE);
        c.setPaddingTop(2.5f);
        c.setPaddingBottom(4f);
        c.setPaddingLeft(3f);
        c.setPaddingRight(3f);
        c.setBorderWidth(0.5f);
        c.setBorderColor(new Color(0x40, 0x40, 0x40));
        if (bg != null) c.setBackgroundColor(bg);
        return c;
    }

    static PdfPCell head(String text, int colspan, int rowspan) {
        PdfPCell c = cell(text, g(7.5f), Element.ALIGN_CENTER, HEAD);
        c.setColspan(colspan);
        c.setRowspan(rowspan);
        return c;
    }

    static PdfPCell num(String text, Font f, Color bg) { return cell(text, f, Element.ALIGN_RIGHT, bg); }

    // the system breaks long names into blocks of n characters (as its fixed-width layout fields do)
    static String blocks(String s, int n) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i += n) {
            if (i > 0) b.append('\n');
            b.append(s, i, Math.min(s.length(), i + n));
        }
        return b.toString();
    }

    // ------------------------------------------------------------------ running header / footer
    static class Frame extends PdfPageEventHelper {
        PdfTemplate total;

        @Override
        public void onOpenDocument(PdfWriter writer, Document document) {
            total = writer.getDirectContent().createTemplate(24, 12);
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            PdfContentByte cb = writer.getDirectContent();
            Rectangle ps = document.getPageSize();
            float l = document.left(), r = document.right();
            float top = ps.getHeight() - 16;
            ColumnText.showTextAligned(cb, Element.ALIGN_LEFT,
                new Phrase("稲沢市 進捗管理システム［市長マニフェスト］ Rel.5.1", g(8)), l, top, 0);
            ColumnText.showTextAligned(cb, Element.ALIGN_RIGHT,
                new Phrase("出力日時：2025/05/23 10:12:48", g(8)), r, top, 0);
            ColumnText.showTextAligned(cb, Element.ALIGN_LEFT,
                new Phrase("帳票ID：PMS-M310　進捗状況管理表", g(7, GREY)), l, top - 10, 0);
            ColumnText.showTextAligned(cb, Element.ALIGN_RIGHT,
                new Phrase("出力者：企画政策課（iz0384）　処理：年度末評価（確定）", g(7, GREY)), r, top - 10, 0);
            cb.setLineWidth(0.6f);
            cb.moveTo(l, top - 14);
            cb.lineTo(r, top - 14);
            cb.stroke();

            float bottom = 14;
            cb.setLineWidth(0.4f);
            cb.moveTo(l, bottom + 10);
            cb.lineTo(r, bottom + 10);
            cb.stroke();
            ColumnText.showTextAligned(cb, Element.ALIGN_LEFT,
                new Phrase("稲沢市 市長公室 企画政策課", g(7.5f)), l, bottom, 0);
            float cx = (l + r) / 2;
            ColumnText.showTextAligned(cb, Element.ALIGN_RIGHT,
                new Phrase(writer.getPageNumber() + " / ", g(8)), cx + 2, bottom, 0);
            cb.addTemplate(total, cx + 2, bottom);
            ColumnText.showTextAligned(cb, Element.ALIGN_RIGHT,
                new Phrase("PMS-M310", g(7.5f)), r, bottom, 0);
        }

        @Override
        public void onCloseDocument(PdfWriter writer, Document document) {
            ColumnText.showTextAligned(total, Element.ALIGN_LEFT,
                new Phrase(String.valueOf(writer.getPageNumber() - 1), g(8)), 0, 0, 0);
        }
    }

    // ------------------------------------------------------------------ page 1: summary
    static void summary(Document doc, List<Policy> all) throws DocumentException {
        Paragraph title = new Paragraph("市長マニフェスト　進捗状況管理表（令和６年度）", g(15));
        title.setAlignment(Element.ALIGN_CENTER);
        doc.add(title);
        Paragraph sub = new Paragraph("【総括表】", g(10));
        sub.setAlignment(Element.ALIGN_CENTER);
        sub.setSpacingAfter(6);
        doc.add(sub);

        // key-value grid
        PdfPTable kv = new PdfPTable(new float[]{62, 150, 62, 150, 62, 170});
        kv.setWidthPercentage(100);
        String[][] rows = {
            {"対象年度", "令和６年度", "評価区分", "年度末評価（確定）", "評価基準日", "令和７年３月31日"},
            {"所管課", "市長公室　企画政策課", "確定日", "令和７年５月14日（庁議）", "登録件数", "基本方針４／公約８／取組26"},
        };
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                kv.addCell(cell(row[i], g(8), i % 2 == 0 ? Element.ALIGN_CENTER : Element.ALIGN_LEFT,
                                i % 2 == 0 ? LABEL : null));
            }
        }
        kv.addCell(cell("対象期間", g(8), Element.ALIGN_CENTER, LABEL));
        PdfPCell period = cell("マニフェスト期間　令和５年度～令和８年度", g(8), Element.ALIGN_LEFT, null);
        period.setColspan(3);
        kv.addCell(period);
        kv.addCell(cell("備考", g(8), Element.ALIGN_CENTER, LABEL));
        kv.addCell(cell("担当課は令和７年４月１日現在の組織による", g(8), Element.ALIGN_LEFT, null));
        kv.setSpacingAfter(8);
        doc.add(kv);

        // legend (left) and rule notes (right), side by side in a borderless layout table
        PdfPTable lay = new PdfPTable(new float[]{46, 54});
        lay.setWidthPercentage(100);
        PdfPTable legend = new PdfPTable(new float[]{16, 84});
        legend.setWidthPercentage(100);
        legend.addCell(head("進捗区分", 1, 1));
        legend.addCell(head("判定の基準", 1, 1));
        String[][] lg = {
            {"完了", "取組が完了し、所期の成果が得られたもの（制度化・事業化を含む）"},
            {"順調", "計画どおりに進んでおり、期間内の完了が見込まれるもの"},
            {"遅れ", "着手しているが、計画より遅れているもの"},
            {"未着手", "取組に着手していないもの"},
        };
        for (String[] r : lg) {
            legend.addCell(cell(r[0], g(8), Element.ALIGN_CENTER, null));
            legend.addCell(cell(r[1], g(7.5f), Element.ALIGN_LEFT, null));
        }
        PdfPCell left = new PdfPCell();
        left.setBorder(Rectangle.NO_BORDER);
        left.setPaddingRight(10);
        Paragraph lh = new Paragraph("■ 進捗区分", g(9));
        lh.setSpacingAfter(3);
        left.addElement(lh);
        left.addElement(legend);
        lay.addCell(left);

        PdfPCell right = new PdfPCell();
        right.setBorder(Rectangle.NO_BORDER);
        Paragraph rh = new Paragraph("■ 完了・順調の割合の算出方法", g(9));
        rh.setSpacingAfter(3);
        right.addElement(rh);
        String[] notes = {
            "※１ 完了・順調の割合（％）＝（「完了」の取組数＋「順調」の取組数）÷ 取組数 × 100（小数点以下第２位を四捨五入）",
            "※２ 基本方針及び全体の割合は、属するすべての取組から算出しており、公約の割合を平均したものではない。",
            "※３ （参考）令和５年度は、令和６年３月31日時点の進捗区分による割合。増減欄の「△」はマイナスを表す。",
            "※４ 進捗区分は、担当課の自己評価を基に、企画政策課のヒアリング（令和７年４月15日～４月24日）を経て決定した。",
        };
        for (String n : notes) {
            Paragraph np = new Paragraph(n, g(7.5f));
            np.setIndentationLeft(17);
            np.setFirstLineIndent(-17);
            np.setLeading(11);
            np.setSpacingAfter(2);
            right.addElement(np);
        }
        lay.addCell(right);
        lay.setSpacingAfter(6);
        doc.add(lay);

        Paragraph st = new Paragraph("■ 基本方針・公約別の進捗状況（令和６年度末）", g(9));
        st.setSpacingAfter(3);
        doc.add(st);

        PdfPTable t = new PdfPTable(new float[]{78, 20, 218, 34, 34, 34, 34, 36, 56, 56, 48});
        t.setWidthPercentage(100);
        t.setHeaderRows(2);
        t.addCell(head("基本方針", 1, 2));
        t.addCell(head("公　約", 2, 2));
        t.addCell(head("取組数", 1, 2));
        t.addCell(head("進捗区分別の取組数", 4, 1));
        t.addCell(head("完了・順調の割合（％）", 2, 1));
        t.addCell(head("増減\n（ポイント）", 1, 2));
        for (String mk : MARKS) t.addCell(head(mk, 1, 1));
        t.addCell(head("令和６年度", 1, 1));
        t.addCell(head("（参考）\n令和５年度", 1, 1));

        Font f = g(8);
        Font fg = g(8, GREY);
        for (Policy po : all) {
            PdfPCell pc = cell("基本方針" + po.roman() + "\n" + blocks(po.name(), 7), g(8), Element.ALIGN_LEFT, null);
            pc.setRowspan(po.pledges().size() + 1);
            t.addCell(pc);
            for (Pledge pl : po.pledges()) {
                int[] c = count(pl.items(), false);
                BigDecimal r6 = rate(c), r5 = rate(count(pl.items(), true));
                t.addCell(cell(String.valueOf(pl.no()), f, Element.ALIGN_CENTER, null));
                t.addCell(cell(pl.name(), f, Element.ALIGN_LEFT, null));
                t.addCell(num(String.valueOf(pl.items().size()), f, null));
                for (int k = 0; k < 4; k++) t.addCell(num(String.valueOf(c[k]), f, null));
                t.addCell(num(r6.toPlainString(), g(8.5f), null));
                t.addCell(num(r5.toPlainString(), fg, null));
                t.addCell(num(diff(r6, r5), f, null));
            }
            List<Item> its = items(po);
            int[] c = count(its, false);
            BigDecimal r6 = rate(c), r5 = rate(count(its, true));
            PdfPCell lab = cell("小　計", f, Element.ALIGN_CENTER, SUB);
            lab.setColspan(2);
            t.addCell(lab);
            t.addCell(num(String.valueOf(its.size()), f, SUB));
            for (int k = 0; k < 4; k++) t.addCell(num(String.valueOf(c[k]), f, SUB));
            t.addCell(num(r6.toPlainString(), g(8.5f), SUB));
            t.addCell(num(r5.toPlainString(), fg, SUB));
            t.addCell(num(diff(r6, r5), f, SUB));
        }
        List<Item> its = items(all);
        int[] c = count(its, false);
        BigDecimal r6 = rate(c), r5 = rate(count(its, true));
        PdfPCell lab = cell("全　体", g(8.5f), Element.ALIGN_CENTER, TOTAL);
        lab.setColspan(3);
        t.addCell(lab);
        t.addCell(num(String.valueOf(its.size()), f, TOTAL));
        for (int k = 0; k < 4; k++) t.addCell(num(String.valueOf(c[k]), f, TOTAL));
        t.addCell(num(r6.toPlainString(), g(9), TOTAL));
        t.addCell(num(r5.toPlainString(), fg, TOTAL));
        t.addCell(num(diff(r6, r5), f, TOTAL));
        // share of each category (not a rate): 構成比
        PdfPCell lab2 = cell("構成比（％）", f, Element.ALIGN_CENTER, null);
        lab2.setColspan(3);
        t.addCell(lab2);
        t.addCell(num("100.0", f, null));
        for (int k = 0; k < 4; k++) {
            t.addCell(num(BigDecimal.valueOf(c[k] * 100L).divide(BigDecimal.valueOf(its.size()), 1, RoundingMode.HALF_UP).toPlainString(), f, null));
        }
        for (int k = 0; k < 3; k++) t.addCell(cell("－", f, Element.ALIGN_CENTER, null));
        t.setSpacingAfter(4);
        doc.add(t);

        BigDecimal sum = BigDecimal.ZERO;
        for (Policy po : all) sum = sum.add(rate(count(items(po), false)));
        BigDecimal simple = sum.divide(BigDecimal.valueOf(all.size()), 1, RoundingMode.HALF_UP);
        Paragraph ref = new Paragraph("（参考）４つの基本方針の割合を単純平均すると " + simple.toPlainString()
            + "％となり、全体の割合（全26取組から算出）とは一致しない。", g(7.5f));
        doc.add(ref);
    }

    // ------------------------------------------------------------------ pages 2-: list of items
    static void detail(Document doc, List<Policy> all) throws DocumentException {
        doc.newPage();
        PdfPTable t = new PdfPTable(new float[]{30, 128, 66, 212, 88, 30, 40, 40, 26, 26, 26, 30, 38});
        t.setWidthPercentage(100);
        t.setHeaderRows(3);
        PdfPCell tt = cell("市長マニフェスト　進捗状況管理表（令和６年度）　【取組別一覧】", g(11), Element.ALIGN_LEFT, null);
        tt.setColspan(13);
        tt.setBorder(Rectangle.BOTTOM);
        tt.setPaddingBottom(6);
        t.addCell(tt);
        t.addCell(head("コード", 1, 2));
        t.addCell(head("取　組　名", 1, 2));
        t.addCell(head("担当課", 1, 2));
        t.addCell(head("令和６年度の主な実績", 1, 2));
        t.addCell(head("成果指標（令和６年度）", 4, 1));
        t.addCell(head("進捗区分（年度末）", 4, 1));
        t.addCell(head("前年度\n区分", 1, 2));
        t.addCell(head("指標名", 1, 1));
        t.addCell(head("単位", 1, 1));
        t.addCell(head("目標値", 1, 1));
        t.addCell(head("実績値", 1, 1));
        for (String mk : MARKS) t.addCell(head(mk, 1, 1));

        Font f = g(7.5f);
        Font fr = m(7.5f);
        for (Policy po : all) {
            List<Item> pi = items(po);
            int[] pc = count(pi, false);
            PdfPCell pr = cell("基本方針" + po.roman() + "　" + po.name() + "　　〔完了・順調の割合　"
                + rate(pc).toPlainString() + "％（" + pi.size() + "取組中" + (pc[0] + pc[1]) + "取組）〕",
                g(8.5f, Color.WHITE), Element.ALIGN_LEFT, POLICY);
            pr.setColspan(13);
            t.addCell(pr);
            for (Pledge pl : po.pledges()) {
                PdfPCell lr = cell("公約" + pl.no() + "　" + pl.name() + "　　〔完了・順調の割合　"
                    + rate(count(pl.items(), false)).toPlainString() + "％〕", g(8), Element.ALIGN_LEFT, PLEDGE);
                lr.setColspan(13);
                t.addCell(lr);
                for (Item i : pl.items()) {
                    t.addCell(cell(i.code(), f, Element.ALIGN_CENTER, null));
                    t.addCell(cell(i.title(), g(8), Element.ALIGN_LEFT, null));
                    t.addCell(cell(String.join("\n", i.depts()), f, Element.ALIGN_LEFT, null));
                    PdfPCell rc = cell(i.result(), fr, Element.ALIGN_LEFT, null);
                    rc.setLeading(0, 1.25f);
                    t.addCell(rc);
                    t.addCell(cell(i.kpi(), f, Element.ALIGN_LEFT, null));
                    t.addCell(cell(i.unit(), f, Element.ALIGN_CENTER, null));
                    t.addCell(num(i.target(), f, null));
                    t.addCell(num(i.actual(), f, null));
                    for (String mk : MARKS) {
                        t.addCell(cell(mk.equals(i.mark()) ? "■" : "□", g(9), Element.ALIGN_CENTER, null));
                    }
                    t.addCell(cell(i.prevMark(), g(7, GREY), Element.ALIGN_CENTER, null));
                }
            }
        }
        t.setSpacingAfter(6);
        doc.add(t);

        String[] legend = {
            "凡例：進捗区分欄の「■」は該当する区分、「□」は該当なし。　前年度区分は令和５年度末（令和６年３月31日）時点の区分（参考）。",
            "　　　成果指標は担当課が設定した年度の目標値と実績値（単位欄の「千人」「百万円」は表示単位）。　担当課が２課の取組は上段が主担当。",
            "問合せ先：稲沢市 市長公室 企画政策課　〒492-8269 愛知県稲沢市稲府町１番地　電話 0587-32-1111（代表）",
        };
        for (String s : legend) {
            Paragraph lp = new Paragraph(s, g(7.5f));
            lp.setLeading(11);
            doc.add(lp);
        }
    }

    // ------------------------------------------------------------------ facts
    static String js(String s) { return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\""; }

    static void fact(List<String> out, String type, String subject, String value, String unit, Integer year) {
        StringBuilder b = new StringBuilder("  {\"type\": ").append(js(type));
        if (subject != null) b.append(", \"subject\": ").append(js(subject));
        if (value != null) b.append(", \"value\": ").append(js(value));
        if (unit != null) b.append(", \"unit\": ").append(js(unit));
        if (year != null) b.append(", \"year\": ").append(year);
        out.add(b.append("}").toString());
    }

    static void facts(String path, List<Policy> all) throws Exception {
        List<String> out = new ArrayList<>();
        List<Item> its = items(all);
        int[] c = count(its, false);
        fact(out, "municipality", null, "232203", null, null);
        fact(out, "fiscal-year", null, "2024", null, null);
        fact(out, "overall", null, rate(c).toPlainString(), "%", 2024);
        fact(out, "rule", null, "share-of-marks", null, null);
        for (int k = 0; k < 4; k++) fact(out, "mark-count", MARKS[k], String.valueOf(c[k]), null, 2024);
        for (Policy po : all) {
            fact(out, "policy", po.name(), null, null, null);
            fact(out, "policy-score", po.name(), rate(count(items(po), false)).toPlainString(), "%", 2024);
            for (Pledge pl : po.pledges()) {
                fact(out, "pledge", pl.name(), null, null, null);
                fact(out, "pledge-score", pl.name(), rate(count(pl.items(), false)).toPlainString(), "%", 2024);
                for (Item i : pl.items()) {
                    fact(out, "item", i.title(), null, null, null);
                    fact(out, "item-evaluation", i.title(), i.mark(), null, 2024);
                    for (String d : i.depts()) fact(out, "item-department", i.title(), d, null, null);
                }
            }
        }
        try (Writer w = new OutputStreamWriter(new FileOutputStream(path), StandardCharsets.UTF_8)) {
            w.write("[\n" + String.join(",\n", out) + "\n]\n");
        }
    }

    public static void main(String[] args) throws Exception {
        GOTHIC = BaseFont.createFont("/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        MINCHO = BaseFont.createFont("/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        List<Policy> all = data();

        Document doc = new Document(PageSize.A4.rotate(), 28, 28, 44, 36);
        PdfWriter w = PdfWriter.getInstance(doc, new FileOutputStream(args[0]));
        w.setPageEvent(new Frame());
        doc.addTitle("市長マニフェスト　進捗状況管理表（令和６年度）");
        doc.addAuthor("稲沢市 市長公室 企画政策課");
        doc.addCreator("稲沢市 進捗管理システム PMS-M310");
        doc.open();
        summary(doc, all);
        detail(doc, all);
        doc.close();
        facts(args[1], all);
    }
}
