package org.lln.events.representation;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.lln.platform.validation.Code;

/**
 * What a client sends to create or replace an event series. Server-owned fields ({@code id},
 * {@code version}, {@code createdAt}, {@code updatedAt}, {@code updatedBy}) and the derived {@code events} list are
 * accepted and ignored; an event joins a series through its own {@code seriesId}.
 */
@JsonIgnoreProperties(
        value = {"id", "version", "createdAt", "updatedAt", "updatedBy", "events"},
        allowGetters = false)
@Schema(name = "EventSeriesInput", description = "An event series as a client writes it")
public record EventSeriesRequest(
        @NotNull @Code @Schema(examples = "inruled-clc-missions-cambodia")
        String code,

        @NotBlank @Size(max = 300) String title,
        @Size(max = 10000) String description) {}
