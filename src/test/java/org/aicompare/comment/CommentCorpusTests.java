package org.aicompare.comment;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import tools.jackson.dataformat.yaml.YAMLMapper;

import org.springframework.core.io.ClassPathResource;

import org.aicompare.comment.Verdict.Decision;
import org.aicompare.source.SourceFixture;
import org.aicompare.source.SourcePassage;
import org.aicompare.source.SourceTextParser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Screens every comment of the labelled corpus in {@code comments/corpus.yml}: the source
 * article's own thread and comments written for the test, genuine and spam of every kind.
 */
class CommentCorpusTests {

	private static final Instant POSTED_AT = Instant.parse("2025-06-01T12:00:00Z");

	private static final List<Entry> CORPUS = load();

	private final CommentScreening screening = new CommentScreening(CommentProperties.DEFAULTS);

	static List<Entry> corpus() {
		return CORPUS;
	}

	@ParameterizedTest
	@MethodSource("corpus")
	void everyCommentGetsItsVerdictAndRule(Entry entry) {
		Verdict verdict = screen(entry);
		assertThat(verdict.decision()).as(entry.text()).isEqualTo(entry.decision());
		assertThat((verdict.rule() != null) ? verdict.rule().code() : null).as(entry.text()).isEqualTo(entry.rule());
	}

	@Test
	void noGenuineCommentIsMarkedSpam() {
		assertThat(CORPUS.stream().filter(Entry::genuine))
			.allSatisfy((entry) -> assertThat(screen(entry).decision()).as(entry.text()).isNotEqualTo(Decision.SPAM));
	}

	@Test
	void everyRuleIsRepresentedAndCatchesSpam() {
		Set<String> caught = CORPUS.stream()
			.filter((entry) -> !entry.genuine())
			.map((entry) -> screen(entry).rule())
			.filter((rule) -> rule != null)
			.map(ScreeningRule::code)
			.collect(Collectors.toSet());
		assertThat(caught).containsExactlyInAnyOrderElementsOf(
				Arrays.stream(ScreeningRule.values()).map(ScreeningRule::code).toList());
		assertThat(CORPUS.stream().filter((entry) -> !entry.genuine()))
			.allSatisfy((entry) -> assertThat(screen(entry).decision()).as(entry.text()).isNotEqualTo(Decision.PASS));
	}

	@Test
	void corpusHoldsTheWholeSourceThreadWordForWord() {
		List<SourcePassage> passages = SourceTextParser.parse(SourceFixture.text());
		List<Entry> fromSource = CORPUS.stream().filter((entry) -> entry.passage() != null).toList();
		assertThat(fromSource).extracting(Entry::passage).containsExactly(236, 237, 238, 239, 240, 241, 242, 243, 244);
		assertThat(fromSource)
			.allSatisfy((entry) -> assertThat(entry.text()).isEqualTo(passages.get(entry.passage() - 1).text()));
		assertThat(CORPUS).hasSizeGreaterThanOrEqualTo(40);
	}

	private Verdict screen(Entry entry) {
		Pages.Page page = Pages.get(entry.page());
		int seconds = (entry.seconds() != null) ? entry.seconds() : 45;
		return this.screening.screen(new Submission(page.target(), entry.page(), "A reader", null, entry.text(),
				entry.honeypot(), POSTED_AT.minusSeconds(seconds), POSTED_AT), page.terms());
	}

	private static List<Entry> load() {
		try (InputStream in = new ClassPathResource("comments/corpus.yml").getInputStream()) {
			return YAMLMapper.builder().build().readValue(in, Corpus.class).comments();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	record Corpus(List<Entry> comments) {

	}

	record Entry(String page, Integer passage, String text, boolean genuine, String verdict, String rule,
			String honeypot, Integer seconds) {

		Decision decision() {
			return Decision.valueOf(this.verdict.toUpperCase(Locale.ROOT));
		}

		@Override
		public String toString() {
			return this.verdict + " " + ((this.rule != null) ? this.rule + " " : "") + "on " + this.page + ": "
					+ this.text;
		}

	}

}
