package org.lln.platform.security;

/**
 * The roles a bearer token may carry in its {@code groups} claim (DESIGN.md, HTTP conventions): reads
 * are open to anyone, writes need {@link #EDITOR} (or {@link #ADMIN}), deletes need {@link #ADMIN}.
 */
public final class Roles {

    /** May create, replace, patch and transition resources. */
    public static final String EDITOR = "editor";

    /** May do what an editor does, and delete. */
    public static final String ADMIN = "admin";

    private Roles() {}
}
