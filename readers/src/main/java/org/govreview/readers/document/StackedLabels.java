package org.govreview.readers.document;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A form's label column and value column read one after the other, as an accessible-text export or a content stream
 * gives a small table: 人口 / 世帯数 / 面積, then 60,851人 / 25,734世帯 / 21.55km², each on its line (blank lines
 * between them are kept). Where as many figures as there were labels follow the labels, and no further figure after
 * them, each label is put on the line of its figure ({@code 人口　60,851人}), as the form printed them side by side.
 * Stateless.
 */
final class StackedLabels {

	/** 人口, 世帯数, 面積: a short label without figures. */
	private static final Pattern LABEL = Pattern.compile("^[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}ー・]{1,8}$");

	/** 60,851人, 約9万8千人, 21.55km²: a figure with its unit. */
	private static final Pattern FIGURE = Pattern.compile("^(?:約)?[0-9０-９][0-9０-９,，.．万千億]*[^\\s0-9０-９]{0,6}$");

	private static final int MOST = 6;

	private StackedLabels() {
	}

	static List<BoxRows.Printed> paired(List<BoxRows.Printed> lines) {
		List<BoxRows.Printed> out = new ArrayList<>(lines);
		for (int i = 0; i < out.size(); i++) {
			List<Integer> labels = run(out, i, LABEL);
			if (labels.size() < 2 || !labels.stream().allMatch(at -> Words.isLabel(out.get(at).text().strip()))) {
				continue;
			}
			int after = next(out, labels.get(labels.size() - 1) + 1);
			List<Integer> figures = after < 0 ? List.of() : run(out, after, FIGURE);
			if (figures.size() != labels.size()) {
				continue;
			}
			int beyond = next(out, figures.get(figures.size() - 1) + 1);
			if (beyond >= 0 && FIGURE.matcher(out.get(beyond).text().strip()).matches()) {
				continue;
			}
			for (int k = 0; k < labels.size(); k++) {
				BoxRows.Printed label = out.get(labels.get(k));
				BoxRows.Printed figure = out.get(figures.get(k));
				out.set(figures.get(k), new BoxRows.Printed(label.text().strip() + "　" + figure.text().strip(), figure.number(),
						figure.page()));
				out.set(labels.get(k), new BoxRows.Printed("", label.number(), label.page()));
			}
			i = figures.get(figures.size() - 1);
		}
		return out;
	}

	/** The lines from {@code start} on, blank lines skipped, that match the shape, up to {@value #MOST}. */
	private static List<Integer> run(List<BoxRows.Printed> lines, int start, Pattern shape) {
		List<Integer> run = new ArrayList<>();
		int i = start;
		while (i >= 0 && i < lines.size() && run.size() <= MOST && shape.matcher(lines.get(i).text().strip()).matches()) {
			run.add(i);
			i = next(lines, i + 1);
		}
		return run.size() > MOST ? List.of() : run;
	}

	private static int next(List<BoxRows.Printed> lines, int from) {
		for (int i = from; i < lines.size(); i++) {
			if (!lines.get(i).text().isBlank()) {
				return i;
			}
		}
		return -1;
	}
}
