package com.alumia.admin.command.feedback;

import com.alumia.admin.api.common.Severity;
import com.alumia.admin.api.feedback.ProbeClass;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;

import static com.alumia.admin.api.common.Severity.CRITICAL;
import static com.alumia.admin.api.common.Severity.HIGH;
import static com.alumia.admin.api.common.Severity.LOW;
import static com.alumia.admin.api.common.Severity.MEDIUM;
import static com.alumia.admin.api.feedback.ProbeClass.COMMAND;
import static com.alumia.admin.api.feedback.ProbeClass.FUZZ;
import static com.alumia.admin.api.feedback.ProbeClass.PATH;
import static com.alumia.admin.api.feedback.ProbeClass.SCRIPT;
import static com.alumia.admin.api.feedback.ProbeClass.SQL;
import static com.alumia.admin.api.feedback.ProbeClass.TEMPLATE;

/**
 * The rule catalogue. Patterns run on decoded, lowercased text with whitespace collapsed to one space or line break.
 * <p>
 * Precision comes first: a rule needs the part of a payload that only makes sense as an attack (the quote that
 * breaks out, the separator before a command, the arithmetic inside template braces), never a keyword alone, so
 * "select all rows", "drop-down" and {@code SELECT name FROM users} pasted from someone's own app stay reports.
 */
final class ProbeRules {

    /** Ties between equally weighted rules go to the family listed first. */
    static final List<ProbeClass> FAMILY_ORDER = List.of(SQL, COMMAND, TEMPLATE, SCRIPT, PATH, FUZZ);

    private static final String NUMBER_OR_STRING = "(?:\\d{1,10}|'[^'\\s]{0,30}'?|\"[^\"\\s]{0,30}\"?)";
    private static final String IDENTIFIER = "(?:[a-z_@][\\w.@$]{0,30}(?:\\(\\))?)";
    private static final String OPERAND = "(?:" + NUMBER_OR_STRING + "|" + IDENTIFIER + "|\\()";
    private static final String COMPARISON =
            "(?:\\s*(?:<=>|<>|!=|>=|<=|=|>|<)\\s*|\\s+(?:like|rlike|regexp|is)\\s+)";

    /**
     * A comparison after a quote that breaks out of a string ({@code admin' or 'a'='a}), or a value compared with
     * itself with no quote at all ({@code 1 or 1=1}). The quote's position is checked by {@link QuoteBreakout}.
     */
    private static final String TAUTOLOGY =
            "(?<q>['\"`])\\)*\\s*(?:or|and|xor|\\|\\||&&)(?:\\s+|(?=['\"(\\d]))\\(?\\s*(?:not\\s+)?(?:"
                    + NUMBER_OR_STRING + "\\)?" + COMPARISON + OPERAND
                    + "|" + IDENTIFIER + COMPARISON + NUMBER_OR_STRING
                    + "|(?:true|false)\\b|\\d{1,10}\\s*(?:--|#|;|$))"
                    + "|\\b(?:or|and|xor)\\s+(?:(?<n>\\d{1,10})\\s*=\\s*\\k<n>\\b"
                    + "|'(?<s>[^']{0,20})'\\s*=\\s*'\\k<s>'|\"(?<d>[^\"]{0,20})\"\\s*=\\s*\"\\k<d>\")";

    /** "union select" must be followed by what a column list starts with, not by prose. */
    private static final String UNION_SELECT =
            "\\bunion(?:\\s+(?:all|distinct))?[\\s(]*select\\b\\s*"
                    + "(?:null\\b|\\d|@@|\\*|['\"(]|0x|[a-z_][\\w.$]{0,64}(?:\\s*[(,]|\\s+from\\b))";

    /** Only after a quote or number ending the expected value, and only statements that change or leak. */
    private static final String STACKED_QUERY =
            "(?:^|['\"`]\\)*|\\b\\d{1,10}\\)*)\\s*;\\s*(?:"
                    + "drop\\s+(?:table|database|schema|user|view|procedure|function)\\b"
                    + "|delete\\s+from\\b|insert\\s+into\\b|update\\s+[\\w.`\"\\[\\]]{1,64}\\s+set\\b"
                    + "|create\\s+(?:table|user|database|function|procedure|login|trigger)\\b"
                    + "|alter\\s+(?:table|user|database|login)\\b|truncate\\s+table\\b"
                    + "|exec(?:ute)?\\s*(?:xp_|sp_|master\\.|@|\\()|declare\\s+@|shutdown\\s*(?:--|#|;|$|with\\b)"
                    + "|select\\s+(?:pg_sleep|sleep|@@|version\\s*\\(|user\\s*\\(|current_user|load_file|benchmark"
                    + "|case\\s+when))";

