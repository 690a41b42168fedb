package org.lln.partners.domain;

/** What an additional name of a partner is. */
public enum NameKind {
    /** the official name in another language */
    OFFICIAL,
    /** an abbreviation or common short form */
    SHORT,
    /** a name the body no longer uses */
    FORMER
}
