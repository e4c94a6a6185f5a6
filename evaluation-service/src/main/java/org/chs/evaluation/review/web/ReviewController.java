package org.chs.evaluation.review.web;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.chs.evaluation.review.Rectification;
import org.chs.evaluation.review.RectificationStatus;
import org.chs.evaluation.review.Review;
import org.chs.evaluation.review.ReviewLevel;
import org.chs.evaluation.review.ReviewService;
import org.chs.evaluation.shared.Actor;
import org.chs.evaluation.web.Actors;
import org.chs.evaluation.web.PageResponse;
import org.chs.platform.web.Caller;
import org.chs.platform.web.CurrentCaller;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;

/** 好差评 reviews per handling and the rectification loop of bad reviews. */
@RestController
@RequestMapping("/api/evaluation")
@Tag(name = "Reviews", description = "好差评: one review per handling, authorised by the review token; bad review → rectification")
class ReviewController {

    private final ReviewService reviews;

    ReviewController(ReviewService reviews) {
        this.reviews = reviews;
    }

    /** A citizen's review; the token given with the handling authorises it. */
    record SubmitReviewRequest(@NotBlank @Size(max = 100) String handlingId, @NotBlank @Size(max = 200) String token,
                               @NotNull ReviewLevel level, @Size(max = 1000) String comment) {
    }

    /** The point staff's answer to a rectification. */
    record AnswerRequest(@NotBlank @Size(max = 2000) String answer) {
    }

    /** The administrator's closing note. */
    record CloseRequest(@Size(max = 2000) String note) {
    }

    /** A review (好差评), with its rectification if bad. */
    record ReviewResponse(String handlingId, String servicePointId, String itemCode, ReviewLevel level, String comment,
                          Instant submittedAt, LocalDate handlingDay, boolean bad, RectificationResponse rectification) {

        static ReviewResponse of(Review r, boolean overdue) {
            Rectification rect = r.rectification();
            return new ReviewResponse(r.handlingId(), r.servicePointId(), r.itemCode(), r.level(), r.comment(), r.submittedAt(),
                    r.handlingDay(), r.bad(), rect == null ? null : new RectificationResponse(rect.status(), rect.openedAt(),
                    rect.dueAt(), overdue, rect.answer(), rect.answeredBy(), rect.answeredAt(), rect.closingNote(), rect.closedBy(),
                    rect.closedAt()));
        }
    }

    /** 差评整改. */
    record RectificationResponse(RectificationStatus status, Instant openedAt, Instant dueAt, boolean overdue, String answer,
                                 String answeredBy, Instant answeredAt, String closingNote, String closedBy, Instant closedAt) {
    }

    @PostMapping("/reviews")
    @SecurityRequirements
    @Operation(summary = "Submit the review of a handling with its review token — no account needed (public). 404 while the "
            + "handling has not reached this service, 403 for a wrong token, 409 for a second review")
    ResponseEntity<ReviewResponse> submit(@Valid @RequestBody SubmitReviewRequest request) {
        Review review = reviews.submit(request.handlingId(), request.token(), request.level(), request.comment());
        return ResponseEntity.created(URI.create("/api/evaluation/reviews/" + review.handlingId()))
                .body(ReviewResponse.of(review, false));
    }

    @GetMapping("/reviews")
    @PreAuthorize("hasAnyRole('agency-admin','counter-clerk')")
    @Operation(summary = "Reviews, newest first (agency-admin: any point; counter-clerk: servicePointId = their own)")
    PageResponse<ReviewResponse> list(@RequestParam(required = false) String servicePointId,
                                      @ParameterObject @PageableDefault(size = 20, sort = "submittedAt", direction = Sort.Direction.DESC)
                                      Pageable page, @CurrentCaller Caller caller) {
        return PageResponse.of(reviews.reviews(servicePointId, Actors.of(caller), page), r -> ReviewResponse.of(r, reviews.overdue(r)));
    }

    @GetMapping("/reviews/{handlingId}")
    @PreAuthorize("hasAnyRole('agency-admin','counter-clerk')")
    @Operation(summary = "One review (agency-admin; counter-clerk of the point)")
    ReviewResponse get(@PathVariable String handlingId, @CurrentCaller Caller caller) {
        Review review = reviews.get(handlingId, Actors.of(caller));
        return ReviewResponse.of(review, reviews.overdue(review));
    }

    @GetMapping("/rectifications")
    @PreAuthorize("hasAnyRole('agency-admin','counter-clerk')")
    @Operation(summary = "Rectifications of bad reviews; overdue=true lists those past their deadline and not closed "
            + "(agency-admin; counter-clerk: servicePointId = their own)")
    PageResponse<ReviewResponse> rectifications(@RequestParam(required = false) String servicePointId,
                                                @RequestParam(required = false) RectificationStatus status,
                                                @RequestParam(defaultValue = "false") boolean overdue,
                                                @ParameterObject @PageableDefault(size = 20, sort = "rectification.dueAt") Pageable page,
                                                @CurrentCaller Caller caller) {
        Actor actor = Actors.of(caller);
        return PageResponse.of(reviews.rectifications(servicePointId, status, overdue, actor, page),
                r -> ReviewResponse.of(r, reviews.overdue(r)));
    }

    @PostMapping("/rectifications/{handlingId}/answer")
    @PreAuthorize("hasRole('counter-clerk')")
    @Operation(summary = "Answer a rectification: what the point changed (counter-clerk of that point)")
    ReviewResponse answer(@PathVariable String handlingId, @Valid @RequestBody AnswerRequest request, @CurrentCaller Caller caller) {
        Review review = reviews.answer(handlingId, request.answer(), Actors.of(caller));
        return ReviewResponse.of(review, reviews.overdue(review));
    }

    @PostMapping("/rectifications/{handlingId}/close")
    @PreAuthorize("hasRole('agency-admin')")
    @Operation(summary = "Close an answered rectification: the loop of DOMAIN §5.1 G7 is closed (agency-admin)")
    ReviewResponse close(@PathVariable String handlingId, @Valid @RequestBody(required = false) CloseRequest request,
                         @CurrentCaller Caller caller) {
        Review review = reviews.close(handlingId, request == null ? null : request.note(), Actors.of(caller));
        return ReviewResponse.of(review, reviews.overdue(review));
    }
}
