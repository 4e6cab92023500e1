package org.govreview.readers.source;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * File names as stored and reported. On Linux a path keeps the raw bytes of its name, whatever the JVM's file name
 * encoding (sun.jnu.encoding, from the locale) makes of them; this recovers those bytes (through the path's URI,
 * which percent-encodes them) and decodes each name strictly as UTF-8, else as CP932 (windows-31j, the Japanese
 * Windows encoding), else keeps ASCII as is and writes every other byte as {@code \xNN}. Stateless and thread-safe.
 */
public final class SourceNames {

	private static final Charset CP932 = Charset.forName("windows-31j");

	private SourceNames() {
	}

	/** The path as stored: relative paths stay relative. */
	public static String stored(Path path) {
		String plain = path.toString();
		if (isAscii(plain)) {
			return plain;
		}
		byte[] raw = percentDecoded(path.toAbsolutePath().toUri().getRawPath());
		String decoded = decodeByName(raw);
		if (decoded.endsWith("/") && decoded.length() > 1) {
			decoded = decoded.substring(0, decoded.length() - 1);
		}
		if (path.isAbsolute()) {
			return decoded;
		}
		String base = stored(Path.of("").toAbsolutePath());
		return decoded.startsWith(base + "/") ? decoded.substring(base.length() + 1) : decoded;
	}

	/** Decodes one file name's bytes: UTF-8, else CP932, else ASCII with the other bytes escaped. */
	static String decode(byte[] name) {
		String text = strict(name, StandardCharsets.UTF_8);
		if (text == null) {
			text = strict(name, CP932);
		}
		return text != null ? text : escaped(name);
	}

	private static String decodeByName(byte[] raw) {
		StringBuilder out = new StringBuilder();
		int start = 0;
		for (int i = 0; i <= raw.length; i++) {
			if (i == raw.length || raw[i] == '/') {
				byte[] name = java.util.Arrays.copyOfRange(raw, start, i);
				out.append(decode(name));
				if (i < raw.length) {
					out.append('/');
				}
				start = i + 1;
			}
		}
		return out.toString();
	}

	private static String strict(byte[] bytes, Charset charset) {
		try {
			return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
		}
		catch (CharacterCodingException ex) {
			return null;
		}
	}

	private static String escaped(byte[] bytes) {
		StringBuilder out = new StringBuilder();
		for (byte b : bytes) {
			int value = b & 0xff;
			if (value >= 0x20 && value < 0x7f && value != '\\') {
				out.append((char) value);
			}
			else {
				out.append(String.format("\\x%02x", value));
			}
		}
		return out.toString();
	}

	private static byte[] percentDecoded(String rawPath) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		for (int i = 0; i < rawPath.length(); i++) {
			char c = rawPath.charAt(i);
			if (c == '%' && i + 2 < rawPath.length()) {
				out.write(Integer.parseInt(rawPath.substring(i + 1, i + 3), 16));
				i += 2;
			}
			else {
				byte[] bytes = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
				out.write(bytes, 0, bytes.length);
			}
		}
		return out.toByteArray();
	}

	private static boolean isAscii(String text) {
		for (int i = 0; i < text.length(); i++) {
			if (text.charAt(i) >= 0x7f) {
				return false;
			}
		}
		return true;
	}
}
