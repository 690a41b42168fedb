package org.lln.platform.openapi;

import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Describes each {@code PATCH} body as what it is: a JSON Merge Patch (RFC 7396) of the resource that
 * {@code PUT} on the same path accepts. The patch schema (e.g. {@code PartnerPatch} for
 * {@code PartnerInput}) has the input's properties, none required; an optional property may be
 * {@code null} (clears it), a required one may not.
 */
final class MergePatchBodies {

    static final String MEDIA_TYPE = "application/merge-patch+json";

    private MergePatchBodies() {}

    static void apply(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        for (PathItem item : openAPI.getPaths().getPathItems().values()) {
            Operation patch = item.getPATCH();
            Operation put = item.getPUT();
            if (patch == null || put == null || put.getRequestBody() == null || patch.getRequestBody() == null) {
                continue;
            }
            String input = SchemaWalk.schemasOf(put.getRequestBody().getContent()).stream()
                    .map(schema -> SchemaWalk.componentName(schema.getRef()))
                    .filter(name -> name != null)
                    .findFirst()
                    .orElse(null);
            Schema inputSchema =
                    input == null ? null : SchemaWalk.components(openAPI).get(input);
            MediaType body = patch.getRequestBody().getContent().getMediaType(MEDIA_TYPE);
            if (inputSchema == null || body == null) {
                continue;
            }
            String name =
                    (input.endsWith("Input") ? input.substring(0, input.length() - "Input".length()) : input) + "Patch";
            openAPI.getComponents().addSchema(name, patchOf(input, inputSchema));
            body.setSchema(OASFactory.createSchema().ref("#/components/schemas/" + name));
            patch.getRequestBody().required(true);
        }
    }

    private static Schema patchOf(String input, Schema inputSchema) {
        Map<String, Schema> properties = new LinkedHashMap<>();
        inputSchema
                .getProperties()
                .forEach((property, schema) -> properties.put(
                        property,
                        inputSchema.getRequired() != null
                                        && inputSchema.getRequired().contains(property)
                                ? schema
                                : SchemaWalk.nullable(schema)));
        return OASFactory.createSchema()
                .addType(Schema.SchemaType.OBJECT)
                .description("A JSON Merge Patch (RFC 7396) of " + input + ": a member set to null clears the field, "
                        + "an absent member leaves it as it is; the merged result must be a valid " + input + ".")
                .properties(properties);
    }
}
