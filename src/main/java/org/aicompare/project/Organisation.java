package org.aicompare.project;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;

import org.aicompare.comparison.DeploymentModel;
import org.aicompare.source.PassageNumbersConverter;

/**
 * An organisation the source names, such as OpenAI or Bittensor: the model it stands for,
 * what the source says of it, its products and the sourced facts that enrich its profile.
 *
 * @author aicompare
 */
@Entity
public class Organisation {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, unique = true, length = 40)
	private String slug;

	@Column(nullable = false, length = 80)
	private String name;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "model_id")
	private DeploymentModel model;

	@Column(nullable = false)
	private int position;

	@Column(nullable = false, length = 500)
	private String summary;

	@Convert(converter = PassageNumbersConverter.class)
	@Column(nullable = false, length = 200)
	private List<Integer> says;

	@OneToMany(mappedBy = "organisation")
	@OrderBy("position")
	private Set<Product> products = new LinkedHashSet<>();

	@OneToMany(mappedBy = "organisation")
	@OrderBy("position")
	private Set<Fact> facts = new LinkedHashSet<>();

	protected Organisation() {
	}

	public Organisation(String slug, String name, DeploymentModel model, int position, String summary,
			List<Integer> says) {
		this.slug = slug;
		this.name = name;
		this.model = model;
		this.position = position;
		this.summary = summary;
		this.says = List.copyOf(says);
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

	public DeploymentModel getModel() {
		return this.model;
	}

	public int getPosition() {
		return this.position;
	}

	/**
	 * A one-line summary written by the site.
	 * @return the summary
	 */
	public String getSummary() {
		return this.summary;
	}

	/**
	 * The passages of the source that speak of this organisation.
	 * @return passage numbers in reading order
	 */
	public List<Integer> getSays() {
		return this.says;
	}

	public Set<Product> getProducts() {
		return this.products;
	}

	public Set<Fact> getFacts() {
		return this.facts;
	}

}
