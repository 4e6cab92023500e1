package org.govreview.readers.document;

import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.govreview.readers.text.SourceText;

/**
 * A document as its readers query it: blocks (headings with their numbering scheme and level, paragraphs, list
 * items, tables with their header rows, label–value fields), each with its location, and the sections the headings
 * open. Built once per document from its extracted text, the same whether the text came from a text file or a PDF
 * (whose cells the extraction keeps tab-separated). Immutable and thread-safe once built.
 */
public final class DocumentModel {

	private final SourceText source;

	private final List<Block> blocks;

	private final Section root;

	private final String key;

	private final boolean sheet;

	DocumentModel(SourceText source, List<Block> blocks, Section root, boolean sheet) {
		this.source = source;
		this.sheet = sheet;
		this.blocks = List.copyOf(blocks);
		this.root = root;
		this.key = Words.key(blocks.stream().map(Block::text).collect(Collectors.joining("\n")));
	}

	/** The model of an extracted text. */
	public static DocumentModel of(SourceText text) {
		return new ModelBuilder(text).build();
	}

	/** True when the text is a sheet's records (CSV, Excel's Unicode text), each row of it a record. */
	public boolean sheet() {
		return sheet;
	}

	/** The extracted text the model was built from, with the loader's findings. */
	public SourceText source() {
		return source;
	}

	public Path file() {
		return source.file();
	}

	public List<Block> blocks() {
		return blocks;
	}

	/** The document as a section without a heading, holding everything. */
	public Section root() {
		return root;
	}

	public <T extends Block> List<T> all(Class<T> type) {
		return blocks.stream().filter(type::isInstance).map(type::cast).toList();
	}

	public List<Heading> headings() {
		return all(Heading.class);
	}

	public List<Table> tables() {
		return all(Table.class);
	}

	public List<Field> fields() {
		return all(Field.class);
	}

	/** The whole text, NFKC and without whitespace: what vocabulary is searched in. */
	public String key() {
		return key;
	}

	/**
	 * True when one of the document's first {@code lines} non-blank lines contains any of the words (NFKC, whitespace
	 * ignored): its title, or what stands beside it, names it so; a saved web page prints its title after the site's
	 * navigation, further down.
	 */
	public boolean opensWith(Collection<String> words, int lines) {
		return firstLineWith(words, lines) >= 0;
	}

	/** Among the first {@code lines} non-blank lines, the position of the first that contains any of the words; -1 if none. */
	public int firstLineWith(Collection<String> words, int lines) {
		List<String> keys = words.stream().map(Words::key).filter(word -> !word.isEmpty()).toList();
		List<String> top = source.lines().stream().filter(line -> !line.isBlank()).limit(lines).map(Words::key).toList();
		for (int i = 0; i < top.size(); i++) {
			String line = top.get(i);
			if (keys.stream().anyMatch(line::contains)) {
				return i;
			}
		}
		return -1;
	}

	/** True when the document's text contains any of the words (NFKC, whitespace ignored). */
	public boolean mentions(Collection<String> words) {
		return words.stream().map(Words::key).anyMatch(word -> !word.isEmpty() && key.contains(word));
	}

	/**
	 * The values given for a label: fields so labelled, and table rows whose first cell is the label. The label
	 * matches when its key equals one of the words or starts with one (視察先 matches 視察先等).
	 */
	public List<Field> valuesOf(Collection<String> labels) {
		List<String> keys = labels.stream().map(Words::key).filter(word -> !word.isEmpty()).toList();
		List<Field> values = new ArrayList<>();
		for (Block block : blocks) {
			if (block instanceof Field field && labelMatches(field.label(), keys)) {
				values.add(field);
			}
			else if (block instanceof Table table) {
				for (List<Cell> row : table.rows()) {
					if (row.size() >= 2 && labelMatches(row.get(0).text(), keys)) {
						String value = row.subList(1, row.size())
							.stream()
							.map(Cell::text)
							.filter(text -> !text.isEmpty())
							.collect(Collectors.joining("\t"));
						values.add(new Field(Words.key(row.get(0).text()), value, row.get(1).location()));
					}
				}
			}
		}
		return values;
	}

	/** The first value given for a label, see {@link #valuesOf(Collection)}. */
	public Optional<Field> valueOf(Collection<String> labels) {
		return valuesOf(labels).stream().findFirst();
	}

	private static boolean labelMatches(String label, List<String> keys) {
		String key = Normalizer.normalize(label, Normalizer.Form.NFKC).replaceAll("[\\s　【】\\[\\]〔〕<>＜＞:：]+", "");
		return keys.stream().anyMatch(word -> key.equals(word) || key.startsWith(word) && key.length() <= word.length() + 2);
	}
}
