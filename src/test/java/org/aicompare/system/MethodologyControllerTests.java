package org.aicompare.system;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import org.aicompare.priority.AdvisorData;
import org.aicompare.priority.EvidenceLink;
import org.aicompare.priority.Leaning;
import org.aicompare.priority.Pole;
import org.aicompare.priority.PrioritySummary;
import org.aicompare.project.BuyerQuestion;
import org.aicompare.comparison.Dimension;
import org.aicompare.comparison.DimensionRepository;
import org.aicompare.content.ContentChange;
import org.aicompare.content.ContentChangeRepository;
import org.aicompare.content.ContentVersion;
import org.aicompare.content.ContentVersionRepository;
import org.aicompare.source.Passage;
import org.aicompare.source.PassageKind;
import org.aicompare.source.PassageRepository;
import org.aicompare.source.SourcePassage;
import org.aicompare.web.ContentVersionLookup;

import org.aicompare.web.PageCitations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

/**
 * Tests for {@link MethodologyController}.
 */
@Import({ SecurityConfiguration.class, PageCitations.class })
@WebMvcTest(MethodologyController.class)
class MethodologyControllerTests {

	@Autowired
	private MockMvcTester mvc;

	@MockitoBean
	private DimensionRepository dimensions;

	@MockitoBean
	private PassageRepository passages;

	@MockitoBean
	private ContentVersionRepository versions;

	@MockitoBean
	private ContentChangeRepository changes;

	@MockitoBean
	private AdvisorData advisorData;

	@MockitoBean
	private ContentVersionLookup lookup;

	@BeforeEach
	void content() {
		given(this.dimensions.findAllByOrderByPosition()).willReturn(List.of(
				new Dimension("control", "Control", 0, 36, "Who decides?", "One organization decides",
						"A distributed network decides"),
				new Dimension("innovation-speed", "Innovation Speed", 5, 41, "How fast?", "Slow", "Fast")));
		given(this.passages.findByRepairIsNotNullOrderByNumber()).willReturn(List.of(
				new Passage(new SourcePassage(21, PassageKind.HEADING, "What Is Decentralized AI?",
						"What Is Decentralized", "The source cuts this heading short.", "What Is Decentralized AI?")),
				new Passage(
						new SourcePassage(24, PassageKind.PARAGRAPH, "Examples of decentralized AI projects include:",
								"Examples of decentralized AI projects include:",
								"The list after this line is empty in the source.", "What Is Decentralized AI?"))));
		ContentVersion version = mock(ContentVersion.class);
		given(version.getVersion()).willReturn("2026-11-24");
		given(this.versions.current()).willReturn(version);
		given(this.lookup.currentVersion()).willReturn("2026-11-24");
		List<ContentChange> log = List.of(change(LocalDate.of(2026, 12, 3), "Hybrid ratings revisited."),
				change(LocalDate.of(2026, 11, 24), "First publication."));
		given(this.changes.findAllByOrderByChangedOnDescIdDesc()).willReturn(log);
		given(this.advisorData.load()).willReturn(new AdvisorData.Snapshot(
				List.of(new PrioritySummary("reliability", "Reliability", Leaning.CENTRALIZED, "Up.", List.of(192),
						List.of(new PrioritySummary.Link("scalability", "Scalability", "How far can it grow?", 3,
								Pole.HIGH, List.of(61))),
						List.of(new EvidenceLink(BuyerQuestion.SLA, 3)),
						"Changed. A buyer holds a provider to an SLA.")),
				java.util.Map.of(), null, null));
	}

	@Test
	void showsHowEachPriorityIsMeasuredWithTheBuyerFactsAndWhy() {
		assertThat(this.mvc.get().uri("/methodology")).bodyText()
			.contains("Must-haves come first", "id=\"mapping-reliability\"", "Scalability ×3, the higher the better",
					"(How far can it grow?)", "A published uptime SLA ×3, organisations only",
					"Changed. A buyer holds a provider to an SLA.");
	}

	@Test
	void saysWhatTheSiteIsBuiltOnAndLinksToTheSource() {
		assertThat(this.mvc.get().uri("/methodology")).hasStatusOk()
			.hasViewName(MethodologyController.VIEW)
			.bodyText()
			.contains("<h1>How the comparison is made</h1>", "one published article", "href=\"/sources\"");
	}

