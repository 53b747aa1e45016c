package org.aicompare.project;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import org.aicompare.source.Citations;
import org.aicompare.source.PassageRepository;
import org.aicompare.web.InvalidParameterException;

/**
 * Two to four organisations side by side, chosen by slug
 * ({@code /projects/compare?slugs=openai,bittensor}).
 */
@Controller
class ProjectCompareController {

	static final String VIEW = "project/compare";

	static final int MIN = 2;

	static final int MAX = 4;

	private final OrganisationRepository organisations;

	private final PassageRepository passages;

	private final MessageSource messages;

	ProjectCompareController(OrganisationRepository organisations, PassageRepository passages, MessageSource messages) {
		this.organisations = organisations;
		this.passages = passages;
		this.messages = messages;
	}

	@GetMapping("/projects/compare")
	String compare(@RequestParam(name = "slugs", required = false) List<String> slugs, Model page) {
		List<String> wanted = split(slugs);
		if (wanted.size() < MIN || wanted.size() > MAX || new HashSet<>(wanted).size() != wanted.size()) {
			List<String> rule = new ArrayList<>(List.of(this.messages.getMessage("projects.compare.rule",
					new Object[] { MIN, MAX }, LocaleContextHolder.getLocale())));
			rule.addAll(allSlugs());
			throw new InvalidParameterException("slugs", String.join(",", wanted), rule);
		}
		Map<String, Organisation> found = this.organisations.findProfiles(wanted)
			.stream()
			.collect(Collectors.toMap(Organisation::getSlug, Function.identity()));
		for (String slug : wanted) {
			if (!found.containsKey(slug)) {
				throw new InvalidParameterException("slugs", slug, allSlugs());
			}
		}
		List<Organisation> chosen = wanted.stream().map(found::get).toList();
		List<Integer> first = chosen.stream()
			.filter((organisation) -> !organisation.getSays().isEmpty())
			.map((organisation) -> organisation.getSays().get(0))
			.toList();
		page.addAttribute("comparison", OrganisationComparison.of(chosen));
		page.addAttribute("citations", Citations.of(this.passages.findByNumberInOrderByNumber(first)));
		page.addAttribute("slugs", String.join(",", wanted));
		return VIEW;
	}

	/**
	 * The slugs of a comma-separated and/or repeated parameter, in the order given.
	 */
	private static List<String> split(List<String> values) {
		if (values == null) {
			return List.of();
		}
		return values.stream()
			.flatMap((value) -> List.of(value.split(",")).stream())
			.map(String::strip)
			.filter((slug) -> !slug.isEmpty())
			.toList();
	}

	private List<String> allSlugs() {
		return this.organisations.findAllByOrderByPosition().stream().map(Organisation::getSlug).toList();
	}

}