    /** A bare sleep(5) is too common in pasted code; it needs SQL around it. */
    private static final String TIME_BASED =
            "(?:['\"`),;|&=(]|\\b(?:and|or|xor|select|if|then|else|when|not)\\s)\\s*\\(?\\s*sleep\\s*\\(\\s*\\d"
                    + "|\\bpg_sleep\\s*\\(\\s*\\d|\\bbenchmark\\s*\\(\\s*\\d{4,}\\s*,"
                    + "|\\bwaitfor\\s+(?:delay|time)\\s+['\"]|\\bdbms_pipe\\.receive_message\\s*\\("
                    + "|\\bdbms_lock\\.sleep\\s*\\(|\\brandomblob\\s*\\(\\s*\\d{6,}";

    private static final String COMMENT_TERMINATOR =
            "(?<q>['\"`])[^'\"`]{0,40}?\\s*(?:--|#|/\\*)[\\s+-]{0,8}(?:$|&)";

    private static final String ERROR_BASED =
            "\\b(?:extractvalue|updatexml)\\s*\\(|\\bexp\\s*\\(\\s*~\\s*\\("
                    + "|\\bfloor\\s*\\(\\s*rand\\s*\\(\\s*0?\\s*\\)\\s*\\*\\s*2\\s*\\)"
                    + "|\\butl_inaddr\\.get_host_\\w{1,20}\\s*\\(|\\bctxsys\\.drithsx\\.sn\\s*\\("
                    + "|\\bconvert\\s*\\(\\s*int\\s*,\\s*(?:@@|\\(?\\s*select\\b|db_name|user_name|system_user)"
                    + "|\\bcast\\s*\\(\\s*(?:@@\\w{1,20}|\\(\\s*select\\b|version\\s*\\(\\s*\\)|current_user)"
                    + "[^)]{0,60}?\\bas\\s+(?:int|numeric|integer)\\b";

    private static final String BLIND_EXTRACTION =
            "\\b(?:ascii|ord|unicode)\\s*\\(\\s*(?:substr|substring|mid)\\s*\\("
                    + "|\\b(?:substr|substring|mid)\\s*\\(\\s*(?:@@version|version\\s*\\(|user\\s*\\(|database\\s*\\("
                    + "|\\(\\s*select\\b)"
                    + "|\\blength\\s*\\(\\s*(?:database|user|version)\\s*\\(\\s*\\)\\s*\\)\\s*[<>=]";

    private static final String FILE_ACCESS =
            "\\bload_file\\s*\\(|\\binto\\s+(?:out|dump)file\\b|\\bxp_cmdshell\\b|\\butl_file\\."
                    + "|\\bcopy\\s+\\S{1,64}\\s+(?:from|to)\\s+program\\b|\\blo_(?:import|export)\\s*\\(";

    private static final String SCHEMA_PROBE =
            "@@(?:version|datadir|hostname|basedir|servername|tmpdir)\\b"
                    + "|\\binformation_schema\\.(?:tables|columns|schemata|routines)\\b|\\bsqlite_master\\b"
                    + "|\\bpg_catalog\\.pg_\\w{1,30}|\\bsys\\.(?:objects|tables|databases|sql_logins)\\b"
                    + "|\\bmaster\\.\\.sysdatabases\\b|\\bmysql\\.user\\b|\\bsysobjects\\b";

    private static final String NOSQL_OPERATOR =
            "\\[\\s*\\$(?:ne|eq|gt|gte|lt|lte|regex|where|exists|nin|in|or|and|not|expr)\\s*\\]"
                    + "|[\"']\\$(?:ne|gt|gte|lt|lte|regex|where|exists|nin|expr|function)[\"']\\s*:|\\$where\\s*:";

