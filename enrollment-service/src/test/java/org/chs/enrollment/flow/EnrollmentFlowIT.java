package org.chs.enrollment.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.chs.contracts.ReviewTokenHash;
import org.chs.enrollment.personaldata.IdNumberFixtures;
import org.chs.enrollment.support.EnrollmentIT;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.core.AmqpAdmin;
import org.springframework.amqp.core.Binding;
import org.springframework.amqp.core.BindingBuilder;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.core.TopicExchange;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;

/** A clerk's and a hospital window's day: enrol, newborn, change, pay, qualify, check eligibility, list handlings, audit. */
class EnrollmentFlowIT extends EnrollmentIT {

    @Autowired
    private AmqpAdmin amqpAdmin;
    @Autowired
    private RabbitTemplate rabbit;

    @Nested
    class Enrol {

        @Test
        void shouldAnswer409WithTheExistingIdWhenTheNumberIsEnrolledInTheSchemeAlready() {
            String idNumber = newAdultIdNumber();
            String personId = enrolResidentAtCounter(idNumber);

            HttpResponse<String> again = post("/api/enrollment/persons", clerk, residentEnrolment(idNumber.replace('X', 'x'), counterHandling()));

            assertThat(again.statusCode()).isEqualTo(409);
            assertThat(json(again).path("existingPersonId").asString()).isEqualTo(personId);
            assertThat(again.body()).doesNotContain(idNumber.substring(6, 14));
            // the same number may be enrolled in the other scheme
            assertThat(post("/api/enrollment/persons", clerk, employeeEnrolment(idNumber, counterHandling())).statusCode()).isEqualTo(201);
        }

        @Test
        void shouldNameTheRuleWhenTheNumberIsInvalid() {
            String wrong = IdNumberFixtures.withWrongCheckCharacter(newAdultIdNumber());
            HttpResponse<String> response = post("/api/enrollment/persons", clerk, residentEnrolment(wrong, counterHandling()));
            assertThat(response.statusCode()).isEqualTo(400);
            assertThat(json(response).path("errors").get(0).path("field").asString()).isEqualTo("idNumber");
            assertThat(json(response).path("errors").get(0).path("rule").asString()).isEqualTo("check-digit");
        }

        @Test
        void shouldRejectWhenTheSexDisagreesWithTheNumber() {
            String idNumber = IdNumberFixtures.valid("330127", LocalDate.of(1985, 6, 1), 211); // odd: male
            HttpResponse<String> response = post("/api/enrollment/persons", clerk, """
                    {"idNumber":"%s","name":"王芳","sex":"FEMALE","scheme":"URBAN_RURAL_RESIDENT","poolingRegion":"330127","handling":%s}"""
                    .formatted(idNumber, counterHandling()));
            assertThat(response.statusCode()).isEqualTo(422);
            assertThat(json(response).path("rule").asString()).isEqualTo("sex-mismatch");
        }

        @Test
        void shouldRejectWhenCounterTimesAreOutOfOrder() {
            String handling = "{\"queuedAt\":\"2026-01-01T08:10:00Z\",\"startedAt\":\"2026-01-01T08:00:00Z\"}";
            HttpResponse<String> response = post("/api/enrollment/persons", clerk, residentEnrolment(newAdultIdNumber(), handling));
            assertThat(response.statusCode()).isEqualTo(400);
            assertThat(json(response).path("errors").get(0).path("field").asString()).startsWith("handling.");
        }

        @Test
        void shouldAnswer404ForAnUnknownPerson() {
            assertThat(fetch("/api/enrollment/persons/psn-nobody", clerk).statusCode()).isEqualTo(404);
            assertThat(post("/api/enrollment/eligibility-checks", hospital, "{\"idNumber\":\"%s\",\"date\":\"2026-05-01\"}"
                    .formatted(newAdultIdNumber())).statusCode()).isEqualTo(404);
        }
    }

    @Nested
    class PersonalData {

        @Test
        void shouldRevealAndAuditWhenAClerkAsksForTheFullNumber() {
            String idNumber = newAdultIdNumber();
            String personId = enrolResidentAtCounter(idNumber);

            JsonNode masked = json(fetch("/api/enrollment/persons/" + personId, clerk));
            assertThat(masked.path("maskedIdNumber").asString()).isEqualTo(idNumber.substring(0, 6) + "********" + idNumber.substring(14));
            assertThat(masked.has("idNumber")).isFalse();

            HttpResponse<String> revealed = fetch("/api/enrollment/persons/" + personId + "?reveal=true&purpose=paper-check", clerk);
            assertThat(json(revealed).path("idNumber").asString()).isEqualTo(idNumber);
            String requestId = revealed.headers().firstValue("X-Request-Id").orElseThrow();

            JsonNode reads = json(fetch("/api/enrollment/audit/personal-data-reads?personId=" + personId, auditor)).path("items");
            assertThat(reads).hasSize(1);
            assertThat(reads.get(0).path("actor").asString()).isEqualTo("clerk-county");
            assertThat(reads.get(0).path("purpose").asString()).isEqualTo("paper-check");
            assertThat(reads.get(0).path("requestId").asString()).isEqualTo(requestId);
            assertThat(reads.get(0).path("endpoint").asString()).isEqualTo("GET /api/enrollment/persons/" + personId);
        }

