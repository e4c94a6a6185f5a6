package org.chs.gateway.console;

import java.net.URI;
import java.util.Locale;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Where the web console (经办与管理控制台) signs in ({@code chs.gateway.console.*}), handed to it at run time as
 * {@code /console/config.json} so that one build of the console runs in every environment.
 *
 * @param authority the OpenID Connect issuer the console logs in with; {@code application.yml} sets it to the
 *                  resource server's issuer ({@code KEYCLOAK_ISSUER_URI}), so that the tokens the console obtains are
 *                  the ones the gateway accepts and one setting moves both
 * @param clientId  the console's public client in that realm
 */
@Validated
@ConfigurationProperties("chs.gateway.console")
public record ConsoleProperties(@NotNull URI authority, @NotBlank @DefaultValue("chs-console") String clientId) {

    public ConsoleProperties {
        // Checked here rather than in the browser: a relative or non-http issuer would only show as a failed login.
        if (authority != null && (authority.getHost() == null
                || !("http".equalsIgnoreCase(authority.getScheme()) || "https".equalsIgnoreCase(authority.getScheme())))) {
            throw new IllegalArgumentException("chs.gateway.console.authority must be an absolute http(s) URL, was "
                    + authority);
        }
    }

    /** The identity provider's origin ({@code scheme://host[:port]}), which the browser talks to during a login. */
    public String identityProviderOrigin() {
        String scheme = authority.getScheme().toLowerCase(Locale.ROOT);
        int port = authority.getPort();
        boolean defaultPort = port == -1 || ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
        return scheme + "://" + authority.getHost().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port);
    }
}