    private static final String BIN_PATH = "(?:/(?:usr/)?(?:local/)?s?bin/)?";
    private static final String SHELL_COMMANDS =
            "(?:cat|ls|id|whoami|uname|pwd|hostname|wget|curl|nc|ncat|netcat|bash|sh|zsh|ksh|dash"
                    + "|powershell(?:\\.exe)?|pwsh|cmd(?:\\.exe)?|ping|nslookup|dig|sleep|echo|rm|chmod"
                    + "|python[23]?|perl|php|ruby|busybox|telnet|ifconfig|ipconfig|net\\s+user|systeminfo"
                    + "|certutil(?:\\.exe)?|dir|type)";
    /**
     * What follows a command decides: "; id is missing" is prose, "; id" at the end, "; cat /etc/passwd" or
     * "&& curl evil.example" is a command. A pipe does not count as an ending, so markdown table cells like
     * "| id |" are not read as commands.
     */
    private static final String COMMAND_TAIL =
            "(?:(?=\\s*(?:$|[;&>`)#]))|\\s+(?:[-/\\\\.~$`'\"<>;&%{\\d]|https?:|ftp:|[a-z]:[\\\\/]"
                    + "|[a-z0-9-]{1,63}\\.[a-z]{2,}))";

    private static final String COMMAND_CHAIN =
            "(?<sep>\\|\\||&&|[;|&\\x00\\n])\\s*" + BIN_PATH + SHELL_COMMANDS + "\\b" + COMMAND_TAIL;

    /** Backticks also mark code in markdown, so only commands nobody quotes in a report count inside them. */
    private static final String COMMAND_SUBSTITUTION =
            "\\$\\(\\s*" + BIN_PATH + SHELL_COMMANDS + "\\b[^)]{0,100}\\)"
                    + "|`\\s*" + BIN_PATH + "(?:id|whoami|uname(?:\\s+-[a-z]{1,4})?|hostname|sleep\\s+\\d{1,3}"
                    + "|cat\\s+/etc/[\\w.-]{1,40}|nslookup\\s+[\\w.-]{1,100}"
                    + "|ping\\s+-[nc]\\s*\\d{1,3}\\s+[\\w.-]{1,100}"
                    + "|curl\\s+[^`\\s]{1,100}\\s*\\|\\s*(?:ba)?sh)\\s*`"
                    + "|\\$\\{ifs\\}|\\$ifs\\$\\d|\\$\\(\\(\\s*\\d{1,6}\\s*[*+]\\s*\\d{1,6}\\s*\\)\\)";

    private static final String SENSITIVE_FILE =
            "[\\\\/]etc[\\\\/]+(?:passwd|shadow|gshadow|sudoers|master\\.passwd)\\b"
                    + "|/proc/self/(?:environ|cmdline|maps|fd/\\d)|\\bwin\\.ini\\b|\\bboot\\.ini\\b"
                    + "|\\bsystem32[\\\\/]+(?:config[\\\\/]+sam\\b|drivers[\\\\/]+etc[\\\\/]+hosts\\b)"
                    + "|[\\\\/]windows[\\\\/]+system\\.ini\\b";

    private static final String REVERSE_SHELL =
            "/dev/(?:tcp|udp)/[\\w.-]{1,100}/\\d|\\bnc(?:at)?\\s+(?:-[a-z]{1,4}\\s+){0,4}-[a-z]{0,4}e\\s*/bin/"
                    + "|\\bbash\\s+-i\\b|\\bsh\\s+-i\\s*[<>]"
                    + "|\\bpowershell(?:\\.exe)?\\s+(?:-\\w{1,20}\\s+){0,4}-e(?:nc|ncodedcommand)?\\s+[a-z0-9+/=]{16,}"
                    + "|\\biex\\s*\\(\\s*(?:new-object|iwr|invoke-webrequest)\\b|\\.downloadstring\\s*\\("
                    + "|\\bmkfifo\\s+/tmp/";

    private static final String SHELLSHOCK = "\\(\\)\\s*\\{\\s*:\\s*;\\s*\\}\\s*;";

