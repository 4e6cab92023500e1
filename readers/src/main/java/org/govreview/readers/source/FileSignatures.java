package org.govreview.readers.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** What a file is, told by its first bytes rather than by its name. Stateless and thread-safe. */
public final class FileSignatures {

	private FileSignatures() {
	}

	/** A zip container (PK\3\4), as every .xlsx is; false when the file cannot be read. */
	public static boolean isZip(Path file) {
		try (InputStream in = Files.newInputStream(file)) {
			return isZip(in.readNBytes(4));
		}
		catch (IOException ex) {
			return false;
		}
	}

	/** Whether {@code head} starts a zip container (PK\3\4). */
	public static boolean isZip(byte[] head) {
		return head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
	}

	/** Whether {@code head} starts an OLE2 compound file (D0 CF 11 E0 A1 B1 1A E1): .doc, .xls, .ppt of Office 97–2003. */
	public static boolean isOle2(byte[] head) {
		int[] magic = { 0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1 };
		if (head.length < magic.length) {
			return false;
		}
		for (int i = 0; i < magic.length; i++) {
			if ((head[i] & 0xff) != magic[i]) {
				return false;
			}
		}
		return true;
	}
}
