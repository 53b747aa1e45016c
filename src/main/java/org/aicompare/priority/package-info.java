/**
 * Business priorities: what a reader may care about, and which matrix dimensions each one
 * depends on. The advisor weighs them.
 */
package org.aicompare.priority;
