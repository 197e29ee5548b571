package com.alumia.admin.command.site;

import com.alumia.admin.api.site.PageContent;
import com.alumia.admin.command.common.DomainException;

import java.util.regex.Pattern;

import static com.alumia.admin.command.common.TextRules.optionalText;
import static com.alumia.admin.command.common.TextRules.requireText;

/** What a page's content may hold. */
final class PageRules {

    static final int MAX_BODY = 200_000;
    private static final Pattern LOCALE = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{2,8}){0,2}");

    private PageRules() {
    }

    /** {@code content} trimmed, or a 400 naming the first field that breaks a rule. */
    static PageContent validated(PageContent content) {
        if (content == null) {
            throw DomainException.invalid("site.content_required", "a page needs a title, a body and a locale");
        }
        String locale = requireText("locale", content.locale(), 20);
        if (!LOCALE.matcher(locale).matches()) {
            throw DomainException.invalid("locale.invalid", "locale must be a language tag such as en or de-CH");
        }
        if (content.body() != null && content.body().length() > MAX_BODY) {
            throw DomainException.invalid("body.too_long", "body must be at most " + MAX_BODY + " characters");
        }
        String body = content.body() == null ? "" : content.body().strip();
        return new PageContent(requireText("title", content.title(), 200), body,
                optionalText("seoDescription", content.seoDescription(), 300), locale);
    }
}
