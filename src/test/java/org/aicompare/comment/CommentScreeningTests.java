package org.aicompare.comment;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import org.aicompare.comment.Verdict.Decision;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link CommentScreening}, rule by rule, at the edges of each rule.
 */
class CommentScreeningTests {

	private static final Instant POSTED_AT = Instant.parse("2025-06-01T12:00:00Z");

	private static final PageTerms INTRODUCTION = Pages.get(Pages.INTRODUCTION).terms();

	private static final String ON_TOPIC = "Decentralized governance sounds fairer, but centralized AI ships faster.";

	private final CommentScreening screening = new CommentScreening(CommentProperties.DEFAULTS);

	@Test
	void onTopicCommentPasses() {
		assertThat(screen(ON_TOPIC)).isEqualTo(Verdict.PASS);
	}

	@Test
	void filledHoneypotIsSpamButABlankOneIsNot() {
		assertThat(screen(ON_TOPIC, "x", 30)).isEqualTo(Verdict.caughtBy(ScreeningRule.HONEYPOT));
		assertThat(screen(ON_TOPIC, "   ", 30)).isEqualTo(Verdict.PASS);
	}

	@Test
	void honeypotIsTriedBeforeEveryOtherRule() {
		assertThat(screen("{Great|Nice} post at a.com and b.com", "x", 0).rule()).isEqualTo(ScreeningRule.HONEYPOT);
	}

	@Test
	void postingBeforeTheMinimumTimeIsSpamAndExactlyAtItIsNot() {
		assertThat(screen(ON_TOPIC, null, 2)).isEqualTo(Verdict.caughtBy(ScreeningRule.TOO_FAST));
		assertThat(screen(ON_TOPIC, null, 3)).isEqualTo(Verdict.PASS);
	}

	@Test
	void postWithoutFormTimeOrFromTheFutureIsTooFast() {
		Submission noTime = new Submission(CommentTarget.ARTICLE, Pages.INTRODUCTION, "A", null, ON_TOPIC, null, null,
				POSTED_AT);
		assertThat(this.screening.screen(noTime, INTRODUCTION).rule()).isEqualTo(ScreeningRule.TOO_FAST);
		assertThat(screen(ON_TOPIC, null, -60).rule()).isEqualTo(ScreeningRule.TOO_FAST);
	}

	@Test
	void minimumFormTimeIsConfigurable() {
		CommentScreening patient = new CommentScreening(new CommentProperties(false, 10, 1, 15));
		assertThat(patient.screen(submission(ON_TOPIC, null, 9), INTRODUCTION).rule())
			.isEqualTo(ScreeningRule.TOO_FAST);
		assertThat(patient.screen(submission(ON_TOPIC, null, 10), INTRODUCTION)).isEqualTo(Verdict.PASS);
	}

	@Test
	void unfilledPlaceholdersAreSpam() {
		assertThat(screen("A great look at [Product/Tool], thanks!").rule()).isEqualTo(ScreeningRule.TEMPLATE);
		assertThat(screen("Hello [Name], centralized AI is great.").rule()).isEqualTo(ScreeningRule.TEMPLATE);
		assertThat(screen("Hello {{ name }}, decentralized AI rocks.").rule()).isEqualTo(ScreeningRule.TEMPLATE);
		assertThat(screen("Decentralized AI for {first_name}").rule()).isEqualTo(ScreeningRule.TEMPLATE);
		assertThat(screen("Best [keyword] for centralized AI").rule()).isEqualTo(ScreeningRule.TEMPLATE);
	}

	@Test
	void spintaxIsSpam() {
		assertThat(screen("{Great|Awesome|Nice} read on centralized AI").rule()).isEqualTo(ScreeningRule.TEMPLATE);
	}

	@Test
	void bracketsPeopleWriteAreNotTemplates() {
		assertThat(screen("Centralized AI [1] is \"faster\" [sic], decentralized AI [...] is fairer [edit: typo]."))
			.isEqualTo(Verdict.PASS);
		assertThat(screen("They [the centralized providers] set the prices; decentralized AI would not."))
			.isEqualTo(Verdict.PASS);
		assertThat(screen("Braces {like these} and a|b pipes in decentralized AI code are fine."))
			.isEqualTo(Verdict.PASS);
	}

	@Test
	void oneLinkPassesAndTwoAreHeld() {
		assertThat(screen("Centralized AI pricing: https://openai.com/api/pricing")).isEqualTo(Verdict.PASS);
		assertThat(screen("Centralized AI pricing: https://openai.com/pricing and www.anthropic.com/pricing"))
			.isEqualTo(Verdict.caughtBy(ScreeningRule.LINKS));
		assertThat(screen("Decentralized AI: see bittensor.com and fetch.ai").rule()).isEqualTo(ScreeningRule.LINKS);
	}

