package org.aicompare.content;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.aicompare.article.ArticleKind;
import org.aicompare.comment.CommentStatus;
import org.aicompare.comparison.CellKind;
import org.aicompare.priority.Leaning;
import org.aicompare.priority.Pole;
import org.aicompare.project.BuyerQuestion;
import org.aicompare.project.FactTopic;
import org.aicompare.project.Finding;

/**
 * The shapes of the content files under {@code content/}, one record per kind of entry.
 * Lists of numbers are passage numbers of the source text.
 */
final class ContentDocuments {

	private ContentDocuments() {
	}

	static <T> List<T> orEmpty(List<T> list) {
		return (list != null) ? list : List.of();
	}

	record About(String version, List<Change> changes, List<Repair> repairs) {
	}

	/**
	 * An entry of the change log; the newest entry's summary belongs to the edition its
	 * import makes, and {@code answers} names the challenges it answers.
	 */
	record Change(String date, String summary, List<Long> answers) {
	}

	record Repair(int passage, String original, String text, String note) {
	}

	record Models(List<Model> models) {
	}

	record Model(String slug, String name, String summary, List<Integer> definition, List<Integer> characteristics,
			List<Integer> examples, List<Integer> whenToChoose) {
	}

	record Matrix(List<Dimension> dimensions) {
	}

	record Dimension(String slug, String name, int passage, String question, String low, String high,
			Map<String, Cell> cells) {
	}

	record Cell(String text, CellKind kind, int rating, String rationale, List<Integer> cites, String evidence) {
	}

	record Priorities(List<Priority> priorities, List<Preset> presets) {
	}

	record Preset(String slug, String name, String selection, String rationale, String require,
			String requireRationale) {
	}

	record Priority(String slug, String name, Leaning leaning, String description, List<Evidence> evidence,
			String review, List<Integer> cites, List<Integer> merged, List<Weight> dimensions) {
	}

	/**
	 * What a buyer can document that also measures a priority, for organisations.
	 */
	record Evidence(String question, int weight) {

		BuyerQuestion toQuestion() {
			return BuyerQuestion.valueOf(BuyerAnswer.constant(this.question));
		}

	}

	record Weight(String dimension, int weight, Pole prefers, String rationale, List<Integer> cites) {

		Pole pole() {
			return (this.prefers != null) ? this.prefers : Pole.HIGH;
		}

	}

	record Articles(List<Article> articles) {
	}

	record Article(String slug, String title, ArticleKind kind, String model, String summary, int from, int to) {
	}

	record Organisations(List<Organisation> organisations) {
	}

	record Organisation(String slug, String name, String model, String summary, List<Integer> says,
			List<Product> products, List<Rating> ratings) {
	}

	record Rating(String dimension, int rating, String rationale, List<String> sources) {
	}

	record Product(String name, List<Integer> cites) {
	}

	record Facts(String asOf, List<Reference> references, Map<String, List<Fact>> organisations,
			List<GeneralFact> general) {
	}

	/**
	 * A reference of facts.yml. {@code kind} is {@code P} (primary) or {@code S}
	 * (secondary); address, publisher, published and kind may be missing on the first
	 * references only.
	 */
	record Reference(String code, String title, String address, String publisher, String published, String kind) {
	}

	/**
	 * A sourced fact: {@code asOf} is the date its source gives; where the source gives
	 * none, {@code checked} is the date it was checked instead. {@code correction} names
	 * the correction that fixed it.
	 */
	record Fact(FactTopic topic, String text, List<String> sources, boolean uncertain, String asOf, String checked,
			String correction) {
	}

	/**
	 * A fact that is about no one organisation, such as the Transparency Index's means;
	 * {@code asOf} falls back to the file's.
	 */
	record GeneralFact(String topic, String text, List<String> sources, String asOf) {
	}

	/**
	 * The "For a business" panels by organisation slug, and the Transparency Index's
	 * editions and scores; an answer's {@code asOf} falls back to the file's.
	 */
	record Buyer(String asOf, Map<String, List<BuyerAnswer>> panels, TransparencyIndex transparencyIndex) {
	}

	/**
	 * One answer of a panel; question and finding are written as in addresses
	 * ({@code eu-residency}, {@code none-found}).
	 */
	record BuyerAnswer(String question, String finding, String text, List<String> sources, String asOf) {

		BuyerQuestion toQuestion() {
			return BuyerQuestion.valueOf(constant(this.question));
		}

		Finding toFinding() {
			return Finding.valueOf(constant(this.finding));
		}

		static String constant(String value) {
			if (value == null) {
				throw new IllegalStateException("A panel answer lacks its question or finding");
			}
			return value.strip().toUpperCase(Locale.ROOT).replace('-', '_');
		}

	}

	record TransparencyIndex(List<TransparencyEdition> editions, Map<String, List<TransparencyScore>> scores) {
	}

	record TransparencyEdition(String code, String name, BigDecimal mean, int developers) {
	}

	record TransparencyScore(String edition, int score, String model) {
	}

	/**
	 * The hybrid model's documented patterns.
	 */
	record HybridPatterns(List<HybridPattern> patterns) {
	}

	/**
	 * One pattern; {@code axes} and {@code ratings} are keyed by axis and dimension slug,
	 * {@code serves} lists priority slugs.
	 */
	record HybridPattern(String slug, String name, String summary, Scenario scenario, Map<String, String> axes,
			String delivers, String tradeOffs, List<String> serves, List<Party> parties,
			Map<String, PatternRating> ratings, List<String> sources) {
	}

	/**
	 * The part of the source's hybrid scenario a pattern realises: a word-for-word quote,
	 * the passages it comes from, and how the pattern realises it.
	 */
	record Scenario(String quote, List<Integer> passages, String realises) {
	}

	/**
	 * A product or organisation a pattern involves; {@code organisation} is a profile's
	 * slug where the site has one.
	 */
	record Party(String name, String organisation, String role, List<String> sources) {
	}

	record PatternRating(int rating, String rationale, List<String> sources) {
	}

	record Comments(String article, String reader, String author, List<Comment> comments) {
	}

	record Comment(int passage, CommentStatus status, List<Integer> replies) {
	}

	record Corrections(List<Correction> corrections) {
	}

	/**
	 * A correction made in public: {@code date} is ISO-8601, {@code page} the path of the
	 * page that shows what it touches, {@code sources} codes of facts.yml's references.
	 */
	record Correction(String code, String date, String subject, String page, String was, String now,
			List<String> sources) {
	}

	/**
	 * The decentralization spectrum: each organisation's five axes and its
	 * stated-versus-actual panel, and the deployment models' reference rows; an
	 * {@code asOf} falls back to the file's.
	 */
	record Spectrum(String asOf, Map<String, SpectrumOrganisation> organisations,
			Map<String, Map<String, ModelAxis>> models) {
	}

	record SpectrumOrganisation(Map<String, SpectrumAxis> axes, Stated stated) {
	}

	record SpectrumAxis(int rating, String reason, List<String> sources, String asOf, boolean uncertain) {
	}

	record Stated(String says, List<String> saysSources, String shows, List<String> showsSources, String gap,
			String reason, String asOf, boolean uncertain) {
	}

	record ModelAxis(int rating, String reason, List<Integer> cites) {
	}

}
