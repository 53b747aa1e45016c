/**
 * Reader comments on articles and profiles, the author's replies, and their moderation;
 * the rules that screen a new comment ({@link org.aicompare.comment.CommentScreening})
 * and the plain-text form comments are kept in
 * ({@link org.aicompare.comment.CommentText}).
 */
package org.aicompare.comment;
