/**
 * Articles: the sections of the source text, above all its pros and cons of each model,
 * published as readable, cited pages.
 */
package org.aicompare.article;
