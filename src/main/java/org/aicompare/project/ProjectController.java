package org.aicompare.project;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Objects;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import org.aicompare.comparison.DeploymentModel;
import org.aicompare.web.InvalidParameterException;

/**
 * The organisations the source names: the list, filtered by model and sorted, and each
 * organisation's profile, with what the source says of it kept apart from the facts the
 * site adds.
 *
 * @author aicompare
 */
@Controller
class ProjectController {

	static final String LIST_VIEW = "project/projects";

	static final String VIEW = "project/project";

	/** The picker's mark that it was sent, even with no box ticked. */
	static final String PICKED = "picked";

	private final ProjectPages pages;

	private final List<OrganisationFit> fits;

	ProjectController(ProjectPages pages, List<OrganisationFit> fits) {
		this.pages = pages;
		this.fits = fits;
	}

	/**
	 * The list, or where its picker leads: with two to four organisations ticked, their
	 * comparison; with fewer or more, the list again with the reader's ticks kept and the
	 * rule beside the picker.
	 */
	@GetMapping("/projects")
	String projects(@RequestParam(required = false) String model, @RequestParam(required = false) String sort,
			@RequestParam(name = PICKED, required = false) String picked,
			@RequestParam(name = ProjectPick.PARAMETER, required = false) List<String> slugs,
			@RequestParam MultiValueMap<String, String> parameters, Model page) {
		ProjectPages.Directory directory = this.pages.directory();
		ProjectPick pick = ProjectPick.of(slugs);
		if (picked != null || slugs != null) {
			List<String> known = directory.organisations().stream().map(Organisation::getSlug).toList();
			if (pick.isRightSize() && pick.unknown(known).isEmpty()) {
				return "redirect:" + UriComponentsBuilder.fromPath("/projects/compare")
					.queryParam(ProjectPick.PARAMETER, pick.value())
					.encode()
					.build()
					.toUriString();
			}
			page.addAttribute("pickProblem", pick.unknown(known).isEmpty() ? pick.slugs().size() : -1);
		}
		page.addAttribute("picked", pick.slugs());
		DeploymentModel selected = selectedModel(model, directory.models());
		ProjectSort order = ProjectSort.parse(sort);
		List<Organisation> all = directory.organisations();
		page.addAttribute("models", directory.models());
		page.addAttribute("counts", directory.counts());
		page.addAttribute("selected", selected);
		page.addAttribute("sort", order);
		page.addAttribute("sorts", ProjectSort.values());
		page.addAttribute("total", all.size());
		OrganisationFit.Fit fit = this.fits.stream()
			.map((each) -> each.fit(parameters))
			.filter(Objects::nonNull)
			.findFirst()
			.orElse(null);
		// A reader who asks for priorities and no particular sort wants the best fit
		// first.
		Comparator<Organisation> ordering = (fit != null && order == ProjectSort.SITE)
				? Comparator.comparingDouble((Organisation each) -> -fit.scores().getOrDefault(each.getSlug(), 0.0))
					.thenComparing(order.order())
				: order.order();
		page.addAttribute("fit", fit);
		page.addAttribute("fitPoints", (fit != null) ? fitPoints(fit) : Map.of());
		page.addAttribute("organisations",
				all.stream()
					.filter((each) -> selected == null || each.getModel().getSlug().equals(selected.getSlug()))
					.sorted(ordering)
					.toList());
		return LIST_VIEW;
	}

	private static Map<String, String> fitPoints(OrganisationFit.Fit fit) {
		Map<String, String> points = new LinkedHashMap<>();
		fit.scores().forEach((slug, score) -> points.put(slug, String.format(Locale.ROOT, "%.1f", score)));
		return points;
	}

	@GetMapping("/projects/{slug}")
	String project(@PathVariable String slug, Model page) {
		ProjectPages.ProfilePage profile = this.pages.profile(slug);
		page.addAttribute("profile", profile.profile());
		page.addAttribute("organisation", profile.organisation());
		page.addAttribute("said", profile.said());
		page.addAttribute("references", profile.references());
		page.addAttribute("articles", profile.articles());
		page.addAttribute("comments", profile.comments());
		page.addAttribute("jsonLd", profile.jsonLd());
		return VIEW;
	}

	/**
	 * The model a list is filtered by, checked against the known models.
	 * @param value the {@code model} parameter, possibly blank
	 * @param models the known models
	 * @return the model, or {@code null} for all of them
	 * @throws InvalidParameterException for an unknown model
	 */
	static DeploymentModel selectedModel(String value, List<DeploymentModel> models) {
		if (value == null || value.isBlank()) {
			return null;
		}
		Map<String, DeploymentModel> bySlug = models.stream()
			.collect(Collectors.toMap(DeploymentModel::getSlug, Function.identity()));
		DeploymentModel model = bySlug.get(value.strip());
		if (model == null) {
			throw new InvalidParameterException("model", value, models.stream().map(DeploymentModel::getSlug).toList());
		}
		return model;
	}

}
