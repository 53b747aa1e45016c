/**
 * The decentralization spectrum: who holds what in an organisation or a pattern, on five
 * axes (compute, data, models, governance, ownership), each from 1 (one company holds it)
 * to 5 (spread across an open network that anyone may join).
 */
package org.aicompare.spectrum;
