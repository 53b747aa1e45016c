package org.aicompare.priority;

import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import org.aicompare.edition.EditionNumbers;
import org.aicompare.project.Requirement;
import org.aicompare.web.ApiProblems;
import org.aicompare.web.CsvDownload;
import org.aicompare.web.PageCitation;
import org.aicompare.web.PageCitations;

/**
 * "Download this decision": the advisor's result for a selection as JSON or CSV, both
 * views of the one {@link AdvisorResult}. Bad values get an RFC 9457 problem detail
 * naming them and the valid priorities.
 */
@RestController
class AdvisorDownloadController {

	private final Advisor advisor;

	private final PageCitations citations;

	AdvisorDownloadController(Advisor advisor, PageCitations citations) {
		this.advisor = advisor;
		this.citations = citations;
	}

	@GetMapping(path = "/advisor.json",
			produces = { MediaType.APPLICATION_JSON_VALUE, MediaType.APPLICATION_PROBLEM_JSON_VALUE })
	ResponseEntity<?> json(@RequestParam(name = "priority", required = false) List<String> values,
			@RequestParam(name = Requirement.PARAMETER, required = false) List<String> required,
			@RequestParam(name = EditionNumbers.PARAMETER, required = false) String edition) {
		Advisor.Advice advice = this.advisor.advise((values != null) ? values : List.of(),
				(required != null) ? required : List.of(), edition);
		if (!advice.hasResult()) {
			return problem(advice);
		}
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_JSON)
			.body(Decision.of(advice.result(), citation(advice.result())));
	}

	@GetMapping(path = "/advisor.csv", produces = { "text/csv", MediaType.APPLICATION_PROBLEM_JSON_VALUE })
	ResponseEntity<?> csv(@RequestParam(name = "priority", required = false) List<String> values,
			@RequestParam(name = Requirement.PARAMETER, required = false) List<String> required,
			@RequestParam(name = EditionNumbers.PARAMETER, required = false) String edition) {
		Advisor.Advice advice = this.advisor.advise((values != null) ? values : List.of(),
				(required != null) ? required : List.of(), edition);
		if (!advice.hasResult()) {
			return problem(advice);
		}
		Map<String, String> models = new HashMap<>();
		advice.snapshot()
			.organisations()
			.profiles()
			.values()
			.forEach((profile) -> models.put(profile.slug(), profile.model()));
		return csv(advice.result(), models, citation(advice.result()));
	}

	private PageCitation citation(AdvisorResult result) {
		return this.citations.of("/advisor?" + result.selectionQuery());
	}

	/**
	 * The CSV's view of the result: a row per priority, the totals, and which model is
	 * recommended, a column per model; then a row per must-have asked for, a row per
	 * organisation, best first, with how it stands against the must-haves in the weight
	 * column and its score in its model's column, and a row per hybrid pattern, best
	 * first, with its pattern columns filled. Every row ends with the edition and the
	 * date the decision was computed under, the content revision and the address of its
	 * page, so a row copied out of the file still says where it came from.
	 */
	private static ResponseEntity<String> csv(AdvisorResult result, Map<String, String> models, PageCitation citation) {
		List<String> header = new ArrayList<>(List.of("row", "priority", "weight"));
		header.addAll(result.models());
		header.add("method_version");
		header.addAll(List.of("pattern", "pattern_score", "pattern_best", "edition", "computed_on", "content_version",
				"page"));
		int blanks = result.models().size() + 2;
		List<Object> source = List.of(result.edition(), citation.accessedIso(), citation.revision(), citation.url());
		return CsvDownload.of("aicompare-decision.csv", header.toArray(String[]::new), (printer) -> {
			for (AdvisorResult.Contribution contribution : result.breakdown()) {
				List<Object> row = new ArrayList<>(
						List.of("contribution", contribution.priority(), contribution.weight()));
				row.addAll(contribution.points().values());
				row.add(result.methodVersion());
				row.addAll(List.of("", "", ""));
				row.addAll(source);
				printer.printRecord(row);
			}
			List<Object> total = new ArrayList<>(List.of("score", "", ""));
			result.totals().forEach((score) -> total.add(score.score()));
			total.add(result.methodVersion());
			total.addAll(List.of("", "", ""));
			total.addAll(source);
			printer.printRecord(total);
			List<Object> winner = new ArrayList<>(List.of("recommended", "", ""));
			result.models().forEach((model) -> winner.add(model.equals(result.recommendation()) ? "yes" : "no"));
			winner.add(result.methodVersion());
			winner.addAll(List.of("", "", ""));
			winner.addAll(source);
			printer.printRecord(winner);
			for (String requirement : result.requirements()) {
				List<Object> row = new ArrayList<>(List.of("must-have", requirement, ""));
				result.models().forEach((model) -> row.add(""));
				row.add(result.methodVersion());
				row.addAll(List.of("", "", ""));
				row.addAll(source);
				printer.printRecord(row);
			}
			for (AdvisorResult.Score organisation : result.organisations()) {
				String model = models.get(organisation.model());
				List<Object> row = new ArrayList<>(List.of("organisation", organisation.model(),
						result.standing(organisation.model()).status().name().toLowerCase(Locale.ROOT)));
				result.models().forEach((each) -> row.add(each.equals(model) ? organisation.score() : ""));
				row.add(result.methodVersion());
				row.addAll(List.of("", "", ""));
				row.addAll(source);
				printer.printRecord(row);
			}
			for (AdvisorResult.PatternScore pattern : result.patterns().scores()) {
				List<Object> row = new ArrayList<>(List.of("pattern"));
				row.addAll(Collections.nCopies(blanks, ""));
				row.add(result.methodVersion());
				row.addAll(List.of(pattern.pattern(), pattern.score(),
						pattern.pattern().equals(result.patterns().best()) ? "yes" : "no"));
				row.addAll(source);
				printer.printRecord(row);
			}
		});
	}

	/**
	 * The problem with a selection, for the downloads and the API alike.
	 * @param advice advice without a result
	 * @return the problem, naming the bad values and the valid priorities and weights
	 */
	static ResponseEntity<ProblemDetail> problem(Advisor.Advice advice) {
		List<String> slugs = List.copyOf(advice.snapshot().slugs());
		ResponseEntity<ProblemDetail> response = ApiProblems.invalidValues(URI.create("/methodology#advisor"),
				"Invalid priority selection",
				advice.hasProblems() ? "Some values of the parameter 'priority' are not valid."
						: "Select at least one priority with the parameter 'priority', such as priority=speed.",
				advice.reading()
					.problems()
					.stream()
					.map((bad) -> new ApiProblems.InvalidParam(PrioritySelection.PARAMETER, bad.value(),
							bad.reason().name()))
					.toList(),
				slugs);
		response.getBody().setProperty("validPriorities", slugs);
		response.getBody().setProperty("validWeights", List.of(Scorer.MIN_WEIGHT, 2, Scorer.MAX_WEIGHT));
		return response;
	}

}
