package org.aicompare.comment;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Moderating comments on the seeded site: the queues, the actions, their audit records,
 * and what readers then see.
 */
@SpringBootTest
@AutoConfigureMockMvc
@WithMockUser(username = "mod", roles = "MODERATOR")
class CommentModerationTests {

	private static final String SLUG = "key-differences";

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private CommentRepository comments;

	@Autowired
	private ModerationRecordRepository records;

	@Test
	void listsPendingCommentsWithTheirEmailAndActions() {
		Comment comment = pending("Line one\nline <b>two</b>");
		assertThat(this.mvc.get().uri("/admin/comments")).hasStatusOk()
			.bodyText()
			.contains("Line one\nline &lt;b&gt;two&lt;/b&gt;")
			.contains("reader@example.org")
			.contains("href=\"/articles/" + SLUG + "\"")
			.contains("action=\"/admin/comments/" + comment.getId() + "/approve?status=pending&amp;page=1\"")
			.contains("name=\"_csrf\"");
	}

	@Test
	void approvingPublishesTheCommentAndRecordsIt() {
		Comment comment = pending("Approve me " + UUID.randomUUID());
		assertThat(this.mvc.post().uri("/admin/comments/" + comment.getId() + "/approve").with(csrf()))
			.hasStatus3xxRedirection()
			.hasRedirectedUrl("/admin/comments?status=pending&page=1");
		assertThat(this.comments.findById(comment.getId())).get()
			.extracting(Comment::getStatus)
			.isEqualTo(CommentStatus.PUBLISHED);
		assertThat(this.records.findByCommentIdOrderByModeratedAtAscIdAsc(comment.getId())).singleElement()
			.satisfies((record) -> {
				assertThat(record.getModerator()).isEqualTo("mod");
				assertThat(record.getAction()).isEqualTo(ModerationAction.APPROVE);
				assertThat(record.getStatusBefore()).isEqualTo(CommentStatus.PENDING);
				assertThat(record.getStatusAfter()).isEqualTo(CommentStatus.PUBLISHED);
			});
		assertThat(this.mvc.get().uri("/articles/" + SLUG)).hasStatusOk().bodyText().contains(comment.getText());
		assertThat(this.mvc.get().uri("/admin/audit")).hasStatusOk()
			.bodyText()
			.contains("<td>" + comment.getId() + "</td>");
	}

	@Test
	void deletingRemovesTheCommentAndKeepsTheRecord() {
		Comment comment = pending("Delete me " + UUID.randomUUID());
		assertThat(this.mvc.post().uri("/admin/comments/" + comment.getId() + "/delete?status=spam").with(csrf()))
			.hasRedirectedUrl("/admin/comments?status=spam&page=1");
		assertThat(this.comments.findById(comment.getId())).isEmpty();
		assertThat(this.records.findByCommentIdOrderByModeratedAtAscIdAsc(comment.getId())).singleElement()
			.extracting(ModerationRecord::getStatusAfter)
			.isNull();
	}

	@Test
	void refusesAnActionWithoutACsrfToken() {
		Comment comment = pending("No token " + UUID.randomUUID());
		assertThat(this.mvc.post().uri("/admin/comments/" + comment.getId() + "/approve")).hasStatus(403);
		assertThat(this.comments.findById(comment.getId())).get()
			.extracting(Comment::getStatus)
			.isEqualTo(CommentStatus.PENDING);
	}

	@Test
	void answersAnUnknownCommentWithNotFound() {
		assertThat(this.mvc.post().uri("/admin/comments/999999/approve").with(csrf())).hasStatus(404);
	}

	@Test
	void answersAnUnknownQueueWithBadRequest() {
		assertThat(this.mvc.get().uri("/admin/comments?status=everything")).hasStatus(400)
			.bodyText()
			.contains("everything");
	}

	@Test
	void marksSeveralCommentsAsSpamAtOnce() {
		Comment first = pending("Bulk one " + UUID.randomUUID());
		Comment second = pending("Bulk two " + UUID.randomUUID());
		assertThat(this.mvc.post()
			.uri("/admin/comments/bulk")
			.param("ids", first.getId().toString(), second.getId().toString())
			.param("action", "spam")
			.with(csrf())).hasRedirectedUrl("/admin/comments?status=pending&page=1");
		assertThat(this.comments.findAllById(java.util.List.of(first.getId(), second.getId())))
			.extracting(Comment::getStatus)
			.containsOnly(CommentStatus.SPAM);
		assertThat(this.records.findByCommentIdOrderByModeratedAtAscIdAsc(second.getId())).hasSize(1);
	}