        @Test
        void shouldStoreOnlyCipherTextWhenAPersonIsEnrolled() {
            String idNumber = newAdultIdNumber();
            String personId = enrolResidentAtCounter(idNumber);
            org.bson.Document stored = mongo.getCollection("persons").find(new org.bson.Document("_id", personId)).first();
            assertThat(stored).isNotNull();
            assertThat(stored.toJson()).doesNotContain(idNumber).doesNotContain(idNumber.substring(6, 14));
            assertThat(stored.getString("idNumberCipher")).startsWith("v1:");
        }

        @Test
        void shouldForbidEveryoneButAuditorsWhenTheAuditLogIsRead() {
            assertThat(fetch("/api/enrollment/audit/personal-data-reads", admin).statusCode()).isEqualTo(403);
            assertThat(fetch("/api/enrollment/audit/personal-data-reads", clerk).statusCode()).isEqualTo(403);
            assertThat(fetch("/api/enrollment/audit/personal-data-reads?page=0&size=5", auditor).statusCode()).isEqualTo(200);
        }

        @Test
        void shouldRevealToAnAdministratorButForbidWhenAHospitalAsks() {
            String personId = enrolResidentAtCounter(newAdultIdNumber());
            assertThat(fetch("/api/enrollment/persons/" + personId + "?reveal=true", admin).statusCode()).isEqualTo(200);
            assertThat(fetch("/api/enrollment/persons/" + personId + "?reveal=true", hospital).statusCode()).isEqualTo(403);
        }
    }

    @Nested
    class NewbornsAndQualificationsAtTheHospital {

        @Test
        void shouldEnrolUnderTheParentCoveredFromBirthWhenAHospitalWindowEnrolsANewborn() {
            String parentId = enrolResidentAtCounter(newAdultIdNumber());
            LocalDate birth = LocalDate.now().minusDays(3);
            String babyNumber = IdNumberFixtures.valid("330127", birth, 100 + (int) (Math.random() * 800));
            HttpResponse<String> response = post("/api/enrollment/newborns", hospital, """
                    {"parentPersonId":"%s","idNumber":"%s","name":"小宝"}""".formatted(parentId, babyNumber),
                    java.util.Map.of("Idempotency-Key", UUID.randomUUID().toString()));

            assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
            JsonNode baby = json(response).path("result");
            assertThat(baby.path("newborn").asBoolean()).isTrue();
            assertThat(baby.path("coverageStart").asString()).isEqualTo(birth.toString());
            assertThat(baby.path("household").get(0).path("personId").asString()).isEqualTo(parentId);
            assertThat(json(response).path("handling").path("channel").asString()).isEqualTo("HOSPITAL_WINDOW");
            assertThat(json(fetch("/api/enrollment/persons/" + parentId + "/household", clerk)).get(0).path("personId").asString())
                    .isEqualTo(baby.path("personId").asString());

            JsonNode eligibility = json(fetch("/api/enrollment/persons/" + baby.path("personId").asString() + "/eligibility?date=" + birth,
                    hospital));
            assertThat(eligibility.path("eligible").asBoolean()).isTrue();
        }

        @Test
        void shouldReportTheQualificationInEligibilityWhenAHospitalGrantsIt() {
            String idNumber = newAdultIdNumber();
            String personId = enrolResidentAtCounter(idNumber);
            int year = LocalDate.now().getYear();
            payAtCounter(personId, year, uniqueReceipt());
            HttpResponse<String> granted = post("/api/enrollment/persons/" + personId + "/qualifications", hospital, """
                    {"diseaseCode":"M03900","evidenceReference":"EV-2026-001","validFrom":"%d-01-01","validTo":"%d-12-31"}"""
                    .formatted(year, year), java.util.Map.of("Idempotency-Key", UUID.randomUUID().toString()));
            assertThat(granted.statusCode()).as(granted.body()).isEqualTo(201);
            assertThat(json(granted).path("result").path("status").asString()).isEqualTo("ACTIVE");

            // enrolled today, so covered from today; reads need no Idempotency-Key, even from a hospital
            JsonNode answer = json(post("/api/enrollment/eligibility-checks", hospital, "{\"idNumber\":\"%s\",\"date\":\"%s\"}"
                    .formatted(idNumber, LocalDate.now())));
            assertThat(answer.path("personId").asString()).isEqualTo(personId);
            assertThat(answer.path("eligible").asBoolean()).isTrue();
            assertThat(answer.path("covered").asBoolean()).isTrue();
            assertThat(answer.path("maskedIdNumber").asString()).contains("********");
            assertThat(answer.path("qualifications").get(0).path("diseaseCode").asString()).isEqualTo("M03900");
        }

