package org.chs.evaluation.review.web;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.chs.evaluation.review.Rectification;
import org.chs.evaluation.review.RectificationStatus;
import org.chs.evaluation.review.Review;
import org.chs.evaluation.review.ReviewInvitation;
import org.chs.evaluation.review.ReviewLevel;
import org.chs.evaluation.review.ReviewReason;
import org.chs.evaluation.review.ReviewService;
import org.chs.evaluation.shared.Actor;
import org.chs.evaluation.shared.InvalidFieldException;
import org.chs.evaluation.web.Actors;
import org.chs.platform.web.Caller;
import org.chs.platform.web.CurrentCaller;
import org.chs.platform.web.PageResponse;
import org.chs.platform.web.Paging;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;

/** 好差评 reviews per handling and the rectification loop of bad reviews. */
@RestController
@RequestMapping("/api/evaluation")
@Tag(name = "Reviews", description = "好差评: one review per handling, authorised by the review token; bad review → rectification")
class ReviewController {

    /** The header that carries the citizen's review token to the invitation (kept out of the URL, so out of access logs). */
    static final String REVIEW_TOKEN = "X-Review-Token";

    private final ReviewService reviews;

    ReviewController(ReviewService reviews) {
        this.reviews = reviews;
    }

    /**
     * A citizen's review; the token given with the handling authorises it. {@code reasons} are optional, at most 8, each once:
     * negative ones only with a bad level, positive ones only with the others, {@code OTHER} with any.
     */
    record SubmitReviewRequest(@NotBlank @Size(max = 100) String handlingId, @NotBlank @Size(max = 200) String token,
                               @NotNull ReviewLevel level, @Size(max = 8) List<@NotNull ReviewReason> reasons,
                               @Size(max = 1000) String comment) {
    }

    /**
     * 评价邀请 — what the citizen's page shows before reviewing. {@code servicePointName} and {@code itemName} are {@code null}
     * when the handling's producer did not know them (show the id / code then); {@code reviewedLevel} is {@code null} unless
     * {@code reviewed}.
     */
    record InvitationResponse(String handlingId, String itemCode, @JsonInclude(JsonInclude.Include.ALWAYS) String itemName,
                              String servicePointId, @JsonInclude(JsonInclude.Include.ALWAYS) String servicePointName,
                              LocalDate handlingDay, Instant completedAt, boolean reviewed,
                              @JsonInclude(JsonInclude.Include.ALWAYS) ReviewLevel reviewedLevel) {

        static InvitationResponse of(ReviewInvitation i) {
            return new InvitationResponse(i.receipt().handlingId(), i.receipt().itemCode(), i.receipt().itemName(),
                    i.receipt().servicePointId(), i.receipt().servicePointName(), i.handlingDay(), i.receipt().completedAt(), i.reviewed(),
                    i.reviewed() ? i.review().level() : null);
        }
    }

    /** The point staff's answer to a rectification. */
    record AnswerRequest(@NotBlank @Size(max = 2000) String answer) {
    }

    /** The administrator's closing note. */
    record CloseRequest(@Size(max = 2000) String note) {
    }

    /** A review (好差评) with its reasons, and its rectification if bad. */
    record ReviewResponse(String handlingId, String servicePointId, String itemCode, ReviewLevel level, List<ReviewReason> reasons,
                          String comment, Instant submittedAt, LocalDate handlingDay, boolean bad, RectificationResponse rectification) {

        static ReviewResponse of(Review r, boolean overdue) {
            Rectification rect = r.rectification();
            return new ReviewResponse(r.handlingId(), r.servicePointId(), r.itemCode(), r.level(), r.reasons(), r.comment(),
                    r.submittedAt(), r.handlingDay(), r.bad(), rect == null ? null : new RectificationResponse(rect.status(),
                    r.reasons(), r.comment(), rect.openedAt(), rect.dueAt(), overdue, rect.answer(), rect.answeredBy(), rect.answeredAt(),
                    rect.closingNote(), rect.closedBy(), rect.closedAt()));
        }
    }

