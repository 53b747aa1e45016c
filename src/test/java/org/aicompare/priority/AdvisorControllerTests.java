package org.aicompare.priority;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.cache.CacheManager;
import org.springframework.cache.concurrent.ConcurrentMapCacheManager;
import org.springframework.cache.interceptor.SimpleKey;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import org.aicompare.edition.ChangesPage;
import org.aicompare.edition.EditionChange;
import org.aicompare.edition.EditionItem;
import org.aicompare.edition.EditionSnapshot;
import org.aicompare.edition.EditionView;
import org.aicompare.edition.Editions;
import org.aicompare.project.BuyerPanels;
import org.aicompare.revision.Revision;
import org.aicompare.revision.SiteRevision;
import org.aicompare.system.SecurityConfiguration;

import org.aicompare.web.PageCitations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;

/**
 * Tests for {@link AdvisorController}.
 */
@WebMvcTest(AdvisorController.class)
@Import({ Advisor.class, PresetLinks.class, SecurityConfiguration.class, PageCitations.class, AdvisorMixView.class,
		AdvisorControllerTests.Caches.class })
class AdvisorControllerTests {

	@Autowired
	private MockMvcTester mvc;

	@MockitoBean
	private AdvisorData data;

	@MockitoBean
	private BuyerPanels buyerPanels;

	@MockitoBean
	private Editions editions;

	@MockitoBean
	private PresetRepository presets;

	@MockitoBean
	private SiteRevision revision;

	@BeforeEach
	void data() {
		given(this.revision.current()).willReturn(new Revision(1, Instant.EPOCH));
		given(this.data.load()).willReturn(AdvisorTestData.snapshot());
		given(this.buyerPanels.panels()).willReturn(AdvisorTestData.panels());
		given(this.presets.findAllByOrderByPosition()).willReturn(
				List.of(new Preset("startup-mvp", "Startup MVP", 0, "speed:3,trust", "A small team needs speed.")));
	}

	@Test
	void callsATieATieAndNeverALead() {
		// Speed and transparency pull equally hard in opposite directions in the test
		// data.
		assertThat(this.mvc.get().uri("/advisor?priority=speed&priority=transparency")).hasStatusOk()
			.bodyText()
			.contains("A tie.", "Centralized AI and Decentralized AI both score 62.5")
			.doesNotContain(" leads ");
	}

	@Test
	void namesTheBestOrganisationsThatMeetTheMustHavesAndListsTheUnknownApart() {
		assertThat(this.mvc.get().uri("/advisor?priority=speed&require=eu-data-residency")).hasStatusOk()
			.bodyText()
			.contains("Best-fitting organisations that meet every must-have: Acme AI (",
					"1 organisation is unknown on a must-have", "class=\"require-group set-apart require-unknown\"",
					"\u201cData can stay in the EU\u201d: unknown")
			.doesNotContain("class=\"winner-unmet\"");
	}

	@Test
	void offersEveryPriorityGroupedWithAnImportanceAndThePresets() {
		assertThat(this.mvc.get().uri("/advisor")).hasStatusOk()
			.hasViewName(AdvisorController.VIEW)
			.bodyText()
			.contains("name=\"priority\" id=\"include-speed\" value=\"speed\"", "name=\"weight-transparency\"",
					"choose centralized AI if your business values", "What the source says a hybrid combines",
					"Startup MVP", "href=\"/advisor?priority=speed:3&amp;priority=trust\"")
			.doesNotContain("id=\"recommendation\"");
	}

	@Test
	void endsAResultWithACitationOfExactlyThatResult() {
		assertThat(this.mvc.get().uri("/advisor?priority=speed")).bodyText()
			.contains("id=\"cite\"", "aicompare, \u201cPriority advisor result\u201d, "
					+ "http://localhost:8080/advisor?priority=speed, content revision unknown, accessed ");
		assertThat(this.mvc.get().uri("/advisor")).bodyText().doesNotContain("id=\"cite\"");
	}

	@Test
	void recommendsAModelAndShowsItsArithmetic() {
		assertThat(this.mvc.get().uri("/advisor?priority=speed")).hasStatusOk()
			.bodyText()
			.contains("id=\"recommendation\"", "data-model=\"centralized\"", "100.0 of 100", "50.0 of 100",
					"How many points each priority gives each model", "Score out of 100",
					"href=\"/advisor.json?priority=speed\"", "href=\"/advisor.csv?priority=speed\"",
					"href=\"/advisor/print?priority=speed\"");
	}

	@Test
	void ranksTheOrganisationsByTheSamePriorities() {
		assertThat(this.mvc.get().uri("/advisor?priority=transparency")).hasStatusOk()
			.bodyText()
			.contains("Organisations that fit these priorities", "href=\"/projects/commons\"",
					"Rated as Decentralized AI on every dimension.")
			.containsPattern("(?s)data-organisation=\"commons\".*data-organisation=\"acme\"");
	}

