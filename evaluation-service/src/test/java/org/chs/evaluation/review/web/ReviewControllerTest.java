package org.chs.evaluation.review.web;

import static org.hamcrest.Matchers.endsWith;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.chs.evaluation.config.EvaluationWebSlice;
import org.chs.evaluation.review.HandlingReceipt;
import org.chs.evaluation.review.Review;
import org.chs.evaluation.review.ReviewInvitation;
import org.chs.evaluation.review.ReviewLevel;
import org.chs.evaluation.review.ReviewReason;
import org.chs.evaluation.review.ReviewService;
import org.chs.evaluation.shared.ForbiddenException;
import org.chs.evaluation.shared.InvalidFieldException;
import org.chs.evaluation.shared.NotFoundException;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** The web slice of the citizen's side of 好差评: the public invitation and the reasons of a submitted review. */
@WebMvcTest(ReviewController.class)
@Import(EvaluationWebSlice.class)
class ReviewControllerTest {

    static final String INVITATION = "/api/evaluation/reviews/hdl-1/invitation";
    static final Instant COMPLETED = Instant.parse("2026-05-15T17:30:00Z");

    @Autowired
    private MockMvc mvc;
    @MockitoBean
    private ReviewService reviews;

    static HandlingReceipt receipt(String servicePointName, String itemName) {
        return new HandlingReceipt("hdl-1", "sp-fenkou-township", servicePointName, "ENR-02", itemName, "COUNTER", COMPLETED, "hash",
                COMPLETED);
    }

    static Review review(ReviewLevel level, List<ReviewReason> reasons) {
        Review review = mock(Review.class);
        given(review.handlingId()).willReturn("hdl-1");
        given(review.level()).willReturn(level);
        given(review.reasons()).willReturn(reasons);
        return review;
    }

    @Nested
    class Invitation {

        @Test
        void shouldShowItemPointAndDayWithoutAnAccountWhenTheTokenMatches() throws Exception {
            given(reviews.invitation("hdl-1", "tok-1")).willReturn(new ReviewInvitation(receipt("汾口镇便民服务中心医保服务点", "参保信息变更登记"),
                    LocalDate.of(2026, 5, 16), null));

            mvc.perform(get(INVITATION).header("X-Review-Token", "tok-1"))
                    .andExpect(status().isOk())
                    .andExpect(header().string("Cache-Control", "no-store"))
                    .andExpect(jsonPath("$.handlingId").value("hdl-1"))
                    .andExpect(jsonPath("$.itemCode").value("ENR-02"))
                    .andExpect(jsonPath("$.itemName").value("参保信息变更登记"))
                    .andExpect(jsonPath("$.servicePointId").value("sp-fenkou-township"))
                    .andExpect(jsonPath("$.servicePointName").value("汾口镇便民服务中心医保服务点"))
                    .andExpect(jsonPath("$.handlingDay").value("2026-05-16"))
                    .andExpect(jsonPath("$.completedAt").value("2026-05-15T17:30:00Z"))
                    .andExpect(jsonPath("$.reviewed").value(false))
                    .andExpect(content().json("{\"reviewedLevel\":null}"));
        }

        @Test
        void shouldSayHowItWasReviewedWhenReviewedAlready() throws Exception {
            Review reviewed = review(ReviewLevel.DISSATISFIED, List.of(ReviewReason.LONG_WAIT));
            given(reviews.invitation("hdl-1", "tok-1")).willReturn(new ReviewInvitation(receipt(null, null), LocalDate.of(2026, 5, 16),
                    reviewed));

            mvc.perform(get(INVITATION).header("X-Review-Token", "tok-1"))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.reviewed").value(true))
                    .andExpect(jsonPath("$.reviewedLevel").value("DISSATISFIED"))
                    .andExpect(content().json("{\"servicePointName\":null,\"itemName\":null}"));
        }

        @Test
        void shouldAnswer403AsTheSubmissionDoesWhenTheTokenIsWrong() throws Exception {
            given(reviews.invitation("hdl-1", "wrong")).willThrow(new ForbiddenException("The review token does not belong to handling hdl-1"));

            mvc.perform(get(INVITATION).header("X-Review-Token", "wrong"))
                    .andExpect(status().isForbidden())
                    .andExpect(header().string("Content-Type", "application/problem+json"))
                    .andExpect(jsonPath("$.type").value("https://chs-platform.org/problems/forbidden"));
        }

