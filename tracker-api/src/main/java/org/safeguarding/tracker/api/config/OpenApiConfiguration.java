package org.safeguarding.tracker.api.config;

import java.io.UncheckedIOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The published OpenAPI document (/v3/api-docs, Swagger UI at /swagger-ui.html). Controllers and web records
 * carry their own annotations; this one customizer adds what is the same for every operation, and what may not
 * live in the domain: the conventions, the reusable problem answers, headers and parameters, and a description
 * and example for each schema generated from a domain or projection record (those stay free of web annotations).
 */
@Configuration
public class OpenApiConfiguration {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PROBLEM_JSON = "application/problem+json";
    private static final String COMPONENTS = "#/components/";

    private static final String CONVENTIONS = """
            Tracks what becomes of the recommendations of safeguarding case reviews: the board's response, the \
            agencies assigned, their evidence, the board's assurance, closure and reopening. Each accepted \
            command records exactly one event, so a recommendation's history has one entry per decision.

            **Conventions**

            - Base path `/api/v1`, JSON in and out (UTF-8). Dates are ISO-8601 business dates (`2014-03-01`), \
            never after today except `dueOn`; instants are ISO-8601 UTC (`2014-03-01T09:30:00Z`). "Today" is \
            the date in the service's zone (`tracker.zone`, default Europe/London).
            - A command that creates something answers `201 Created` with `Location`; other commands `200` with \
            the resource's new state.
            - Optimistic concurrency: every answer about one recommendation carries `ETag: "<version>"`, the \
            number of events in its history. Send it back as `If-Match`; a command on another version gets `412`.
            - Safe retries: `Idempotency-Key` on any POST or PUT. A retry with the same key and body returns the \
            first answer (marked `Idempotent-Replayed: true`) and records nothing; the same key with a different \
            body gets `422`.
            - Read your writes: commands, and reads of one recommendation, are consistent on return; lists and \
            views are eventually consistent. Every command answer carries `X-Tracker-Position: <n>`; give a list \
            or view `?minPosition=n` to wait (a few seconds at most) until it has processed that event, else \
            `503` with `Retry-After`.
            - Errors are RFC 9457 `application/problem+json` documents with `type`, `title`, `status` and \
            `detail`; validation errors add `errors: [{"field", "message"}]`. `400` malformed or invalid input, \
            `404` an unknown id or code in the path, `409` a lifecycle rule, a taken reference or a date before a \
            recorded date it must follow, `412` a stale `If-Match`, `422` an id or code in the body that names \
            nothing, or a reused `Idempotency-Key`, `503` a list or view not caught up. No answer carries a stack \
            trace.
            - `X-Correlation-Id`: the caller's (letters, digits and `._:-`, at most 100) or a new one; echoed on \
            every answer and recorded on every event the request causes.
            - Pages: `?page=` (from 0) and `?size=` (default 20, at most 200) answer \
            `{"items": [...], "page", "size", "total"}`.
            """;

    private record Doc(String description, JsonNode example) {
    }

    /** A recommendation part way through its life; the examples of its parts are cut from it. */
    private static final JsonNode STATE = json("""
            {"recommendationId": "5e8a1d3c-2b47-4f96-8c0e-1a9b7d6e4f21",
             "reviewId": "3f1c2b8e-7a55-4c1e-9a43-2f0d5a1b6c70", "reference": "4.3",
             "text": "Ensure each partner agency has an escalation procedure",
             "themes": ["ESCALATION", "INFORMATION_SHARING"], "priority": "HIGH", "raisedOn": "2013-02-14",
             "response": {"decision": "PARTIALLY_ACCEPTED",
                          "reason": "Accepted for social care and police; health already complies",
                          "respondedOn": "2013-03-20"},
             "status": "OPEN", "outcome": null, "closedOn": null, "supersededBy": null,
             "assignments": [
               {"agency": "CSC", "owner": "Head of Safeguarding", "assignedOn": "2013-04-01",
                "dueOn": "2013-09-30", "status": "COMPLETED", "completedOn": "2013-12-05"},
               {"agency": "POLICE", "owner": "Detective Chief Inspector, Public Protection",
                "assignedOn": "2013-04-01", "dueOn": "2013-12-31", "status": "EVIDENCE_SUBMITTED",
                "completedOn": null}],
             "evidence": [
               {"evidenceId": "c7b3e2a1-9d84-4e5f-a6b0-3c2d1e0f9a87", "agency": "CSC",
                "summary": "Audit of 40 cases: 98% of staff received monthly supervision",
                "link": "https://intranet.example/audits/2013-11", "submittedOn": "2013-11-20",
                "assurance": "ACCEPTED", "decidedOn": "2013-12-05",
                "assuranceNote": "Monitoring subgroup satisfied with the audit"},
               {"evidenceId": "0e5f6a7b-8c9d-4a1b-9c2d-3e4f5a6b7c8d", "agency": "POLICE",
                "summary": "Escalation procedure issued to all public protection officers", "link": null,
                "submittedOn": "2014-01-08", "assurance": "PENDING", "decidedOn": null, "assuranceNote": null}],
             "version": 7}""");

