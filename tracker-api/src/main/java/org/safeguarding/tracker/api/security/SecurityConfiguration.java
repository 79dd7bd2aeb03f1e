package org.safeguarding.tracker.api.security;

import java.time.Clock;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;

/**
 * Sign-in (HTTP Basic users from configuration; JWT bearer tokens when an issuer is configured) and the role
 * of every endpoint ({@link AccessRules}). Stateless: no session, no cookie, so no CSRF token either. Nothing
 * has a default password: with no user and no issuer every API request answers 401.
 */
@Configuration
@EnableConfigurationProperties(AccessProperties.class)
public class SecurityConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SecurityConfiguration.class);
    private static final PathPatternRequestMatcher.Builder PATHS = PathPatternRequestMatcher.withDefaults();

    @Bean
    public PasswordEncoder basicPasswordEncoder(AccessProperties properties) {
        return new RememberedVerifications(new BCryptPasswordEncoder(properties.basicPasswordLogRounds()),
                Clock.systemUTC());
    }

    @Bean
    public UserDetailsService basicUsers(AccessProperties properties, PasswordEncoder encoder) {
        List<UserDetails> users = BasicUsers.parse(properties.basicUsers(), encoder);
        if (users.isEmpty() && !properties.jwt().enabled()) {
            log.warn("No one can sign in, so every API request answers 401: configure a first user with "
                    + "TRACKER_SECURITY_BASIC_USERS=name:password:BOARD (tracker.security.basic-users), or bearer "
                    + "tokens with tracker.security.jwt.issuer and tracker.security.jwt.audience");
        }
        return new InMemoryUserDetailsManager(users);
    }

    @Bean
    public SecurityFilterChain trackerSecurity(HttpSecurity http, AccessProperties properties, ObjectMapper json)
            throws Exception {
        AccessRefusals refusals = new AccessRefusals(json, properties.jwt().enabled());
        http.csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .httpBasic(basic -> basic.realmName("tracker").authenticationEntryPoint(refusals))
                .exceptionHandling(handling -> handling.authenticationEntryPoint(refusals)
                        .accessDeniedHandler(refusals))
                .headers(headers -> headers
                        // before the answer, on the request's thread: a streamed answer (the event feed) commits on
                        // another thread, where the path the matcher below needs may already be cleared (a 500)
                        .withObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                            @Override
                            public <F extends HeaderWriterFilter> F postProcess(F filter) {
                                filter.setShouldWriteHeadersEagerly(true);
                                return filter;
                            }
                        })
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER))
                        // answers are data, never a page: nothing in them may run, load or be framed
                        .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(dataPaths(),
                                new StaticHeadersWriter("Content-Security-Policy",
                                        "default-src 'none'; frame-ancestors 'none'"))))
                .authorizeHttpRequests(requests -> {
                    requests.requestMatchers(PATHS.matcher("/actuator/health"), PATHS.matcher("/actuator/health/**"))
                            .permitAll()
                            .requestMatchers(PATHS.matcher("/actuator/info")).authenticated()
                            // the board's operators and its monitoring (a DASHBOARD user for the Prometheus scrape),
                            // not a partner agency: the figures describe the whole board's activity
                            .requestMatchers(PATHS.matcher("/actuator/prometheus"))
                            .hasAnyRole(Role.BOARD.name(), Role.DASHBOARD.name())
                            .requestMatchers(PATHS.matcher("/v3/api-docs"), PATHS.matcher("/v3/api-docs/**"),
                                    PATHS.matcher("/swagger-ui.html"), PATHS.matcher("/swagger-ui/**"),
                                    PATHS.matcher("/error"))
                            .permitAll();
                    for (AccessRules.Rule rule : AccessRules.RULES) {
                        requests.requestMatchers(PATHS.matcher(rule.method(), rule.pattern()))
                                .hasAnyRole(AccessRules.authorities(rule.roles()));
                    }
                    requests.anyRequest().authenticated();
                });
        if (properties.jwt().enabled()) {
            http.oauth2ResourceServer(server -> server.authenticationEntryPoint(refusals)
                    .accessDeniedHandler(refusals)
                    .jwt(jwt -> jwt.decoder(decoder(properties.jwt()))
                            .jwtAuthenticationConverter(new JwtPrincipals(properties.jwt()))));
        }
        List<String> origins = properties.cors().allowedOrigins();
        if (origins.isEmpty()) {
            http.cors(AbstractHttpConfigurer::disable);
        } else {
            http.cors(cors -> cors.configurationSource(corsSource(properties.cors())));
        }
        return http.build();
    }

    private static RequestMatcher dataPaths() {
        return new OrRequestMatcher(PATHS.matcher("/api/**"), PATHS.matcher("/actuator/**"),
                PATHS.matcher("/v3/api-docs/**"));
    }

    static JwtDecoder decoder(AccessProperties.Jwt jwt) {
        if (jwt.audience() == null || jwt.audience().isBlank()) {
            throw new IllegalStateException("tracker.security.jwt.audience is required with an issuer: a token "
                    + "the issuer made for another service must not be accepted here");
        }
        NimbusJwtDecoder decoder = (jwt.jwkSetUri() == null || jwt.jwkSetUri().isBlank()
                ? NimbusJwtDecoder.withIssuerLocation(jwt.issuer())
                : NimbusJwtDecoder.withJwkSetUri(jwt.jwkSetUri())).build();
        decoder.setJwtValidator(JwtValidators.createDefaultWithValidators(new JwtIssuerValidator(jwt.issuer()),
                new JwtClaimValidator<List<String>>(JwtClaimNames.AUD,
                        audience -> audience != null && audience.contains(jwt.audience()))));
        return decoder;
    }

    private static UrlBasedCorsConfigurationSource corsSource(AccessProperties.Cors cors) {
        CorsConfiguration configuration = new CorsConfiguration();
        configuration.setAllowedOrigins(cors.allowedOrigins());
        configuration.setAllowedMethods(cors.allowedMethods());
        configuration.setAllowedHeaders(cors.allowedHeaders());
        configuration.setExposedHeaders(List.of("ETag", "Location", "X-Tracker-Position", "X-Correlation-Id",
                "Retry-After"));
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        source.registerCorsConfiguration("/api/**", configuration);
        return source;
    }
}
