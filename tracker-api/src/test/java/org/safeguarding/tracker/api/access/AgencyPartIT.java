package org.safeguarding.tracker.api.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safeguarding.tracker.api.Api;
import org.safeguarding.tracker.api.ApiTest;
import org.safeguarding.tracker.api.TestUsers;

/**
 * An agency sees and changes only its own part (OWASP API1): agency A, guessing agency B's ids or forging
 * filters, reads nothing of B's assignments in any single read, history, list, view or CSV, and answers about
 * B's recommendations are exactly those about ids that name nothing.
 */
class AgencyPartIT extends ApiTest {

    private static final String A = TestUsers.AGENCY_A_CODE;
    private static final String B = TestUsers.AGENCY_B_CODE;
    private static final List<String> VIEWS = List.of("outstanding-by-agency", "outstanding-actions",
            "time-to-implementation?groupBy=agency", "exceptions");

    private Api agencyA;
    private String board;
    private String sharedReview;
    private String onlyBReview;
    private String recA;
    private String recB;
    private String shared;
    private String evidenceOfBOnShared;
    private String evidenceOfB;
    private long position;

    @BeforeEach
    void twoAgenciesWithTheirOwnAndASharedRecommendation() {
        agencyA = api.as(TestUsers.AGENCY_A);
        given.agency(A);
        given.agency(B);
        board = uniqueCode("PART");
        sharedReview = given.review(board);
        onlyBReview = given.review(board);
        recA = given.recommendation(sharedReview, "1.1", "2012-01-10");
        recB = given.recommendation(sharedReview, "1.2", "2012-01-10");
        shared = given.recommendation(sharedReview, "1.3", "2012-01-10");
        String recOfBOnly = given.recommendation(onlyBReview, "2.1", "2012-01-10");
        given.assign(recA, A, "2012-02-01", "2012-06-30");
        given.assign(recB, B, "2012-02-01", "2012-06-30");
        given.assign(recOfBOnly, B, "2012-02-01", "2012-06-30");
        given.assign(shared, A, "2012-02-01", "2012-06-30");
        given.assign(shared, B, "2012-02-01", "2012-06-30");
        given.evidence(shared, A, "2012-03-01");
        evidenceOfBOnShared = given.evidence(shared, B, "2012-03-02");
        evidenceOfB = given.evidence(recB, B, "2012-03-02");
        Api.Answer last = api.put("/api/v1/recommendations/" + shared + "/assignments/" + B + "/due-date",
                Map.of("dueOn", "2012-09-30", "reason", "B asked for more time", "changedOn", "2012-04-01"));
        assertThat(last.status()).as(last.text()).isEqualTo(200);
        position = last.position();
    }

    @Test
    void anotherAgencysRecommendationAnswersExactlyAsAnIdThatNamesNothing() {
        String nothing = UUID.randomUUID().toString();
        String now = Instant.now().toString();
        for (String suffix : List.of("", "?asOf=" + now, "/history", "/assignments/" + B,
                "/evidence/" + evidenceOfB)) {
            Api.Answer guessed = agencyA.get("/api/v1/recommendations/" + recB + suffix);
            Api.Answer missing = agencyA.get("/api/v1/recommendations/" + nothing + suffix);
            assertThat(guessed.status()).as(suffix).isEqualTo(404);
            assertSameAnswer(guessed, recB, missing, nothing);
        }
        Api.Answer review = agencyA.get("/api/v1/reviews/" + onlyBReview);
        assertSameAnswer(review, onlyBReview, agencyA.get("/api/v1/reviews/" + nothing), nothing);
        assertThat(review.status()).isEqualTo(404);
        assertThat(api.get("/api/v1/recommendations/" + recB).status()).as("the board sees it").isEqualTo(200);
    }

    @Test
    void onASharedRecommendationItSeesOnlyItsOwnAssignmentEvidenceAndHistory() {
        Api.Answer state = agencyA.get("/api/v1/recommendations/" + shared);
        assertThat(state.status()).isEqualTo(200);
        assertThat(state.json().at("/assignments").size()).isEqualTo(1);
        assertThat(state.json().at("/assignments/0/agency").asText()).isEqualTo(A);
        assertThat(state.json().at("/evidence").size()).isEqualTo(1);
        assertThat(state.json().at("/evidence/0/agency").asText()).isEqualTo(A);
        assertThat(state.json().get("version").asLong()).isEqualTo(6);
        assertThat(state.header("ETag")).isEqualTo("\"6\"");

        Api.Answer history = agencyA.get("/api/v1/recommendations/" + shared + "/history");
        assertThat(history.status()).isEqualTo(200);
        assertThat(history.text()).doesNotContain(B, "B asked for more time");
        List<String> types = new ArrayList<>();
        history.json().forEach(event -> types.add(event.get("type").asText()));
        assertThat(types).containsExactly("RecommendationRaised", "RecommendationAssigned", "EvidenceSubmitted");
        assertThat(api.get("/api/v1/recommendations/" + shared + "/history").text()).as("the board's").contains(B);

        Api.Answer asOf = agencyA.get("/api/v1/recommendations/" + shared + "?asOf=" + Instant.now());
        assertThat(asOf.status()).isEqualTo(200);
        assertThat(asOf.text()).doesNotContain(B);
        assertThat(agencyA.get("/api/v1/recommendations/" + shared + "/assignments/" + B).status()).isEqualTo(404);
        assertThat(agencyA.get("/api/v1/recommendations/" + shared + "/evidence/" + evidenceOfBOnShared).status())
                .isEqualTo(404);
    }

