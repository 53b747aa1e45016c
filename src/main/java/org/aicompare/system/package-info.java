/**
 * What holds the site together: the home page, the layout, error pages and web settings.
 */
package org.aicompare.system;
