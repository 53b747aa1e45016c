package org.aicompare.project;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.context.annotation.Import;

import org.aicompare.content.SeededContent;
import org.aicompare.web.PageKind;
import org.aicompare.web.PageLink;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link ProjectRelatedLinks} and the organisation queries, on the seeded
 * content.
 *
 * @author aicompare
 */
@DataJpaTest
@Import({ SeededContent.class, ProjectRelatedLinks.class })
class ProjectRelatedLinksTests {

	@Autowired
	private ProjectRelatedLinks links;

	@Autowired
	private OrganisationRepository organisations;

	@Test
	void listsTheOrganisationsOfAModelOnItsPage() {
		assertThat(this.links.relatedTo(PageKind.MODEL, "decentralized").links()).extracting(PageLink::title)
			.containsExactly("Bittensor", "SingularityNET", "Fetch.ai", "Ocean Protocol");
		assertThat(this.links.relatedTo(PageKind.MODEL, "centralized").links()).extracting(PageLink::path)
			.contains("/projects/openai", "/projects/anthropic")
			.hasSize(6);
		assertThat(this.links.relatedTo(PageKind.MODEL, "hybrid").links()).isEmpty();
	}

	@Test
	void listsTheOrganisationsTheSourceSpeaksOfWithinAnArticle() {
		assertThat(this.links.relatedTo(PageKind.ARTICLE, "real-world-examples").links()).extracting(PageLink::title)
			.contains("OpenAI", "Bittensor")
			.doesNotContain("Anthropic");
		assertThat(this.links.relatedTo(PageKind.ARTICLE, "advantages-of-centralized-ai").links())
			.extracting(PageLink::title)
			.containsExactly("OpenAI", "Google DeepMind", "Anthropic");
		assertThat(this.links.relatedTo(PageKind.ARTICLE, "conclusion").links()).isEmpty();
		assertThat(this.links.relatedTo(PageKind.ARTICLE, "no-such-article").links()).isEmpty();
	}

	@Test
	void addsNothingToProfiles() {
		assertThat(this.links.relatedTo(PageKind.PROJECT, "openai").links()).isEmpty();
	}

	@Test
	void loadsSeveralProfilesWithTheirModelsProductsAndFactsInOneStatement() {
		List<Organisation> profiles = this.organisations.findProfiles(List.of("bittensor", "openai", "nope"));
		assertThat(profiles).extracting(Organisation::getSlug).containsExactly("openai", "bittensor");
		OrganisationProfile openai = OrganisationProfile.of(profiles.get(0));
		assertThat(openai.topics()).startsWith(FactTopic.FOUNDED, FactTopic.BASE);
		assertThat(openai.factsAbout(FactTopic.GOVERNANCE)).anySatisfy((fact) -> assertThat(fact.uncertain()).isTrue());
		assertThat(openai.referenceCodes()).startsWith("S1", "S3");
		assertThat(profiles.get(0).getProducts()).extracting(Product::getName).containsExactly("ChatGPT");
	}

}