        @Test
        void shouldAnswer404SayingSoWhenTheHandlingHasNotArrived() throws Exception {
            given(reviews.invitation("hdl-1", "tok-1")).willThrow(new NotFoundException("handling-not-received",
                    "Handling hdl-1 is not known here yet. try again shortly."));

            mvc.perform(get(INVITATION).header("X-Review-Token", "tok-1"))
                    .andExpect(status().isNotFound())
                    .andExpect(jsonPath("$.type").value(endsWith("/handling-not-received")))
                    .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("try again shortly")));
        }

        @Test
        void shouldNameTheHeaderWhenTheTokenIsMissing() throws Exception {
            mvc.perform(get(INVITATION))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.type").value(endsWith("/validation")))
                    .andExpect(jsonPath("$.errors[0].field").value("X-Review-Token"))
                    .andExpect(jsonPath("$.errors[0].rule").value("required"));
            mvc.perform(get(INVITATION).header("X-Review-Token", "  "))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("X-Review-Token"));
            verifyNoInteractions(reviews);
        }

        @Test
        void shouldNotAcceptTheTokenInTheQueryInsteadOfTheHeader() throws Exception {
            mvc.perform(get(INVITATION + "?t=tok-1"))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("X-Review-Token"));
        }

        @Test
        void shouldStillProtectTheOtherReviewReadsWhenTheInvitationIsPublic() throws Exception {
            mvc.perform(get("/api/evaluation/reviews/hdl-1")).andExpect(status().isUnauthorized());
            mvc.perform(get("/api/evaluation/reviews")).andExpect(status().isUnauthorized());
        }
    }

    @Nested
    class Reasons {

        private static final String REVIEW = """
                {"handlingId":"hdl-1","token":"tok-1","level":"DISSATISFIED","reasons":%s,"comment":"等了很久"}""";

        @Test
        void shouldPassTheReasonsOnAndReturnThemWhenSubmitted() throws Exception {
            List<ReviewReason> reasons = List.of(ReviewReason.LONG_WAIT, ReviewReason.OTHER);
            Review stored = review(ReviewLevel.DISSATISFIED, reasons);
            given(reviews.submit("hdl-1", "tok-1", ReviewLevel.DISSATISFIED, reasons, "等了很久")).willReturn(stored);

            mvc.perform(post("/api/evaluation/reviews").contentType(MediaType.APPLICATION_JSON)
                            .content(REVIEW.formatted("[\"LONG_WAIT\",\"OTHER\"]")))
                    .andExpect(status().isCreated())
                    .andExpect(jsonPath("$.reasons[0]").value("LONG_WAIT"))
                    .andExpect(jsonPath("$.reasons[1]").value("OTHER"));
            verify(reviews).submit("hdl-1", "tok-1", ReviewLevel.DISSATISFIED, reasons, "等了很久");
        }

        @Test
        void shouldNameReasonsWhenMoreThanEightAreGiven() throws Exception {
            mvc.perform(post("/api/evaluation/reviews").contentType(MediaType.APPLICATION_JSON).content(REVIEW.formatted(
                            "[\"LONG_WAIT\",\"OTHER\",\"POOR_ATTITUDE\",\"SLOW_HANDLING\",\"REPEATED_MATERIALS\",\"MULTIPLE_VISITS\","
                                    + "\"UNCLEAR_GUIDANCE\",\"POOR_ENVIRONMENT\",\"LONG_WAIT\"]")))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("reasons"))
                    .andExpect(jsonPath("$.errors[0].rule").value("Size"));
            verifyNoInteractions(reviews);
        }

        @Test
        void shouldNameTheReasonWhenItIsNotACode() throws Exception {
            mvc.perform(post("/api/evaluation/reviews").contentType(MediaType.APPLICATION_JSON).content(REVIEW.formatted("[\"RUDE\"]")))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("reasons[0]"));
            verifyNoInteractions(reviews);
        }

        @Test
        void shouldNameReasonsAndTheRuleWhenAReasonDoesNotFitTheLevel() throws Exception {
            given(reviews.submit(anyString(), anyString(), any(), any(), any())).willThrow(new InvalidFieldException("reasons",
                    "matches-level", "EFFICIENT is a positive reason and cannot explain a bad review (DISSATISFIED)"));

            mvc.perform(post("/api/evaluation/reviews").contentType(MediaType.APPLICATION_JSON).content(REVIEW.formatted("[\"EFFICIENT\"]")))
                    .andExpect(status().isBadRequest())
                    .andExpect(header().string("Content-Type", "application/problem+json"))
                    .andExpect(jsonPath("$.errors[0].field").value("reasons"))
                    .andExpect(jsonPath("$.errors[0].rule").value("matches-level"))
                    .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("EFFICIENT")));
        }
    }
}
