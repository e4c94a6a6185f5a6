package org.chs.registry.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;

import org.chs.platform.domain.BusinessRuleException;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class QueueTicketTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);
    private static final Instant ISSUED = Instant.parse("2026-12-02T01:00:00Z");
    private static final Instant CALLED = Instant.parse("2026-12-02T01:12:00Z");

    private static QueueTicket waiting() {
        return QueueTicket.issue("tk-1", "sp-a", TODAY, 7, ISSUED, "clerk-a");
    }

    private static QueueTicket called() {
        QueueTicket ticket = waiting();
        ticket.call("clerk-a", CALLED, TODAY);
        return ticket;
    }

    private static String ruleOf(Runnable action) {
        try {
            action.run();
        } catch (BusinessRuleException refused) {
            return refused.rule();
        }
        throw new AssertionError("not refused");
    }

    @Test
    void shouldNumberTicketsWithALetterAndThreeDigitsWhenIssued() {
        assertThat(waiting().number()).isEqualTo("A007");
        assertThat(QueueTicket.number(1234)).isEqualTo("A1234");
    }

    @Nested
    class Call {

        @Test
        void shouldRecordWhoAndWhenWhenAWaitingTicketIsCalled() {
            QueueTicket ticket = called();
            assertThat(ticket.statusOn(TODAY)).isEqualTo(TicketStatus.CALLED);
            assertThat(ticket.calledAt()).isEqualTo(CALLED);
            assertThat(ticket.calledBy()).isEqualTo("clerk-a");
        }

        @Test
        void shouldRefuseWhenTheTicketWasAlreadyCalled() {
            QueueTicket ticket = called();
            assertThat(ruleOf(() -> ticket.call("clerk-b", CALLED, TODAY))).isEqualTo("ticket-not-waiting");
        }

        @Test
        void shouldRefuseAsExpiredWhenTheTicketIsOfAnEarlierDay() {
            QueueTicket ticket = waiting();
            assertThat(ticket.statusOn(TODAY.plusDays(1))).isEqualTo(TicketStatus.EXPIRED);
            assertThat(ruleOf(() -> ticket.call("clerk-a", CALLED.plusSeconds(86_400), TODAY.plusDays(1)))).isEqualTo("ticket-expired");
        }
    }

    @Nested
    class Claim {

        @Test
        void shouldServeTheHandlingWhenTheTicketWasCalled() {
            QueueTicket ticket = called();
            assertThat(ticket.claim("hdl-1", CALLED.plusSeconds(300), TODAY)).isTrue();
            assertThat(ticket.statusOn(TODAY)).isEqualTo(TicketStatus.SERVED);
            assertThat(ticket.servedBy()).isEqualTo("hdl-1");
        }

        @Test
        void shouldAnswerUnchangedWhenTheSameHandlingClaimsAgain() {
            QueueTicket ticket = called();
            ticket.claim("hdl-1", CALLED.plusSeconds(300), TODAY);
            assertThat(ticket.claim("hdl-1", CALLED.plusSeconds(400), TODAY)).isFalse();
            assertThat(ticket.servedAt()).isEqualTo(CALLED.plusSeconds(300));
        }

        @Test
        void shouldConflictWhenAnotherHandlingClaimsAServedTicket() {
            QueueTicket ticket = called();
            ticket.claim("hdl-1", CALLED.plusSeconds(300), TODAY);
            assertThatThrownBy(() -> ticket.claim("hdl-2", CALLED.plusSeconds(400), TODAY)).isInstanceOfSatisfying(
                    BusinessRuleException.class, e -> {
                        assertThat(e.rule()).isEqualTo("ticket-already-served");
                        assertThat(e.status()).isEqualTo(409);
                        assertThat(e.field()).isEqualTo("ticketId");
                    });
        }

        @Test
        void shouldRefuseWhenTheTicketWasNeverCalled() {
            QueueTicket ticket = waiting();
            assertThat(ruleOf(() -> ticket.claim("hdl-1", CALLED, TODAY))).isEqualTo("ticket-not-called");
        }

        @Test
        void shouldRefuseWhenTheTicketWasCancelled() {
            QueueTicket ticket = called();
            ticket.cancel("clerk-a", CALLED.plusSeconds(60), TODAY);
            assertThat(ruleOf(() -> ticket.claim("hdl-1", CALLED.plusSeconds(120), TODAY))).isEqualTo("ticket-not-called");
        }

        @Test
        void shouldRefuseAsExpiredWhenYesterdaysCalledTicketIsClaimed() {
            QueueTicket ticket = called();
            assertThat(ruleOf(() -> ticket.claim("hdl-1", CALLED.plusSeconds(86_400), TODAY.plusDays(1)))).isEqualTo("ticket-expired");
        }
    }

    @Nested
    class Cancel {

        @Test
        void shouldRefuseWhenTheTicketAlreadyServesAHandling() {
            QueueTicket ticket = called();
            ticket.claim("hdl-1", CALLED.plusSeconds(300), TODAY);
            assertThat(ruleOf(() -> ticket.cancel("clerk-a", CALLED.plusSeconds(400), TODAY))).isEqualTo("ticket-open");
        }
    }
}