    @Test
    void itSubmitsEvidenceOnlyAsItselfOnItsOwnRecommendationsAndARefusalRecordsNothing() {
        long versionOfShared = api.get("/api/v1/recommendations/" + shared).json().get("version").asLong();
        long versionOfB = api.get("/api/v1/recommendations/" + recB).json().get("version").asLong();

        Api.Answer asB = agencyA.post("/api/v1/recommendations/" + shared + "/evidence", evidence(B));
        assertThat(asB.status()).as(asB.text()).isEqualTo(403);
        assertThat(asB.json().get("type").asText()).isEqualTo("urn:tracker:problem:forbidden");
        assertThat(agencyA.post("/api/v1/recommendations/" + recB + "/evidence", evidence(B)).status())
                .isEqualTo(403);
        String nothing = UUID.randomUUID().toString();
        Api.Answer onB = agencyA.post("/api/v1/recommendations/" + recB + "/evidence", evidence(A));
        assertThat(onB.status()).isEqualTo(404);
        assertSameAnswer(onB, recB, agencyA.post("/api/v1/recommendations/" + nothing + "/evidence", evidence(A)),
                nothing);

        assertThat(api.get("/api/v1/recommendations/" + shared).json().get("version").asLong())
                .isEqualTo(versionOfShared);
        assertThat(api.get("/api/v1/recommendations/" + recB).json().get("version").asLong()).isEqualTo(versionOfB);

        Api.Answer own = agencyA.post("/api/v1/recommendations/" + recA + "/evidence", evidence(A));
        assertThat(own.status()).as(own.text()).isEqualTo(201);
        assertThat(own.text()).doesNotContain(B);
    }

    @Test
    void listsHoldOnlyItsOwnRecommendationsWhateverTheFilterSays() {
        Api.Answer page = agencyA.get("/api/v1/recommendations?reviewId=" + sharedReview + "&minPosition=" + position);
        assertThat(ids(page.json().get("items"), "recommendationId")).containsExactlyInAnyOrder(recA, shared);
        assertThat(page.json().get("total").asLong()).isEqualTo(2);
        assertThat(page.text()).doesNotContain(B);

        Api.Answer forged = agencyA.get("/api/v1/recommendations?agency=" + B + "&reviewId=" + sharedReview);
        assertThat(forged.status()).isEqualTo(200);
        assertThat(forged.json().get("items").size()).isZero();
        assertThat(forged.json().get("total").asLong()).isZero();

        Api.Answer review = agencyA.get("/api/v1/reviews/" + sharedReview + "?minPosition=" + position);
        assertThat(ids(review.json().get("recommendations"), "recommendationId"))
                .containsExactlyInAnyOrder(recA, shared);
        assertThat(review.json().get("open").asLong()).isEqualTo(2);

        Api.Answer reviews = agencyA.get("/api/v1/reviews?board=" + board + "&minPosition=" + position);
        assertThat(ids(reviews.json().get("items"), "reviewId")).containsExactly(sharedReview);
        assertThat(reviews.json().at("/items/0/open").asLong()).isEqualTo(2);
        assertThat(reviews.json().get("total").asLong()).isEqualTo(1);
        assertThat(api.get("/api/v1/reviews?board=" + board).json().get("total").asLong()).as("the board's")
                .isEqualTo(2);
    }

    @Test
    void viewsAndTheirCsvHoldOnlyItsOwnRows() {
        for (String view : VIEWS) {
            String query = (view.contains("?") ? "&" : "?") + "board=" + board + "&minPosition=" + position;
            Api.Answer board = api.get("/api/v1/views/" + view + query);
            assertThat(board.text()).as("the board's " + view).contains(A, B);
            Api.Answer json = agencyA.get("/api/v1/views/" + view + query);
            Api.Answer csv = agencyA.get("/api/v1/views/" + view + query, "Accept", "text/csv");
            for (Api.Answer answer : List.of(json, csv)) {
                assertThat(answer.status()).as(view).isEqualTo(200);
                assertThat(answer.text()).as(view).contains(A).doesNotContain(B);
            }
            Api.Answer allBoards = agencyA.get("/api/v1/views/" + view + (view.contains("?") ? "&" : "?")
                    + "minPosition=" + position);
            assertThat(allBoards.text()).as(view + " of every board").doesNotContain(B);
        }
        Api.Answer forged = agencyA.get("/api/v1/views/outstanding-actions?agency=" + B + "&board=" + board);
        assertThat(forged.status()).isEqualTo(200);
        assertThat(forged.json().size()).isZero();
        for (String boardWide : List.of("themes", "re-referrals", "time-to-implementation?groupBy=theme",
                "time-to-implementation?groupBy=review", "time-to-implementation?groupBy=board")) {
            Api.Answer refused = agencyA.get("/api/v1/views/" + boardWide);
            assertThat(refused.status()).as(boardWide).isEqualTo(403);
            assertThat(refused.json().get("type").asText()).isEqualTo("urn:tracker:problem:forbidden");
        }
        assertThat(agencyA.get("/api/v1/events").status()).isEqualTo(403);
    }

    private static Map<String, String> evidence(String agency) {
        return Map.of("agency", agency, "summary", "Audit report", "submittedOn", "2012-05-01");
    }

    private static List<String> ids(JsonNode items, String field) {
        List<String> ids = new ArrayList<>();
        items.forEach(item -> ids.add(item.get(field).asText()));
        return ids;
    }

    /** The two answers are the same but for the id each names. */
    private static void assertSameAnswer(Api.Answer guessed, String guessedId, Api.Answer missing, String missingId) {
        assertThat(guessed.status()).isEqualTo(missing.status());
        assertThat(guessed.header("Content-Type")).isEqualTo(missing.header("Content-Type"));
        assertThat(guessed.text().replace(guessedId, "<id>")).isEqualTo(missing.text().replace(missingId, "<id>"));
    }
}
