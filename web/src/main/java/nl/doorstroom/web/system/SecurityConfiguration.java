package nl.doorstroom.web.system;

import java.util.Map;

import jakarta.servlet.DispatcherType;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.endpoint.RestClientAuthorizationCodeTokenResponseClient;
import org.springframework.security.oauth2.client.oidc.authentication.OidcAuthorizationCodeAuthenticationProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;

import nl.doorstroom.web.signin.LoginThrottledException;
import nl.doorstroom.web.signin.SignInFailures;
import nl.doorstroom.web.signin.ThrottledPasswordAuthentication;
import nl.doorstroom.web.token.BearerTokens;

/**
 * Two doors. {@code /api/**} and {@code /actuator/**} are for scripts and monitoring: a personal API token
 * (Bearer) or HTTP Basic on every request, no session, so no cookie can be abused across sites and CSRF tokens
 * are not needed. Everything else is for browsers: form login or the organisation's identity provider, a
 * session kept in PostgreSQL, CSRF protection. Both answer with the same security headers.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    @Bean
    PasswordEncoder passwordEncoder() {
        // BCrypt by default, with the algorithm stored beside each hash so it can be upgraded later.
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, ThrottledPasswordAuthentication passwords, BearerTokens tokens)
            throws Exception {
        AuthenticationEntryPoint unauthorized = (request, response, e) -> {
            response.setHeader("WWW-Authenticate", "Bearer, Basic realm=\"Doorstroom\"");
            if (e instanceof LoginThrottledException throttled) {
                response.setHeader("Retry-After", String.valueOf(throttled.retryAfterSeconds()));
                ProblemJson.write(response, HttpStatus.TOO_MANY_REQUESTS,
                        "Too many failed sign-ins from here; try again in " + throttled.retryAfterSeconds() + " s",
                        Map.of());
            } else {
                ProblemJson.write(response, HttpStatus.UNAUTHORIZED,
                        "Sign in with a personal API token (Authorization: Bearer …) or HTTP Basic", Map.of());
            }
        };
        AccessDeniedHandler forbidden = (request, response, e) ->
                ProblemJson.write(response, HttpStatus.FORBIDDEN, "Your role may not do this", Map.of());
        return http.securityMatcher("/api/**", "/actuator/**")
                .authorizeHttpRequests(auth -> auth
                        // A streamed answer (server-sent events) resumes in an async dispatch of a request
                        // that was already authorised; without a session there is nothing to check again.
                        .dispatcherTypeMatchers(DispatcherType.ASYNC).permitAll()
                        .requestMatchers("/actuator/health/**", "/actuator/info").permitAll()
                        .requestMatchers("/actuator/**").hasRole("COORDINATOR")
                        .anyRequest().authenticated())
                .authenticationManager(new ProviderManager(passwords))
                .addFilterBefore(tokens.filter(unauthorized), BasicAuthenticationFilter.class)
                .httpBasic(basic -> basic.authenticationEntryPoint(unauthorized))
                .exceptionHandling(e -> e.authenticationEntryPoint(unauthorized).accessDeniedHandler(forbidden))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .headers(SecurityHeaders.everywhere())
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pages(HttpSecurity http, ThrottledPasswordAuthentication passwords, SignInFailures failures,
            ObjectProvider<ClientRegistrationRepository> providers,
            OAuth2UserService<OidcUserRequest, OidcUser> organisationSignIn, Environment environment) throws Exception {
        boolean production = environment.acceptsProfiles(Profiles.of("prod"));
        boolean organisationProviders = providers.getIfAvailable() != null;
        // One manager with exactly our providers: no parent that would check a wrong password a second time.
        ProviderManager signIn = organisationProviders
                ? new ProviderManager(passwords, new OidcAuthorizationCodeAuthenticationProvider(
                        new RestClientAuthorizationCodeTokenResponseClient(), organisationSignIn))
                : new ProviderManager(passwords);
        http.authorizeHttpRequests(auth -> {
                    auth.requestMatchers("/login", "/password/**", "/webjars/**", "/css/**", "/js/**", "/favicon.ico",
                            "/favicon.svg", "/error").permitAll();
                    // The API's description names every endpoint; in production only signed-in users read it.
                    if (!production) {
                        auth.requestMatchers("/api-docs", "/api-docs/**").permitAll();
                    }
                    auth.anyRequest().authenticated();
                })
                .authenticationManager(signIn)
                .formLogin(form -> form.loginPage("/login").failureHandler(failures).permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/login?logout"))
                // The error page of a refused form post is drawn in the same (POST) request; it changes nothing.
                .csrf(csrf -> csrf.ignoringRequestMatchers("/error"))
                .headers(SecurityHeaders.everywhere());
        if (organisationProviders) {
            http.oauth2Login(oidc -> oidc.loginPage("/login").failureHandler(failures)
                    .userInfoEndpoint(userInfo -> userInfo.oidcUserService(organisationSignIn)));
        }
        return http.build();
    }
}
