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

	@OneToMany(mappedBy = "priority")
	@OrderBy("id")
	private List<PriorityWeight> weights = new ArrayList<>();

	protected Priority() {
	}

	public Priority(String slug, String name, Leaning leaning, int position, String description, List<Integer> cites,
			List<Integer> mergedCites) {
		super(slug, name, position);
		this.leaning = leaning;
		this.description = description;
		this.cites = List.copyOf(cites);
		this.mergedCites = List.copyOf(mergedCites);
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

	public List<PriorityWeight> getWeights() {
		return this.weights;
	}

}
