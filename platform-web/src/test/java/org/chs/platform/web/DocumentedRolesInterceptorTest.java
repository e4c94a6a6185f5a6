package org.chs.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.method.HandlerMethod;

class DocumentedRolesInterceptorTest {

    static class Controller {

        @PreAuthorize("hasAnyRole('agency-admin','counter-clerk')")
        public void register(Object body) {
        }

        @PreAuthorize("hasRole('counter-clerk') and #body != null")
        public void moreThanRoles(Object body) {
        }

        public void open() {
        }
    }

    private final DocumentedRolesInterceptor interceptor = new DocumentedRolesInterceptor();

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
    }

    private boolean call(String method, String... authorities) throws Exception {
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("someone", "n/a", authorities));
        HandlerMethod handler = new HandlerMethod(new Controller(), method.equals("open")
                ? Controller.class.getMethod(method) : Controller.class.getMethod(method, Object.class));
        return interceptor.preHandle(new MockHttpServletRequest(), new MockHttpServletResponse(), handler);
    }

    @Test
    void shouldRefuseBeforeTheBodyIsReadWhenTheCallerHoldsNoneOfTheRoles() {
        assertThatThrownBy(() -> call("register", "ROLE_bank-operator", "SCOPE_profile")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> call("register", "agency-admin")).as("an authority without the ROLE_ prefix is not a role")
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void shouldLetTheCallThroughWhenTheCallerHoldsOneOfTheRoles() throws Exception {
        assertThat(call("register", "ROLE_counter-clerk")).isTrue();
    }

    @Test
    void shouldLeaveOperationsWithoutAPlainRoleExpressionToMethodSecurity() throws Exception {
        assertThat(call("moreThanRoles", "ROLE_bank-operator")).isTrue();
        assertThat(call("open")).isTrue();
    }
}
