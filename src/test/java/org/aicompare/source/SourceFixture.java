package org.aicompare.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.springframework.core.io.ClassPathResource;

/**
 * The source text as tests read it, independently of the site's parser.
 */
public final class SourceFixture {

	private SourceFixture() {
	}

	/**
	 * The source text the site ships.
	 * @return the text
	 */
	public static String text() {
		try (InputStream in = new ClassPathResource("content/source.txt").getInputStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * The source's lines, stripped, blank lines left out.
	 * @return the lines
	 */
	public static List<String> lines() {
		return Arrays.stream(text().split("\\R")).map(String::strip).filter((line) -> !line.isEmpty()).toList();
	}

	/**
	 * The lines after the first line equal to {@code heading}, up to but excluding the
	 * first later line equal to one of {@code endHeadings}.
	 * @param heading the line that opens the section
	 * @param endHeadings lines that close it
	 * @return the lines in between
	 */
	public static List<String> section(String heading, String... endHeadings) {
		List<String> lines = lines();
		int start = lines.indexOf(heading);
		if (start < 0) {
			throw new IllegalArgumentException("No line " + heading);
		}
		List<String> section = new ArrayList<>();
		for (String line : lines.subList(start + 1, lines.size())) {
			if (Arrays.asList(endHeadings).contains(line)) {
				return section;
			}
			section.add(line);
		}
		return section;
	}

	/**
	 * The items of the bulleted list that follows the first line equal to {@code leadIn}.
	 * @param leadIn the line before the list
	 * @return the items, without their bullets
	 */
	public static List<String> listAfter(String leadIn) {
		List<String> lines = lines();
		List<String> items = new ArrayList<>();
		for (String line : lines.subList(lines.indexOf(leadIn) + 1, lines.size())) {
			if (!line.startsWith("- ")) {
				break;
			}
			items.add(line.substring(2));
		}
		return items;
	}

	/**
	 * Text with runs of white space folded and no space before punctuation, so a quote
	 * can be compared with the source across its typesetting faults.
	 * @param text any text
	 * @return the normalised text
	 */
	public static String normalised(String text) {
		return text.replaceAll("\\s+", " ").replaceAll(" ([,.;:!?])", "$1").strip();
	}

}
