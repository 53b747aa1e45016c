package org.aicompare.article;

import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

import org.aicompare.model.BaseEntity;

import org.aicompare.source.PassageNumbersConverter;

/**
 * A section of an article: an optional heading and the passages under it. In a pros/cons
 * article each titled section is one point, its body the point's text and bullets.
 */
@Entity
public class ArticleSection extends BaseEntity {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "article_id")
	private Article article;

	@Column(nullable = false)
	private int position;

	@Column(name = "heading_passage")
	private Integer headingPassage;

	@Column(length = 200)
	private String title;

	@Column(nullable = false)
	private int level;

	@Convert(converter = PassageNumbersConverter.class)
	@Column(nullable = false, length = 300)
	private List<Integer> body;

	protected ArticleSection() {
	}

	public ArticleSection(Article article, int position, Integer headingPassage, String title, int level,
			List<Integer> body) {
		this.article = article;
		this.position = position;
		this.headingPassage = headingPassage;
		this.title = title;
		this.level = level;
		this.body = List.copyOf(body);
	}

	public int getPosition() {
		return this.position;
	}

	/**
	 * The number of the heading passage, or {@code null} for the lead before any heading.
	 * @return the heading's passage number
	 */
	public Integer getHeadingPassage() {
		return this.headingPassage;
	}

	/**
	 * The heading without its list number ("Superior Performance" for "1. Superior
	 * Performance"), or {@code null} for the lead.
	 * @return the title
	 */
	public String getTitle() {
		return this.title;
	}

	/**
	 * The heading level: 2 for a section, 3 for one nested under a group heading.
	 * @return the level
	 */
	public int getLevel() {
		return this.level;
	}

	public List<Integer> getBody() {
		return this.body;
	}

}
