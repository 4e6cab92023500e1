package org.govreview.readers.corpus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The corpus printed by LibreOffice Writer as a city's office prints a text file: default tab stops instead of
 * drawn cells, long lines wrapped at the page width, its own choice of fonts. {@code soffice} converts every file in
 * one run, in a profile of its own.
 */
final class LibreOfficePdfs {

	private LibreOfficePdfs() {
	}

	/** Why LibreOffice cannot print here, or null when it can. */
	static String unavailable() {
		for (String directory : System.getenv().getOrDefault("PATH", "").split(":")) {
			if (Files.isExecutable(Path.of(directory, "soffice"))) {
				return null;
			}
		}
		return "soffice (LibreOffice Writer) is not installed; tools/install-pdf-producers installs it as root with apt-get";
	}

	/**
	 * How many files one soffice run is given: a run over some 250 files stops part way without an error, so the corpus
	 * is printed in runs of this many and every PDF is checked for.
	 */
	private static final int FILES_A_RUN = 40;

	/** The PDFs of the text files, written into the directory under the files' names with .pdf. */
	static void print(List<Path> texts, Path directory) throws IOException, InterruptedException {
		for (int from = 0; from < texts.size(); from += FILES_A_RUN) {
			List<Path> run = texts.subList(from, Math.min(texts.size(), from + FILES_A_RUN));
			printRun(run, directory);
			for (Path text : run) {
				Path pdf = directory.resolve(text.getFileName().toString().replaceFirst("\\.txt$", "") + ".pdf");
				if (!Files.exists(pdf)) {
					throw new IOException("soffice printed no " + pdf.getFileName() + ": " + Files.readString(directory.resolve("soffice.log")));
				}
			}
		}
	}

	private static void printRun(List<Path> texts, Path directory) throws IOException, InterruptedException {
		Path profile = Files.createTempDirectory("soffice-profile");
		List<String> command = new ArrayList<>(List.of("soffice", "-env:UserInstallation=" + profile.toUri(),
				"--headless", "--infilter=Text (encoded):UTF8,LF,,,", "--convert-to", "pdf", "--outdir",
				directory.toString()));
		texts.forEach(text -> command.add(text.toString()));
		Process process = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(directory.resolve("soffice.log").toFile())
			.start();
		if (!process.waitFor(10, TimeUnit.MINUTES)) {
			process.destroyForcibly();
			throw new IOException("soffice did not finish printing the corpus in 10 minutes");
		}
		if (process.exitValue() != 0) {
			throw new IOException("soffice exited with " + process.exitValue() + ": "
					+ Files.readString(directory.resolve("soffice.log")));
		}
	}
}
