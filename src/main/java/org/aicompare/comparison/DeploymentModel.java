package org.aicompare.comparison;

import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;

import org.aicompare.model.NamedEntity;

import org.aicompare.source.PassageNumbersConverter;

/**
 * A way of building and running AI: centralized, decentralized or hybrid. Everything a
 * model page says about it is a list of cited passages, except the one-line summary the
 * site adds.
 *
 * @author aicompare
 */
@Entity
public class DeploymentModel extends NamedEntity {

	@Column(nullable = false, length = 500)
	private String summary;

	@Convert(converter = PassageNumbersConverter.class)
	@Column(nullable = false, length = 200)
	private List<Integer> definition;

	@Convert(converter = PassageNumbersConverter.class)
	@Column(nullable = false, length = 200)
	private List<Integer> characteristics;

	@Convert(converter = PassageNumbersConverter.class)
	@Column(nullable = false, length = 200)
	private List<Integer> examples;

	@Convert(converter = PassageNumbersConverter.class)
	@Column(name = "when_to_choose", nullable = false, length = 200)
	private List<Integer> whenToChoose;

	protected DeploymentModel() {
	}

	public DeploymentModel(String slug, String name, int position, String summary, Passages passages) {
		super(slug, name, position);
		this.summary = summary;
		this.definition = passages.definition();
		this.characteristics = passages.characteristics();
		this.examples = passages.examples();
		this.whenToChoose = passages.whenToChoose();
	}

	/**
	 * A one-line summary written by the site, not quoted from the source.
	 * @return the summary
	 */
	public String getSummary() {
		return this.summary;
	}

	public List<Integer> getDefinition() {
		return this.definition;
	}

	public List<Integer> getCharacteristics() {
		return this.characteristics;
	}

	public List<Integer> getExamples() {
		return this.examples;
	}

	public List<Integer> getWhenToChoose() {
		return this.whenToChoose;
	}

	/**
	 * The passages a model is described by, each list in reading order.
	 *
	 * @param definition what the model is
	 * @param characteristics its key characteristics
	 * @param examples the organisations the source gives as examples
	 * @param whenToChoose when the source recommends it
	 */
	public record Passages(List<Integer> definition, List<Integer> characteristics, List<Integer> examples,
			List<Integer> whenToChoose) {
	}

	/**
	 * This model as plain values, for the pages that name it.
	 * @return the model's values
	 */
	public ModelSummary toSummary() {
		return new ModelSummary(getSlug(), getName(), this.summary, getPosition(), this.characteristics);
	}

}
