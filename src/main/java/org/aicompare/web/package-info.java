/**
 * What every feature's web pages share: the 400 page for unknown parameter values, links
 * between pages, the related-links extension point and the site's public address.
 */
package org.aicompare.web;
