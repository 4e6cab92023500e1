package org.govreview.readers.corpus;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/** A kind's floors, from {@code floors.properties} in its corpus folder: {@code recall} and {@code precision}, 0–1. */
record Floors(double recall, double precision) {

	static Floors of(Path folder) {
		Path file = folder.resolve("floors.properties");
		Properties properties = new Properties();
		try (Reader reader = Files.newBufferedReader(file)) {
			properties.load(reader);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("every corpus folder states its floors: " + file, ex);
		}
		return new Floors(Double.parseDouble(properties.getProperty("recall")),
				Double.parseDouble(properties.getProperty("precision")));
	}
}
