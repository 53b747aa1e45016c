package org.aicompare.project;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.context.annotation.Import;

import org.aicompare.content.SeededContent;
import org.aicompare.source.CitationIndex.Citation;
import org.aicompare.web.PageLink;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link ProjectCitations} on the seeded content.
 */
@DataJpaTest
@Import({ SeededContent.class, ProjectCitations.class })
class ProjectCitationsTests {

	@Autowired
	private ProjectCitations index;

	@Test
	void profilesCiteWhatTheSourceSaysOfThemAndOfTheirProducts() {
		assertThat(this.index.citations()).contains(new Citation(179, new PageLink("Bittensor", "/projects/bittensor")),
				new Citation(63, new PageLink("OpenAI", "/projects/openai")),
				new Citation(65, new PageLink("Anthropic", "/projects/anthropic")));
	}

}
