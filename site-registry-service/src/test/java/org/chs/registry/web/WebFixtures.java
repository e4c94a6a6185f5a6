package org.chs.registry.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Keycloak-shaped callers for web-slice tests: realm roles as authorities and as the {@code realm_access} claim. */
public final class WebFixtures {

    private WebFixtures() {
    }

    public static RequestPostProcessor admin() {
        return user("admin", null, "agency-admin");
    }

    public static RequestPostProcessor clerk(String servicePointId) {
        return user("clerk", servicePointId, "counter-clerk");
    }

    public static RequestPostProcessor user(String name, String servicePointId, String... roles) {
        return jwt().jwt(token -> {
            token.claim("preferred_username", name).claim("azp", "chs-console").claim("realm_access", Map.of("roles", List.of(roles)));
            if (servicePointId != null) {
                token.claim("service_point_id", servicePointId);
            }
        }).authorities(Arrays.stream(roles).map(role -> (GrantedAuthority) new SimpleGrantedAuthority("ROLE_" + role)).toList());
    }
}
