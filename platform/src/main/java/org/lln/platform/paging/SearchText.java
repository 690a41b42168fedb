package org.lln.platform.paging;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Normalises text for the {@code q} filter in any script: Unicode NFKC, then lower case by the root
 * locale, so {@code ＩＮＲＵＬＥＤ} finds {@code inruled} and Khmer or Chinese text is matched as written.
 * The stored column is served by a trigram index ({@code pg_trgm}).
 */
public final class SearchText {

    private SearchText() {}

    /**
     * @param parts the searchable values of a resource; nulls are skipped
     * @return the values normalised and joined by newlines
     */
    public static String normalise(String... parts) {
        return Stream.of(parts)
                .filter(Objects::nonNull)
                .map(part -> Normalizer.normalize(part, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT))
                .collect(Collectors.joining("\n"));
    }
}
