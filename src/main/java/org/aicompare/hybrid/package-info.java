/**
 * The hybrid model made concrete: the documented patterns that combine centralized and
 * decentralized AI, what runs where in each, the products and organisations behind them,
 * the site's ratings of each on the matrix's dimensions, and their pages and API.
 */
package org.aicompare.hybrid;
