package org.govreview.jobs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.stream.Stream;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;

/** Source directories for the job tests: the project's samples, variants of them, and bad inputs. */
final class SourceFixtures {

	static final Path SAMPLES = Path.of("../samples").toAbsolutePath().normalize();

	static final Path SAMPLE_REPORT = SAMPLES.resolve("sakuragaoka/pledge-report-FY2024.txt");

	private SourceFixtures() {
	}

	static Path copySamples(Path target) throws IOException {
		try (Stream<Path> files = Files.walk(SAMPLES)) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				Path copy = target.resolve(SAMPLES.relativize(file).toString());
				Files.createDirectories(copy.getParent());
				Files.copy(file, copy);
			}
		}
		return target;
	}

	/** The sample report as published a year later: same city, FY2025, other figures. */
	static Path nextYearReport(Path target) throws IOException {
		String text = Files.readString(SAMPLE_REPORT)
			.replace("令和6年度", "令和7年度")
			.replace("令和7年3月", "令和8年3月")
			.replace("令和7年5月", "令和8年5月")
			.replace("1 出産・子育て世代を切れ目なく支援します\t65", "1 出産・子育て世代を切れ目なく支援します\t70");
		Files.createDirectories(target.getParent());
		return Files.writeString(target, text, StandardCharsets.UTF_8);
	}

	static void badInputs(Path directory) throws IOException {
		Files.createDirectories(directory);
		Files.write(directory.resolve("empty.txt"), new byte[0]);
		byte[] junk = new byte[4096];
		new Random(42).nextBytes(junk);
		junk[10] = 0;
		Files.write(directory.resolve("junk.bin"), junk);
		byte[] pdf = blankPdf();
		Files.write(directory.resolve("truncated.pdf"), java.util.Arrays.copyOf(pdf, pdf.length / 2));
		Files.write(directory.resolve("encrypted.pdf"), encryptedPdf());
		Files.writeString(directory.resolve("minutes.txt"), "議事録\n令和6年度 第1回 定例会\n出席者 10名\n", StandardCharsets.UTF_8);
	}

	private static byte[] blankPdf() throws IOException {
		try (PDDocument document = new PDDocument(); var out = new java.io.ByteArrayOutputStream()) {
			document.addPage(new PDPage());
			document.save(out);
			return out.toByteArray();
		}
	}

	private static byte[] encryptedPdf() throws IOException {
		try (PDDocument document = new PDDocument(); var out = new java.io.ByteArrayOutputStream()) {
			document.addPage(new PDPage());
			StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", "user-secret", new AccessPermission());
			policy.setEncryptionKeyLength(128);
			document.protect(policy);
			document.save(out);
			return out.toByteArray();
		}
	}

	static Path seed(String name) {
		Path dir = Path.of("").toAbsolutePath();
		while (dir != null) {
			Path candidate = dir.resolveSibling("shared").resolve("seeds").resolve(name);
			if (Files.exists(candidate)) {
				return candidate;
			}
			candidate = dir.resolve("shared").resolve("seeds").resolve(name);
			if (Files.exists(candidate)) {
				return candidate;
			}
			dir = dir.getParent();
		}
		return Path.of("../../shared/seeds", name).toAbsolutePath().normalize();
	}
}
