package org.lln.collaboration.domain;

/**
 * The four dimensions of rural development of INRULED's framework "Education for Sustainable Rural
 * Development", as presented at the Kampot workshop of May 2025.
 */
public enum Dimension {
    ECONOMIC,
    SOCIAL,
    CULTURAL,
    ENVIRONMENTAL
}
