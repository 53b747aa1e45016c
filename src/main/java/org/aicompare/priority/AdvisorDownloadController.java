package org.aicompare.priority;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import org.aicompare.web.CsvDownload;

/**
 * "Download this decision": the advisor's result for a selection as JSON or CSV. Bad
 * values get an RFC 9457 problem detail naming them and the valid priorities.
 *
 * @author aicompare
 */
@RestController
class AdvisorDownloadController {

	private final Advisor advisor;

	AdvisorDownloadController(Advisor advisor) {
		this.advisor = advisor;
	}

	@GetMapping(path = "/advisor.json",
			produces = { MediaType.APPLICATION_JSON_VALUE, MediaType.APPLICATION_PROBLEM_JSON_VALUE })
	ResponseEntity<?> json(@RequestParam(name = "priority", required = false) List<String> values) {
		Advisor.Advice advice = this.advisor.advise((values != null) ? values : List.of());
		if (!advice.hasResult()) {
			return problem(advice);
		}
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_JSON)
			.body(Decision.of(advice.recommendation(), advice.reading().selection().toQuery()));
	}

	@GetMapping(path = "/advisor.csv", produces = { "text/csv", MediaType.APPLICATION_PROBLEM_JSON_VALUE })
	ResponseEntity<?> csv(@RequestParam(name = "priority", required = false) List<String> values) {
		Advisor.Advice advice = this.advisor.advise((values != null) ? values : List.of());
		if (!advice.hasResult()) {
			return problem(advice);
		}
		return csv(advice.recommendation(), List.copyOf(advice.snapshot().models().keySet()));
	}

	private static ResponseEntity<String> csv(Recommendation recommendation, List<String> models) {
		List<String> header = new ArrayList<>(List.of("row", "priority", "weight"));
		header.addAll(models);
		header.add("method_version");
		return CsvDownload.of("aicompare-decision.csv", header.toArray(String[]::new), (printer) -> {
			for (var entry : recommendation.contributions().entrySet()) {
				List<Object> row = new ArrayList<>(
						List.of("contribution", entry.getKey(), recommendation.selection().get(entry.getKey())));
				models.forEach((model) -> row.add(Decision.round(entry.getValue().get(model))));
				row.add(Advisor.METHOD_VERSION);
				printer.printRecord(row);
			}
			List<Object> total = new ArrayList<>(List.of("score", "", ""));
			models.forEach((model) -> total.add(Decision.round(recommendation.ranking()
				.stream()
				.filter((score) -> score.model().equals(model))
				.findFirst()
				.orElseThrow()
				.score())));
			total.add(Advisor.METHOD_VERSION);
			printer.printRecord(total);
			List<Object> winner = new ArrayList<>(List.of("recommended", "", ""));
			models.forEach((model) -> winner.add(model.equals(recommendation.winner()) ? "yes" : "no"));
			winner.add(Advisor.METHOD_VERSION);
			printer.printRecord(winner);
		});
	}

	static ResponseEntity<ProblemDetail> problem(Advisor.Advice advice) {
		ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.BAD_REQUEST);
		problem.setType(URI.create("/methodology#advisor"));
		problem.setTitle("Invalid priority selection");
		if (advice.hasProblems()) {
			problem.setDetail("Some values of the parameter 'priority' are not valid.");
			problem.setProperty("invalidParams",
					advice.reading()
						.problems()
						.stream()
						.map((bad) -> new InvalidParam("priority", bad.value(), bad.reason().name()))
						.toList());
		}
		else {
			problem.setDetail("Select at least one priority with the parameter 'priority', such as priority=speed.");
		}
		problem.setProperty("validPriorities", List.copyOf(advice.snapshot().slugs()));
		// The name every other API problem uses for the same list.
		problem.setProperty("validValues", List.copyOf(advice.snapshot().slugs()));
		problem.setProperty("validWeights", List.of(1, 2, 3));
		return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	/**
	 * One bad parameter value, as RFC 9457 suggests.
	 *
	 * @param name the parameter
	 * @param value the bad value
	 * @param reason why it is bad
	 */
	record InvalidParam(String name, String value, String reason) {
	}

}
