/**
 * The content pipeline: reads the content files (the source text and the YAML that says
 * what the site makes of it) and imports them into every feature's tables, once per
 * change.
 */
package org.aicompare.content;
