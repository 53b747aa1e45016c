/**
 * The guide to weights: a reader who cannot weigh many priorities at once answers a few
 * either-or questions between two of them, and the guide derives the advisor's weights
 * from the answers. The state travels in the address ({@link GuideState}); which question
 * comes next is {@link Elicitation}'s job and how answers become weights
 * {@link GuideWeights}'s. It reaches the advisor through one class,
 * {@link org.aicompare.priority.AdviceForWeights}.
 */
package org.aicompare.priority.guide;
