package org.idds.cds.web;

import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * The problem answers every endpoint that reads a JSON body gives, documented once for all of them in the OpenAPI
 * document instead of on each resource method: 400 (each bad field named), 413 (body too large), 415 (not JSON), and
 * 503 for the audited ones (marked with the extension {@value #AUDITED}, removed here), whose answer is sent only
 * after its audit row is committed. A resource documents only the answers of its own (its 200, a 404, a 409).
 */
public final class ProblemResponses implements OASFilter {

    /** The operation extension that marks an endpoint whose answer is stored before it is sent. */
    public static final String AUDITED = "x-idds-audited";

    private static final Map<String, String> EVERY_BODY = Map.of(
            "400", "Invalid input: each bad field named; nothing was evaluated or stored",
            "413", "Body larger than 64 KB; nothing read",
            "415", "Content-Type missing or not application/json (UTF-8)");

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths()
                .getPathItems()
                .values()
                .forEach(path -> path.getOperations().values().forEach(ProblemResponses::document));
    }

    private static void document(Operation operation) {
        boolean audited =
                operation.getExtensions() != null && operation.getExtensions().containsKey(AUDITED);
        if (audited) {
            operation.removeExtension(AUDITED);
            add(operation, "503", "Audit database unavailable; nothing returned");
        }
        if (operation.getRequestBody() != null) {
            EVERY_BODY.forEach((code, description) -> add(operation, code, description));
        }
    }

    private static void add(Operation operation, String code, String description) {
        if (operation.getResponses().hasAPIResponse(code)) {
            return; // the resource says more about this answer than the shared text
        }
        APIResponse response = OASFactory.createAPIResponse()
                .description(description)
                .content(OASFactory.createContent()
                        .addMediaType(
                                Problem.MEDIA_TYPE,
                                OASFactory.createMediaType()
                                        .schema(OASFactory.createSchema().ref("Problem"))));
        operation.getResponses().addAPIResponse(code, response);
    }
}
