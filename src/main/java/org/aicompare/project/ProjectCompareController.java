package org.aicompare.project;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
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

	/** The parameter that narrows the comparison to the fields that differ. */
	static final String SHOW = "show";

	/**
	 * Its one value: only the fields where the organisations differ in a way that
	 * matters.
	 */
	static final String SHOW_DIFFERENCES = "differences";

	private final OrganisationRepository organisations;

	private final PassageRepository passages;

	private final MessageSource messages;

	private final BuyerPanels buyerPanels;

	private final Spectra spectra;

	private final SpectrumCharts charts;

	ProjectCompareController(OrganisationRepository organisations, PassageRepository passages, MessageSource messages,
			BuyerPanels buyerPanels, Spectra spectra, SpectrumCharts charts) {
		this.organisations = organisations;
		this.passages = passages;
		this.messages = messages;
		this.buyerPanels = buyerPanels;
		this.spectra = spectra;
		this.charts = charts;
	}

	@GetMapping("/projects/compare")
	String compare(@RequestParam(name = ProjectPick.PARAMETER, required = false) List<String> slugs,
			@RequestParam(name = SHOW, required = false) String show, Model page) {
		if (show != null && !SHOW_DIFFERENCES.equals(show)) {
			throw new InvalidParameterException(SHOW, show, List.of(SHOW_DIFFERENCES));
		}
		ProjectPick pick = ProjectPick.of(slugs);
		List<String> wanted = pick.slugs();
		if (!pick.isRightSize()) {
			List<String> rule = new ArrayList<>(List.of(this.messages.getMessage("projects.compare.rule",
					new Object[] { ProjectPick.MIN, ProjectPick.MAX }, LocaleContextHolder.getLocale())));
			rule.addAll(allSlugs());
			throw new InvalidParameterException(ProjectPick.PARAMETER, pick.value(), rule);
		}
		Map<String, Organisation> found = this.organisations.findProfiles(wanted)
			.stream()
			.collect(Collectors.toMap(Organisation::getSlug, Function.identity()));
		for (String slug : wanted) {
			if (!found.containsKey(slug)) {
				throw new InvalidParameterException(ProjectPick.PARAMETER, slug, allSlugs());
			}
		}
		List<Organisation> chosen = wanted.stream().map(found::get).toList();
		List<Integer> first = chosen.stream()
			.filter((organisation) -> !organisation.getSays().isEmpty())
			.map((organisation) -> organisation.getSays().get(0))
			.toList();
		page.addAttribute("comparison", OrganisationComparison.of(chosen));
		page.addAttribute("citations", Citations.of(this.passages.findByNumberInOrderByNumber(first)));
		page.addAttribute("slugs", pick.value());
		BuyerPanels.Panels panels = this.buyerPanels.panels();
		page.addAttribute("panels", wanted.stream().map(panels::panel).toList());
		List<BuyerQuestion> questions = panels.questionsOf(wanted);
		page.addAttribute("buyerQuestions", questions);
		page.addAttribute("differingQuestions", questions.stream()
			.filter((question) -> wanted.stream()
				.map((slug) -> Optional.ofNullable(panels.panel(slug).row(question)).map(BuyerPanel.Row::finding))
				.distinct()
				.count() > 1)
			.toList());
		page.addAttribute("onlyDifferences", show != null);
		page.addAttribute("notPrimaryCodes", panels.notPrimaryCodes());
		Spectra.Spectrum spectrum = this.spectra.spectrum();
		List<SpectrumRow> rows = wanted.stream().map(spectrum::row).filter(Objects::nonNull).toList();
		page.addAttribute("spectra", rows);
		page.addAttribute("spectrumChart", rows.isEmpty() ? null : this.charts.of(rows));
		page.addAttribute("stated", rows.stream().map((row) -> spectrum.statedOf(row.slug())).toList());
		return VIEW;
	}

	private List<String> allSlugs() {
		return this.organisations.findAllByOrderByPosition().stream().map(Organisation::getSlug).toList();
	}

}
