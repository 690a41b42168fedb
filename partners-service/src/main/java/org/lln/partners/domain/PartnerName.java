package org.lln.partners.domain;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.lln.platform.validation.LanguageTag;

/**
 * Another name of a partner, e.g. its Khmer or Chinese official name.
 *
 * @param lang  BCP 47 language tag: {@code km}, {@code zh-Hans}, {@code fr}
 * @param value the name as written in that language, up to 300 characters
 * @param kind  official, short or former
 */
public record PartnerName(
        @NotNull @LanguageTag String lang,
        @NotBlank @Size(max = 300) String value,
        @NotNull NameKind kind) {}
