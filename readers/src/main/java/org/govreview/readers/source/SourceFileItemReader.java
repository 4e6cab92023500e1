package org.govreview.readers.source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;

/**
 * Reads the files under a source path (a file, or a directory searched recursively) in a stable order: reports
 * before spreadsheets (a rating sheet is checked against the report it rates), then by path. Hidden files are
 * skipped, and so are files in hidden directories below the source path. Restartable: the execution context keeps
 * how many files were read, and a restart resumes after them.
 * Not thread-safe (one instance per step execution).
 */
public class SourceFileItemReader extends AbstractItemCountingItemStreamItemReader<SourceFile> {

	private final Path source;

	private List<Path> files;

	public SourceFileItemReader(Path source) {
		this.source = source;
		setName("sourceFiles");
	}

	@Override
	protected void doOpen() {
		if (!Files.exists(source)) {
			throw new IllegalArgumentException("source path does not exist: " + source.toAbsolutePath());
		}
		try (Stream<Path> walk = Files.walk(source)) {
			files = walk.filter(Files::isRegularFile)
				.filter(path -> !isHidden(source.relativize(path)))
				.sorted(Comparator.comparingInt(SourceFileItemReader::rank).thenComparing(Path::toString))
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot list " + source, ex);
		}
	}

	@Override
	protected SourceFile doRead() {
		int index = getCurrentItemCount() - 1;
		return index < files.size() ? new SourceFile(files.get(index)) : null;
	}

	@Override
	protected void doClose() {
		files = null;
	}

	/** A dot file, or a file in a dot directory below the source path (.git, .sync, editors' lock files). */
	private static boolean isHidden(Path relative) {
		for (Path name : relative) {
			if (name.toString().startsWith(".")) {
				return true;
			}
		}
		return false;
	}

	/** Spreadsheets (zip containers) after everything else; decided on the first bytes, not the name. */
	private static int rank(Path path) {
		return FileSignatures.isZip(path) ? 1 : 0;
	}

	public int size() {
		return files == null ? 0 : files.size();
	}
}
