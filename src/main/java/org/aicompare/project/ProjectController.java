package org.aicompare.project;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Objects;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import tools.jackson.databind.ObjectMapper;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import org.aicompare.article.ArticleRepository;
import org.aicompare.comment.CommentTarget;
import org.aicompare.comment.CommentThread;
import org.aicompare.comparison.DeploymentModel;
import org.aicompare.comparison.DeploymentModelRepository;
import org.aicompare.source.Citations;
import org.aicompare.source.PassageRepository;
import org.aicompare.source.ReferenceRepository;
import org.aicompare.web.InvalidParameterException;
import org.aicompare.web.JsonLd;
import org.aicompare.web.SiteProperties;

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

	private final OrganisationRepository organisations;

	private final DeploymentModelRepository models;

	private final PassageRepository passages;

	private final ReferenceRepository references;

	private final ArticleRepository articles;

	private final CommentThread comments;

	private final List<OrganisationFit> fits;

	private final ObjectMapper json;

	private final SiteProperties site;

	ProjectController(OrganisationRepository organisations, DeploymentModelRepository models,
			PassageRepository passages, ReferenceRepository references, ArticleRepository articles,
			CommentThread comments, List<OrganisationFit> fits, ObjectMapper json, SiteProperties site) {
		this.fits = fits;
		this.json = json;
		this.site = site;
		this.organisations = organisations;
		this.models = models;
		this.passages = passages;
		this.references = references;
		this.articles = articles;
		this.comments = comments;
	}

	@GetMapping("/projects")
	String projects(@RequestParam(required = false) String model, @RequestParam(required = false) String sort,
			@RequestParam MultiValueMap<String, String> parameters, Model page) {
		List<DeploymentModel> models = this.models.findAllByOrderByPosition();
		DeploymentModel selected = selectedModel(model, models);
		ProjectSort order = ProjectSort.parse(sort);
		List<Organisation> all = this.organisations.findAllWithProducts();
		Map<String, Long> counts = all.stream()
			.collect(Collectors.groupingBy((each) -> each.getModel().getSlug(), Collectors.counting()));
		page.addAttribute("models", models);
		page.addAttribute("counts", counts);
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
		Organisation organisation = this.organisations.findProfile(slug)
			.orElseThrow(() -> new ProjectNotFoundException(slug));
		OrganisationProfile profile = OrganisationProfile.of(organisation);
		Citations citations = Citations.of(this.passages.findByNumberInOrderByNumber(organisation.getSays()));
		List<String> codes = profile.referenceCodes();
		page.addAttribute("profile", profile);
		page.addAttribute("organisation", organisation);
		page.addAttribute("said", SourceQuotes.inRuns(citations.all(organisation.getSays())));
		page.addAttribute("references",
				this.references.findAllByOrderByPosition()
					.stream()
					.filter((reference) -> codes.contains(reference.getCode()))
					.toList());
		page.addAttribute("articles", this.articles.findContainingAnyOf(organisation.getSays()));
		page.addAttribute("comments", this.comments.of(CommentTarget.PROJECT, slug));
		page.addAttribute("jsonLd", jsonLd(organisation));
		return VIEW;
	}

	/**
	 * The organisation as schema.org sees it. The site keeps no official links for it, so
	 * it claims no {@code sameAs}.
	 */
	private String jsonLd(Organisation organisation) {
		Map<String, Object> thing = JsonLd.thing("Organization");
		thing.put("name", organisation.getName());
		thing.put("url", this.site.baseUrl() + "/projects/" + organisation.getSlug());
		thing.put("description", organisation.getSummary());
		return JsonLd.script(this.json, thing);
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