    /** The schemas generated from domain and projection records (and the Problem), by name. */
    private static final Map<String, Doc> SCHEMAS = Map.ofEntries(
            Map.entry("RecommendationState", new Doc("A recommendation's state, folded from its events. outcome, "
                    + "closedOn and supersededBy are null unless it is closed (again after a reopening); response is "
                    + "null until the board responds; version is the number of events in its history, as in the "
                    + "ETag.", STATE)),
            Map.entry("BoardResponse", new Doc("The board's formal response to the recommendation, given once.",
                    STATE.at("/response"))),
            Map.entry("Assignment", new Doc("An agency's action on the recommendation. dueOn is the latest due date; "
                    + "status OPEN, EVIDENCE_SUBMITTED, COMPLETED (completedOn = the accepting decision's decidedOn) "
                    + "or ENDED (not completed when the recommendation was closed).", STATE.at("/assignments/0"))),
            Map.entry("Evidence", new Doc("A piece of evidence from an assigned agency, and the board's assurance "
                    + "of it: PENDING until decided, then ACCEPTED or REJECTED on decidedOn.", STATE.at("/evidence/0"))),
            Map.entry("EvidenceAnswer", new Doc(null, JSON.createObjectNode()
                    .put("evidenceId", "0e5f6a7b-8c9d-4a1b-9c2d-3e4f5a6b7c8d").setAll((ObjectNode) STATE))),
            Map.entry("AgencyListItem", new Doc("A registered agency: its stable code and display name.", json("""
                    {"code": "CSC", "name": "Children's Social Care"}"""))),
            Map.entry("ReviewListItem", new Doc("A review, with the counts of its open and closed recommendations.",
                    json("""
                    {"reviewId": "3f1c2b8e-7a55-4c1e-9a43-2f0d5a1b6c70", "board": "LSCB-NORTH",
                     "reference": "MAR-2013-02", "kind": "MAR", "title": "Multi-agency review: Child M",
                     "commissionedOn": "2011-06-01", "publishedOn": "2013-02-14", "open": 3, "closed": 5}"""))),
            Map.entry("RecommendationSummary", new Doc("One of a review's recommendations, in short.", json("""
                    {"recommendationId": "5e8a1d3c-2b47-4f96-8c0e-1a9b7d6e4f21", "reference": "4.3",
                     "status": "OPEN"}"""))),
            Map.entry("ReReferral", new Doc("An earlier review of the same board that this review is a re-referral "
                    + "of.", json("""
                    {"earlierReviewId": "3f1c2b8e-7a55-4c1e-9a43-2f0d5a1b6c70", "referredOn": "2014-04-03",
                     "note": "Family re-referred after further concerns"}"""))),
            Map.entry("RecordedEvent", new Doc("One stored event: its global position, its sequence in its "
                    + "aggregate's history (from 0), its type, when it was recorded, the authenticated actor and "
                    + "role, the request's correlation id, and its payload as stored.", json("""
                    {"position": 4182, "aggregateId": "5e8a1d3c-2b47-4f96-8c0e-1a9b7d6e4f21",
                     "aggregateType": "Recommendation", "sequence": 6, "type": "EvidenceSubmitted",
                     "revision": "1", "recordedAt": "2014-01-08T10:15:30Z", "actor": "police-liaison-01",
                     "role": "AGENCY", "correlationId": "b8d1e0c2-6f3a-4a9e-9d7b-2c5e8f1a0b34",
                     "payload": {"recommendationId": "5e8a1d3c-2b47-4f96-8c0e-1a9b7d6e4f21",
                                 "evidenceId": "0e5f6a7b-8c9d-4a1b-9c2d-3e4f5a6b7c8d", "agency": "POLICE",
                                 "summary": "Escalation procedure issued to all public protection officers",
                                 "link": null, "submittedOn": "2014-01-08"}}"""))),
            Map.entry("AgencyOutstanding", new Doc("An agency with open assignments on the view's date: how many are "
                    + "open, overdue and due within 30 days, and the earliest assignedOn among them.", json("""
                    {"agency": "CSC", "agencyName": "Children's Social Care", "open": 4, "overdue": 1,
                     "dueWithin30Days": 2, "oldestOpenSince": "2013-04-01"}"""))),
            Map.entry("ActionItem", new Doc("An agency's open action on a recommendation on the view's date, with "
                    + "its due date on that date.", json("""
                    {"recommendationId": "5e8a1d3c-2b47-4f96-8c0e-1a9b7d6e4f21", "recommendationReference": "4.3",
                     "reviewId": "3f1c2b8e-7a55-4c1e-9a43-2f0d5a1b6c70", "reviewReference": "MAR-2013-02",
                     "agency": "POLICE", "owner": "Detective Chief Inspector, Public Protection",
                     "assignedOn": "2013-04-01", "dueOn": "2013-12-31", "overdue": true}"""))),
            Map.entry("AwaitingAssurance", new Doc("Evidence submitted by the view's date and not yet decided on, "
                    + "on an open assignment.", json("""
                    {"recommendationId": "5e8a1d3c-2b47-4f96-8c0e-1a9b7d6e4f21", "recommendationReference": "4.3",
                     "reviewReference": "MAR-2013-02", "agency": "POLICE",
                     "evidenceId": "0e5f6a7b-8c9d-4a1b-9c2d-3e4f5a6b7c8d", "submittedOn": "2014-01-08"}"""))),
            Map.entry("ExceptionReport", new Doc("What a board looks at by exception on the view's date: open "
                    + "assignments overdue, due within 30 days, evidence awaiting assurance, and assignments open more "
                    + "than 90 days with no evidence.", json("""
                    {"overdue": [{"recommendationId": "5e8a1d3c-2b47-4f96-8c0e-1a9b7d6e4f21",
                                  "recommendationReference": "4.3", "reviewId": "3f1c2b8e-7a55-4c1e-9a43-2f0d5a1b6c70",
                                  "reviewReference": "MAR-2013-02", "agency": "POLICE",
                                  "owner": "Detective Chief Inspector, Public Protection", "assignedOn": "2013-04-01",
                                  "dueOn": "2013-12-31", "overdue": true}],
                     "dueSoon": [],
                     "awaitingAssurance": [{"recommendationId": "5e8a1d3c-2b47-4f96-8c0e-1a9b7d6e4f21",
                                            "recommendationReference": "4.3", "reviewReference": "MAR-2013-02",
                                            "agency": "POLICE", "evidenceId": "0e5f6a7b-8c9d-4a1b-9c2d-3e4f5a6b7c8d",
                                            "submittedOn": "2014-01-08"}],
                     "noEvidence": []}"""))),
            Map.entry("ImplementationTime", new Doc("Time to implementation of one key (agency, theme, review id or "
                    + "board): median, 90th percentile (as PostgreSQL percentile_cont) and mean days of what was "
                    + "completed by the view's date, null when none was; how many are open, and the oldest's age.",
                    json("""
                    {"key": "CSC", "completed": 12, "medianDays": 143.5, "p90Days": 301.2, "meanDays": 167.25,
                     "open": 3, "oldestOpenDays": 284}"""))),
            Map.entry("ReReferralLink", new Doc("A re-referral dated on or before the view's date, with the earlier "
                    + "review's recommendations still open on the referral date.", json("""
                    {"reviewId": "a2c4e6f8-1b3d-4f5a-8c7e-9d0b1a2c3e4f", "reviewReference": "SCR-2014-01",
                     "earlierReviewId": "3f1c2b8e-7a55-4c1e-9a43-2f0d5a1b6c70", "earlierReviewReference": "MAR-2013-02",
                     "referredOn": "2014-04-03",
                     "openAtReferral": [{"recommendationId": "5e8a1d3c-2b47-4f96-8c0e-1a9b7d6e4f21", "reference": "4.3",
                                         "text": "Ensure each partner agency has an escalation procedure"}]}"""))),
            Map.entry("OpenRecommendation", new Doc("One of the earlier review's recommendations still open on the "
                    + "re-referral date.", json("""
                    {"recommendationId": "5e8a1d3c-2b47-4f96-8c0e-1a9b7d6e4f21", "reference": "4.3",
                     "text": "Ensure each partner agency has an escalation procedure"}"""))),
            Map.entry("ThemeCount", new Doc("A theme over the recommendations raised by the view's date: how many "
                    + "reviews and recommendations carry it, how many are open and how many closed IMPLEMENTED.",
                    json("""
                    {"theme": "ESCALATION", "reviews": 3, "recommendations": 7, "open": 2, "implemented": 4}"""))),
            Map.entry("ViewGenerationState", new Doc("The views' two table generations: the live one answering, and the one a "
                    + "rebuild is filling, when one is under way.", json("""
                    {"live": "BLUE", "building": "GREEN", "rebuildStarted": "2014-01-10T02:00:00Z",
                     "rebuildEnded": null}"""))),
            Map.entry("Problem", new Doc("An RFC 9457 problem answer. type names the kind of problem "
                    + "(urn:tracker:problem:<kind>); errors lists the offending fields of a validation error.", null)),
            Map.entry("FieldError", new Doc("One invalid field of a request, and what is wrong with it.", json("""
                    {"field": "raisedOn", "message": "must be a date in the past or in the present"}"""))));

