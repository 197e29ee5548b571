package com.alumia.admin.command.feedback;

import com.alumia.admin.api.common.Severity;
import com.alumia.admin.api.feedback.Classification;
import com.alumia.admin.api.feedback.FeedbackContext;
import com.alumia.admin.api.feedback.ProbeClass;
import com.alumia.admin.api.feedback.RuleMatch;
import com.alumia.admin.api.feedback.SignalCategory;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Classifies a feedback item on arrival: security probe or report, how urgent, and which fingerprint groups it with
 * its duplicates. Pure and stateless, so one instance serves every ingest thread.
 */
@Component
class FeedbackClassifier {

    /** A few stray words ("test", "hi") often accompany fuzz; two or more words read as someone writing. */
    private static final int MIN_NORMAL_WORDS = 2;

    private static final Comparator<RuleHit> STRONGEST_FIRST = Comparator
            .comparingInt((RuleHit hit) -> -hit.rule().weight())
            .thenComparingInt(hit -> ProbeRules.FAMILY_ORDER.indexOf(hit.rule().family()))
            .thenComparing(hit -> hit.rule().id())
            .thenComparing(RuleHit::field);

    public FeedbackClassifier() {
    }

    Classification classify(String text, FeedbackContext context) {
        FeedbackContext where = context == null ? FeedbackContext.NONE : context;
        NormalisedField textField = Normaliser.normalise(InputField.TEXT, text);
        List<NormalisedField> fields = new ArrayList<>(3);
        fields.add(textField);
        if (where.url() != null && !where.url().isEmpty()) {
            fields.add(Normaliser.normalise(InputField.URL, where.url()));
        }
        if (where.requestFragment() != null && !where.requestFragment().isEmpty()) {
            fields.add(Normaliser.normalise(InputField.REQUEST, where.requestFragment()));
        }

        List<RuleHit> hits = new ArrayList<>();
        for (ProbeRule rule : ProbeRules.ALL) {
            for (NormalisedField field : fields) {
                rule.apply(field).ifPresent(hits::add);
            }
        }
        hits.sort(STRONGEST_FIRST);

        ProbeClass probeClass = hits.isEmpty() ? ProbeClass.NONE : hits.get(0).rule().family();
        List<RuleMatch> matches = hits.stream().map(RuleHit::toMatch).toList();
        if (isProbe(hits, textField)) {
            Severity severity = hits.stream().map(hit -> hit.rule().severity())
                    .min(Comparator.naturalOrder()).orElseThrow();
            return new Classification(probeClass, SignalCategory.SECURITY_PROBE, severity,
                    Fingerprints.probe(probeClass, hits), matches);
        }
        String prose = textField.primary().text();
        SignalCategory category = categoryOf(prose);
        return new Classification(probeClass, category, severityOf(category, prose), Fingerprints.report(prose),
                matches);
    }

    /** Fuzz-like fragments inside a sentence are usually the input a user reports as breaking something. */
    private static boolean isProbe(List<RuleHit> hits, NormalisedField textField) {
        if (hits.stream().anyMatch(hit -> !hit.rule().isFuzz())) {
            return true;
        }
        return !hits.isEmpty() && Words.distinctNormalWords(textField.decoded().text()) < MIN_NORMAL_WORDS;
    }

    private static SignalCategory categoryOf(String prose) {
        if (!ReportSignals.isActionable(prose)) {
            return SignalCategory.PRODUCT_SIGNAL;
        }
        return Words.count(prose) >= ReportSignals.ACTIONABLE_MIN_WORDS
                ? SignalCategory.ACTIONABLE : SignalCategory.SHORT_ACTIONABLE;
    }

    private static Severity severityOf(SignalCategory category, String prose) {
        return switch (category) {
            case ACTIONABLE -> ReportSignals.isHighImpact(prose) ? Severity.HIGH : Severity.MEDIUM;
            case SHORT_ACTIONABLE -> ReportSignals.isHighImpact(prose) ? Severity.HIGH : Severity.LOW;
            default -> Severity.INFO;
        };
    }
}
