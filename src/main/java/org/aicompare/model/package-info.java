/**
 * What every stored thing shares: an id, and for named things a slug, a name and a place
 * in their list.
 */
package org.aicompare.model;
