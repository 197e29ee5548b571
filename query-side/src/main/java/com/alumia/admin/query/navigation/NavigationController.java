package com.alumia.admin.query.navigation;

import com.alumia.admin.api.common.InvalidValueException;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * The admin console's navigation, labelled in the operator's language: {@code locale} (a BCP 47 tag such as
 * {@code de} or {@code fr-CA}), else the {@code Accept-Language} header, matched by language to the ones the labels
 * exist in (English, German, French). Any other language, or a label missing in one, falls back to English, and the
 * answer says so.
 */
@RestController
class NavigationController {

    static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.GERMAN, Locale.FRENCH);

    private record Item(String key, String path) {
    }

    private static final List<Item> ITEMS = List.of(new Item("nav.dashboard", "/admin"),
            new Item("nav.feedback", "/admin/feedback"), new Item("nav.audit", "/admin/audit"),
            new Item("nav.orgs", "/admin/orgs"), new Item("nav.runtime", "/admin/runtime"),
            new Item("nav.site", "/admin/site"), new Item("nav.wallets", "/admin/agent-wallet"),
            new Item("nav.deployments", "/admin/deployments"), new Item("nav.connectors", "/admin/connectors"),
            new Item("nav.connectorEvents", "/admin/connector-events"),
            new Item("nav.inquiries", "/admin/enterprise-inquiries"), new Item("nav.ops", "/admin/ops/processors"));

    private final Map<String, Properties> labels = new HashMap<>();

    NavigationController() throws IOException {
        for (Locale language : SUPPORTED) {
            String file = language == Locale.ENGLISH ? "navigation/labels.properties"
                    : "navigation/labels_" + language.getLanguage() + ".properties";
            Properties properties = new Properties();
            try (Reader in = new InputStreamReader(new ClassPathResource(file).getInputStream(),
                    StandardCharsets.UTF_8)) {
                properties.load(in);
            }
            labels.put(language.getLanguage(), properties);
        }
    }

    /** @param fallback whether this label is English because the language lacks it */
    record Label(String key, String label, String path, boolean fallback) {
    }

    /** @param requested the tag asked for; locale the language the labels are in */
    record Navigation(String requested, String locale, boolean fallback, List<Label> items) {
    }

    @GetMapping("/api/v1/admin/navigation")
    ResponseEntity<Navigation> navigation(@RequestParam(required = false) String locale,
                                          @RequestHeader(name = "Accept-Language", required = false)
                                          String acceptLanguage) {
        Locale requested = requested(locale, acceptLanguage);
        Locale language = SUPPORTED.stream().filter(s -> s.getLanguage().equals(requested.getLanguage()))
                                   .findFirst().orElse(Locale.ENGLISH);
        List<Label> items = ITEMS.stream().map(item -> label(item, language)).toList();
        return ResponseEntity.ok().cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)).cachePrivate())
                             .header("Content-Language", language.toLanguageTag())
                             .body(new Navigation(requested.toLanguageTag(), language.toLanguageTag(),
                                     !language.getLanguage().equals(requested.getLanguage()), items));
    }

    /** The item's label in the language, else in English (marked as a fallback), else its key. */
    private Label label(Item item, Locale language) {
        String text = labels.get(language.getLanguage()).getProperty(item.key());
        if (text != null) {
            return new Label(item.key(), text, item.path(), false);
        }
        String english = labels.get(Locale.ENGLISH.getLanguage()).getProperty(item.key());
        return new Label(item.key(), english == null ? item.key() : english, item.path(), true);
    }

    private static Locale requested(String tag, String acceptLanguage) {
        if (tag != null && !tag.isBlank()) {
            try {
                Locale locale = new Locale.Builder().setLanguageTag(tag.strip()).build();
                if (locale.getLanguage().isEmpty()) {
                    throw new IllformedLocaleException("no language");
                }
                return locale;
            } catch (IllformedLocaleException e) {
                throw new InvalidValueException("\"" + (tag.length() > 40 ? tag.substring(0, 40) : tag)
                        + "\" is not a language tag such as en, de or fr-CA");
            }
        }
        if (acceptLanguage != null && !acceptLanguage.isBlank()) {
            try {
                List<Locale.LanguageRange> ranges = Locale.LanguageRange.parse(acceptLanguage);
                Locale match = Locale.lookup(ranges, SUPPORTED);
                if (match != null) {
                    return match;
                }
                return ranges.isEmpty() || ranges.get(0).getRange().equals("*") ? Locale.ENGLISH
                        : Locale.forLanguageTag(ranges.get(0).getRange());
            } catch (IllegalArgumentException e) {
                return Locale.ENGLISH;
            }
        }
        return Locale.ENGLISH;
    }
}
