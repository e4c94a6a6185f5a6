package org.chs.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

class CallerTest {

    private static Jwt.Builder jwt() {
        return Jwt.withTokenValue("t").header("alg", "RS256").subject("sub-1").issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(60));
    }

    @Nested
    class Authorities {

        @Test
        void shouldMapRealmRolesToRoleAuthoritiesWhenPresent() {
            Jwt token = jwt().claim("realm_access", Map.of("roles", List.of("counter-clerk", "auditor"))).build();
            assertThat(new RealmRolesJwtAuthenticationConverter().convert(token).getAuthorities()).extracting(GrantedAuthority::getAuthority)
                    .containsExactlyInAnyOrder("ROLE_counter-clerk", "ROLE_auditor");
        }

        @Test
        void shouldGrantNothingWhenRealmAccessIsMissing() {
            assertThat(new RealmRolesJwtAuthenticationConverter().convert(jwt().claim("azp", "x").build()).getAuthorities()).isEmpty();
        }

        @Test
        void shouldNameServiceAccountsByClientIdWhenTokenIsFromClientCredentials() {
            Jwt token = jwt().claim("preferred_username", "service-account-bank-icbc-qiandaohu").claim("azp", "bank-icbc-qiandaohu").build();
            assertThat(new RealmRolesJwtAuthenticationConverter().convert(token).getName()).isEqualTo("bank-icbc-qiandaohu");
        }

        @Test
        void shouldNameUsersByUsernameWhenTokenIsFromALogin() {
            Jwt token = jwt().claim("preferred_username", "clerk-county").claim("azp", "chs-console").build();
            assertThat(new RealmRolesJwtAuthenticationConverter().convert(token).getName()).isEqualTo("clerk-county");
        }
    }

    @Nested
    class Claims {

        @Test
        void shouldExposeServicePointAndInstitutionWhenClaimed() {
            Caller caller = Caller.of(jwt().claim("azp", "hospital-chunan-first").claim("service_point_id", "sp-hospital-chunan-first")
                    .claim("institution_id", "inst-chunan-first-peoples")
                    .claim("realm_access", Map.of("roles", List.of("hospital-operator"))).build());
            assertThat(caller.requireServicePoint()).isEqualTo("sp-hospital-chunan-first");
            assertThat(caller.requireInstitution()).isEqualTo("inst-chunan-first-peoples");
            assertThat(caller.hasRole(Roles.HOSPITAL_OPERATOR)).isTrue();
            assertThat(caller.clientId()).isEqualTo("hospital-chunan-first");
        }

        @Test
        void shouldTellATerminalFromAClerkWhenTheClientCarriesTheHandlingChannelClaim() {
            Caller kiosk = Caller.of(jwt().claim("azp", "self-service-kiosk-fenkou").claim("service_point_id", "sp-fenkou-township")
                    .claim("handling_channel", "SELF_SERVICE").claim("realm_access", Map.of("roles", List.of("counter-clerk"))).build());
            Caller clerk = Caller.of(jwt().claim("azp", "chs-console").claim("service_point_id", "sp-fenkou-township")
                    .claim("realm_access", Map.of("roles", List.of("counter-clerk"))).build());

            assertThat(kiosk.handlingChannel()).contains(Caller.SELF_SERVICE);
            assertThat(kiosk.isCounterClerk()).isFalse();
            assertThat(clerk.handlingChannel()).isEmpty();
            assertThat(clerk.isCounterClerk()).isTrue();
        }

        @Test
        void shouldRefuseWhenTheOperationNeedsAServicePointTheTokenLacks() {
            Caller caller = Caller.of(jwt().claim("preferred_username", "admin").build());
            assertThatThrownBy(caller::requireServicePoint).isInstanceOf(Caller.MissingClaimException.class)
                    .hasMessageContaining("service_point_id");
        }
    }
}
