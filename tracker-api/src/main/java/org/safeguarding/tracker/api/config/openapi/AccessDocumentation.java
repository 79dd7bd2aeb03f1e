package org.safeguarding.tracker.api.config.openapi;

import static org.safeguarding.tracker.api.config.openapi.ReusableComponents.COMPONENTS;

import java.util.List;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.safeguarding.tracker.api.security.AccessRules;
import org.safeguarding.tracker.api.security.Role;
import org.springframework.http.HttpMethod;

/**
 * The document's security: the two ways to sign in, and on every API operation the roles that may call it
 * ({@code x-roles}, and a "Roles:" line in its description), read from the {@link AccessRules} the service enforces.
 */
final class AccessDocumentation {

    static final String BASIC = "basic";
    static final String BEARER = "bearer";

    private AccessDocumentation() {
    }

    static void apply(OpenAPI openApi) {
        openApi.getComponents()
                .addSecuritySchemes(BASIC, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                        .description("A user of tracker.security.basic-users (local use and tests)"))
                .addSecuritySchemes(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                        .bearerFormat("JWT").description("A JWT of the configured issuer and audience, its role "
                                + "and agency in the configured claims (production)"));
        openApi.getPaths().forEach((path, item) -> {
            if (path.startsWith("/api/")) {
                item.readOperationsMap().forEach((method, operation) -> document(path, method, operation));
            }
        });
    }

    private static void document(String path, PathItem.HttpMethod method, Operation operation) {
        AccessRules.Rule rule = AccessRules.of(HttpMethod.valueOf(method.name()), path).orElseThrow(() ->
                new IllegalStateException("no access rule for " + method + " " + path));
        List<String> roles = rule.roles().stream().map(Role::name).toList();
        operation.addExtension("x-roles", roles);
        String line = "Roles: " + String.join(", ", roles)
                + (rule.roles().contains(Role.AGENCY) && rule.agencyScope() != null
                ? " (AGENCY: " + rule.agencyScope() + ")" : "") + ".";
        operation.setDescription(operation.getDescription() == null ? line : operation.getDescription() + "\n\n" + line);
        operation.setSecurity(List.of(new SecurityRequirement().addList(BASIC), new SecurityRequirement().addList(BEARER)));
        operation.getResponses().addApiResponse("401", new ApiResponse().$ref(COMPONENTS + "responses/Unauthorized"));
        operation.getResponses().addApiResponse("403", new ApiResponse().$ref(COMPONENTS + "responses/Forbidden"));
    }
}
