package org.govreview.jobs.hostile;

import static org.govreview.domain.rating.RatingSheetLayout.COLUMN_ACTIVITY;
import static org.govreview.domain.rating.RatingSheetLayout.COLUMN_COMMENT;
import static org.govreview.domain.rating.RatingSheetLayout.COLUMN_DEPARTMENT;
import static org.govreview.domain.rating.RatingSheetLayout.COLUMN_MEASURE;
import static org.govreview.domain.rating.RatingSheetLayout.COLUMN_POLICY_CODE;
import static org.govreview.domain.rating.RatingSheetLayout.COLUMN_RATING;
import static org.govreview.domain.rating.RatingSheetLayout.DATA_START_ROW;
import static org.govreview.domain.rating.RatingSheetLayout.DEPARTMENT_ROW;
import static org.govreview.domain.rating.RatingSheetLayout.FISCAL_YEAR_ROW;
import static org.govreview.domain.rating.RatingSheetLayout.HEADER_VALUE_COLUMN;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Office files for the hostile-input run: a zip bomb dressed as a workbook, a workbook that is not a rating sheet, a
 * Word document, and a filled rating sheet whose comments look like spreadsheet formulas.
 */
final class HostileWorkbooks {

	/** Comments a spreadsheet would run as formulas if a CSV export printed them as they are (OWASP CSV injection). */
	static final List<String> FORMULA_COMMENTS = List.of("=cmd|' /C calc'!A0", "+1+1", "-2+3", "@SUM(1+9)*cmd|' /C calc'!A0");

	/** The sheet names of the workbook that is not a rating sheet. */
	static final List<String> OTHER_WORKBOOK_SHEETS = List.of("予算", "人員");

	private static final String SPREADSHEET_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

	private HostileWorkbooks() {
	}

	/**
	 * A workbook-shaped zip whose first worksheet inflates to {@code inflatedBytes} of blanks from about a
	 * thousandth of that: well-formed XML as far as anyone reads, so only a limit on the inflation ratio stops it.
	 */
	static byte[] zipBomb(long inflatedBytes) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
			zip.setLevel(Deflater.BEST_COMPRESSION);
			entry(zip, "[Content_Types].xml", """
					<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
					<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
					<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
					<Default Extension="xml" ContentType="application/xml"/>\
					<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\
					<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>\
					</Types>""");
			entry(zip, "_rels/.rels", """
					<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
					<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
					<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>\
					</Relationships>""");
			entry(zip, "xl/workbook.xml", """
					<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
					<workbook xmlns="%s" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">\
					<sheets><sheet name="評価シート" sheetId="1" r:id="rId1"/></sheets></workbook>""".formatted(SPREADSHEET_NS));
			entry(zip, "xl/_rels/workbook.xml.rels", """
					<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
					<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
					<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>\
					</Relationships>""");
			zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
			zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"" + SPREADSHEET_NS + "\">")
				.getBytes(StandardCharsets.UTF_8));
			byte[] blanks = new byte[1 << 20];
			Arrays.fill(blanks, (byte) ' ');
			for (long written = 0; written < inflatedBytes; written += blanks.length) {
				zip.write(blanks);
			}
			zip.write("<sheetData/></worksheet>".getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	/** A valid workbook with a budget and a staff sheet: a spreadsheet, but not a rating sheet. */
	static byte[] notARatingSheet() {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			XSSFSheet budget = workbook.createSheet(OTHER_WORKBOOK_SHEETS.get(0));
			row(budget, 0, "款", "項", "予算額（千円）");
			row(budget, 1, "総務費", "総務管理費", 1_234_567);
			row(budget, 2, "民生費", "社会福祉費", 2_345_678);
			XSSFSheet staff = workbook.createSheet(OTHER_WORKBOOK_SHEETS.get(1));
			row(staff, 0, "部署", "職員数");
			row(staff, 1, "デジタル推進課", 18);
			row(staff, 2, "市民課", 42);
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A Word document (.docx) holding a short memo. */
	static byte[] wordDocument() {
		try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			document.createParagraph().createRun().setText("事務連絡");
			document.createParagraph().createRun().setText("来週の会議資料を共有フォルダに置きました。ご確認ください。");
			document.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * A copy of a filled sample rating sheet, moved to {@code fiscalYear}, whose rows carry the
	 * {@link #FORMULA_COMMENTS}: its two pre-filled rows get the first two, and two appended rows (measures I-1-2 and
	 * I-2-1 of the sample report) the others.
	 */
	static void formulaComments(Path sampleSheet, int fiscalYear, Path target) {
		try (InputStream in = Files.newInputStream(sampleSheet); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
			XSSFSheet sheet = workbook.getSheetAt(0);
			Cell year = sheet.getRow(FISCAL_YEAR_ROW).getCell(HEADER_VALUE_COLUMN);
			if (year.getCellType() == CellType.NUMERIC) {
				year.setCellValue(fiscalYear);
			}
			else {
				year.setCellValue(Integer.toString(fiscalYear));
			}
			int commented = 0;
			for (int r = DATA_START_ROW; r <= sheet.getLastRowNum() && commented < 2; r++) {
				Row row = sheet.getRow(r);
				if (row != null && row.getCell(COLUMN_ACTIVITY) != null && !row.getCell(COLUMN_ACTIVITY).toString().isBlank()) {
					cell(row, COLUMN_COMMENT).setCellValue(FORMULA_COMMENTS.get(commented++));
				}
			}
			if (commented != 2) {
				throw new IllegalStateException(sampleSheet + " has " + commented + " pre-filled rows, expected 2");
			}
			String department = sheet.getRow(DEPARTMENT_ROW).getCell(HEADER_VALUE_COLUMN).getStringCellValue();
			append(sheet, "I-1-2", "窓口でのキャッシュレス決済を導入します", SampleReport.CASHLESS_ACTIVITY, department, 7,
					FORMULA_COMMENTS.get(2));
			append(sheet, "I-2-1", "公共施設等総合管理計画を改定します", "施設ごとの劣化状況調査を行い、公共施設等総合管理計画を改定しました。",
					department, 6, FORMULA_COMMENTS.get(3));
			Files.createDirectories(target.getParent());
			try (OutputStream out = Files.newOutputStream(target)) {
				workbook.write(out);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void append(XSSFSheet sheet, String code, String measure, String activity, String department, int rating,
			String comment) {
		Row row = sheet.createRow(sheet.getLastRowNum() + 1);
		cell(row, COLUMN_POLICY_CODE).setCellValue(code);
		cell(row, COLUMN_MEASURE).setCellValue(measure);
		cell(row, COLUMN_ACTIVITY).setCellValue(activity);
		cell(row, COLUMN_DEPARTMENT).setCellValue(department);
		cell(row, COLUMN_RATING).setCellValue(rating);
		cell(row, COLUMN_COMMENT).setCellValue(comment);
	}

	private static Cell cell(Row row, int column) {
		Cell cell = row.getCell(column);
		return cell != null ? cell : row.createCell(column);
	}

	private static void row(XSSFSheet sheet, int index, Object... values) {
		Row row = sheet.createRow(index);
		for (int i = 0; i < values.length; i++) {
			if (values[i] instanceof Number number) {
				row.createCell(i).setCellValue(number.doubleValue());
			}
			else {
				row.createCell(i).setCellValue(values[i].toString());
			}
		}
	}

	private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
		zip.putNextEntry(new ZipEntry(name));
		zip.write(content.getBytes(StandardCharsets.UTF_8));
		zip.closeEntry();
	}
}