    /** The parameters the controllers take, by name. */
    private static final Map<String, Doc> PARAMETERS = Map.ofEntries(
            Map.entry("id", doc("The recommendation's id", "5e8a1d3c-2b47-4f96-8c0e-1a9b7d6e4f21")),
            Map.entry("reviewId", doc("The review's id", "3f1c2b8e-7a55-4c1e-9a43-2f0d5a1b6c70")),
            Map.entry("evidenceId", doc("The piece of evidence's id", "c7b3e2a1-9d84-4e5f-a6b0-3c2d1e0f9a87")),
            Map.entry("code", doc("The agency's code: capitals, digits, '_' or '-', at most 40", "CSC")),
            Map.entry("agency", doc("An agency's code", "CSC")),
            Map.entry("board", doc("A board's code; every board when absent", "LSCB-NORTH")),
            Map.entry("status", doc("OPEN or CLOSED", "OPEN")),
            Map.entry("theme", doc("A theme code", "ESCALATION")),
            Map.entry("page", doc("The page, from 0", 0)),
            Map.entry("size", doc("Items a page, 1 to 200 (default 20)", 20)),
            Map.entry("minPosition", doc("Wait (a few seconds at most) until this list has processed the event at "
                    + "this position, e.g. a command answer's X-Tracker-Position; else 503 with Retry-After", 4182)),
            Map.entry("asOf", doc("The state as it was recorded at this ISO-8601 instant; 404 before it was raised",
                    "2014-01-01T00:00:00Z")),
            Map.entry("after", doc("Only events after this position: the last position read (default 0)", 4100)),
            Map.entry("on", doc("The business date the view is computed for (YYYY-MM-DD); today in the service's "
                    + "zone when absent", "2014-01-31")),
            Map.entry("groupBy", doc("agency, theme, review or board (default agency)", "agency")),
            Map.entry("Accept", doc("application/json (default) or text/csv", "text/csv")),
            Map.entry("limit", doc("At most this many events, 1 to 10,000 (default 1,000)", 1000)),
            Map.entry("If-Match", doc("Apply only to this version: the ETag read, \"<version>\" (a bare number too; "
                    + "* or absent: any version); 412 when it is not the current version", "\"7\"")));

