package org.aicompare.article;

import java.util.ArrayList;
import java.util.List;

/**
 * The list of articles as the articles page shows it: in reading order, in runs of the
 * same {@link ArticleGroup}, each article with the number of its points or sections.
 *
 * @param groups the groups in reading order
 * @param firstPassage the first passage of the first article
 * @param lastPassage the last passage of the last article
 * @author aicompare
 */
public record ArticleIndex(List<Group> groups, int firstPassage, int lastPassage) {

	/**
	 * Group articles, keeping their reading order: a group starts wherever the kind of
	 * group changes, so no article is ever moved out of its place in the source.
	 * @param articles the articles in reading order, with their sections
	 * @return the index
	 */
	public static ArticleIndex of(List<Article> articles) {
		List<Group> groups = new ArrayList<>();
		int number = 1;
		for (Article article : articles) {
			ArticleGroup kind = ArticleGroup.of(article.getKind());
			if (groups.isEmpty() || groups.get(groups.size() - 1).kind() != kind) {
				groups.add(new Group(kind, number, new ArrayList<>()));
			}
			groups.get(groups.size() - 1).items().add(Item.of(article));
			number++;
		}
		int first = articles.isEmpty() ? 0 : articles.get(0).getFirstPassage();
		int last = articles.isEmpty() ? 0 : articles.get(articles.size() - 1).getLastPassage();
		return new ArticleIndex(List.copyOf(groups), first, last);
	}

	/**
	 * The number of articles.
	 * @return how many articles the index lists
	 */
	public int size() {
		return this.groups.stream().mapToInt((group) -> group.items().size()).sum();
	}

	/**
	 * A run of articles of the same group.
	 *
	 * @param kind the group
	 * @param start the reading number of its first article, from 1
	 * @param items its articles
	 */
	public record Group(ArticleGroup kind, int start, List<Item> items) {
	}

	/**
	 * One article in the list.
	 *
	 * @param article the article
	 * @param sections how many titled sections it has
	 * @param points whether those sections are the points of a pros/cons article
	 */
	public record Item(ArticleSummary article, int sections, boolean points) {

		static Item of(Article article) {
			int sections = (int) article.getSections().stream().filter((section) -> section.getTitle() != null).count();
			return new Item(article.toSummary(), sections, ArticleBody.isProsAndCons(article));
		}

		/**
		 * How many passages of the source the article holds.
		 * @return the passage count
		 */
		public int passages() {
			return this.article.lastPassage() - this.article.firstPassage() + 1;
		}

	}

}