	@Test
	void saysWhenThereIsNoClearWinnerAndWhatWouldChangeIt() {
		assertThat(this.mvc.get().uri("/advisor?priority=trust")).hasStatusOk()
			.bodyText()
			.contains("A tie.", "Centralized AI and Decentralized AI both score")
			.doesNotContain("by only 0.0")
			.containsPattern("If you (added|left out) [A-Za-z]+.*, Decentralized AI would lead\\.");
	}

	@Test
	void turnsTheFormsFieldsIntoTheAddressAReaderKeeps() {
		assertThat(this.mvc.get()
			.uri("/advisor?priority=speed&weight-speed=3&priority=trust&weight-trust=1&weight-transparency=2"))
			.hasStatus(HttpStatus.FOUND)
			.hasRedirectedUrl("/advisor?priority=speed:3&priority=trust");
	}

	@Test
	void keepsBracesInTheFormsFieldsAsTextInTheAddress() {
		assertThat(this.mvc.get().uri(URI.create("/advisor?priority=%7Bcd%3Dx%7D&weight-speed=3")))
			.hasStatus(HttpStatus.FOUND)
			.hasRedirectedUrl("/advisor?priority=%7Bcd%3Dx%7D");
	}

	@Test
	void rejectsBadValuesNamingThemListingValidOnesAndKeepingTheRest() {
		assertThat(this.mvc.get().uri("/advisor?priority=bogus&priority=speed:9&priority=transparency:2"))
			.hasStatus(HttpStatus.BAD_REQUEST)
			.bodyText()
			.contains("\u201cbogus\u201d names no priority the site knows.",
					"\u201cspeed:9\u201d has a weight other than 1, 2 or 3.", "<code>speed</code>",
					"<code>transparency</code>", "<code>trust</code>", "href=\"/advisor?priority=transparency:2\"",
					"id=\"include-transparency\" value=\"transparency\" checked=\"checked\"")
			.doesNotContain("id=\"recommendation\"");
	}

	@Test
	void escapesWhatTheReaderTyped() {
		assertThat(this.mvc.get().uri("/advisor?priority={bad}", "<script>alert(1)</script>"))
			.hasStatus(HttpStatus.BAD_REQUEST)
			.bodyText()
			.doesNotContain("<script>alert(1)</script>")
			.contains("&lt;script&gt;");
	}

	@Test
	void printsADecisionOnAPageOfItsOwn() {
		assertThat(this.mvc.get().uri("/advisor/print?priority=speed:2")).hasStatusOk()
			.hasViewName(AdvisorController.PRINT_VIEW)
			.bodyText()
			.contains("Your AI deployment decision", "data-model=\"centralized\"", "Score out of 100")
			.containsSubsequence("id=\"todo\"", "Best-fitting organisations", "Organisations that fit these priorities",
					"How it is computed", "class=\"breakdown\"", "Cite this page",
					"http://localhost:8080/advisor?priority=speed:2", "Content revision", "Accessed");
	}

	@Test
	void rendersAMixFromTheShellExactlyAsTheWholeTemplateWould(@Autowired ThymeleafViewResolver views,
			@Autowired CacheManager caches) throws Exception {
		// The first mix makes the shell, the second is spliced into the kept one.
		assertThat(this.mvc.get().uri("/advisor?priority=trust")).hasStatusOk();
		assertThat(caches.getCache(AdvisorMixView.CACHE).get(new SimpleKey(1L, Locale.ENGLISH))).isNotNull();
		MvcTestResult mix = this.mvc.get()
			.uri("/advisor?priority=speed:3&priority=trust&require=eu-data-residency")
			.exchange();
		assertThat(mix).hasStatusOk().hasContentType("text/html;charset=UTF-8");
		MockHttpServletResponse whole = new MockHttpServletResponse();
		views.resolveViewName(AdvisorController.VIEW, Locale.ENGLISH)
			.render(mix.getMvcResult().getModelAndView().getModel(), mix.getMvcResult().getRequest(), whole);
		String spliced = mix.getResponse().getContentAsString();
		assertThat(spliced).doesNotContain(AdvisorMixView.RESULT_MARK, AdvisorMixView.FORM_MARK)
			.contains("id=\"include-speed\" value=\"speed\" checked=\"checked\"",
					"value=\"eu-data-residency\" checked=\"checked\"", "id=\"recommendation\"", "Startup MVP")
			.containsPattern("id=\"weight-speed-3\"\\s+value=\"3\" checked=\"checked\"");
		assertThat(lines(spliced)).isEqualTo(lines(whole.getContentAsString()));
	}

	@Test
	void refusesAShellThatLostItsMarks() {
		AdvisorMixView.TickableForm form = AdvisorMixView.TickableForm.of("<form></form>");
		assertThatIllegalStateException().isThrownBy(() -> AdvisorMixView.Shell.split("<main></main>", form));
		assertThatIllegalStateException().isThrownBy(
				() -> AdvisorMixView.Shell.split(AdvisorMixView.FORM_MARK + " " + AdvisorMixView.RESULT_MARK, form));
		assertThat(AdvisorMixView.Shell.split("a" + AdvisorMixView.RESULT_MARK + "b" + AdvisorMixView.FORM_MARK + "c",
				form))
			.isEqualTo(new AdvisorMixView.Shell("a", "b", form, "c"));
	}

