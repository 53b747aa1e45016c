/**
 * Organisation profiles: the companies and networks the source names, their products and
 * the sourced facts the site adds about them.
 */
package org.aicompare.project;
