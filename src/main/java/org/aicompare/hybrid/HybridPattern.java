package org.aicompare.hybrid;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.OneToMany;

import org.aicompare.model.NamedEntity;
import org.aicompare.source.PassageNumbersConverter;
import org.aicompare.source.ReferenceCodesConverter;

/**
 * A documented way of combining centralized and decentralized AI: the part of the
 * source's hybrid scenario it realises, what runs where, what it delivers, its
 * trade-offs, the priorities it serves, the parties involved and the site's ratings.
 */
@Entity
public class HybridPattern extends NamedEntity {

	@Column(nullable = false, length = 500)
	private String summary;

	@Column(name = "scenario_quote", nullable = false, length = 300)
	private String scenarioQuote;

	@Convert(converter = PassageNumbersConverter.class)
	@Column(name = "scenario_passages", nullable = false, length = 60)
	private List<Integer> scenarioPassages;

	@Column(nullable = false, length = 600)
	private String realises;

	@Column(nullable = false, length = 1000)
	private String delivers;

	@Column(name = "trade_offs", nullable = false, length = 1000)
	private String tradeOffs;

	@Convert(converter = SlugListConverter.class)
	@Column(nullable = false, length = 300)
	private List<String> serves;

	@Convert(converter = ReferenceCodesConverter.class)
	@Column(nullable = false, length = 300)
	private List<String> sources;

	@OneToMany(mappedBy = "pattern", cascade = CascadeType.PERSIST)
	private Set<PatternAxis> axes = new LinkedHashSet<>();

	@OneToMany(mappedBy = "pattern", cascade = CascadeType.PERSIST)
	private Set<PatternRating> ratings = new LinkedHashSet<>();

	@OneToMany(mappedBy = "pattern", cascade = CascadeType.PERSIST)
	private Set<PatternParty> parties = new LinkedHashSet<>();

	protected HybridPattern() {
	}

	public HybridPattern(String slug, String name, int position, Texts texts, List<Integer> scenarioPassages,
			List<String> serves, List<String> sources) {
		super(slug, name, position);
		this.summary = texts.summary();
		this.scenarioQuote = texts.scenarioQuote();
		this.realises = texts.realises();
		this.delivers = texts.delivers();
		this.tradeOffs = texts.tradeOffs();
		this.scenarioPassages = List.copyOf(scenarioPassages);
		this.serves = List.copyOf(serves);
		this.sources = List.copyOf(sources);
	}

	public String getSummary() {
		return this.summary;
	}

	public String getScenarioQuote() {
		return this.scenarioQuote;
	}

	public List<Integer> getScenarioPassages() {
		return this.scenarioPassages;
	}

	public String getRealises() {
		return this.realises;
	}

	public String getDelivers() {
		return this.delivers;
	}

	public String getTradeOffs() {
		return this.tradeOffs;
	}

	public List<String> getServes() {
		return this.serves;
	}

	public List<String> getSources() {
		return this.sources;
	}

	public Set<PatternAxis> getAxes() {
		return this.axes;
	}

	public Set<PatternRating> getRatings() {
		return this.ratings;
	}

	public Set<PatternParty> getParties() {
		return this.parties;
	}

	/**
	 * The texts the site writes about a pattern.
	 *
	 * @param summary what the pattern is, in a sentence
	 * @param scenarioQuote the words of the source's scenario it realises, word for word
	 * @param realises how it realises them, in the site's words
	 * @param delivers what it delivers
	 * @param tradeOffs what it costs
	 */
	public record Texts(String summary, String scenarioQuote, String realises, String delivers, String tradeOffs) {
	}

}
