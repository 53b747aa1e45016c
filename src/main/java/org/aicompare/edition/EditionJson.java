package org.aicompare.edition;

import java.util.List;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one class that writes and reads the JSON an edition is stored as: its snapshot and
 * its changes.
 */
final class EditionJson {

	/** The most characters either text may hold, as the columns allow. */
	static final int MAX_LENGTH = 1_000_000;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final TypeReference<List<EditionChange>> CHANGES = new TypeReference<>() {
	};

	private EditionJson() {
	}

	static String write(Object value) {
		String json = JSON.writeValueAsString(value);
		if (json.length() > MAX_LENGTH) {
			throw new IllegalStateException("An edition's JSON has " + json.length() + " characters; at most "
					+ MAX_LENGTH + " fit its column");
		}
		return json;
	}

	static EditionSnapshot snapshot(String json) {
		return JSON.readValue(json, EditionSnapshot.class);
	}

	static List<EditionChange> changes(String json) {
		return JSON.readValue(json, CHANGES);
	}

}
