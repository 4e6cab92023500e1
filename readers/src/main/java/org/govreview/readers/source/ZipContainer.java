package org.govreview.readers.source;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.apache.poi.openxml4j.util.ZipSecureFile;

/**
 * What a zip container holds, told from its central directory without inflating anything: an Excel workbook, a
 * Word document, a presentation, an OpenDocument file, or another archive. An entry whose declared size exceeds
 * POI's limits ({@link ZipSecureFile}: the maximum entry size, or an inflate ratio below the minimum past the grace
 * size) is a zip bomb and rejected before any library inflates it; POI enforces the same limits on the actual bytes
 * when it reads a workbook. Stateless and thread-safe.
 */
public final class ZipContainer {

	/** The kinds of zip container told apart. */
	public enum Kind {
		WORKBOOK("an Excel workbook"), WORD("a Word document (.docx)"), PRESENTATION("a PowerPoint presentation (.pptx)"),
		OPEN_DOCUMENT("an OpenDocument file (.odt, .ods or .odp)"), ARCHIVE("a zip archive");

		private final String description;

		Kind(String description) {
			this.description = description;
		}

		public String description() {
			return description;
		}
	}

	private ZipContainer() {
	}

	/**
	 * The kind of the zip container in {@code file}.
	 * @throws RejectedDocumentException naming the entry when it is a zip bomb, or when the archive is corrupt
	 */
	public static Kind inspect(Path file) {
		List<String> names = new ArrayList<>();
		try (ZipFile zip = new ZipFile(file.toFile())) {
			Enumeration<? extends ZipEntry> entries = zip.entries();
			while (entries.hasMoreElements()) {
				ZipEntry entry = entries.nextElement();
				refuseBomb(file, entry);
				names.add(entry.getName());
				if (names.size() > ZipSecureFile.getMaxFileCount()) {
					throw new RejectedDocumentException(file, null, "zip bomb: more than " + ZipSecureFile.getMaxFileCount()
							+ " entries (POI's ZipSecureFile limit); refused unread", null);
				}
			}
		}
		catch (IOException ex) {
			throw new RejectedDocumentException(file, null, "corrupt zip container: " + SourceProblems.describe(ex), null, ex);
		}
		if (names.contains("xl/workbook.xml") || names.stream().anyMatch(n -> n.startsWith("xl/"))) {
			return Kind.WORKBOOK;
		}
		if (names.stream().anyMatch(n -> n.startsWith("word/"))) {
			return Kind.WORD;
		}
		if (names.stream().anyMatch(n -> n.startsWith("ppt/"))) {
			return Kind.PRESENTATION;
		}
		if (names.contains("mimetype") && names.contains("content.xml")) {
			return Kind.OPEN_DOCUMENT;
		}
		return Kind.ARCHIVE;
	}

	private static void refuseBomb(Path file, ZipEntry entry) {
		long size = entry.getSize();
		long compressed = entry.getCompressedSize();
		if (size < 0 || compressed < 0) {
			return;
		}
		if (size > ZipSecureFile.getMaxEntrySize()) {
			throw new RejectedDocumentException(file, "entry " + entry.getName(), "zip bomb: the entry expands to " + size
					+ " bytes, over POI's ZipSecureFile limit of " + ZipSecureFile.getMaxEntrySize() + "; refused unread", null);
		}
		if (size > ZipSecureFile.getGraceEntrySize() && size > 0
				&& (double) compressed / size < ZipSecureFile.getMinInflateRatio()) {
			throw new RejectedDocumentException(file, "entry " + entry.getName(),
					"zip bomb: " + compressed + " compressed bytes expand to " + size + " (ratio below POI's ZipSecureFile "
							+ "minimum of " + ZipSecureFile.getMinInflateRatio() + "); refused unread",
					null);
		}
	}
}