	@Test
	void ticksAFormsInputsByTheNameAndValueTheySubmit() {
		AdvisorMixView.TickableForm form = AdvisorMixView.TickableForm
			.of("<form><input type=\"checkbox\" name=\"priority\" value=\"speed\"><label>Speed</label>"
					+ "<input type=\"radio\" name=\"weight-speed\" value=\"2\"><input name=\"q\">"
					+ "<input type=\"checkbox\" name=\"require\" value=\"a&amp;b\"></form>");
		assertThat(form.inputs()).containsExactly("priority=speed", "weight-speed=2", "require=a&b");
		assertThat(form.tick(Set.of("weight-speed=2", "require=a&b", "priority=trust")))
			.isEqualTo("<form><input type=\"checkbox\" name=\"priority\" value=\"speed\"><label>Speed</label>"
					+ "<input type=\"radio\" name=\"weight-speed\" value=\"2\" checked=\"checked\"><input name=\"q\">"
					+ "<input type=\"checkbox\" name=\"require\" value=\"a&amp;b\" checked=\"checked\"></form>");
		assertThat(form.tick(Set.of())).isEqualTo(String.join("", form.parts()));
	}

	/**
	 * A page's non-blank lines without their indentation and the hashes of static files'
	 * addresses (a filter around the site adds them): what may differ is blank space.
	 */
	private static List<String> lines(String page) {
		return page.lines()
			.map(String::strip)
			.filter((line) -> !line.isEmpty())
			.map((line) -> line.replaceAll("-[0-9a-f]{32}\\.", "."))
			.toList();
	}

	@Test
	void anOlderEditionsAddressShowsTheResultAsItWasTodaysBesideItAndWhatChanged() {
		olderEdition();
		assertThat(this.mvc.get().uri("/advisor?priority=speed&edition=1")).hasStatusOk()
			.bodyText()
			.contains("A result computed under edition 1", "Ratings have changed since: the current edition is 2",
					"Today, with the current ratings, the advisor recommends Centralized AI instead",
					"Centralized AI: from 1 to 5: Ships every week.", "Computed with the ratings of edition 1");
		assertThat(this.mvc.get().uri("/advisor?priority=speed&edition=1")).body()
			.asString()
			.contains("id=\"recommendation\" class=\"recommendation\" data-model=\"decentralized\"",
					"href=\"/advisor.json?priority=speed&amp;edition=1\"",
					"href=\"/advisor.csv?priority=speed&amp;edition=1\"",
					"href=\"/advisor/print?priority=speed&amp;edition=1\"",
					"href=\"/advisor?priority=speed&amp;edition=2\"");
	}

	@Test
	void theCurrentEditionsAddressIsTheOrdinaryResultAndCarriesItsEdition() {
		olderEdition();
		assertThat(this.mvc.get().uri("/advisor?priority=speed")).hasStatusOk()
			.body()
			.asString()
			.contains("href=\"/advisor.json?priority=speed&amp;edition=2\"", "Computed with the ratings of edition 2")
			.doesNotContain("A result computed under edition");
		assertThat(this.mvc.get().uri("/advisor?priority=speed&edition=2")).hasStatusOk()
			.bodyText()
			.doesNotContain("A result computed under edition");
	}

	@Test
	void rejectsAnEditionThatDoesNotExistAndNamesThoseThatDo() {
		olderEdition();
		for (String edition : List.of("0", "9", "abc", "-1")) {
			assertThat(this.mvc.get().uri("/advisor?priority=speed&edition=" + edition))
				.hasStatus(HttpStatus.BAD_REQUEST)
				.bodyText()
				.contains("edition", edition, "1", "2");
		}
	}

	private void olderEdition() {
		given(this.editions.current()).willReturn(OptionalInt.of(2));
		given(this.editions.numbers()).willReturn(List.of("1", "2"));
		EditionView first = new EditionView(1, LocalDate.of(2026, 12, 1), "First.", List.of(), List.of());
		given(this.editions.find(1)).willReturn(Optional.of(first));
		given(this.editions.find(2))
			.willReturn(Optional.of(new EditionView(2, LocalDate.of(2026, 12, 2), "Second.", List.of(), List.of())));
		given(this.editions.snapshot(1))
			.willReturn(Optional.of(new EditionSnapshot(Map.of("innovation-speed", Map.of("centralized", 1)), Map.of(),
					Map.of(), List.of())));
		given(this.editions.ratingChangesSince(eq(1), any())).willReturn(List.of(new ChangesPage.OwnChange(2,
				LocalDate.of(2026, 12, 2), "2 December 2026", new ChangesPage.Line(EditionItem.Kind.RATING,
						EditionChange.Type.CHANGED, "Centralized AI", "1", "5", "Ships every week."))));
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class Caches {

		@Bean
		CacheManager cacheManager() {
			return new ConcurrentMapCacheManager();
		}

	}

}
