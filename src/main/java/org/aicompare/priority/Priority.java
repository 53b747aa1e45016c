package org.aicompare.priority;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;

import org.aicompare.model.NamedEntity;

import org.aicompare.source.PassageNumbersConverter;

/**
 * A business priority a reader can weigh, such as speed or data ownership, with the
 * matrix dimensions it depends on.
 */
@Entity
public class Priority extends NamedEntity {

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 16)
	private Leaning leaning;

	@Column(nullable = false, length = 300)
	private String description;

	@Convert(converter = PassageNumbersConverter.class)
	@Column(nullable = false, length = 100)
	private List<Integer> cites;

	@Convert(converter = PassageNumbersConverter.class)
	@Column(name = "merged_cites", nullable = false, length = 100)
	private List<Integer> mergedCites;

	@Convert(converter = EvidenceLinksConverter.class)
	@Column(nullable = false, length = 300)
	private List<EvidenceLink> evidence;

	@Column(nullable = false, length = 1200)
	private String review;

	@OneToMany(mappedBy = "priority")
	@OrderBy("id")
	private List<PriorityWeight> weights = new ArrayList<>();

	protected Priority() {
	}

	public Priority(String slug, String name, Leaning leaning, int position, String description, List<Integer> cites,
			List<Integer> mergedCites) {
		this(slug, name, leaning, position, description, cites, mergedCites, List.of(), "");
	}

	public Priority(String slug, String name, Leaning leaning, int position, String description, List<Integer> cites,
			List<Integer> mergedCites, List<EvidenceLink> evidence, String review) {
		super(slug, name, position);
		this.leaning = leaning;
		this.description = description;
		this.cites = List.copyOf(cites);
		this.mergedCites = List.copyOf(mergedCites);
		this.evidence = List.copyOf(evidence);
		this.review = review;
	}

	public Leaning getLeaning() {
		return this.leaning;
	}

	/**
	 * A one-line explanation written by the site.
	 * @return the description
	 */
	public String getDescription() {
		return this.description;
	}

	/**
	 * The passages where the source names this priority.
	 * @return passage numbers
	 */
	public List<Integer> getCites() {
		return this.cites;
	}

	/**
	 * Passages naming the same priority in other words ("enterprise performance"), merged
	 * into this one so the set has no duplicates.
	 * @return passage numbers, possibly none
	 */
	public List<Integer> getMergedCites() {
		return this.mergedCites;
	}

	/**
	 * What a buyer can document that also measures this priority, for organisations.
	 * @return the links, possibly none
	 */
	public List<EvidenceLink> getEvidence() {
		return this.evidence;
	}

	/**
	 * Whether a buyer would recognise how this priority is measured, what the review
	 * changed and why, in the site's words.
	 * @return the review
	 */
	public String getReview() {
		return this.review;
	}

	public List<PriorityWeight> getWeights() {
		return this.weights;
	}

}
