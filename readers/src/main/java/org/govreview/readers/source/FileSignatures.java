package org.govreview.readers.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** What a file is, told by its first bytes rather than by its name. */
public final class FileSignatures {

	private FileSignatures() {
	}

	/** A zip container (PK\3\4), as every .xlsx is; false when the file cannot be read. */
	public static boolean isZip(Path file) {
		try (InputStream in = Files.newInputStream(file)) {
			byte[] head = in.readNBytes(4);
			return head.length == 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
		}
		catch (IOException ex) {
			return false;
		}
	}
}
