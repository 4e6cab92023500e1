package org.govreview.readers.source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the files under a source path (a file, or a directory searched recursively, following symbolic links) in a
 * stable order: reports before spreadsheets (a rating sheet is checked against the report it rates), then by path.
 * Hidden files are skipped, and so are files in hidden directories below the source path. A folder that cannot be
 * listed ("permission denied") or a symbolic link that leads back above itself ("loop") comes out as an
 * {@link SourceFile.Status#UNREADABLE} entry with its reason, and the rest of the tree is read.
 * <p>
 * Restartable by key ({@link KeyedItemReader}): the {@link ItemLedger} holds the stored paths this run has done with
 * their SHA-256, so a restart reads the files not done, and those whose content changed since; a file listed by an
 * earlier attempt and gone now comes out as a {@link SourceFile.Status#REMOVED} entry, to be reported.
 * Not thread-safe (one instance per step execution).
 */
public class SourceFileItemReader extends KeyedItemReader<SourceFile> {

	private final Path source;

	/** A reader whose run is never restarted: what it has done is kept in memory. */
	public SourceFileItemReader(Path source) {
		this(source, ItemLedger.inMemory());
	}

	public SourceFileItemReader(Path source, ItemLedger ledger) {
		super(ledger);
		this.source = source;
	}

	@Override
	protected List<SourceFile> list() {
		if (!Files.exists(source)) {
			throw new IllegalArgumentException("source path does not exist: " + SourceNames.stored(source.toAbsolutePath()));
		}
		List<SourceFile> found = new ArrayList<>();
		try {
			Files.walkFileTree(source, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {

				@Override
				public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
					return !dir.equals(source) && isHidden(source.relativize(dir)) ? FileVisitResult.SKIP_SUBTREE
							: FileVisitResult.CONTINUE;
				}

				@Override
				public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
					if (!file.equals(source) && isHidden(source.relativize(file))) {
						return FileVisitResult.CONTINUE;
					}
					found.add(attrs.isRegularFile() ? new SourceFile(file)
							: SourceFile.unreadable(file, SourceProblems.notARegularFile(file, attrs)));
					return FileVisitResult.CONTINUE;
				}

				@Override
				public FileVisitResult visitFileFailed(Path file, IOException ex) {
					if (file.equals(source) || !isHidden(source.relativize(file))) {
						found.add(SourceFile.unreadable(file, SourceProblems.describe(ex)
								+ (Files.isDirectory(file) ? " (a folder: the files in it were not read)" : "")));
					}
					return FileVisitResult.CONTINUE;
				}

				@Override
				public FileVisitResult postVisitDirectory(Path dir, IOException ex) {
					if (ex != null) {
						found.add(SourceFile.unreadable(dir,
								SourceProblems.describe(ex) + " (while listing the folder: some of its files were not read)"));
					}
					return FileVisitResult.CONTINUE;
				}
			});
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot list " + SourceNames.stored(source), ex);
		}
		// the rank opens the file: once per file, not once per comparison
		Map<SourceFile, Integer> ranks = new HashMap<>();
		found.forEach(file -> ranks.put(file, rank(file)));
		return found.stream()
			.sorted(Comparator.comparing((SourceFile file) -> ranks.get(file)).thenComparing(SourceFile::name))
			.toList();
	}

	@Override
	protected String key(SourceFile item) {
		return item.name();
	}

	@Override
	protected boolean checksChanges() {
		return true;
	}

	/** The file's SHA-256; "" for an entry that cannot be read, which is then read again at a restart. */
	@Override
	protected String checksum(SourceFile item) {
		if (item.status() != SourceFile.Status.FILE) {
			return "";
		}
		try {
			return SourceChecksum.sha256(item.path());
		}
		catch (UncheckedIOException ex) {
			return "";
		}
	}

	@Override
	protected SourceFile removed(String key) {
		return SourceFile.removed(key);
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
	private static int rank(SourceFile file) {
		return file.status() == SourceFile.Status.FILE && FileSignatures.isZip(file.path()) ? 1 : 0;
	}
}
