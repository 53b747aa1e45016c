package org.aicompare.search;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import org.aicompare.web.InvalidParameterException;

/**
 * The search page: help on what can be searched when there is no query, otherwise the
 * best results, labelled by kind, with the words that matched marked.
 */
@Controller
class SearchController {

	static final String VIEW = "search/search";

	/** As long as the search box lets a reader type. */
	static final int MAX_QUERY_LENGTH = 200;

	static final int MAX_RESULTS = 20;

	private static final int ECHOED_LENGTH = 40;

	private final SearchIndex index;

	SearchController(SearchIndex index) {
		this.index = index;
	}

	@GetMapping("/search")
	String search(@RequestParam(name = "q", required = false) String q, Model model) {
		String query = (q != null) ? q.strip() : "";
		if (query.length() > MAX_QUERY_LENGTH) {
			throw new InvalidParameterException("q", query.substring(0, ECHOED_LENGTH) + "\u2026",
					List.of("at most " + MAX_QUERY_LENGTH + " characters"));
		}
		model.addAttribute("query", query);
		if (!query.isEmpty()) {
			model.addAttribute("results", this.index.search(query, MAX_RESULTS));
		}
		return VIEW;
	}

}
