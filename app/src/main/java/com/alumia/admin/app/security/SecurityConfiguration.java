package com.alumia.admin.app.security;

import com.alumia.admin.app.web.Problems;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import jakarta.servlet.DispatcherType;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authorization.AuthorityAuthorizationManager;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.util.Collection;
import java.util.List;

/**
 * Bearer-token security for every route, from the one list in {@link RouteRules}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SecurityProperties.class)
class SecurityConfiguration {

    @Bean
    SecurityFilterChain api(HttpSecurity http, RouteRules routes, SecurityProperties properties,
                            StepUpPolicy stepUp, Problems problems, DeniedAttempts deniedAttempts,
                            @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping handlerMapping) throws Exception {
        ProblemAuthenticationEntryPoint entryPoint = new ProblemAuthenticationEntryPoint(problems, deniedAttempts);
        ProblemAccessDeniedHandler deniedHandler =
                new ProblemAccessDeniedHandler(problems, deniedAttempts, stepUp);
        http.csrf(csrf -> csrf.disable())
            .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
            .requestCache(cache -> cache.disable())
            .httpBasic(basic -> basic.disable())
            .formLogin(form -> form.disable())
            .logout(logout -> logout.disable())
            .anonymous(anonymous -> { })
            .oauth2ResourceServer(rs -> rs
                    .jwt(jwt -> jwt.jwtAuthenticationConverter(authenticationConverter(properties.rolesClaim())))
                    .authenticationEntryPoint(entryPoint)
                    .accessDeniedHandler(deniedHandler))
            .exceptionHandling(ex -> ex.authenticationEntryPoint(entryPoint).accessDeniedHandler(deniedHandler))
            .authorizeHttpRequests(authorize -> {
                // The dispatch that ends a stream (server-sent events) belongs to a request already authorized.
                authorize.dispatcherTypeMatchers(DispatcherType.ASYNC).permitAll();
                for (RouteRules.Rule rule : routes.rules()) {
                    authorize.requestMatchers(rule.method(), rule.pattern())
                             .access(manager(rule.access(), stepUp));
                }
                authorize.requestMatchers("/error").permitAll();
                authorize.anyRequest().access(new UnmappedRouteAuthorizationManager(handlerMapping));
            });
        return http.build();
    }

    private static AuthorizationManager<RequestAuthorizationContext> manager(Access access, StepUpPolicy stepUp) {
        if (access instanceof Access.AnyRole anyRole) {
            return AuthorityAuthorizationManager.hasAnyAuthority(
                    anyRole.roles().stream().map(Roles::authority).toArray(String[]::new));
        }
        if (access instanceof Access.FreshSuperAdmin) {
            return new FreshSuperAdminAuthorizationManager(stepUp);
        }
        return (auth, context) -> new AuthorizationDecision(true);
    }

    static Converter<Jwt, AbstractAuthenticationToken> authenticationConverter(String rolesClaim) {
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(jwt -> roles(jwt, rolesClaim));
        return converter;
    }

    private static Collection<GrantedAuthority> roles(Jwt jwt, String rolesClaim) {
        Object claim = jwt.getClaims().get(rolesClaim);
        List<String> roles = claim instanceof Collection<?> values
                ? values.stream().map(Object::toString).toList()
                : claim instanceof String text ? List.of(text.split("[ ,]+")) : List.of();
        return roles.stream().filter(r -> !r.isBlank())
                    .map(r -> (GrantedAuthority) new SimpleGrantedAuthority(Roles.authority(r))).toList();
    }

    /** Spring Security's strict firewall, its header checks made cheaper ({@link HeaderText}); WebSecurity uses it. */
    @Bean
    HttpFirewall httpFirewall() {
        return HeaderText.firewall();
    }

    /**
     * Every token decoder, the local issuer's below or the one Spring Boot makes for an external issuer, remembers
     * the tokens it verified ({@code alumia.security.token-cache}).
     */
    @Bean
    static BeanPostProcessor verifiedTokenCache(ObjectProvider<SecurityProperties> properties) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof JwtDecoder decoder && !(bean instanceof VerifiedTokens)
                        ? VerifiedTokens.around(decoder, properties.getObject().tokenCache()) : bean;
            }
        };
    }

    @Bean
    @ConditionalOnProperty(name = "alumia.security.local-issuer.enabled", havingValue = "true")
    JwtDecoder localIssuerJwtDecoder(SecurityProperties properties, Environment environment) throws Exception {
        SecurityProperties.LocalIssuer settings = properties.localIssuer();
        if (environment.acceptsProfiles(Profiles.of("postgres", "axonserver")) && !settings.force()) {
            throw new IllegalStateException("The local token issuer is for the embedded default only. Configure "
                    + "spring.security.oauth2.resourceserver.jwt.issuer-uri (or jwk-set-uri) for this profile, or set "
                    + "alumia.security.local-issuer.force=true to use it anyway.");
        }
        LocalIssuer issuer = LocalIssuer.loadOrCreate(settings.keyFile(), settings.issuer());
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withPublicKey(issuer.publicKey().toRSAPublicKey()).build();
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(new JwtTimestampValidator(),
                                                                     new JwtIssuerValidator(issuer.issuer())));
        return decoder;
    }
}
