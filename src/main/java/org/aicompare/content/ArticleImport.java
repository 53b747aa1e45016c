package org.aicompare.content;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

import org.aicompare.article.Article;
import org.aicompare.article.ArticleRepository;
import org.aicompare.article.ArticleSection;
import org.aicompare.article.ArticleSectionRepository;
import org.aicompare.source.Passage;
import org.aicompare.source.PassageKind;

/**
 * Stores the articles, cutting each one's run of passages into sections at its headings.
 * A heading followed at once by another heading groups the headings after it
 * ("Centralized AI Leaders" over "OpenAI" and "Google DeepMind"), which then sit one
 * level deeper.
 */
@Component
class ArticleImport {

	private static final Pattern LIST_NUMBER = Pattern.compile("^\\d+\\.\\s+");

	private final ArticleRepository articles;

	private final ArticleSectionRepository sections;

	ArticleImport(ArticleRepository articles, ArticleSectionRepository sections) {
		this.articles = articles;
		this.sections = sections;
	}

	void save(Content content, PassageIndex passages) {
		int position = 0;
		for (ContentDocuments.Article doc : content.articles().articles()) {
			String where = "Article " + doc.slug();
			if (doc.from() < 1 || doc.to() < doc.from()) {
				throw new IllegalStateException(where + " has no passages");
			}
			List<Passage> run = new ArrayList<>();
			for (int number = doc.from(); number <= doc.to(); number++) {
				run.add(passages.get(number, where));
			}
			Passage first = run.get(0);
			boolean titled = doc.title() == null;
			if (titled && first.getKind() != PassageKind.HEADING) {
				throw new IllegalStateException(where + " starts with no heading, so it needs a title");
			}
			String title = titled ? first.getText() : doc.title();
			Article article = this.articles.save(new Article(doc.slug(), title, !titled, doc.kind(), doc.model(),
					position++, doc.summary(), doc.from(), doc.to()));
			saveSections(article, titled ? run.subList(1, run.size()) : run);
		}
	}

	private void saveSections(Article article, List<Passage> run) {
		List<Integer> body = new ArrayList<>();
		Passage heading = null;
		int level = 2;
		boolean inGroup = false;
		int position = 0;
		for (int i = 0; i < run.size(); i++) {
			Passage passage = run.get(i);
			if (passage.getKind() != PassageKind.HEADING) {
				body.add(passage.getNumber());
				continue;
			}
			if (heading != null || !body.isEmpty()) {
				save(article, position++, heading, level, body);
			}
			boolean group = i + 1 < run.size() && run.get(i + 1).getKind() == PassageKind.HEADING;
			inGroup = inGroup || group;
			level = (inGroup && !group) ? 3 : 2;
			heading = passage;
			body = new ArrayList<>();
		}
		if (heading != null || !body.isEmpty()) {
			save(article, position, heading, level, body);
		}
	}

	private void save(Article article, int position, Passage heading, int level, List<Integer> body) {
		Integer number = (heading != null) ? heading.getNumber() : null;
		String title = (heading != null) ? LIST_NUMBER.matcher(heading.getText()).replaceFirst("") : null;
		this.sections.save(new ArticleSection(article, position, number, title, level, body));
	}

}
