package org.aicompare.revision;

/**
 * Published when an instance learns of a new site revision, its own or another
 * instance's: whatever was kept for the old one may go.
 *
 * @param revision the new revision
 */
public record RevisionChangedEvent(Revision revision) {

}
