package org.lln.collaboration.representation;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.lln.contract.ActionStatus;

/**
 * What a client sends to create or replace an action item; a merge patch is read as this type too.
 * Server-owned fields ({@code id}, {@code overdue}, {@code version}, {@code createdAt},
 * {@code updatedAt}, {@code updatedBy}) are accepted and ignored; any other unknown field is a 400.
 *
 * @param title          what is to be done, up to 300 characters
 * @param ownerPartnerId the partner responsible, known from {@code lln.partners}; optional
 * @param dueDate        the day it is due, YYYY-MM-DD; optional
 * @param status         OPEN when absent
 */
@JsonIgnoreProperties(
        value = {"id", "overdue", "version", "createdAt", "updatedAt", "updatedBy"},
        allowGetters = false)
@Schema(name = "ActionItemInput", description = "An action item as a client writes it")
public record ActionItemRequest(
        @NotBlank @Size(max = 300) String title,
        UUID ownerPartnerId,
        LocalDate dueDate,
        @Schema(description = "OPEN when absent") ActionStatus status) {}
