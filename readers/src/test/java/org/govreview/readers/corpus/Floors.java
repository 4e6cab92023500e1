package org.govreview.readers.corpus;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * A kind's floors, from {@code floors.properties} in its corpus folder: {@code recall} and {@code precision}, 0–1,
 * for the text and the PDF rendered line by line; {@code libreoffice.recall} and {@code libreoffice.precision} for
 * the PDFs LibreOffice prints (0 when not set).
 */
record Floors(double recall, double precision) {

	static Floors of(Path folder, String prefix) {
		Path file = folder.resolve("floors.properties");
		Properties properties = new Properties();
		try (Reader reader = Files.newBufferedReader(file)) {
			properties.load(reader);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("every corpus folder states its floors: " + file, ex);
		}
		return new Floors(Double.parseDouble(properties.getProperty(prefix + "recall", "0")),
				Double.parseDouble(properties.getProperty(prefix + "precision", "0")));
	}
}