    private record Answer(String name, String status, String description, List<String> examples) {
    }

    /** The problem answers an operation may give, by status; the customizer decides which apply. */
    private static final List<Answer> PROBLEMS = List.of(
            new Answer("BadRequest", "400", "Malformed or invalid input", List.of("""
                    {"type": "urn:tracker:problem:invalid-request", "title": "The request is invalid",
                     "status": 400, "detail": "some fields are invalid", "instance": "/api/v1/recommendations",
                     "errors": [{"field": "raisedOn", "message": "must be a date in the past or in the present"},
                                {"field": "themes", "message": "must not be empty"}]}""", """
                    {"type": "urn:tracker:problem:malformed-request", "title": "The request is malformed",
                     "status": 400, "detail": "the body is not well-formed JSON", "instance": "/api/v1/reviews"}""")),
            new Answer("NotFound", "404", "An unknown id or code in the path", List.of("""
                    {"type": "urn:tracker:problem:not-found", "title": "Not found", "status": 404,
                     "detail": "no recommendation 5e8a1d3c-2b47-4f96-8c0e-1a9b7d6e4f21",
                     "instance": "/api/v1/recommendations/5e8a1d3c-2b47-4f96-8c0e-1a9b7d6e4f21"}""")),
            new Answer("Conflict", "409", "A lifecycle rule forbids it, a reference is taken, or a date is earlier "
                    + "than a recorded date it must follow", List.of("""
                    {"type": "urn:tracker:problem:lifecycle-rule", "title": "A lifecycle rule forbids this",
                     "status": 409, "detail": "the recommendation is closed; only a reopening is accepted",
                     "instance": "/api/v1/recommendations/5e8a1d3c-2b47-4f96-8c0e-1a9b7d6e4f21/assignments"}""", """
                    {"type": "urn:tracker:problem:reference-taken", "title": "The reference is already taken",
                     "status": 409, "detail": "the review already has a recommendation with reference 4.3",
                     "instance": "/api/v1/recommendations",
                     "errors": [{"field": "reference",
                                 "message": "the review already has a recommendation with reference 4.3"}]}""", """
                    {"type": "urn:tracker:problem:date-order",
                     "title": "A date is earlier than a recorded date it must follow", "status": 409,
                     "detail": "closedOn 2013-01-10 is before raisedOn 2013-02-14",
                     "instance": "/api/v1/recommendations/5e8a1d3c-2b47-4f96-8c0e-1a9b7d6e4f21/closure",
                     "errors": [{"field": "closedOn",
                                 "message": "closedOn 2013-01-10 is before raisedOn 2013-02-14"}]}""")),
            new Answer("PreconditionFailed", "412", "If-Match does not name the current version", List.of("""
                    {"type": "urn:tracker:problem:stale-version", "title": "Version mismatch", "status": 412,
                     "detail": "If-Match \\"6\\" does not name the current version 7",
                     "instance": "/api/v1/recommendations/5e8a1d3c-2b47-4f96-8c0e-1a9b7d6e4f21/closure"}""")),
            new Answer("UnprocessableContent", "422", "An id or code in the body names nothing stored, or the "
                    + "Idempotency-Key was first used with a different request", List.of("""
                    {"type": "urn:tracker:problem:unknown-reference", "title": "The request names nothing stored",
                     "status": 422, "detail": "no registered agency HEALTH-NORTH",
                     "instance": "/api/v1/recommendations/5e8a1d3c-2b47-4f96-8c0e-1a9b7d6e4f21/assignments",
                     "errors": [{"field": "agency", "message": "no registered agency HEALTH-NORTH"}]}""", """
                    {"type": "urn:tracker:problem:idempotency-key-reused", "title": "Idempotency-Key reused",
                     "status": 422, "detail": "this Idempotency-Key was first used with a different request"}""")),
            new Answer("NotCaughtUp", "503", "The list or view has not yet processed minPosition; retry after "
                    + "Retry-After seconds", List.of("""
                    {"type": "urn:tracker:problem:projection-behind", "title": "Not caught up yet", "status": 503,
                     "detail": "the view has not yet processed position 4182; retry shortly",
                     "instance": "/api/v1/recommendations"}""")));

