package org.aicompare.project;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.Objects;
import java.util.stream.Stream;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.aicompare.comparison.DeploymentModel;
import org.aicompare.comparison.ModelSummary;
import org.aicompare.comparison.DeploymentModelRepository;
import org.aicompare.source.Citations;
import org.aicompare.source.PassageRepository;
import org.aicompare.web.ApiLinks;
import org.aicompare.web.ApiList;
import org.aicompare.web.ApiTerms;

import org.springframework.http.MediaType;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The organisations as JSON: the list, filtered by model and scored by priorities as the
 * organisation list is, and each profile.
 */
@RestController
@RequestMapping(path = ApiLinks.PREFIX, produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Projects", description = "The organisations the source names.")
class ProjectApiController {

	private final OrganisationRepository organisations;

	private final DeploymentModelRepository models;

	private final PassageRepository passages;

	private final List<OrganisationFit> fits;

	private final ApiTerms terms;

	private final BuyerPanels buyerPanels;

	private final Spectra spectra;

	ProjectApiController(OrganisationRepository organisations, DeploymentModelRepository models,
			PassageRepository passages, List<OrganisationFit> fits, ApiTerms terms, BuyerPanels buyerPanels,
			Spectra spectra) {
		this.buyerPanels = buyerPanels;
		this.spectra = spectra;
		this.organisations = organisations;
		this.models = models;
		this.passages = passages;
		this.fits = fits;
		this.terms = terms;
	}

	@GetMapping("/projects")
	@Operation(summary = "List the organisations",
			description = "In the site's order, or best fit first when priorities are given; each with its fit from 0 to 100 then.")
	@ApiResponse(responseCode = "200", description = "The organisations")
	@ApiResponse(responseCode = "400", description = "A model or priority is not valid",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
	ApiList<ProjectApi.Summary> projects(
			@Parameter(description = "Only the organisations of this model: centralized, decentralized or hybrid.",
					example = "decentralized") @RequestParam(required = false) String model,
			@Parameter(
					description = "Priorities to score the organisations by, as on /advisor: a slug with an optional weight 1-3.",
					example = "speed") @RequestParam(name = "priority", required = false) List<String> priority,
			@Parameter(hidden = true) @RequestParam MultiValueMap<String, String> parameters) {
		// The priorities are read from all parameters by the OrganisationFit beans, as on
		// the page; the named parameter is there to document them.
		ModelSummary selected = ProjectController.selectedModel(model,
				this.models.findAllByOrderByPosition().stream().map(DeploymentModel::toSummary).toList());
		OrganisationFit.Fit fit = this.fits.stream()
			.map((each) -> each.fit(parameters))
			.filter(Objects::nonNull)
			.findFirst()
			.orElse(null);
		Comparator<Organisation> order = Comparator.comparingInt(Organisation::getPosition);
		if (fit != null) {
			order = Comparator.comparingDouble((Organisation each) -> -fit.scores().getOrDefault(each.getSlug(), 0.0))
				.thenComparing(order);
		}
		return this.terms.list(this.organisations.findAllWithProducts()
			.stream()
			.filter((each) -> selected == null || each.getModel().getSlug().equals(selected.slug()))
			.sorted(order)
			.map((each) -> new ProjectApi.Summary(each.getSlug(), each.getName(), each.getModel().getSlug(),
					each.getSummary(),
					each.getProducts()
						.stream()
						.sorted(Comparator.comparingInt(Product::getPosition))
						.map(Product::getName)
						.toList(),
					(fit != null) ? fit.scores().get(each.getSlug()) : null, links(each.getSlug())))
			.toList(), "/projects", "/projects");
	}

	@GetMapping("/projects/{slug}")
	@Operation(summary = "One organisation's profile",
			description = "What the source says of it, passage by passage, its products, and the facts the site adds with their references.")
	@ApiResponse(responseCode = "200", description = "The profile")
	@ApiResponse(responseCode = "404", description = "No organisation has this slug",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
	ProjectApi.Profile project(
			@Parameter(description = "The organisation's slug.", example = "openai") @PathVariable String slug) {
		Organisation organisation = this.organisations.findProfile(slug)
			.orElseThrow(() -> new ProjectNotFoundException(slug));
		Citations citations = Citations.of(this.passages.findByNumberInOrderByNumber(organisation.getSays()));
		OrganisationProfile profile = OrganisationProfile.of(organisation);
		BuyerPanels.Panels panels = this.buyerPanels.panels();
		BuyerPanel panel = panels.panel(slug);
		TransparencyHistory history = panels.history(slug);
		Spectra.Spectrum spectrum = this.spectra.spectrum();
		SpectrumRow spectrumRow = spectrum.row(slug);
		StatedVersusActual stated = spectrum.statedOf(slug);
		List<AxisRating> axes = (spectrumRow != null) ? spectrumRow.axes() : List.of();
		Set<String> cited = Stream.of(profile.referenceCodes().stream(),
				panel.rows().stream().flatMap((row) -> row.references().stream()).map(ReferenceLink::code),
				axes.stream().flatMap((rating) -> rating.references().stream()).map(ReferenceLink::code),
				(stated != null) ? Stream.concat(stated.saysReferences().stream(), stated.showsReferences().stream())
					.map(ReferenceLink::code) : Stream.<String>empty())
			.flatMap((codes) -> codes)
			.collect(Collectors.toSet());
		List<ProjectApi.ReferenceEntry> references = panels.references()
			.stream()
			.filter((link) -> cited.contains(link.code()))
			.map(ProjectApi.ReferenceEntry::of)
			.toList();
		return new ProjectApi.Profile(organisation.getSlug(), organisation.getName(), organisation.getModel().getSlug(),
				organisation.getSummary(),
				citations.all(organisation.getSays())
					.stream()
					.map((passage) -> new ProjectApi.Quote(passage.number(), passage.text(), passage.section()))
					.toList(),
				organisation.getProducts()
					.stream()
					.sorted(Comparator.comparingInt(Product::getPosition))
					.map((product) -> new ProjectApi.ProductEntry(product.getName(), product.getCites()))
					.toList(),
				profile.topics()
					.stream()
					.flatMap((topic) -> profile.factsAbout(topic).stream())
					.map((fact) -> new ProjectApi.FactEntry(fact.topic(), fact.text(), fact.sources(), fact.asOf(),
							fact.uncertain(), fact.checkedOnly(),
							(fact.correction() != null) ? "/about#correction-" + fact.correction() : null))
					.toList(),
				links(slug),
				panel.rows()
					.stream()
					.map((row) -> new ProjectApi.BuyerAnswerEntry(row.question(), row.finding(), row.text(), row.asOf(),
							row.secondaryOnly(), row.references().stream().map(ReferenceLink::code).toList()))
					.toList(),
				new ProjectApi.TransparencyIndexEntry(history.scored(), history.editions().stream().map((edition) -> {
					TransparencyHistory.Score score = history.in(edition.code());
					return new ProjectApi.EditionEntry(edition.code(), edition.name(), edition.mean(),
							edition.developers(), (score != null) ? score.score() : null,
							(score != null) ? score.model() : null);
				}).toList(), (history.source() != null) ? history.source().code() : null), references,
				axes.stream().map(SpectrumApi.AxisEntry::of).toList(),
				(stated != null) ? SpectrumApi.StatedEntry.of(stated) : null);
	}

	private static ApiLinks links(String slug) {
		return ApiLinks.of("/projects/" + slug, "/projects/" + slug);
	}

}
