/**
 * What every feature's web pages share: the 400 page for unknown parameter values, links
 * between pages, the related-links extension point and the site's public address; and
 * what every feature's JSON API shares: links, the licence and citation, problem details,
 * caching, ETags and CORS; and the 503 answers, page or problem detail, while the
 * database cannot be reached.
 */
package org.aicompare.web;
