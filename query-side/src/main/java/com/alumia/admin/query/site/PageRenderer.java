package com.alumia.admin.query.site;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;
import org.springframework.web.util.HtmlUtils;

/**
 * A published page as the public sees it: its Markdown rendered to HTML, then passed through an allow-list of
 * elements and attributes, so scripts, event-handler attributes and {@code javascript:} links never reach the
 * page whatever the body holds.
 */
final class PageRenderer {

    private static final Parser MARKDOWN = Parser.builder().build();
    private static final HtmlRenderer HTML = HtmlRenderer.builder().build();
    private static final PolicyFactory ALLOWED = Sanitizers.FORMATTING.and(Sanitizers.BLOCKS).and(Sanitizers.LINKS)
            .and(Sanitizers.TABLES).and(Sanitizers.IMAGES)
            .and(new HtmlPolicyBuilder().allowElements("pre", "hr", "code").toFactory());

    private PageRenderer() {
    }

    /** The sanitized HTML of a Markdown body. */
    static String body(String markdown) {
        return ALLOWED.sanitize(HTML.render(MARKDOWN.parse(markdown == null ? "" : markdown)));
    }

    static String document(String title, String seoDescription, String locale, String markdown) {
        return "<!DOCTYPE html>\n<html lang=\"" + HtmlUtils.htmlEscape(locale) + "\">\n<head>\n"
               + "<meta charset=\"utf-8\">\n<title>" + HtmlUtils.htmlEscape(title) + "</title>\n"
               + (seoDescription == null ? ""
                  : "<meta name=\"description\" content=\"" + HtmlUtils.htmlEscape(seoDescription) + "\">\n")
               + "</head>\n<body>\n<article>\n" + body(markdown) + "\n</article>\n</body>\n</html>\n";
    }
}