    /**
     * 差评整改, with what the citizen complained of: the bad review's {@code reasons} and {@code comment}, so the point's staff see
     * what to rectify in the rectification itself.
     */
    record RectificationResponse(RectificationStatus status, List<ReviewReason> reasons, String comment, Instant openedAt, Instant dueAt,
                                 boolean overdue, String answer, String answeredBy, Instant answeredAt, String closingNote,
                                 String closedBy, Instant closedAt) {
    }

    @PostMapping("/reviews")
    @SecurityRequirements
    @Operation(summary = "Submit the review of a handling with its review token — no account needed (public). 404 while the "
            + "handling has not reached this service, 403 for a wrong token, 409 for a second review",
            description = "reasons (optional): at most 8 distinct ReviewReason codes; negative ones (POOR_ATTITUDE, LONG_WAIT, "
                    + "SLOW_HANDLING, REPEATED_MATERIALS, MULTIPLE_VISITS, UNCLEAR_GUIDANCE, POOR_ENVIRONMENT) only with a bad level "
                    + "(DISSATISFIED, VERY_DISSATISFIED by default), positive ones (FRIENDLY_SERVICE, EFFICIENT, CLEAR_GUIDANCE, "
                    + "CONVENIENT) only with the others, OTHER with any; otherwise 400 naming reasons and the rule")
    ResponseEntity<ReviewResponse> submit(@Valid @RequestBody SubmitReviewRequest request) {
        Review review = reviews.submit(request.handlingId(), request.token(), request.level(), request.reasons(), request.comment());
        return ResponseEntity.created(URI.create("/api/evaluation/reviews/" + review.handlingId()))
                .body(ReviewResponse.of(review, false));
    }

    @GetMapping("/reviews/{handlingId}/invitation")
    @SecurityRequirements
    @Operation(summary = "The citizen's review invitation: the handling's item and service point before reviewing — no account "
            + "needed (public); the review token travels in the X-Review-Token header, never in the URL",
            description = "200 {handlingId,itemCode,itemName,servicePointId,servicePointName,handlingDay,completedAt,reviewed,"
                    + "reviewedLevel}; 400 without the header, 403 for a wrong token (as the submission), 404 handling-not-received "
                    + "while the handling has not reached this service. Cache-Control: no-store")
    ResponseEntity<InvitationResponse> invitation(@PathVariable String handlingId,
                                                  @Parameter(in = ParameterIn.HEADER, name = REVIEW_TOKEN, required = true,
                                                          description = "the review token from the receipt's QR code")
                                                  @RequestHeader(REVIEW_TOKEN) String token) {
        if (token.isBlank()) {
            throw new InvalidFieldException(REVIEW_TOKEN, "required", "header " + REVIEW_TOKEN + " must carry the review token");
        }
        if (token.length() > 200) {
            throw new InvalidFieldException(REVIEW_TOKEN, "size", "header " + REVIEW_TOKEN + " is at most 200 characters");
        }
        return ResponseEntity.ok().cacheControl(CacheControl.noStore())
                .body(InvitationResponse.of(reviews.invitation(handlingId, token)));
    }

    @GetMapping("/reviews")
    @PreAuthorize("hasAnyRole('agency-admin','counter-clerk')")
    @Operation(summary = "Reviews, newest first (agency-admin: any point; counter-clerk: servicePointId = their own)")
    PageResponse<ReviewResponse> list(@RequestParam(required = false) String servicePointId,
                                      @ParameterObject @PageableDefault(size = 20, sort = "submittedAt", direction = Sort.Direction.DESC)
                                      @Paging(sortable = {"submittedAt", "level"}) Pageable page, @CurrentCaller Caller caller) {
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
                                                @ParameterObject @PageableDefault(size = 20, sort = "rectification.dueAt")
                                                @Paging(sortable = {"rectification.dueAt", "submittedAt"}) Pageable page,
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
