package org.aicompare.project;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Objects;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import org.aicompare.edition.EditionKeys;
import org.aicompare.edition.Editions;
import org.aicompare.comparison.ModelSummary;
import org.aicompare.web.InvalidParameterException;
import org.aicompare.web.PageCitations;
import org.aicompare.web.SentForm;

/**
 * The organisations the source names: the list, filtered by model and sorted, and each
 * organisation's profile, with what the source says of it kept apart from the facts the
 * site adds.
 */
@Controller
class ProjectController {

	static final String LIST_VIEW = "project/projects";

	static final String VIEW = "project/project";

	/** The picker's mark that it was sent, even with no box ticked. */

	private final ProjectDirectoryAssembler directory;

	private final ProfilePageAssembler profiles;

	private final List<OrganisationFit> fits;

	private final BuyerPanels buyerPanels;

	private final PageCitations citations;

	private final OrganisationRatings ratings;

	private final List<OrganisationPatterns> patterns;

	private final Spectra spectra;

	private final SpectrumCharts charts;

	private final Editions editions;

	ProjectController(ProjectDirectoryAssembler directory, ProfilePageAssembler profiles, List<OrganisationFit> fits,
			BuyerPanels buyerPanels, PageCitations citations, OrganisationRatings ratings,
			List<OrganisationPatterns> patterns, Spectra spectra, SpectrumCharts charts, Editions editions) {
		this.editions = editions;
		this.citations = citations;
		this.ratings = ratings;
		this.directory = directory;
		this.profiles = profiles;
		this.fits = fits;
		this.buyerPanels = buyerPanels;
		this.patterns = patterns;
		this.spectra = spectra;
		this.charts = charts;
	}

	/**
	 * The list, or where its picker leads: with two to four organisations ticked, their
	 * comparison; with fewer or more, the list again with the reader's ticks kept and the
	 * rule beside the picker.
	 */
	@GetMapping("/projects")
	String projects(@RequestParam(required = false) String model, @RequestParam(required = false) String sort,
			@RequestParam(name = SentForm.PARAMETER, required = false) String sent,
			@RequestParam(name = ProjectPick.PARAMETER, required = false) List<String> slugs,
			@RequestParam MultiValueMap<String, String> parameters, Model page) {
		ProjectDirectoryAssembler.Directory directory = this.directory.directory();
		ProjectPick pick = ProjectPick.of(slugs);
		if (SentForm.sent(sent) || slugs != null) {
			List<String> known = directory.organisations().stream().map(OrganisationSummary::slug).toList();
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
		ModelSummary selected = selectedModel(model, directory.models());
		ProjectSort order = ProjectSort.parse(sort);
		List<OrganisationSummary> all = directory.organisations();
		// A model that stands for patterns rather than organisations lists the
		// organisations taking part in one of them.
		OrganisationPatterns byPatterns = (selected != null)
				? this.patterns.stream().filter((each) -> each.model().equals(selected.slug())).findFirst().orElse(null)
				: null;
		Set<String> participants = (byPatterns != null) ? byPatterns.participants() : Set.of();
		Predicate<OrganisationSummary> inModel = (each) -> selected == null || ((byPatterns != null)
				? participants.contains(each.slug()) : each.model().slug().equals(selected.slug()));
		List<Requirement> required = Requirement.parse(parameters.get(Requirement.PARAMETER));
		RequirementFilter filter = this.buyerPanels.panels()
			.filter(required, all.stream().filter(inModel).map(OrganisationSummary::slug).toList());
		page.addAttribute("requirements", Requirement.values());
		page.addAttribute("filter", filter);
		OrganisationFit.Fit fit = this.fits.stream()
			.map((each) -> each.fit(parameters))
			.filter(Objects::nonNull)
			.findFirst()
			.orElse(null);
		// A reader who asks for priorities and no particular sort wants the best fit
		// first.
		Comparator<OrganisationSummary> ordering = (fit != null && order == ProjectSort.SITE)
				? Comparator.comparingDouble((OrganisationSummary each) -> -fit.scores().getOrDefault(each.slug(), 0.0))
					.thenComparing(order.order())
				: order.order();
		page.addAttribute("byPatterns", byPatterns != null);
		page.addAttribute("page",
				new ProjectListPage(directory.models(), counts(directory.counts()), selected, order,
						List.of(ProjectSort.values()), all.size(), fit, (fit != null) ? fitPoints(fit) : Map.of(),
						all.stream()
							.filter(inModel)
							.filter((each) -> !filter.active() || filter.metSlugs().contains(each.slug()))
							.sorted(ordering)
							.toList()));
		return LIST_VIEW;
	}

	/**
	 * How many organisations each model's filter lists: for a model of patterns, those
	 * taking part in one.
	 */
	private Map<String, Long> counts(Map<String, Long> byModel) {
		Map<String, Long> counts = new LinkedHashMap<>(byModel);
		this.patterns.forEach((each) -> counts.put(each.model(), (long) each.participants().size()));
		return counts;
	}

	private static Map<String, String> fitPoints(OrganisationFit.Fit fit) {
		Map<String, String> points = new LinkedHashMap<>();
		fit.scores().forEach((slug, score) -> points.put(slug, String.format(Locale.ROOT, "%.1f", score)));
		return points;
	}

	@GetMapping("/projects/{slug}")
	String project(@PathVariable String slug, Model page) {
		page.addAttribute("page", this.profiles.profile(slug));
		BuyerPanels.Panels panels = this.buyerPanels.panels();
		page.addAttribute("panel", panels.panel(slug));
		page.addAttribute("history", panels.history(slug));
		page.addAttribute("notPrimaryCodes", panels.notPrimaryCodes());
		page.addAttribute("referenceLinks", panels.referencesByCode());
		page.addAttribute("citation", this.citations.of("/projects/" + slug));
		OrganisationRatings.Rated rated = this.ratings.bySlug().get(slug);
		page.addAttribute("ratings", (rated != null) ? rated.ratings() : List.of());
		page.addAttribute("patterns",
				this.patterns.stream().flatMap((each) -> each.patternsOf(slug).stream()).toList());
		Spectra.Spectrum spectrum = this.spectra.spectrum();
		SpectrumRow row = spectrum.row(slug);
		page.addAttribute("spectrum", row);
		page.addAttribute("spectrumChart", (row != null) ? this.charts.of(List.of(row)) : null);
		page.addAttribute("stated", spectrum.statedOf(slug));
		page.addAttribute("editionChanges", this.editions.changesOf(EditionKeys.organisation(slug)));
		return VIEW;
	}

	/**
	 * The model a list is filtered by, checked against the known models.
	 * @param value the {@code model} parameter, possibly blank
	 * @param models the known models
	 * @return the model, or {@code null} for all of them
	 * @throws InvalidParameterException for an unknown model
	 */
	static ModelSummary selectedModel(String value, List<ModelSummary> models) {
		if (value == null || value.isBlank()) {
			return null;
		}
		Map<String, ModelSummary> bySlug = models.stream()
			.collect(Collectors.toMap(ModelSummary::slug, Function.identity()));
		ModelSummary model = bySlug.get(value.strip());
		if (model == null) {
			throw new InvalidParameterException("model", value, models.stream().map(ModelSummary::slug).toList());
		}
		return model;
	}

}