    /** Engines evaluate arithmetic, so probes use it to see 49 come back; {{name}} alone is a real placeholder. */
    private static final String ARITHMETIC = "\\s*\\d{1,6}\\s*[*+/%-]\\s*['\"]?\\d{1,6}['\"]?\\s*";
    private static final String TEMPLATE_EXPRESSION =
            "\\{\\{" + ARITHMETIC + "\\}\\}|[$#*@]\\{" + ARITHMETIC + "\\}|<%=?" + ARITHMETIC + "%>"
                    + "|@\\(" + ARITHMETIC + "\\)|\\{\\{\\s*=" + ARITHMETIC + "\\}\\}"
                    + "|\\{\\{\\s*(?:config|self|request|settings|cycler|joiner|namespace|lipsum|url_for"
                    + "|get_flashed_messages)\\s*(?:\\}\\}|[.|\\[])"
                    + "|[$*]\\{\\s*(?:t\\s*\\(|class\\.|runtime\\b|#(?:_memberaccess|context|request|response)|@java)"
                    + "|#set\\s*\\(\\s*\\$|\\$class\\.inspect|<#assign\\b|\\{php\\}|\\{\\{[^}]{0,40}?constructor\\b";

    private static final String OBJECT_TRAVERSAL =
            "__(?:class|globals|mro|subclasses|builtins|import|bases?)__|\\bconstructor\\s*\\.\\s*constructor\\b"
                    + "|\\bt\\s*\\(\\s*java\\.lang\\.|\\bjava\\.lang\\.(?:runtime|processbuilder)\\b"
                    + "|\\bgetruntime\\s*\\(\\s*\\)\\s*\\.\\s*exec\\s*\\(|freemarker\\.template\\.utility\\.execute"
                    + "|\\bos\\.popen\\s*\\(";

    /** Log4Shell and the nested lookups that spell "jndi" one letter at a time. */
    private static final String JNDI_LOOKUP =
            "\\$\\{\\s*jndi\\s*:|\\$\\{[^{}]{0,40}\\$\\{\\s*(?:::-|lower\\s*:|upper\\s*:|env\\s*:\\w{0,20}:-"
                    + "|sys\\s*:\\w{0,20}:-|date\\s*:)|\\$\\{\\s*(?:::-|lower:|upper:)\\w\\}";

    private static final String SCRIPT_TAG =
            "<\\s*script\\b[^>]{0,200}>[^<]{0,500}?<\\s*/\\s*script|<\\s*script\\b[^>]{0,200}?\\bsrc\\s*="
                    + "|<\\s*script\\b[^>]{0,200}>\\s*[\\w.$\\[\\]]{1,60}\\s*[(=`]|<\\s*/\\s*script\\s*>\\s*<"
                    + "|<\\s*scr\\s*<\\s*script\\s*>\\s*ipt";

    private static final String HANDLERS =
            "(?:error|load|mouseover|mouseenter|mousemove|mousedown|mouseup|focus|focusin|blur|click|dblclick"
                    + "|toggle|animationstart|animationend|transitionend|pageshow|input|change|submit|keydown|keyup"
                    + "|keypress|pointerover|pointerenter|pointerdown|begin|wheel|scroll|copy|paste|cut|drag|dragstart"
                    + "|drop|contextmenu|auxclick|beforeprint|afterprint|hashchange|message|popstate|resize|unload"
                    + "|beforeunload|readystatechange|play|loadstart|canplay|seeked|search|select|show|start|finish)";
    private static final String EVENT_HANDLER =
            "<[a-z][\\w:-]{0,20}(?:[\\s/][^>]{0,200}?)?[\\s/\"'`]on[a-z]{4,30}\\s*="
                    + "|['\"`][\\s/]*(?:[a-z-]{1,20}(?:=[^\\s>]{0,40})?[\\s/]+){0,3}on" + HANDLERS + "\\s*=";

    private static final String JS_URI =
            "(?<![^\\s\"'=(<:,`])(?:j\\s?a\\s?v\\s?a\\s?s\\s?c\\s?r\\s?i\\s?p\\s?t|v\\s?b\\s?s\\s?c\\s?r\\s?i\\s?p\\s?t"
                    + "|livescript)\\s*:(?:\\S|\\s*(?:alert|prompt|confirm|eval|document|window|top|self|parent|fetch"
                    + "|location|this|import|void)\\b)"
                    + "|\\bdata\\s*:\\s*(?:text/html|image/svg\\+xml|application/(?:x-)?javascript|text/javascript)\\b";

