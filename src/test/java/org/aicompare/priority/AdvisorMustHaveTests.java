package org.aicompare.priority;

import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import org.aicompare.project.BuyerPanel;
import org.aicompare.project.BuyerPanels;
import org.aicompare.project.Finding;
import org.aicompare.project.Requirement;
import org.aicompare.project.RequirementStatus;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Must-haves come before weights: an organisation listed as meeting them has a sourced
 * yes for each, one the research found nothing on is listed apart as unknown, and a
 * regulated EU business's needs put a documented provider first.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AdvisorMustHaveTests {

	private static final List<String> EU_MIX = List.of("reliability:3", "data-ownership:3", "digital-sovereignty:3");

	private static final List<String> EU_MUST_HAVES = List.of("eu-data-residency", "no-training-by-default",
			"dpa-offered");

	@Autowired
	private Advisor advisor;

	@Autowired
	private BuyerPanels buyerPanels;

	@Autowired
	private MockMvcTester mvc;

	@ParameterizedTest
	@EnumSource(Requirement.class)
	void anOrganisationListedAsMeetingAMustHaveHasASourcedYesAndAnUnknownOneHasNone(Requirement requirement) {
		checkStandings(this.advisor.advise(List.of("speed", "transparency"), List.of(requirement.slug())).result(),
				List.of(requirement));
	}

	@Test
	void theRegulatedMustHavesTogetherAreMetOnlyWhereEachIsSourced() {
		checkStandings(this.advisor.advise(EU_MIX, EU_MUST_HAVES).result(),
				EU_MUST_HAVES.stream().map(Requirement::ofSlug).toList());
	}

	@Test
	void aRegulatedEuBusinessGetsADocumentedProviderFirstAndTheNetworksApart() throws Exception {
		Advisor.Advice advice = this.advisor.advise(EU_MIX, EU_MUST_HAVES);
		AdvisorResult result = advice.result();
		List<AdvisorResult.Score> meeting = result.meetingEveryMustHave();
		assertThat(meeting).isNotEmpty();
		var profiles = advice.snapshot().organisations().profiles();
		assertThat(meeting)
			.allSatisfy((score) -> assertThat(profiles.get(score.model()).model()).isEqualTo("centralized"));
		for (String network : List.of("bittensor", "singularitynet", "fetch-ai", "ocean-protocol")) {
			assertThat(result.standing(network).status()).as(network).isEqualTo(RequirementStatus.UNKNOWN);
		}
		Document page = Jsoup.parse(this.mvc.get()
			.uri("/advisor?priority={a}&priority={b}&priority={c}&require={d}&require={e}&require={f}", EU_MIX.get(0),
					EU_MIX.get(1), EU_MIX.get(2), EU_MUST_HAVES.get(0), EU_MUST_HAVES.get(1), EU_MUST_HAVES.get(2))
			.exchange()
			.getResponse()
			.getContentAsString());
		assertThat(page.selectFirst("#todo").text())
			.startsWith("Best-fitting organisations that meet every must-have: "
					+ profiles.get(meeting.get(0).model()).name() + " (" + meeting.get(0).points() + ")")
			.contains("organisations are unknown on a must-have");
		assertThat(page.select(".require-unknown li[data-organisation=bittensor]")).hasSize(1);
		assertThat(result.recommendation()).as("the source's matrix still favours it").isEqualTo("decentralized");
		assertThat(page.selectFirst(".winner-unmet").text()).startsWith("Of Decentralized AI, the model")
			.contains("no organisation on this site is documented to meet every must-have");
		assertThat(page.select("#must-haves input[value=eu-data-residency][checked]")).hasSize(1);
	}

	@Test
	void theRegulatedPresetCarriesItsMustHavesAndSaysWhy() throws Exception {
		Document page = Jsoup.parse(this.mvc.get().uri("/advisor").exchange().getResponse().getContentAsString());
		String link = page.select(".presets a")
			.stream()
			.filter((a) -> a.text().startsWith("Regulated enterprise"))
			.findFirst()
			.orElseThrow()
			.attr("href");
		assertThat(link).contains("require=eu-data-residency", "require=no-training-by-default", "require=dpa-offered");
		assertThat(page.select(".presets .must-have-reason").text()).contains("GDPR processing agreement");
	}

	@Test
	void theFormCarriesTheMustHavesIntoTheAddress() {
		assertThat(this.mvc.get().uri("/advisor?priority=speed&weight-speed=2&require=open-weights"))
			.hasStatus3xxRedirection()
			.hasRedirectedUrl("/advisor?priority=speed:2&require=open-weights");
	}

	@Test
	void anUnknownMustHaveIsA400NamingTheValidOnesOnThePageTheDownloadsAndTheApi() {
		assertThat(this.mvc.get().uri("/advisor?priority=speed&require=cheap")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyText()
			.contains("cheap", "eu-data-residency", "published-sla");
		for (String uri : List.of("/advisor.json", "/advisor.csv", "/api/v1/advice")) {
			assertThat(this.mvc.get().uri(uri + "?priority=speed&require=cheap")).as(uri)
				.hasStatus(HttpStatus.BAD_REQUEST)
				.bodyText()
				.contains("cheap", "dpa-offered");
		}
	}

	private void checkStandings(AdvisorResult result, List<Requirement> required) {
		BuyerPanels.Panels panels = this.buyerPanels.panels();
		for (AdvisorResult.Score score : result.organisations()) {
			BuyerPanel panel = panels.panel(score.model());
			RequirementStatus status = result.standing(score.model()).status();
			for (Requirement requirement : required) {
				BuyerPanel.Row row = panel.row(requirement.question());
				if (status == RequirementStatus.MET) {
					assertThat(row).as(score.model() + " meets " + requirement).isNotNull();
					assertThat(row.finding()).as(score.model() + " meets " + requirement).isEqualTo(Finding.YES);
					assertThat(row.references()).as(score.model() + " meets " + requirement).isNotEmpty();
				}
				if (status == RequirementStatus.UNKNOWN) {
					assertThat((row != null) ? row.finding() : Finding.NONE_FOUND)
						.as(score.model() + " is unknown, never a sourced no, on " + requirement)
						.isNotEqualTo(Finding.NO);
				}
			}
		}
		assertThat(result.meetingEveryMustHave().size() + result.withStatus(RequirementStatus.PARTLY).size()
				+ result.withStatus(RequirementStatus.UNKNOWN).size()
				+ result.withStatus(RequirementStatus.NOT_MET).size())
			.isEqualTo(result.organisations().size());
	}

}
