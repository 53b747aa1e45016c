/**
 * Readers' challenges to a rating: the "challenge this rating" form, the public list at
 * {@code /challenges} with the moderators' decisions, the moderators' queue and its audit
 * trail, and the read-only API. A challenge names its rating by a {@link RatingKey}.
 */
package org.aicompare.challenge;