    private static final String SVG_OR_IFRAME =
            "<\\s*(?:svg|iframe|frame|frameset|object|embed|applet|math|base|meta|link|form|isindex)\\b[^>]{0,200}?"
                    + "(?:\\bsrcdoc\\s*=|\\b(?:src|href|data|action|formaction|xlink:href|content|code|codebase)\\s*="
                    + "\\s*['\"]?\\s*(?:[^\\s'\">]{0,40}?;\\s*url\\s*=\\s*)?(?:javascript|vbscript|data)\\s*:)"
                    + "|<\\s*(?:svg|math)\\b[^>]{0,200}>\\s*<\\s*(?:script|animate|set|foreignobject|maction|style"
                    + "|iframe|a\\b|image|use)|<\\s*base\\s+href\\s*=";

    private static final String ALERT_PROBE =
            "\\b(?:alert|prompt|confirm)\\s*(?:\\(|`)\\s*(?:\\d{1,9}\\s*[)`]|document\\.(?:cookie|domain|location)"
                    + "|window\\.origin|origin\\s*\\)|['\"`]?xss['\"`]?\\s*\\)|/xss/|`)"
                    + "|\\bstring\\.fromcharcode\\s*\\(\\s*\\d{2,3}\\s*,"
                    + "|\\beval\\s*\\(\\s*(?:atob|unescape|string\\.fromcharcode|location\\.hash"
                    + "|decodeuricomponent)\\s*\\("
                    + "|\\b(?:fetch|location(?:\\.href)?|new\\s+image\\s*\\(\\s*\\)\\.src)\\s*[=(]"
                    + "[^;]{0,80}?document\\.cookie";

    /** Fullwidth forms are folded to ASCII before matching; these division slashes are not. */
    private static final String DOT = "\\.";
    private static final String SLASH = "[/\\\\\\u2215\\u2216]";
    private static final String TRAVERSAL =
            "(?:" + DOT + "{2,6}(?:;|\\x00)?" + SLASH + "{1,2}){2,8}"
                    + "|(?<![^\\s=/\\\\'\":?&(])" + DOT + "{4,8}" + SLASH + "{1,2}"
                    + "|(?<![^\\s=/\\\\'\"?&(:])" + DOT + "{2}" + SLASH + "(?:[\\w.-]{1,64}" + SLASH + "){0,6}"
                    + "(?:etc|windows|winnt|boot\\.ini|win\\.ini|proc|var|usr|root|home|web-inf|meta-inf|\\.env|\\.git"
                    + "|\\.ssh|inetpub|system32)\\b";

    /** Only in the URL or the request: in free text people name their own config files. */
    private static final String SENSITIVE_TARGET =
            "(?<![^/\\\\=])(?:\\.env(?:\\.[\\w-]{1,20})?|\\.git/(?:config|head|index|logs/head)"
                    + "|\\.svn/(?:entries|wc\\.db)"
                    + "|\\.htaccess|\\.htpasswd|\\.ds_store|wp-config\\.php(?:\\.bak|~)?|web\\.config|web-inf/web\\.xml"
                    + "|\\.aws/credentials|\\.ssh/(?:id_rsa|id_dsa|id_ecdsa|id_ed25519|authorized_keys)|\\.bash_history"
                    + "|phpinfo\\.php|server-status|actuator/(?:env|heapdump|gateway/routes)|\\.npmrc|\\.dockerenv"
                    + "|\\.docker/config\\.json|config\\.php\\.bak|\\.vscode/sftp\\.json)(?![\\w.-])";

    private static final String STREAM_WRAPPER =
            "\\b(?:php://(?:filter|input|fd|memory|temp|stdin)|phar://|expect://|zip://|glob://|jar:file:)";

    private static final String NULL_BYTE = "[\\w.]\\x00+(?:\\.[a-z0-9]{1,5}\\b|$)";

