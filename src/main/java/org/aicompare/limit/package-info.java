/**
 * Limits on how often something may happen, kept in the database so that they hold across
 * every instance of the site: a sender's comments, failed moderator sign-ins.
 */
package org.aicompare.limit;
