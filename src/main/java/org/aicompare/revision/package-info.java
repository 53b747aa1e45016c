/**
 * The site revision: one number, kept in the database, that changes whenever what readers
 * see changes (a content import, a moderation action, a comment published at once). Every
 * instance keeps it in memory and polls it; pages use it for their {@code ETag} and the
 * caches for their keys. It sits at the bottom so that both comments and content can
 * raise it.
 */
package org.aicompare.revision;
