package org.aicompare.priority;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.context.MessageSourceAutoConfiguration;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.context.annotation.Import;

import org.aicompare.content.SeededContent;
import org.aicompare.source.CitationIndex.Citation;
import org.aicompare.web.PageLink;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link PriorityCitations} on the seeded content.
 */
@DataJpaTest
@Import({ SeededContent.class, PriorityCitations.class })
@ImportAutoConfiguration(MessageSourceAutoConfiguration.class)
class PriorityCitationsTests {

	@Autowired
	private PriorityCitations index;

	@Autowired
	private PriorityRepository priorities;

	@Test
	void prioritiesCiteWhereTheSourceNamesThemOnTheAdvisor() {
		Priority ownership = this.priorities.findBySlug("data-ownership").orElseThrow();
		PageLink page = new PageLink("Advisor: Data ownership", "/advisor#priority-data-ownership");
		assertThat(ownership.getCites()).isNotEmpty();
		assertThat(this.index.citations()).filteredOn((citation) -> citation.page().equals(page))
			.extracting(Citation::passage)
			.containsAll(ownership.getCites());
	}

}