	@Test
	void aUrlIsOneLinkNotTwo() {
		assertThat(LinkCountRule.count("https://www.example.com/page", PageTerms.NONE)).isEqualTo(1);
		assertThat(LinkCountRule.count("www.example.com/page", PageTerms.NONE)).isEqualTo(1);
		assertThat(LinkCountRule.count("mail joe@spam.com", PageTerms.NONE)).isEqualTo(1);
	}

	@Test
	void wordsWithFullStopsAreNotLinks() {
		assertThat(LinkCountRule.count("e.g. Node.js, i.e. version 3.5, it.is, see it.in time", PageTerms.NONE))
			.isZero();
	}

	@Test
	void aPageNameThatLooksLikeADomainIsNotALinkOnItsPage() {
		PageTerms fetch = PageTerms.of("Fetch.ai");
		assertThat(LinkCountRule.count("Fetch.ai and fetch.ai again", fetch)).isZero();
		assertThat(LinkCountRule.count("Fetch.ai", PageTerms.NONE)).isEqualTo(1);
	}

	@Test
	void maximumLinksIsConfigurable() {
		CommentScreening lenient = new CommentScreening(new CommentProperties(false, 3, 2, 15));
		assertThat(lenient.screen(submission("Centralized AI: a.com b.com", null, 30), INTRODUCTION))
			.isEqualTo(Verdict.PASS);
		assertThat(lenient.screen(submission("Centralized AI: a.com b.com c.com", null, 30), INTRODUCTION).rule())
			.isEqualTo(ScreeningRule.LINKS);
	}

	@Test
	void genericPraiseIsHeld() {
		assertThat(screen("Great analysis")).isEqualTo(Verdict.caughtBy(ScreeningRule.GENERIC_PRAISE));
		assertThat(screen("Great post, thanks!").rule()).isEqualTo(ScreeningRule.GENERIC_PRAISE);
		assertThat(screen("Nice blog, keep it up").rule()).isEqualTo(ScreeningRule.GENERIC_PRAISE);
		assertThat(screen("VERY INFORMATIVE ARTICLE!!!").rule()).isEqualTo(ScreeningRule.GENERIC_PRAISE);
	}

	@Test
	void praiseThatNamesSomethingOnThePagePasses() {
		assertThat(screen("Great analysis of decentralized AI")).isEqualTo(Verdict.PASS);
		// Stemmed and spelled the British way, it still names the page.
		assertThat(screen("Great decentralisation post, thanks")).isEqualTo(Verdict.PASS);
	}

	@Test
	void praiseNamingAnotherPageIsStillHeld() {
		assertThat(screen("Great analysis of Bittensor").rule()).isEqualTo(ScreeningRule.GENERIC_PRAISE);
		assertThat(this.screening.screen(submission("Great analysis", null, 30), PageTerms.of("Great Analysis")).rule())
			.isEqualTo(ScreeningRule.GENERIC_PRAISE);
	}

	@Test
	void longOrSpecificCommentsAreNotGenericPraise() {
		assertThat(
				screen("Great, thanks. I still wonder who audits the validators and what happens when they collude."))
			.isEqualTo(Verdict.PASS);
		assertThat(screen("I disagree.")).isEqualTo(Verdict.PASS);
	}

	@Test
	void statusFollowsTheVerdictAndTheSetting() {
		CommentScreening immediate = new CommentScreening(new CommentProperties(true, 3, 1, 15));
		assertThat(this.screening.statusOf(Verdict.PASS)).isEqualTo(CommentStatus.PENDING);
		assertThat(immediate.statusOf(Verdict.PASS)).isEqualTo(CommentStatus.PUBLISHED);
		assertThat(immediate.statusOf(Verdict.caughtBy(ScreeningRule.LINKS))).isEqualTo(CommentStatus.PENDING);
		assertThat(immediate.statusOf(Verdict.caughtBy(ScreeningRule.TEMPLATE))).isEqualTo(CommentStatus.SPAM);
	}

	@Test
	void rulesHaveStableCodes() {
		assertThat(ScreeningRule.TOO_FAST.code()).isEqualTo("too-fast");
		assertThat(ScreeningRule.fromCode("generic-praise")).isEqualTo(ScreeningRule.GENERIC_PRAISE);
		assertThat(ScreeningRule.GENERIC_PRAISE.decision()).isEqualTo(Decision.HOLD);
	}

	private Verdict screen(String text) {
		return screen(text, null, 30);
	}

	private Verdict screen(String text, String honeypot, int seconds) {
		return this.screening.screen(submission(text, honeypot, seconds), INTRODUCTION);
	}

	private static Submission submission(String text, String honeypot, int seconds) {
		return new Submission(CommentTarget.ARTICLE, Pages.INTRODUCTION, "A reader", null, text, honeypot,
				POSTED_AT.minusSeconds(seconds), POSTED_AT);
	}

}
