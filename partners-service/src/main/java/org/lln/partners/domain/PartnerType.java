package org.lln.partners.domain;

/** The kind of body a partner is (DESIGN.md, Partner). */
public enum PartnerType {
    GOVERNMENT_MINISTRY,
    GOVERNMENT_DEPARTMENT,
    INTERGOVERNMENTAL_ORGANIZATION,
    UN_AGENCY,
    RESEARCH_TRAINING_CENTRE,
    EDUCATIONAL_INSTITUTION,
    COMMUNITY_LEARNING_CENTRE,
    NGO,
    OTHER
}
