package org.aicompare.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;

import org.springframework.stereotype.Service;

import org.aicompare.text.EnglishTextAnalyzer;

/**
 * The full-text index of the site, in memory. It is built on the first search and rebuilt
 * when the content in the database changes, so every instance of the site builds its own
 * from the shared database and all of them answer alike. A built index never changes: a
 * rebuild swaps in a new one, so searches in flight finish on the one they started with.
 */
@Service
class SearchIndex {

	private static final String ORDINAL = "ordinal";

	private final SearchDocuments documents;

	private final EnglishTextAnalyzer analyzer = new EnglishTextAnalyzer();

	private final Snippets snippets = new Snippets(this.analyzer);

	private final AtomicReference<Snapshot> current = new AtomicReference<>();

	SearchIndex(SearchDocuments documents) {
		this.documents = documents;
	}

	/**
	 * Search the site.
	 * @param text the query as the reader typed it
	 * @param limit how many results to return at most
	 * @return the results, best first; equal scores in the order of their links
	 */
	SearchResults search(String text, int limit) {
		SearchQuery query = SearchQuery.parse(this.analyzer, text);
		if (query.isEmpty()) {
			return SearchResults.NONE;
		}
		Snapshot snapshot = upToDate();
		List<Ranked> ranked = snapshot.rank(query);
		if (ranked.isEmpty() && query.parts().size() > 1) {
			return new SearchResults(0, List.of(), query.parts()
				.stream()
				.map((part) -> new SearchResults.Alternative(part.text(), snapshot.rank(query.only(part)).size()))
				.filter((alternative) -> alternative.total() > 0)
				.toList());
		}
		List<SearchHit> hits = ranked.stream()
			.limit(limit)
			.map(Ranked::document)
			.map((document) -> new SearchHit(document.kind(), this.snippets.highlight(query, document.title()),
					document.url(), this.snippets.snippet(query, document.body(), Snippets.LENGTH)))
			.toList();
		return new SearchResults(ranked.size(), hits, List.of());
	}

	private Snapshot upToDate() {
		String checksum = this.documents.checksum();
		Snapshot snapshot = this.current.get();
		if (snapshot != null && snapshot.checksum().equals(checksum)) {
			return snapshot;
		}
		// One rebuild at a time; whoever waited finds it done.
		synchronized (this) {
			snapshot = this.current.get();
			if (snapshot == null || !Objects.equals(snapshot.checksum(), checksum)) {
				snapshot = build(this.documents.load());
				this.current.set(snapshot);
			}
			return snapshot;
		}
	}

	private Snapshot build(SearchDocuments.Corpus corpus) {
		ByteBuffersDirectory directory = new ByteBuffersDirectory();
		try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(this.analyzer))) {
			List<SearchDocument> all = corpus.documents();
			for (int i = 0; i < all.size(); i++) {
				Document document = new Document();
				document.add(new StoredField(ORDINAL, i));
				document.add(new TextField(SearchQuery.TITLE, all.get(i).title(), Field.Store.NO));
				document.add(new TextField(SearchQuery.BODY, all.get(i).body(), Field.Store.NO));
				writer.addDocument(document);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not build the search index in memory", ex);
		}
		try {
			return new Snapshot(corpus.checksum(), new IndexSearcher(DirectoryReader.open(directory)),
					corpus.documents());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not open the search index in memory", ex);
		}
	}

	/**
	 * One built index and the documents it was built from; old ones are left to the
	 * garbage collector, as an in-memory index holds no files.
	 */
	private record Snapshot(String checksum, IndexSearcher searcher, List<SearchDocument> documents) {

		List<Ranked> rank(SearchQuery query) {
			try {
				int all = Math.max(1, this.searcher.getIndexReader().maxDoc());
				StoredFields stored = this.searcher.storedFields();
				List<Ranked> ranked = new ArrayList<>();
				for (ScoreDoc hit : this.searcher.search(query.toLucene(), all).scoreDocs) {
					int ordinal = stored.document(hit.doc).getField(ORDINAL).numericValue().intValue();
					ranked.add(new Ranked(this.documents.get(ordinal), hit.score));
				}
				ranked.sort(Ranked.ORDER);
				return ranked;
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Could not search the index in memory", ex);
			}
		}

	}

	private record Ranked(SearchDocument document, float score) {

		// Equal scores in the order of their links, then titles: the same on every
		// database.
		static final Comparator<Ranked> ORDER = Comparator.comparing(Ranked::score, Comparator.reverseOrder())
			.thenComparing((ranked) -> ranked.document().url())
			.thenComparing((ranked) -> ranked.document().title());

	}

}
