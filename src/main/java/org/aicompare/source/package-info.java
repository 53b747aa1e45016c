/**
 * The source text the site is built on: its numbered passages, the public references
 * behind the facts the site adds, and how other features cite both.
 */
package org.aicompare.source;