    /**
     * Schemas show what the application's ObjectMapper writes of a record (its components; not helper methods
     * such as isClosed(), which the model resolver's own mapper would list).
     */
    @Bean
    public ModelConverter writtenPropertiesOnly(ObjectMapper applicationMapper) {
        return (type, context, chain) -> {
            Schema<?> schema = chain.hasNext() ? chain.next().resolve(type, context, chain) : null;
            Schema<?> model = schema == null || schema.get$ref() == null ? schema
                    : context.getDefinedModels().get(schema.get$ref().substring(schema.get$ref().lastIndexOf('/') + 1));
            JavaType javaType = applicationMapper.constructType(type.getType());
            if (model == null || model.getProperties() == null || !javaType.getRawClass().isRecord()) {
                return schema;
            }
            List<BeanPropertyDefinition> written = applicationMapper.getSerializationConfig().introspect(javaType)
                    .findProperties();
            if (written.stream().noneMatch(property -> property.getPrimaryMember() != null
                    && property.getPrimaryMember().hasAnnotation(JsonUnwrapped.class))) {
                model.getProperties().keySet().retainAll(written.stream().map(BeanPropertyDefinition::getName)
                        .collect(Collectors.toSet()));
            }
            return schema;
        };
    }

    @Bean
    public OpenApiCustomizer trackerOpenApiCustomizer() {
        return openApi -> {
            openApi.info(new Info().title("Case-review recommendation tracker API").version("v1")
                    .description(CONVENTIONS));
            Components components = openApi.getComponents();
            Map<String, Schema> schemas = components.getSchemas();
            schemas.putAll(ModelConverters.getInstance(true).readAll(new AnnotatedType(ProblemDocument.class)));
            schemas.remove("JsonNode");
            schemas.remove("StreamingResponseBody");
            if (schemas.get("RecordedEvent") != null) {
                schemas.get("RecordedEvent").getProperties().put("payload", new Schema<>().type("object")
                        .types(Set.of("object")).description("The event's fields as stored, by its type and revision"));
            }
            reusableParts(components);
            schemas.forEach((name, schema) -> describe(name, schema));
            schemas.forEach((name, schema) -> complete(name, schema, schemas));
            openApi.getPaths().entrySet().stream().filter(path -> path.getKey().startsWith("/api/"))
                    .forEach(path -> path.getValue().readOperationsMap()
                            .forEach((method, operation) -> document(method, operation, schemas)));
        };
    }

