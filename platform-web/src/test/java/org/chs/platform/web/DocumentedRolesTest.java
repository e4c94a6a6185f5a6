package org.chs.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.models.Operation;

import org.junit.jupiter.api.Test;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.method.HandlerMethod;

class DocumentedRolesTest {

    @PreAuthorize("hasRole('auditor')")
    static class Controller {

        @PreAuthorize("hasAnyRole('counter-clerk','agency-admin')")
        public void anyOfTwo() {
        }

        @PreAuthorize("hasRole('bank-operator') or hasAnyRole('hospital-operator', 'bank-operator')")
        public void joinedByOr() {
        }

        public void fromTheClass() {
        }

        @PreAuthorize("hasRole('counter-clerk') and #id == principal.name")
        public void notAPlainRoleExpression() {
        }
    }

    static class Open {

        public void everyAuthenticatedCaller() {
        }
    }

    private static HandlerMethod handler(Object bean, String method) throws NoSuchMethodException {
        return new HandlerMethod(bean, bean.getClass().getMethod(method));
    }

    @Test
    void shouldReadTheRolesOfAMethodOrItsControllerWhenTheyArePlainRoleExpressions() throws Exception {
        Controller controller = new Controller();
        assertThat(DocumentedRoles.of(handler(controller, "anyOfTwo"))).contains(List.of("counter-clerk", "agency-admin"));
        assertThat(DocumentedRoles.of(handler(controller, "joinedByOr"))).contains(List.of("bank-operator", "hospital-operator"));
        assertThat(DocumentedRoles.of(handler(controller, "fromTheClass"))).contains(List.of("auditor"));
    }

    @Test
    void shouldDocumentNothingWhenTheExpressionIsMoreThanRolesOrThereIsNone() throws Exception {
        assertThat(DocumentedRoles.of(handler(new Controller(), "notAPlainRoleExpression"))).isEmpty();
        assertThat(DocumentedRoles.of(handler(new Open(), "everyAuthenticatedCaller"))).isEmpty();
        assertThat(DocumentedRoles.parse("hasRole(#role)")).isEmpty();
        assertThat(DocumentedRoles.parse("permitAll()")).isEmpty();
    }

    @Test
    void shouldAddTheRolesToTheOperationWhenTheCustomiserRuns() throws Exception {
        Operation operation = new PlatformOpenApiConfiguration().documentedRoles()
                .customize(new Operation(), handler(new Controller(), "anyOfTwo"));
        assertThat(operation.getExtensions()).isEqualTo(Map.of("x-roles", List.of("counter-clerk", "agency-admin")));
        Operation open = new PlatformOpenApiConfiguration().documentedRoles()
                .customize(new Operation(), handler(new Open(), "everyAuthenticatedCaller"));
        assertThat(open.getExtensions()).isNull();
    }
}
