package org.aicompare.priority;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;

import org.aicompare.source.PassageNumbersConverter;

/**
 * A business priority a reader can weigh, such as speed or data ownership, with the
 * matrix dimensions it depends on.
 *
 * @author aicompare
 */
@Entity
public class Priority {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, unique = true, length = 40)
	private String slug;

	@Column(nullable = false, length = 80)
	private String name;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 16)
	private Leaning leaning;

	@Column(nullable = false)
	private int position;

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
		this.slug = slug;
		this.name = name;
		this.leaning = leaning;
		this.position = position;
		this.description = description;
		this.cites = List.copyOf(cites);
		this.mergedCites = List.copyOf(mergedCites);
	}

	public Long getId() {
		return this.id;
	}

	public String getSlug() {
		return this.slug;
	}

	public String getName() {
		return this.name;
	}

	public Leaning getLeaning() {
		return this.leaning;
	}

	public int getPosition() {
		return this.position;
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
