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
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.config.web.PathPatternRequestMatcherBuilderFactoryBean;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.web.FilterChainProxy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.util.ReflectionUtils;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.lang.reflect.Field;
import java.util.Collection;
import java.util.List;

/**
 * Bearer-token security for every route, from the one list in {@link RouteRules}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SecurityProperties.class)
class SecurityConfiguration {

    static final String INTROSPECTOR_COMPOSITE =
            "org.springframework.security.config.annotation.web.configuration.WebMvcSecurityConfiguration$CompositeFilterChainProxy";

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

    /**
     * Route rules are matched as path patterns parsed once at start-up, the way Spring MVC matches its own
     * mappings. Without this, each rule is an MVC request matcher that asks the handler mappings which one would
     * serve the request: a walk over every mapping for a path with a variable, on every request (about 3 % of a
     * command's CPU in a profile of bench/run's command mix; half that as path patterns).
     */
    @Bean
    static PathPatternRequestMatcherBuilderFactoryBean routePatterns() {
        return new PathPatternRequestMatcherBuilderFactoryBean();
    }

    /**
     * Spring Security puts a filter of Spring MVC's handler-mapping introspector in front of its chain (in a
     * composite that takes the chain's bean name), which looks up the handler of every request once more, before
     * the dispatcher looks it up itself: about 5 % of a command's CPU in a profile of bench/run's command mix, on a
     * path with a variable a walk over every mapping. The lookup it caches serves MVC request matchers and CORS
     * through the introspector; the route rules are path patterns ({@link #routePatterns()}) and CORS is not
     * configured, so nothing reads it, and the chain is used without it. Should a later Spring Security no longer
     * have that composite or its field, the bean is left as it is ({@code SecurityWiringTest} says so).
     */
    @Bean
    static BeanPostProcessor withoutHandlerLookupCache() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (!bean.getClass().getName().equals(INTROSPECTOR_COMPOSITE)) {
                    return bean;
                }
                Field chain = ReflectionUtils.findField(bean.getClass(), "springSecurityFilterChain",
                        FilterChainProxy.class);
                if (chain == null) {
                    return bean;
                }
                ReflectionUtils.makeAccessible(chain);
                return ReflectionUtils.getField(chain, bean);
            }
        };
    }

    /**
     * No observations inside Spring Security: without a tracer they only cost CPU (a context and timers per filter,
     * per authentication and per authorization, on every request). With this setting the filters are not wrapped
     * at all, where switching the observations off by property still wraps them and asks the property for each.
     * The request itself is still observed (http.server.requests).
     */
    @Bean
    static SecurityObservationSettings noSecurityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    /** The token of the Authorization header, read with a loop ({@link BearerTokens}); the resource server uses it. */
    @Bean
    BearerTokenResolver bearerTokens() {
        return new BearerTokens();
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