    private static void reusableParts(Components components) {
        components.addHeaders("Location", header("Where the new resource lives",
                "http://localhost:8080/api/v1/recommendations/5e8a1d3c-2b47-4f96-8c0e-1a9b7d6e4f21"));
        components.addHeaders("ETag", header("\"<version>\": the number of events in the recommendation's (or "
                + "review's, agency's) history", "\"7\""));
        components.addHeaders("X-Tracker-Position", header("The global position of the event the command recorded; "
                + "give it to a list or view as ?minPosition to read your own write", "4182"));
        components.addHeaders("X-Correlation-Id", header("The request's correlation id, echoed",
                "b8d1e0c2-6f3a-4a9e-9d7b-2c5e8f1a0b34"));
        components.addHeaders("Retry-After", header("Seconds to wait before retrying", "1"));
        components.addParameters("Idempotency-Key", headerParameter("Idempotency-Key", "1 to 200 characters. A "
                + "retry with the same key and body returns the first answer and records nothing; the same key with "
                + "a different body gets 422.", "7f3d9a42-5c1e-4b8a-9e6f-0a1b2c3d4e5f"));
        components.addParameters("X-Correlation-Id", headerParameter("X-Correlation-Id", "Letters, digits and "
                + "._:- (at most 100); echoed on the answer and recorded on the event. A new one when absent.",
                "b8d1e0c2-6f3a-4a9e-9d7b-2c5e8f1a0b34"));
        for (Answer answer : PROBLEMS) {
            MediaType problem = new MediaType().schema(new Schema<>().$ref(COMPONENTS + "schemas/Problem"));
            answer.examples().stream().map(OpenApiConfiguration::json).forEach(body -> {
                String type = body.get("type").asText();
                problem.addExamples(type.substring(type.lastIndexOf(':') + 1),
                        new Example().summary(body.get("title").asText()).value(body));
            });
            ApiResponse response = new ApiResponse().description(answer.description())
                    .content(new Content().addMediaType(PROBLEM_JSON, problem))
                    .addHeaderObject("X-Correlation-Id", ref("headers/X-Correlation-Id"));
            if (answer.status().equals("503")) {
                response.addHeaderObject("Retry-After", ref("headers/Retry-After"));
            }
            components.addResponses(answer.name(), response);
        }
        components.getSchemas().get("Problem").setExample(json(PROBLEMS.get(0).examples().get(0)));
    }

    private static void describe(String name, Schema<?> schema) {
        Doc doc = SCHEMAS.get(name);
        if (doc != null && schema.getDescription() == null) {
            schema.setDescription(doc.description());
        }
        if (doc != null && doc.example() != null) {
            schema.setExample(doc.example());
        }
    }