	@Test
	void ignoresAnEmptyIdInABulkAction() {
		Comment comment = pending("Bulk empty " + UUID.randomUUID());
		assertThat(this.mvc.post()
			.uri("/admin/comments/bulk")
			.param("ids", "", comment.getId().toString())
			.param("action", "reject")
			.with(csrf())).hasRedirectedUrl("/admin/comments?status=pending&page=1");
		assertThat(this.comments.findById(comment.getId())).get()
			.extracting(Comment::getStatus)
			.isEqualTo(CommentStatus.REJECTED);
	}

	@Test
	void changesNothingWhenOneOfSeveralCommentsIsUnknown() {
		Comment known = pending("Bulk known " + UUID.randomUUID());
		assertThat(this.mvc.post()
			.uri("/admin/comments/bulk")
			.param("ids", known.getId().toString(), "999998")
			.param("action", "approve")
			.with(csrf())).hasStatus(404);
		assertThat(this.comments.findById(known.getId())).get()
			.extracting(Comment::getStatus)
			.isEqualTo(CommentStatus.PENDING);
	}

	@Test
	void publishesAnAuthorReplyUnderTheComment() {
		Comment comment = pending("Question " + UUID.randomUUID());
		this.mvc.post().uri("/admin/comments/" + comment.getId() + "/approve").with(csrf()).exchange();
		String answer = "Answer " + UUID.randomUUID();
		assertThat(this.mvc.post()
			.uri("/admin/comments/" + comment.getId() + "/reply")
			.param("name", "The author")
			.param("text", answer)
			.with(csrf())).hasRedirectedUrl("/admin/comments?status=pending&page=1");
		Comment reply = this.comments.findAll()
			.stream()
			.filter((each) -> each.getText().equals(answer))
			.findFirst()
			.orElseThrow();
		assertThat(reply.isAuthorReply()).isTrue();
		assertThat(reply.getStatus()).isEqualTo(CommentStatus.PUBLISHED);
		assertThat(this.records.findByCommentIdOrderByModeratedAtAscIdAsc(reply.getId())).singleElement()
			.extracting(ModerationRecord::getAction)
			.isEqualTo(ModerationAction.REPLY);
		assertThat(this.mvc.get().uri("/articles/" + SLUG)).hasStatusOk().bodyText().contains(answer);
	}

	@Test
	void refusesAnEmptyReply() {
		Comment comment = pending("Unanswered " + UUID.randomUUID());
		long before = this.comments.count();
		assertThat(this.mvc.post()
			.uri("/admin/comments/" + comment.getId() + "/reply")
			.param("name", "The author")
			.param("text", " ")
			.with(csrf())).hasRedirectedUrl("/admin/comments?status=pending&page=1");
		assertThat(this.comments.count()).isEqualTo(before);
	}

	@Test
	void pagesAQueueFiftyCommentsAtATimeNewestFirst() {
		String batch = UUID.randomUUID().toString();
		Instant later = Instant.now().plus(Duration.ofDays(3650));
		List<Comment> saved = new ArrayList<>();
		for (int i = 0; i <= CommentModerationController.QUEUE_PAGE_SIZE; i++) {
			saved.add(this.comments.save(new Comment(CommentTarget.ARTICLE, SLUG, null, "Reader", null,
					"Batch " + batch + " number " + i, CommentStatus.REJECTED, false, null, later.plusSeconds(i))));
		}
		String oldest = "id=\"comment-" + saved.get(0).getId() + "\"";
		String newest = "id=\"comment-" + saved.get(saved.size() - 1).getId() + "\"";
		assertThat(this.mvc.get().uri("/admin/comments?status=rejected")).hasStatusOk()
			.bodyText()
			.contains(newest, "Page 1 of", "href=\"/admin/comments?status=rejected&amp;page=2\" rel=\"next\"")
			.doesNotContain(oldest, "rel=\"prev\"");
		assertThat(this.mvc.get().uri("/admin/comments?status=rejected&page=2")).hasStatusOk()
			.bodyText()
			.contains(oldest, "Page 2 of", "href=\"/admin/comments?status=rejected&amp;page=1\" rel=\"prev\"")
			.doesNotContain(newest);
		this.comments.deleteAll(saved);
	}

	@Test
	void refusesAPageNumberThatIsNotAWholeNumberFromOne() {
		assertThat(this.mvc.get().uri("/admin/comments?page=0")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyText()
			.contains("a whole number from 1");
		assertThat(this.mvc.get().uri("/admin/audit?page=last")).hasStatus(HttpStatus.BAD_REQUEST);
	}

	@Test
	void saysWhenAPageOfAQueueIsEmpty() {
		assertThat(this.mvc.get().uri("/admin/comments?status=pending&page=100000")).hasStatusOk()
			.bodyText()
			.contains("no comments on this page");
	}

	private Comment pending(String text) {
		return this.comments.save(new Comment(CommentTarget.ARTICLE, SLUG, null, "Reader", "reader@example.org", text,
				CommentStatus.PENDING, false, null, Instant.now()));
	}

}
