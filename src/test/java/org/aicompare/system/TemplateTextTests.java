package org.aicompare.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every text a reader sees comes from {@code messages.properties} or from the data, never
 * from a template: a template may only hold placeholder text in elements whose content
 * Thymeleaf replaces.
 */
class TemplateTextTests {

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	private static final List<String> REPLACING = List.of("th:text", "th:utext", "th:replace", "th:insert");

	private static final List<String> READABLE_ATTRIBUTES = List.of("aria-label", "title", "placeholder", "alt");

	private static final Pattern MESSAGE_KEY = Pattern.compile("#\\{'?([a-zA-Z0-9.]+)'?[}(]");

	@Test
	void templatesHoldNoLiteralTextThatAReaderSees() throws IOException {
		List<String> literal = new ArrayList<>();
		for (Path template : templates()) {
			Document document = Jsoup.parse(template.toFile(), StandardCharsets.UTF_8.name());
			for (Element element : document.getAllElements()) {
				if (isReplaced(element)) {
					continue;
				}
				String text = element.ownText().strip();
				if (!text.isEmpty() && !text.matches("[\\p{IsPunctuation}\\s]+")) {
					literal.add(template + ": <" + element.tagName() + "> " + text);
				}
				READABLE_ATTRIBUTES.stream()
					.filter(element::hasAttr)
					.forEach((name) -> literal.add(template + ": " + name + "=\"" + element.attr(name) + "\""));
			}
		}
		assertThat(literal).as("literal text in templates; move it to messages.properties").isEmpty();
	}

	@Test
	void everyMessageKeyATemplateNamesExists() throws IOException {
		Properties messages = new Properties();
		try (var in = Files.newBufferedReader(Path.of("src/main/resources/messages.properties"),
				StandardCharsets.UTF_8)) {
			messages.load(in);
		}
		List<String> missing = new ArrayList<>();
		for (Path template : templates()) {
			Matcher keys = MESSAGE_KEY.matcher(Files.readString(template));
			while (keys.find()) {
				String key = keys.group(1);
				boolean dynamic = keys.group(0).contains("'");
				boolean known = dynamic ? messages.stringPropertyNames().stream().anyMatch((k) -> k.startsWith(key))
						: messages.containsKey(key);
				if (!known) {
					missing.add(template + ": " + key);
				}
			}
		}
		assertThat(missing).isEmpty();
	}

	private static boolean isReplaced(Element element) {
		for (Element each = element; each != null && !"html".equals(each.tagName()); each = each.parent()) {
			Element current = each;
			if (REPLACING.stream().anyMatch(current::hasAttr)) {
				return true;
			}
		}
		return false;
	}

	private static List<Path> templates() throws IOException {
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			return files.filter((file) -> file.toString().endsWith(".html")).sorted().toList();
		}
	}

}
