package org.aicompare.comment;

import java.util.Map;

/**
 * The terms of the pages the test comments are posted on, as the seeded content names
 * them: article titles and section headings, organisation, model and product names.
 */
final class Pages {

	static final String INTRODUCTION = "decentralized-vs-centralized-ai";

	static final String ADVANTAGES = "advantages-of-decentralized-ai";

	static final Map<String, Page> ALL = Map.of(INTRODUCTION,
			new Page(CommentTarget.ARTICLE, PageTerms.of("Decentralized AI vs Centralized AI")), ADVANTAGES,
			new Page(CommentTarget.ARTICLE,
					PageTerms.of("Advantages of Decentralized AI", "Greater Transparency", "User Ownership",
							"Censorship Resistance", "Incentivized Collaboration", "Alignment With Web3 Principles")),
			"openai", new Page(CommentTarget.PROJECT, PageTerms.of("OpenAI", "ChatGPT", "Centralized AI")), "bittensor",
			new Page(CommentTarget.PROJECT, PageTerms.of("Bittensor", "Decentralized AI")), "fetch-ai",
			new Page(CommentTarget.PROJECT, PageTerms.of("Fetch.ai", "Decentralized AI")));

	private Pages() {
	}

	static Page get(String slug) {
		Page page = ALL.get(slug);
		if (page == null) {
			throw new IllegalArgumentException("No test page " + slug);
		}
		return page;
	}

	record Page(CommentTarget target, PageTerms terms) {

	}

}
