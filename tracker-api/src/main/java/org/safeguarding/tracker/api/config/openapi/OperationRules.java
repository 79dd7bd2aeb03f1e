package org.safeguarding.tracker.api.config.openapi;

import static org.safeguarding.tracker.api.config.openapi.ReusableComponents.COMPONENTS;
import static org.safeguarding.tracker.api.config.openapi.ReusableComponents.ref;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;

/** Documents one operation by rule: its parameters, the headers of its answers, the problems it can answer. */
public final class OperationRules {

    /** Marks a POST or PUT that records no event (an operator's action): no command headers or problems. */
    public static final String RECORDS_NO_EVENT = "x-records-no-event";

    private final Map<String, Doc> parameterDocs;
    private final Map<String, Schema> schemas;

    OperationRules(Map<String, Doc> parameterDocs, Map<String, Schema> schemas) {
        this.parameterDocs = parameterDocs;
        this.schemas = schemas;
    }

    void document(PathItem.HttpMethod method, Operation operation) {
        boolean command = (method == PathItem.HttpMethod.POST || method == PathItem.HttpMethod.PUT)
                && (operation.getExtensions() == null || !operation.getExtensions().containsKey(RECORDS_NO_EVENT));
        List<Parameter> parameters = Objects.requireNonNullElse(operation.getParameters(), List.of());
        parameters.forEach(parameter -> {
            Doc doc = parameterDocs.get(parameter.getName());
            if (doc != null && parameter.getDescription() == null) {
                parameter.description(doc.description()).example(doc.example());
            }
        });
        boolean query = parameters.stream().anyMatch(parameter -> "query".equals(parameter.getIn()));
        boolean path = parameters.stream().anyMatch(parameter -> "path".equals(parameter.getIn()));
        boolean ifMatch = parameters.stream().anyMatch(parameter -> "If-Match".equals(parameter.getName()));
        boolean minPosition = parameters.stream().anyMatch(parameter -> "minPosition".equals(parameter.getName()));
        if (command) {
            operation.addParametersItem(new Parameter().$ref(COMPONENTS + "parameters/Idempotency-Key"));
            operation.addParametersItem(new Parameter().$ref(COMPONENTS + "parameters/X-Correlation-Id"));
        }
        ApiResponses responses = operation.getResponses();
        responses.forEach((status, response) -> {
            if (status.startsWith("2")) {
                success(command, status, response);
            }
        });
        problem(responses, operation.getRequestBody() != null || query, "400", "BadRequest");
        boolean upsert = method == PathItem.HttpMethod.PUT && responses.containsKey("201");
        problem(responses, path && !upsert, "404", "NotFound");
        problem(responses, command, "409", "Conflict");
        problem(responses, ifMatch, "412", "PreconditionFailed");
        problem(responses, command, "422", "UnprocessableContent");
        problem(responses, minPosition, "503", "NotCaughtUp");
        problem(responses, true, "503", "Unavailable");
    }

    private void success(boolean command, String status, ApiResponse response) {
        if (response.getContent() != null) {
            response.getContent().values().stream()
                    .filter(media -> media.getExample() == null && media.getExamples() == null)
                    .forEach(media -> {
                        Object example = Examples.example(media.getSchema(), schemas);
                        if (example != null) {
                            media.setExample(example);
                        }
                    });
        }
        if (command && !status.equals("202")) {
            response.addHeaderObject("X-Tracker-Position", ref("headers/X-Tracker-Position"));
            response.addHeaderObject("ETag", ref("headers/ETag"));
        }
        if (response.getHeaders() != null) {
            response.getHeaders().replaceAll((name, header) -> header.get$ref() == null ? header
                    : new Header().$ref(header.get$ref()));
        }
        if (status.equals("201")) {
            response.addHeaderObject("Location", ref("headers/Location"));
        }
        response.addHeaderObject("X-Correlation-Id", ref("headers/X-Correlation-Id"));
    }

    private static void problem(ApiResponses responses, boolean applies, String status, String name) {
        if (applies && !responses.containsKey(status)) {
            responses.addApiResponse(status, new ApiResponse().$ref(COMPONENTS + "responses/" + name));
        }
    }
}
