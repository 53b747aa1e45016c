/**
 * Who stands behind the site: the publisher and editors named in configuration, how to
 * reach them, the corrections policy with every correction made, and the conflicts of
 * interest they declare.
 */
package org.aicompare.about;
