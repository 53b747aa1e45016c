package org.aicompare.project;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;

import org.aicompare.model.NamedEntity;

import org.aicompare.comparison.DeploymentModel;
import org.aicompare.source.PassageNumbersConverter;

/**
 * An organisation the source names, such as OpenAI or Bittensor: the model it stands for,
 * what the source says of it, its products and the sourced facts that enrich its profile.
 *
 * @author aicompare
 */
@Entity
public class Organisation extends NamedEntity {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "model_id")
	private DeploymentModel model;

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
		super(slug, name, position);
		this.model = model;
		this.summary = summary;
		this.says = List.copyOf(says);
	}

	public DeploymentModel getModel() {
		return this.model;
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

	/**
	 * This organisation as plain values, with its model and products, for the pages that
	 * show it.
	 * @return the organisation's values
	 */
	public OrganisationSummary toSummary() {
		return new OrganisationSummary(getSlug(), getName(), getPosition(), this.model.toSummary(), this.summary,
				this.says,
				this.products.stream()
					.map((product) -> new OrganisationSummary.ProductSummary(product.getName(), product.getCites()))
					.toList());
	}

}