        @Test
        void shouldForbidWhenABankChecksEligibility() {
            assertThat(post("/api/enrollment/eligibility-checks", bank, "{\"idNumber\":\"%s\"}".formatted(newAdultIdNumber()))
                    .statusCode()).isEqualTo(403);
        }
    }

    @Nested
    class StatusChanges {

        @Test
        void shouldRefuseIllegalTransitionsWhenStatusChangesAtTheCounter() {
            String personId = enrolResidentAtCounter(newAdultIdNumber());
            payAtCounter(personId, LocalDate.now().getYear(), uniqueReceipt());

            HttpResponse<String> suspended = post("/api/enrollment/persons/" + personId + "/status-changes", clerk,
                    "{\"status\":\"SUSPENDED\",\"reason\":\"arrears\",\"handling\":%s}".formatted(counterHandling()));
            assertThat(suspended.statusCode()).isEqualTo(200);
            assertThat(json(suspended).path("result").path("status").asString()).isEqualTo("SUSPENDED");
            JsonNode eligibility = json(fetch("/api/enrollment/persons/" + personId + "/eligibility", clerk));
            assertThat(eligibility.path("eligible").asBoolean()).isFalse();
            assertThat(eligibility.path("reasons").get(0).asString()).isEqualTo("STATUS_SUSPENDED");

            assertThat(post("/api/enrollment/persons/" + personId + "/status-changes", clerk,
                    "{\"status\":\"DECEASED\",\"reason\":\"death certificate 123\",\"handling\":%s}".formatted(counterHandling()))
                    .statusCode()).isEqualTo(200);
            HttpResponse<String> resume = post("/api/enrollment/persons/" + personId + "/status-changes", clerk,
                    "{\"status\":\"ACTIVE\",\"reason\":\"mistake\",\"handling\":%s}".formatted(counterHandling()));
            assertThat(resume.statusCode()).isEqualTo(409);
            assertThat(json(resume).path("currentStatus").asString()).isEqualTo("DECEASED");
        }

        @Test
        void shouldRecordTheDestinationWhenTransferredOut() {
            String personId = enrolResidentAtCounter(newAdultIdNumber());
            HttpResponse<String> response = post("/api/enrollment/persons/" + personId + "/transfers-out", clerk,
                    "{\"destinationRegion\":\"330106\",\"reason\":\"moved to Hangzhou\",\"handling\":%s}".formatted(counterHandling()));
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(json(response).path("result").path("status").asString()).isEqualTo("TRANSFERRED_OUT");
            assertThat(json(response).path("result").path("statusHistory").get(0).path("destinationRegion").asString()).isEqualTo("330106");
            assertThat(json(response).path("handling").path("itemCode").asString()).isEqualTo("TRF-01");
        }
    }

    @Nested
    class Handlings {

        @Test
        void shouldListTodaysHandlingsOfTheOwnPointWhenAClerkAsks() {
            String personId = enrolResidentAtCounter(newAdultIdNumber());
            JsonNode page = json(fetch("/api/enrollment/handlings?size=200", clerk));
            assertThat(page.path("items").valueStream().map(h -> h.path("servicePointId").asString())).isNotEmpty().containsOnly(COUNTY_HALL);
            assertThat(page.has("total")).as("the day's handlings are not counted").isFalse();
            assertThat(page.path("items").valueStream().anyMatch(h -> h.path("personId").asString().equals(personId))).isTrue();
            assertThat(page.path("items").valueStream().allMatch(h -> !h.has("reviewToken"))).isTrue();
        }

        @Test
        void shouldForbidAClerkButNotAnAdministratorWhenAnotherPointIsListed() {
            assertThat(fetch("/api/enrollment/handlings?servicePointId=" + BANK_POINT, clerk).statusCode()).isEqualTo(403);
            assertThat(fetch("/api/enrollment/handlings?servicePointId=" + BANK_POINT, admin).statusCode()).isEqualTo(200);
            assertThat(fetch("/api/enrollment/handlings", admin).statusCode()).isEqualTo(400);
        }

