package org.govreview.readers.corpus;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.govreview.domain.document.DocumentKind;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** A corpus document's JSON: its kind (empty for a near miss that no reader may accept), its layout and its facts. */
record ExpectedFacts(Optional<DocumentKind> kind, String layout, List<Fact> facts) {

	private static final ObjectMapper JSON = new ObjectMapper();

	static ExpectedFacts read(Path json) {
		JsonNode root = JSON.readTree(json.toFile());
		String kind = root.path("kind").asString();
		List<Fact> facts = new ArrayList<>();
		for (JsonNode fact : root.path("facts")) {
			String type = fact.path("type").asString();
			String subject = text(fact, "subject");
			String value = text(fact, "value");
			if (type.equals("member") && value != null && value.equals(subject)) {
				// the schema gives a member only a subject: a value repeating it says nothing more
				value = null;
			}
			if (value != null && value.matches("[0-9]:[0-5][0-9]")) {
				// 9:30 as a writer may give a clock time, stored as 09:30
				value = "0" + value;
			}
			if (type.endsWith("department") && value != null && value.matches(".+[、，,].+")) {
				// 農政課、畜産課 as printed: each department is a fact of its own
				for (String department : value.split("\\s*[、，,]\\s*")) {
					facts.add(new Fact(type, subject, department, null, null));
				}
				continue;
			}
			// a count has no unit in the schema: 4件 and 4 are the same count
			String unit = type.endsWith("-count") ? null : text(fact, "unit");
			facts.add(new Fact(type, subject, value, fact.hasNonNull("year") ? fact.get("year").asInt() : null, unit));
		}
		return new ExpectedFacts(kind.equals("NONE") ? Optional.empty() : Optional.of(DocumentKind.valueOf(kind)),
				root.path("layout").asString(""), facts);
	}

	private static String text(JsonNode fact, String field) {
		JsonNode node = fact.get(field);
		return node == null || node.isNull() ? null : node.asString();
	}
}