    static final List<ProbeRule> ALL = List.of(
            rule("sql.stacked_query", SQL, 96, CRITICAL,
                    "a second SQL statement chained after a quote or number",
                    STACKED_QUERY, ";"),
            rule("sql.time_based", SQL, 96, CRITICAL,
                    "blind SQL injection that makes the database wait (sleep, pg_sleep, waitfor delay, benchmark)",
                    TIME_BASED, "sleep", "benchmark", "waitfor", "dbms_", "randomblob"),
            rule("sql.union_select", SQL, 92, HIGH,
                    "UNION SELECT appending attacker-chosen rows to a query",
                    UNION_SELECT, "union"),
            rule("sql.file_access", SQL, 90, HIGH,
                    "SQL reaching the file system or shell (load_file, into outfile, xp_cmdshell)",
                    FILE_ACCESS, "load_file", "outfile", "dumpfile", "xp_cmdshell", "utl_file", "program", "lo_"),
            rule("sql.error_based", SQL, 88, HIGH,
                    "functions used to leak data through database error messages",
                    ERROR_BASED, "extractvalue", "updatexml", "exp", "rand", "utl_inaddr", "ctxsys", "convert", "cast"),
            rule("sql.blind_extraction", SQL, 84, HIGH,
                    "character-by-character extraction for boolean-blind SQL injection",
                    BLIND_EXTRACTION, "substr", "mid", "length"),
            new ProbeRule("sql.tautology", SQL, 82, HIGH,
                    "a quote breaking out of a string followed by an always-true or boolean condition",
                    RegexDetector.of(TAUTOLOGY, "'", "\"", "`", "=").guardedBy(QuoteBreakout.at("q", true))),
            rule("sql.schema_probe", SQL, 70, HIGH,
                    "references to database catalogue tables or server variables",
                    SCHEMA_PROBE, "@@", "information_schema", "sqlite_master", "pg_catalog", "sys", "mysql.user"),
            rule("sql.nosql_operator", SQL, 70, HIGH,
                    "MongoDB query operators smuggled into a parameter ([$ne], $where)",
                    NOSQL_OPERATOR, "$"),
            new ProbeRule("sql.comment_terminator", SQL, 45, HIGH,
                    "a quote breaking out of a string, then a comment cutting off the rest of the query",
                    RegexDetector.of(COMMENT_TERMINATOR, "--", "#", "/*").guardedBy(QuoteBreakout.at("q", false))),

            rule("command.shellshock", COMMAND, 98, CRITICAL,
                    "the Shellshock function-definition prefix () { :; };",
                    SHELLSHOCK, "("),
            rule("command.reverse_shell", COMMAND, 98, CRITICAL,
                    "a reverse shell or download cradle (/dev/tcp, nc -e, bash -i, IEX DownloadString)",
                    REVERSE_SHELL, "/dev/", "nc", "sh", "powershell", "iex", "downloadstring", "mkfifo"),
            new ProbeRule("command.chain", COMMAND, 96, CRITICAL,
                    "a shell command chained with ; | & && || or an encoded line break after the expected value",
                    RegexDetector.of(COMMAND_CHAIN, ";", "|", "&", "\u0000", "\n")
                            .guardedBy(ProbeRules::encodedLineBreak)),
            rule("command.substitution", COMMAND, 96, CRITICAL,
                    "shell command substitution $(...) or backticks, or ${IFS} space evasion",
                    COMMAND_SUBSTITUTION, "$", "`"),
            rule("command.sensitive_file", COMMAND, 60, HIGH,
                    "operating-system credential files (/etc/passwd, /etc/shadow, win.ini)",
                    SENSITIVE_FILE, "etc", "proc/self", ".ini", "system32"),

            rule("template.jndi_lookup", TEMPLATE, 96, CRITICAL,
                    "a JNDI lookup expression (Log4Shell), plain or obfuscated",
                    JNDI_LOOKUP, "${"),
            rule("template.object_traversal", TEMPLATE, 90, HIGH,
                    "walking from a template object to the runtime (__class__, __globals__, T(java.lang.Runtime))",
                    OBJECT_TRAVERSAL, "__", "constructor", "java.lang", "getruntime", "freemarker", "popen"),
            rule("template.expression", TEMPLATE, 85, HIGH,
                    "template-engine expression probes ({{7*7}}, ${7*7}, #{7*7}, <%= 7*7 %>, {{config}})",
                    TEMPLATE_EXPRESSION, "{", "<%", "@(", "#set", "$class", "<#"),

            rule("script.tag", SCRIPT, 80, MEDIUM,
                    "an HTML script element with code or a source",
                    SCRIPT_TAG, "script"),
            rule("script.event_handler", SCRIPT, 78, MEDIUM,
                    "an inline event handler attribute (onerror=, onload=, ...) in a tag or after a broken-out quote",
                    EVENT_HANDLER, "on"),
            rule("script.svg_or_iframe", SCRIPT, 78, MEDIUM,
                    "SVG, iframe, object or similar elements carrying script or a javascript:/data: source",
                    SVG_OR_IFRAME, "<"),
            rule("script.js_uri", SCRIPT, 72, MEDIUM,
                    "a javascript:, vbscript: or data:text/html URI",
                    JS_URI, ":"),
            rule("script.alert_probe", SCRIPT, 55, MEDIUM,
                    "the calls XSS probes use to prove execution (alert(1), document.cookie exfiltration)",
                    ALERT_PROBE, "alert", "prompt", "confirm", "fromcharcode", "eval", "cookie"),

            rule("path.traversal", PATH, 70, HIGH,
                    "directory traversal sequences (../, ..\\, ....//, ..;/) in any encoding",
                    TRAVERSAL, ".."),
            rule("path.stream_wrapper", PATH, 70, HIGH,
                    "stream wrappers used for file inclusion (php://filter, phar://, expect://)",
                    STREAM_WRAPPER, "://", "jar:"),
            new ProbeRule("path.sensitive_target", PATH, 65, HIGH,
                    "requests for secrets and server files (.env, .git/config, wp-config.php, id_rsa)",
                    RegexDetector.of(SENSITIVE_TARGET, ".", "server-status", "actuator/")
                            .onlyIn(InputField.URL, InputField.REQUEST)),
            rule("path.null_byte", PATH, 50, HIGH,
                    "a NUL byte truncating a file name (file.php%00.jpg)",
                    NULL_BYTE, "\u0000"),

            fuzz("fuzz.repeated_char", 30,
                    "a long run of one repeated character (buffer overflow fill)",
                    FuzzDetectors.repeatedChar()),
            fuzz("fuzz.overflow_pattern", 30,
                    "repeated multi-character fill, cyclic patterns or 0x41414141 words",
                    FuzzDetectors.overflowPattern()),
            fuzz("fuzz.format_string", 30,
                    "a burst of printf conversion specifiers (%s%s%s%n, %x%x)",
                    FuzzDetectors.formatString()),
            fuzz("fuzz.control_chars", 25,
                    "a high share of control, unassigned or undecodable characters",
                    FuzzDetectors.controlChars()),
            fuzz("fuzz.long_token", 15,
                    "a very long token with no spaces",
                    textOnly(FuzzDetectors.longToken())),
            fuzz("fuzz.random_garbage", 10,
                    "random high-entropy characters with no words in them",
                    textOnly(FuzzDetectors.randomGarbage())));

    private ProbeRules() {
    }

    private static ProbeRule rule(String id, ProbeClass family, int weight, Severity severity, String description,
                                  String regex, String... anchors) {
        return new ProbeRule(id, family, weight, severity, description, RegexDetector.of(regex, anchors));
    }

    private static ProbeRule fuzz(String id, int weight, String description, Detector detector) {
        return new ProbeRule(id, FUZZ, weight, LOW, description, detector);
    }

    /**
     * People break lines between sentences and paste multi-line logs; only a line break someone encoded
     * ({@code %0a}, {@code &#10;}, {@code \n}) is taken for a command separator.
     */
    private static boolean encodedLineBreak(TracedText view, Matcher match) {
        int at = match.start("sep");
        if (view.charAt(at) != '\n') {
            return true;
        }
        String source = view.sourceSpan(at, at + 1);
        return source.indexOf('\n') < 0 && source.indexOf('\r') < 0;
    }

    /** URLs and request fragments are single long tokens by nature. */
    private static Detector textOnly(Detector detector) {
        return field -> field.field() == InputField.TEXT ? detector.detect(field) : Optional.empty();
    }
}
