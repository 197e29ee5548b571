package com.alumia.admin.command.feedback;

import java.util.regex.Pattern;

/**
 * What an ordinary report says about itself: whether it names a concrete problem or request, and whether that
 * problem touches data, security, money, availability or everyone at once. Reads folded (lowercased) text.
 */
final class ReportSignals {

    /** Below this a report names a problem without enough detail to act on it unasked. */
    static final int ACTIONABLE_MIN_WORDS = 8;

    private static final Pattern ACTIONABLE = Pattern.compile("(?U)\\b(?:"
            + "errors?|bugs?|buggy|broken|breaks|crash(?:es|ed|ing)?|fail(?:s|ed|ing|ure)?|can't|cant|cannot"
            + "|can not|couldn't|could not|(?:doesn't|does not|don't|do not|didn't|did not|won't|will not|isn't"
            + "|hasn't|haven't|wasn't|aren't)"
            + " \\w+|(?:is not|not|stopped) working|broke|returns nothing|nothing (?:shows|loads)"
            + "|(?:i'd|i would|we'd|we would) like|could you|can you|can we|it would be (?:great|nice|helpful)"
            + "|won't|unable|please (?:add|fix|make|allow|let|support|remove|delete|change|update|help|provide"
            + "|consider|enable|disable|restore|cancel|refund|bring|improve|close|reset|send|show|include)"
            + "|should|shouldn't|missing|slow|slowly|sluggish|laggy|lags|wrong|incorrect|40[0-9]|50[0-4]"
            + "|time ?outs?|timed out|freezes|freeze|frozen|froze|hangs|stuck|exception|undefined|glitch\\w*"
            + "|problems?|issues?|feature request|would be nice|would love|i wish|(?:we|i) need|needs to"
            + "|lost|disappeared|not loading|doesn't load|won't load|blank page|nothing happens|unexpected"
            + "|delete my account|cancel my|refunds?|how do i|how can i|is there a way|support for|outage|is down"
            + "|never (?:arrived|came|received|loads|loaded|works|worked|shows|showed)|rejected|invalid|ignores"
            + "|ignored|confusing|disappears|disappearing|greyed out|renders badly|shows up literally"
            + "|fehler|kaputt|funktioniert nicht|geht nicht|absturz|stürzt ab|langsam|bitte|fehlt|kann nicht"
            + "|können nicht|problem|lädt nicht|schlägt fehl"
            + "|erreur|ne fonctionne pas|ne marche pas|plantage|plante|lente?|impossible|manque|veuillez"
            + "|s'il vous plaît|problème|bloqué"
            + "|no funciona|falla|fallo|lent[oa]|no puedo|falta|por favor|problema|rot[oa]"
            + "|خطأ|لا يعمل|بطيء|مشكلة"
            + ")\\b|エラー|動かない|遅い|できない|バグ|不具合|表示されない|落ちる");

    private static final Pattern HIGH_IMPACT = Pattern.compile("(?U)\\b(?:"
            + "data loss|lost (?:all |my |our |the )?(?:data|work|files|changes|records|orders|documents)"
            + "|deleted (?:all|my|our|everything)|security|vulnerab\\w*|hacked|breach\\w*|leak\\w*|exposed"
            + "|payments?|billing|billed|charged|overcharged|invoices?|refunds?|credit card|outage"
            + "|(?:is|are|went|site|app) down|everyone|everybody|all (?:our )?(?:users|customers)|nobody can|no one can"
            + "|(?:can't|cannot|can not|couldn't|unable to) (?:log|sign) ?in"
            + "|login (?:fails|failed|is broken|broken|doesn't work|not working)|locked out"
            + "|datenverlust|zahlung|abrechnung|alle nutzer|sicherheit|kann mich nicht anmelden"
            + "|perte de données|paiement|facturation|pago|facturación|todos los usuarios"
            + ")\\b");

    private ReportSignals() {
    }

    static boolean isActionable(String folded) {
        return ACTIONABLE.matcher(straightenApostrophes(folded)).find();
    }

    static boolean isHighImpact(String folded) {
        return HIGH_IMPACT.matcher(straightenApostrophes(folded)).find();
    }

    private static String straightenApostrophes(String text) {
        return text.replace('\u2019', '\'');
    }
}
