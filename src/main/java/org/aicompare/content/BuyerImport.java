package org.aicompare.content;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import org.aicompare.content.ContentDocuments.Buyer;
import org.aicompare.project.BuyerAnswer;
import org.aicompare.project.BuyerAnswerRepository;
import org.aicompare.project.BuyerQuestion;
import org.aicompare.project.Finding;
import org.aicompare.project.Organisation;
import org.aicompare.project.OrganisationRepository;
import org.aicompare.project.TransparencyEdition;
import org.aicompare.project.TransparencyEditionRepository;
import org.aicompare.project.TransparencyScore;
import org.aicompare.project.TransparencyScoreRepository;

/**
 * Stores the "For a business" panels and the Transparency Index scores. Every
 * organisation answers each question its model is asked, once; every answer that states
 * something cites references that exist; what was not found is never a no.
 */
@Component
class BuyerImport {

	private final OrganisationRepository organisations;

	private final BuyerAnswerRepository answers;

	private final TransparencyEditionRepository editions;

	private final TransparencyScoreRepository scores;

	BuyerImport(OrganisationRepository organisations, BuyerAnswerRepository answers,
			TransparencyEditionRepository editions, TransparencyScoreRepository scores) {
		this.organisations = organisations;
		this.answers = answers;
		this.editions = editions;
		this.scores = scores;
	}

	void save(Content content) {
		Buyer buyer = content.buyer();
		Set<String> references = content.facts()
			.references()
			.stream()
			.map(ContentDocuments.Reference::code)
			.collect(Collectors.toSet());
		Map<String, Organisation> bySlug = this.organisations.findAllByOrderByPosition()
			.stream()
			.collect(Collectors.toMap(Organisation::getSlug, Function.identity()));
		Set<String> unknown = new HashSet<>(buyer.panels().keySet());
		unknown.removeAll(bySlug.keySet());
		if (!unknown.isEmpty()) {
			throw new IllegalStateException("buyer.yml has panels for unknown organisations " + unknown);
		}
		for (Organisation organisation : bySlug.values()) {
			savePanel(organisation, buyer.panels().getOrDefault(organisation.getSlug(), List.of()), buyer.asOf(),
					references);
		}
		saveIndex(buyer.transparencyIndex(), bySlug);
	}

	private void savePanel(Organisation organisation, List<ContentDocuments.BuyerAnswer> docs, String asOf,
			Set<String> references) {
		String where = "The panel of " + organisation.getSlug();
		String model = organisation.getModel().getSlug();
		Set<BuyerQuestion> answered = EnumSet.noneOf(BuyerQuestion.class);
		for (ContentDocuments.BuyerAnswer doc : docs) {
			List<String> sources = ContentDocuments.orEmpty(doc.sources());
			if (doc.text() == null || doc.text().isBlank()) {
				throw new IllegalStateException(where + " has an answer without text");
			}
			BuyerQuestion question = doc.toQuestion();
			Finding finding = doc.toFinding();
			if (!question.asks(model) || !answered.add(question)) {
				throw new IllegalStateException(
						where + " answers " + question + " which its model is not asked or which it answers twice");
			}
			if (!references.containsAll(sources) || (finding.needsSource() && sources.isEmpty())) {
				throw new IllegalStateException(
						where + " answers " + question + " as " + finding + " without known references: " + sources);
			}
			this.answers.save(new BuyerAnswer(organisation, question, finding, doc.text(), sources,
					(doc.asOf() != null) ? doc.asOf() : asOf));
		}
		Set<BuyerQuestion> missing = EnumSet.allOf(BuyerQuestion.class);
		missing.removeIf((question) -> !question.asks(model) || answered.contains(question));
		if (!missing.isEmpty()) {
			throw new IllegalStateException(where + " does not answer " + missing);
		}
	}

	private void saveIndex(ContentDocuments.TransparencyIndex index, Map<String, Organisation> bySlug) {
		Map<String, TransparencyEdition> byCode = new HashMap<>();
		int position = 0;
		for (ContentDocuments.TransparencyEdition doc : index.editions()) {
			byCode.put(doc.code(), this.editions
				.save(new TransparencyEdition(doc.code(), doc.name(), doc.mean(), doc.developers(), position++)));
		}
		index.scores().forEach((slug, docs) -> {
			Organisation organisation = bySlug.get(slug);
			if (organisation == null) {
				throw new IllegalStateException("buyer.yml scores unknown organisation " + slug);
			}
			for (ContentDocuments.TransparencyScore doc : docs) {
				TransparencyEdition edition = byCode.get(doc.edition());
				if (edition == null || doc.score() < 0 || doc.score() > 100) {
					throw new IllegalStateException(
							"buyer.yml scores " + slug + " in unknown edition or out of range: " + doc);
				}
				this.scores.save(new TransparencyScore(organisation, edition, doc.score(), doc.model()));
			}
		});
	}

}
