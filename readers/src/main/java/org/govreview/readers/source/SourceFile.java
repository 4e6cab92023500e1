package org.govreview.readers.source;

import java.nio.file.Path;

/** A file found under the source path, not yet read. */
public record SourceFile(Path path) {
}
