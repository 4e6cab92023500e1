package org.govreview.readers.actionplan;

import java.text.Normalizer;
import java.util.List;

import org.govreview.readers.document.Vocabulary;

/**
 * The words of action plans (vocabulary.txt beside this class): what a plan calls its directions, initiatives,
 * indicators, baselines, targets, units, departments and achievement summaries. Compared in NFKC without spaces.
 * Immutable and thread-safe.
 */
final class PlanVocabulary {

	private static final PlanVocabulary BUILT_IN = new PlanVocabulary(Vocabulary.load(PlanVocabulary.class, "vocabulary.txt"));

	private final Vocabulary vocabulary;

	private PlanVocabulary(Vocabulary vocabulary) {
		this.vocabulary = vocabulary;
	}

	static PlanVocabulary builtIn() {
		return BUILT_IN;
	}

	List<String> words(String concept) {
		return vocabulary.words(concept);
	}

	/** True when the text, brackets and colons stripped, is one of the concept's words. */
	boolean is(String concept, String text) {
		return text != null && vocabulary.is(concept, text);
	}

	/** True when the text contains one of the concept's words. */
	boolean mentions(String concept, String text) {
		return text != null && vocabulary.mentions(concept, text);
	}

	/** True when the text, brackets and colons stripped, starts with one of the concept's words. */
	boolean startsWith(String concept, String text) {
		if (text == null) {
			return false;
		}
		String key = bare(text);
		return vocabulary.words(concept).stream().map(PlanVocabulary::key).anyMatch(key::startsWith);
	}

	/** True when the text, brackets and colons stripped, ends with one of the concept's words of two letters or more. */
	boolean endsWith(String concept, String text) {
		if (text == null) {
			return false;
		}
		String key = bare(text);
		return vocabulary.words(concept).stream().map(PlanVocabulary::key).filter(word -> word.length() >= 2).anyMatch(key::endsWith);
	}

	/** The text as the vocabulary compares it, without the brackets and colons around a word. */
	private static String bare(String text) {
		return key(text).replaceAll("[【】\\[\\]〔〕<>＜＞:：()（）]", "");
	}

	/** The text as the vocabulary compares it: NFKC, without spaces. */
	static String key(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("[\\s　]+", "");
	}
}