    /** A Page of a documented schema, and a record whose every property has an example, document themselves. */
    private static void complete(String name, Schema<?> schema, Map<String, Schema> schemas) {
        String itemName = name.substring(Math.min(4, name.length()));
        Object item = name.startsWith("Page") ? example(schemas.get(itemName), schemas) : null;
        if (item != null) {
            schema.setDescription(Objects.requireNonNullElse(schema.getDescription(), "A page of " + itemName
                    + ": page counts from 0, size is the page size asked for, total counts the items on all pages."));
            Map<String, Object> page = new LinkedHashMap<>();
            page.put("items", List.of(item));
            page.put("page", 0);
            page.put("size", 20);
            page.put("total", 1);
            schema.setExample(page);
        }
        Object example = schema.getExample() == null ? example(schema, schemas) : null;
        if (example != null) {
            schema.setExample(example);
        }
    }

    /** Documents one operation by rule: its parameters, the headers of its answers, the problems it can answer. */
    private static void document(PathItem.HttpMethod method, Operation operation, Map<String, Schema> schemas) {
        boolean command = method == PathItem.HttpMethod.POST || method == PathItem.HttpMethod.PUT;
        List<Parameter> parameters = Objects.requireNonNullElse(operation.getParameters(), List.of());
        parameters.forEach(parameter -> {
            Doc doc = PARAMETERS.get(parameter.getName());
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
            if (!status.startsWith("2")) {
                return;
            }
            if (response.getContent() != null) {
                response.getContent().values().stream()
                        .filter(media -> media.getExample() == null && media.getExamples() == null)
                        .forEach(media -> {
                            Object example = example(media.getSchema(), schemas);
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
        });
        problem(responses, operation.getRequestBody() != null || query, "400", "BadRequest");
        boolean upsert = method == PathItem.HttpMethod.PUT && responses.containsKey("201");
        problem(responses, path && !upsert, "404", "NotFound");
        problem(responses, command, "409", "Conflict");
        problem(responses, ifMatch, "412", "PreconditionFailed");
        problem(responses, command, "422", "UnprocessableContent");
        problem(responses, minPosition, "503", "NotCaughtUp");
    }

    private static void problem(ApiResponses responses, boolean applies, String status, String name) {
        if (applies && !responses.containsKey(status)) {
            responses.addApiResponse(status, new ApiResponse().$ref(COMPONENTS + "responses/" + name));
        }
    }

    /**
     * A schema's example: its own, else its component's, else one built from its items' or properties'
     * examples; null when any part lacks one, so that what nobody documented stays visibly undocumented.
     */
    private static Object example(Schema<?> schema, Map<String, Schema> schemas) {
        if (schema == null || schema.getExample() != null) {
            return schema == null ? null : schema.getExample();
        }
        if (schema.get$ref() != null) {
            return example(schemas.get(schema.get$ref().substring(schema.get$ref().lastIndexOf('/') + 1)), schemas);
        }
        if (schema.getItems() != null) {
            Object item = example(schema.getItems(), schemas);
            return item == null ? null : List.of(item);
        }
        if (schema.getProperties() == null || schema.getProperties().isEmpty()) {
            return null;
        }
        Map<String, Object> object = new LinkedHashMap<>();
        for (Map.Entry<String, Schema> property : schema.getProperties().entrySet()) {
            Object value = example(property.getValue(), schemas);
            if (value == null) {
                return null;
            }
            object.put(property.getKey(), value);
        }
        return object;
    }

    private static Header header(String description, String example) {
        return new Header().description(description).example(example).schema(stringSchema());
    }

    private static Header ref(String component) {
        return new Header().$ref(COMPONENTS + component);
    }

    private static Parameter headerParameter(String name, String description, String example) {
        return new Parameter().in("header").name(name).required(false).description(description).example(example)
                .schema(stringSchema());
    }

    private static Schema<?> stringSchema() {
        return new Schema<>().type("string").types(Set.of("string"));
    }

    private static Doc doc(String description, Object example) {
        return new Doc(description, JSON.valueToTree(example));
    }

    private static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The shape of every problem answer, read into the "Problem" and "FieldError" schemas. */
    @io.swagger.v3.oas.annotations.media.Schema(name = "Problem")
    private record ProblemDocument(URI type, String title, int status, String detail, URI instance,
                                   List<FieldError> errors) {
    }

    @io.swagger.v3.oas.annotations.media.Schema(name = "FieldError")
    private record FieldError(String field, String message) {
    }
}
