package org.govreview.readers.document;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * A heading with what follows it up to the next heading of the same or a higher level: its own blocks and its
 * subsections. The document's root section has no heading. Immutable once the model is built.
 */
public final class Section {

	private final Heading heading;

	private final List<Block> blocks = new ArrayList<>();

	private final List<Section> children = new ArrayList<>();

	Section(Heading heading) {
		this.heading = heading;
	}

	/** The heading, null for the document's root. */
	public Heading heading() {
		return heading;
	}

	/** The blocks between the heading and its first subsection or the next heading. */
	public List<Block> blocks() {
		return List.copyOf(blocks);
	}

	public List<Section> children() {
		return List.copyOf(children);
	}

	/** This section's blocks and all its subsections' headings and blocks, in document order. */
	public List<Block> allBlocks() {
		List<Block> all = new ArrayList<>(blocks);
		for (Section child : children) {
			all.add(child.heading);
			all.addAll(child.allBlocks());
		}
		return all;
	}

	/** This section and every section under it, depth first. */
	public Stream<Section> descendants() {
		return Stream.concat(Stream.of(this), children.stream().flatMap(Section::descendants));
	}

	public List<Section> find(Predicate<Heading> which) {
		return descendants().filter(section -> section.heading != null && which.test(section.heading)).toList();
	}

	public <T extends Block> List<T> all(Class<T> type) {
		return allBlocks().stream().filter(type::isInstance).map(type::cast).toList();
	}

	/** The text of everything under the heading, one block a line. */
	public String text() {
		StringBuilder text = new StringBuilder();
		for (Block block : allBlocks()) {
			text.append(block.text()).append('\n');
		}
		return text.toString();
	}

	void add(Block block) {
		blocks.add(block);
	}

	void add(Section child) {
		children.add(child);
	}

	@Override
	public String toString() {
		return heading == null ? "(document)" : heading.text();
	}
}
