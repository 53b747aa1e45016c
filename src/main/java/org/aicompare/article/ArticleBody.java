package org.aicompare.article;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.aicompare.source.Citations;
import org.aicompare.source.SourcePassage;
import org.aicompare.source.PassageKind;

/**
 * An article's passages laid out for reading: the lead, then each section under its
 * heading, with runs of list items as one list and runs of table rows as one table, and a
 * table of contents of the sections.
 *
 * @param parts the lead (if any) and the sections, in reading order
 * @param contents the table of contents, sections nested under their group heading
 * @author aicompare
 */
public record ArticleBody(List<Part> parts, List<Entry> contents) {

	/**
	 * Lay out an article.
	 * @param article the article with its sections
	 * @param citations its passages, and those of {@code completion}
	 * @param completion the passages that complete a list the source left empty, such as
	 * the examples of the article's model; may be empty
	 * @return the body
	 */
	public static ArticleBody of(Article article, Citations citations, List<Integer> completion) {
		List<ArticleSection> titled = article.getSections()
			.stream()
			.filter((section) -> section.getTitle() != null)
			.toList();
		boolean points = isProsAndCons(article);
		Set<String> anchors = new HashSet<>();
		List<Part> parts = new ArrayList<>();
		List<Entry> contents = new ArrayList<>();
		for (ArticleSection section : article.getSections()) {
			List<ArticleBlock> blocks = blocks(citations.all(section.getBody()), citations, completion);
			if (section.getTitle() == null) {
				parts.add(new Part(null, null, 2, null, 0, 0, blocks));
				continue;
			}
			String anchor = anchor(section.getTitle(), anchors);
			int point = points ? titled.indexOf(section) + 1 : 0;
			parts.add(new Part(section.getHeadingPassage(), section.getTitle(), section.getLevel(), anchor, point,
					points ? titled.size() : 0, blocks));
			Entry entry = new Entry(section.getTitle(), anchor, new ArrayList<>());
			if (section.getLevel() > 2 && !contents.isEmpty()) {
				contents.get(contents.size() - 1).children().add(entry);
			}
			else {
				contents.add(entry);
			}
		}
		return new ArticleBody(List.copyOf(parts), List.copyOf(contents));
	}

	/**
	 * Whether an article's sections are the points of a pros/cons list.
	 * @param article the article
	 * @return {@code true} for an advantages or challenges article
	 */
	static boolean isProsAndCons(Article article) {
		return article.getKind() == ArticleKind.ADVANTAGES || article.getKind() == ArticleKind.CHALLENGES;
	}

	private static List<ArticleBlock> blocks(List<SourcePassage> passages, Citations citations,
			List<Integer> completion) {
		List<ArticleBlock> blocks = new ArrayList<>();
		for (int i = 0; i < passages.size(); i++) {
			SourcePassage passage = passages.get(i);
			ArticleBlock.Type type = ArticleBlock.Type.of(passage.kind());
			ArticleBlock last = blocks.isEmpty() ? null : blocks.get(blocks.size() - 1);
			if (type != ArticleBlock.Type.PARAGRAPH && last != null && last.type() == type) {
				last.passages().add(passage);
				continue;
			}
			SourcePassage next = (i + 1 < passages.size()) ? passages.get(i + 1) : null;
			List<SourcePassage> added = leadsIntoEmptyList(passage, next) ? citations.all(completion) : List.of();
			blocks.add(new ArticleBlock(type, new ArrayList<>(List.of(passage)), added));
		}
		return blocks;
	}

	/**
	 * A repaired line that announces a list ("Examples ... include:") with no list after
	 * it: its repair note says the site shows the list the source left out.
	 */
	private static boolean leadsIntoEmptyList(SourcePassage passage, SourcePassage next) {
		return passage.repaired() && passage.kind() == PassageKind.PARAGRAPH && passage.text().endsWith(":")
				&& (next == null || next.kind() != PassageKind.LIST_ITEM);
	}

	private static String anchor(String title, Set<String> taken) {
		String base = title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
		String anchor = base.isEmpty() ? "section" : base;
		for (int n = 2; !taken.add(anchor); n++) {
			anchor = base + "-" + n;
		}
		return anchor;
	}

	/**
	 * The lead of an article or one of its sections.
	 *
	 * @param headingPassage the heading's passage number, or {@code null} for the lead
	 * @param title the heading, or {@code null} for the lead
	 * @param level 2 for a section, 3 for one nested under a group heading
	 * @param anchor the section's id on the page, or {@code null} for the lead
	 * @param point the number of the point in a pros/cons article, or 0
	 * @param points how many points the article has, or 0
	 * @param blocks the paragraphs, lists and tables
	 */
	public record Part(Integer headingPassage, String title, int level, String anchor, int point, int points,
			List<ArticleBlock> blocks) {
	}

	/**
	 * An entry of the table of contents.
	 *
	 * @param title the section's title
	 * @param anchor its id on the page
	 * @param children the sections nested under it
	 */
	public record Entry(String title, String anchor, List<Entry> children) {
	}

}
