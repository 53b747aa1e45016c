package org.aicompare.article;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;

import org.aicompare.model.BaseEntity;

/**
 * One section of the source text published as an article, such as "Advantages of
 * Centralized AI". Its body is the run of passages from {@link #getFirstPassage()} to
 * {@link #getLastPassage()}, split into sections at each heading; for the pros/cons
 * articles, each section is one point.
 *
 * @author aicompare
 */
@Entity
public class Article extends BaseEntity {

	@Column(nullable = false, unique = true, length = 80)
	private String slug;

	@Column(nullable = false, length = 200)
	private String title;

	@Column(name = "title_added", nullable = false)
	private boolean titleAdded;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 16)
	private ArticleKind kind;

	@Column(name = "model_slug", length = 40)
	private String modelSlug;

	@Column(nullable = false)
	private int position;

	@Column(nullable = false, length = 500)
	private String summary;

	@Column(name = "first_passage", nullable = false)
	private int firstPassage;

	@Column(name = "last_passage", nullable = false)
	private int lastPassage;

	@OneToMany(mappedBy = "article")
	// A set, so a query that joins the passages as well still reads each section once.
	@OrderBy("position")
	private Set<ArticleSection> sections = new LinkedHashSet<>();

	protected Article() {
	}

	public Article(String slug, String title, boolean titleAdded, ArticleKind kind, String modelSlug, int position,
			String summary, int firstPassage, int lastPassage) {
		this.slug = slug;
		this.title = title;
		this.titleAdded = titleAdded;
		this.kind = kind;
		this.modelSlug = modelSlug;
		this.position = position;
		this.summary = summary;
		this.firstPassage = firstPassage;
		this.lastPassage = lastPassage;
	}

	public String getSlug() {
		return this.slug;
	}

	public String getTitle() {
		return this.title;
	}

	/**
	 * Whether the site gave the article its title because the source has none there.
	 * @return {@code true} for an added title
	 */
	public boolean isTitleAdded() {
		return this.titleAdded;
	}

	public ArticleKind getKind() {
		return this.kind;
	}

	/**
	 * The slug of the deployment model the article is about, or {@code null}.
	 * @return the model slug
	 */
	public String getModelSlug() {
		return this.modelSlug;
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

	public int getFirstPassage() {
		return this.firstPassage;
	}

	public int getLastPassage() {
		return this.lastPassage;
	}

	public List<ArticleSection> getSections() {
		return List.copyOf(this.sections);
	}

	/**
	 * Adds a section after the others, for an article that is built rather than read.
	 * @param section the section
	 */
	public void addSection(ArticleSection section) {
		this.sections.add(section);
	}

	/**
	 * This article as plain values, for the pages that list it or link to it.
	 * @return the article's values
	 */
	public ArticleSummary toSummary() {
		return new ArticleSummary(getSlug(), getTitle(), isTitleAdded(), getKind(), getPosition(), getSummary(),
				getFirstPassage(), getLastPassage());
	}

}