        @Test
        void shouldTellHasNextWhenHandlingsSpanSeveralPages() {
            String point = "sp-fenkou-township";
            String township = tokens.clerk("clerk-fenkou", point);
            for (int i = 0; i < 3; i++) {
                assertThat(post("/api/enrollment/persons", township, residentEnrolment(newAdultIdNumber(), counterHandling())).statusCode())
                        .isEqualTo(201);
            }
            JsonNode first = json(fetch("/api/enrollment/handlings?size=2&page=0", township));
            JsonNode second = json(fetch("/api/enrollment/handlings?size=2&page=1", township));
            assertThat(first.path("items")).hasSize(2);
            assertThat(first.path("hasNext").asBoolean()).isTrue();
            assertThat(second.path("items")).hasSize(1);
            assertThat(second.path("hasNext").asBoolean()).isFalse();
        }
    }

    @Nested
    class Events {

        @Test
        void shouldPublishEnrolledAndHandlingCompletedWithoutPersonalDataWhenEnrolled() {
            String queue = "enrollment-it-" + UUID.randomUUID();
            amqpAdmin.declareQueue(new Queue(queue, false, true, true));
            amqpAdmin.declareBinding(BindingBuilder.bind(new Queue(queue)).to(new TopicExchange("enrollment.events")).with("#"));
            try {
                registryAnswers(COUNTY_HALL, "ENR-02", true, null, 3);
                String idNumber = newAdultIdNumber();
                HttpResponse<String> response = post("/api/enrollment/persons", clerk, residentEnrolment(idNumber, counterHandling()));
                String personId = json(response).path("result").path("personId").asString();
                String reviewToken = json(response).path("handling").path("reviewToken").asString();

                List<JsonNode> received = new ArrayList<>();
                await().atMost(Duration.ofSeconds(20)).until(() -> {
                    Message message;
                    while ((message = rabbit.receive(queue)) != null) {
                        String body = new String(message.getBody(), StandardCharsets.UTF_8);
                        assertThat(body).doesNotContain(idNumber).doesNotContain("王芳");
                        received.add(JSON.readTree(body));
                    }
                    return received.stream().filter(e -> e.path("payload").path("personId").asString().equals(personId)).count() >= 2;
                });
                List<JsonNode> mine = received.stream().filter(e -> e.path("payload").path("personId").asString().equals(personId)).toList();
                assertThat(mine).extracting(e -> e.path("type").asString()).contains("person.enrolled.v1", "handling.completed.v1");
                JsonNode handling = mine.stream().filter(e -> e.path("type").asString().equals("handling.completed.v1")).findFirst()
                        .orElseThrow().path("payload");
                assertThat(handling.path("reviewTokenHash").asString()).isEqualTo(ReviewTokenHash.of(reviewToken));
                assertThat(handling.path("itemCode").asString()).isEqualTo("ENR-02");
                assertThat(handling.path("servicePointId").asString()).isEqualTo(COUNTY_HALL);
                assertThat(handling.path("servicePointName").asString()).isEqualTo(pointName(COUNTY_HALL));
                assertThat(handling.path("itemName").asString()).isEqualTo("ENR-02 name");
                assertThat(handling.path("channel").asString()).isEqualTo("COUNTER");
                assertThat(handling.path("queuedAt").isNull()).isFalse();
                assertThat(mine.get(0).path("producer").asString()).isEqualTo("enrollment-service");
            } finally {
                amqpAdmin.deleteQueue(queue);
            }
        }
    }

    @Nested
    class OpenApi {

        @Test
        void shouldDescribeEveryEndpointWhenTheSpecIsFetched() {
            JsonNode spec = json(fetch("/api/enrollment/v3/api-docs", null));
            JsonNode paths = spec.path("paths");
            for (String path : List.of("/api/enrollment/persons", "/api/enrollment/newborns", "/api/enrollment/persons/{personId}",
                    "/api/enrollment/persons/lookups", "/api/enrollment/persons/{personId}/household",
                    "/api/enrollment/persons/{personId}/information-changes", "/api/enrollment/persons/{personId}/status-changes",
                    "/api/enrollment/persons/{personId}/transfers-out", "/api/enrollment/persons/{personId}/contributions",
                    "/api/enrollment/persons/{personId}/qualifications",
                    "/api/enrollment/persons/{personId}/qualifications/{qualificationId}/revocation",
                    "/api/enrollment/persons/{personId}/enrolment-queries", "/api/enrollment/persons/{personId}/rights-records",
                    "/api/enrollment/persons/{personId}/certificates", "/api/enrollment/eligibility-checks",
                    "/api/enrollment/persons/{personId}/eligibility", "/api/enrollment/handlings",
                    "/api/enrollment/audit/personal-data-reads")) {
                assertThat(paths.has(path)).as(path).isTrue();
            }
            assertThat(paths.path("/api/enrollment/persons").path("post").path("parameters").valueStream()
                    .anyMatch(p -> p.path("name").asString().equals("Idempotency-Key"))).isTrue();
        }
    }
}