	@Test
	void showsEachDimensionWithTheEndsOfItsScale() {
		assertThat(this.mvc.get().uri("/methodology")).bodyText()
			.contains("<caption>", "<th scope=\"col\">1 means</th>", "<th scope=\"col\">5 means</th>", "Control",
					"One organization decides", "A distributed network decides", "Innovation Speed", "Slow",
					"href=\"/compare#dimension-innovation-speed\"");
	}

	@Test
	void explainsHowRatingsAreMadeIncludingHybridCells() {
		assertThat(this.mvc.get().uri("/methodology")).bodyText()
			.contains("from 1 to 5", "follows the source", "rationale under the cell says so",
					"Hybrid cells are derived", "href=\"/sources#p-201\"");
	}

	@Test
	void explainsTheKindsOfTextWithTheirBadges() {
		assertThat(this.mvc.get().uri("/methodology")).bodyText()
			.contains("class=\"kind kind-quoted\">Quoted<", "class=\"kind kind-derived\">Derived<",
					"class=\"kind kind-sourced_fact\">Sourced fact<", "as of", "labelled as uncertain",
					"does not score decentralized networks");
	}

	@Test
	void listsTheRepairedPassagesWithTheirNotes() {
		assertThat(this.mvc.get().uri("/methodology")).bodyText()
			.contains("href=\"/sources#p-21\"", "Passage 21", "What Is Decentralized AI?",
					"The source cuts this heading short.", "href=\"/sources#p-24\"",
					"The list after this line is empty in the source.");
	}

	@Test
	void saysNothingIsPaidForAndNothingTracksTheReader() {
		assertThat(this.mvc.get().uri("/methodology")).bodyText()
			.contains("No placement on this site is paid for", "nothing is sponsored", "no trackers",
					"sets no cookies");
	}

	@Test
	void showsTheContentVersionAndTheChangeLogWithReaderDates() {
		assertThat(this.mvc.get().uri("/methodology").header("Accept-Language", "de-DE")).bodyText()
			.contains("Content version: 24 November 2026", "3 December 2026", "Hybrid ratings revisited.",
					"First publication.")
			.satisfies((body) -> assertThat(body.indexOf("3 December 2026"))
				.isLessThan(body.indexOf("<span class=\"change-date\">24 November 2026")));
	}

	@Test
	void showsAVersionThatIsNotADateAsItIs() {
		ContentVersion version = mock(ContentVersion.class);
		given(version.getVersion()).willReturn("draft-7");
		given(this.versions.current()).willReturn(version);
		assertThat(this.mvc.get().uri("/methodology")).hasStatusOk().bodyText().contains("Content version: draft-7");
	}

	private static ContentChange change(LocalDate on, String summary) {
		ContentChange change = mock(ContentChange.class);
		given(change.getChangedOn()).willReturn(on);
		given(change.getSummary()).willReturn(summary);
		return change;
	}

	@Test
	void offersTheOpenDataWithItsLicenceHowToCiteAndTheDownloads() {
		assertThat(this.mvc.get().uri("/methodology")).bodyText()
			.contains("id=\"open-data\"", "href=\"#open-data\"", "CC BY 4.0",
					"href=\"https://creativecommons.org/licenses/by/4.0/\"", "remains its author",
					"href=\"#how-to-cite\"", "href=\"/compare.csv\"", "href=\"/projects.csv\"", "href=\"/feed.atom\"",
					"href=\"/sitemap.xml\"");
	}

	@Test
	void citesItselfWithTheConfiguredAddressTheRevisionAndTheDateAccessed() {
		String today = java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.ENGLISH)
			.format(LocalDate.now(java.time.ZoneOffset.UTC));
		assertThat(this.mvc.get().uri("/methodology")).bodyText()
			.contains("id=\"how-to-cite\"",
					"aicompare, \u201cHow the comparison is made\u201d, "
							+ "http://localhost:8080/methodology, content revision 2026-11-24, accessed " + today + ".",
					"Cite this page");
	}

	@Test
	void describesTheSourceAndJudgesItAsTheSitesOwnAssessment() {
		assertThat(this.mvc.get().uri("/methodology")).bodyText()
			.contains("id=\"source-described\"", "records no title, no author, no publisher, no address and no date",
					"id=\"source-judged\"", "The site\u2019s own assessment, not part of the source",
					"unattributed and undated", "Web3 angle", "many experts believe", "unfilled spam template",
					"commissioned on", "href=\"/about\"");
	}

}
