package org.lln.collaboration.domain;

/**
 * What a collaboration area is about (DESIGN.md). The founding document's meetings name TVET, digital
 * transformation in education and skills development within lifelong learning frameworks; its
 * workshop adds ESD, CLC capacity building and rural development.
 */
public enum Theme {
    /** technical and vocational education and training */
    TVET,
    /** digital transformation in education */
    DIGITAL_TRANSFORMATION,
    /** skills development, e.g. within lifelong learning frameworks */
    SKILLS_DEVELOPMENT,
    LIFELONG_LEARNING,
    /** education for sustainable development */
    ESD,
    /** management and operational capacities of Community Learning Centres */
    CLC_CAPACITY_BUILDING,
    RURAL_DEVELOPMENT,
    OTHER
}
