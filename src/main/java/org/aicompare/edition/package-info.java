/**
 * Editions: every content import that changes a rating, a fact, a reference or a pattern
 * is a numbered, dated edition with the editors' summary, the site's computed diff
 * against the edition before, and a full snapshot of the ratings, so an old advisor
 * result can be computed again. Lower features read editions to say where something
 * changed; the content import records them.
 */
package org.aicompare.edition;
