/**
 * Site search: a full-text index of the models, the matrix cells, the article sections
 * and the organisation profiles, built in memory from the database and rebuilt when the
 * content changes, and the page that shows its results.
 */
package org.aicompare.search;
