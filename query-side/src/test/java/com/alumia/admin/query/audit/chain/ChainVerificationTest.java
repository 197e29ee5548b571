package com.alumia.admin.query.audit.chain;

import com.alumia.admin.query.audit.EventLog.StoredEvent;
import com.alumia.admin.query.audit.chain.ExportLines.AnchorLine;
import com.alumia.admin.query.audit.chain.ExportLines.CheckpointLine;
import com.alumia.admin.query.audit.chain.ExportLines.EventLine;
import com.alumia.admin.query.audit.chain.ExportLines.Line;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An export written as the endpoint writes it, read back as the {@code verify} command reads it, and every kind of
 * tampering an auditor must catch.
 */
class ChainVerificationTest {

    private static final JsonFactory JSON = new JsonFactory();
    private static final KeyPair KEYS = ChainKeys.generate();
    private static final ChainKeys.Signer SIGNER = new ChainKeys.Signer(KEYS, ChainKeys.keyId(KEYS.getPublic()));
    private static final Map<String, java.security.PublicKey> TRUSTED = Map.of(SIGNER.keyId(), KEYS.getPublic());
    /** Positions with a gap, as the log has them; checkpoints after 3 and after 7. */
    private static final long[] POSITIONS = {1, 2, 3, 5, 6, 7};

    private static StoredEvent event(long position, String text) {
        String metadata = "{\"actor\":\"ops@example.com\",\"reason\":\"triage\",\"roles\":[\"admin\"]}";
        String payload = "{\"feedbackId\":\"fb_" + position + "\",\"text\":\"" + text + "\"}";
        return new StoredEvent(position, "ev-" + position, "com.alumia.admin.api.feedback.FeedbackReceivedEvent",
                "1", "Feedback", "fb_" + position, 0L, "2026-11-24T03:12:0" + position + ".000Z",
                metadata.getBytes(StandardCharsets.UTF_8), payload.getBytes(StandardCharsets.UTF_8));
    }

    private static List<StoredEvent> events() {
        List<StoredEvent> events = new ArrayList<>();
        for (long p : POSITIONS) {
            events.add(event(p, "note " + p + " \u00e9"));
        }
        return events;
    }

    /** The lines of an export of {@code events}, chained from the start, with checkpoints after 3 and 7. */
    private static List<Line> chained(List<StoredEvent> events, ChainKeys.Signer signer) {
        List<Line> lines = new ArrayList<>();
        lines.add(new AnchorLine(0, HashChain.genesis()));
        byte[] link = HashChain.genesis();
        for (StoredEvent e : events) {
            link = HashChain.next(link, e);
            lines.add(new EventLine(e, link));
            if (e.position() == 3 || e.position() == 7) {
                lines.add(new CheckpointLine(signer.sign(e.position(), link, Instant.parse("2026-11-24T03:13:00Z"))));
            }
        }
        return lines;
    }

    private static List<String> text(List<Line> lines) {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = JSON.createGenerator(out)) {
            lines.forEach(line -> ExportLines.write(json, line));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ArrayList<>(List.of(out.toString().split("\n")));
    }

    private static ChainReport verify(List<String> text) {
        ChainVerifier verifier = new ChainVerifier(TRUSTED, false);
        for (String line : text) {
            if (!verifier.accept(ExportLines.read(JSON, line))) {
                break;
            }
        }
        return verifier.report();
    }

    private static int lineOf(List<String> text, long position) {
        for (int i = 0; i < text.size(); i++) {
            if (text.get(i).startsWith("{\"position\":" + position + ",")) {
                return i;
            }
        }
        throw new AssertionError("no event line at " + position);
    }

    @Test
    void anUntouchedExportVerifiesWithEveryCheckpoint() {
        ChainReport report = verify(text(chained(events(), SIGNER)));
        assertThat(report.intact()).isTrue();
        assertThat(report.events()).isEqualTo(6);
        assertThat(report.checkpoints()).isEqualTo(2);
        assertThat(report.lastSignedPosition()).isEqualTo(7);
        assertThat(report.eventsAfterLastSigned()).isZero();
        assertThat(report.firstBreak()).isNull();
    }

    @Test
    void aChangedPayloadBreaksTheChainAtThatEvent() {
        List<String> text = text(chained(events(), SIGNER));
        int i = lineOf(text, 5);
        text.set(i, text.get(i).replace("note 5", "note 6"));
        assertBreak(verify(text), 5, "link_mismatch");
    }

    @Test
    void aChangedMetadataFieldBreaksTheChainAtThatEvent() {
        List<String> text = text(chained(events(), SIGNER));
        int i = lineOf(text, 2);
        text.set(i, text.get(i).replace("ops@example.com", "someone@example.com"));
        assertBreak(verify(text), 2, "link_mismatch");
    }

    @Test
    void aChangedTimestampOrSequenceBreaksTheChain() {
        List<String> text = text(chained(events(), SIGNER));
        int i = lineOf(text, 6);
        text.set(i, text.get(i).replace("03:12:06", "03:12:09"));
        assertBreak(verify(text), 6, "link_mismatch");
    }

    @Test
    void aDeletedEventBreaksTheChainAtTheNextOne() {
        List<String> text = text(chained(events(), SIGNER));
        text.remove(lineOf(text, 5));
        assertBreak(verify(text), 6, "link_mismatch");
    }

    @Test
    void aDeletedEventThatACheckpointCoversIsCaughtByTheCheckpoint() {
        List<String> text = text(chained(events(), SIGNER));
        text.remove(lineOf(text, 3));
        assertBreak(verify(text), 3, "checkpoint_mismatch");
    }

    @Test
    void aReorderedPairOfLinesBreaksTheChainAtTheFirstOfThem() {
        List<String> text = text(chained(events(), SIGNER));
        Collections.swap(text, lineOf(text, 5), lineOf(text, 6));
        assertBreak(verify(text), 6, "link_mismatch");
    }

    @Test
    void positionsGoingBackwardsAreOutOfOrder() {
        List<String> text = text(chained(events(), SIGNER));
        int i = lineOf(text, 6);
        text.set(i, text.get(i).replace("{\"position\":6,", "{\"position\":4,"));
        assertBreak(verify(text), 4, "out_of_order");
    }

    @Test
    void aReorderedPairWithSwappedPositionsBreaksTheChain() {
        List<StoredEvent> events = events();
        List<Line> lines = chained(events, SIGNER);
        StoredEvent five = events.get(3);
        StoredEvent six = events.get(4);
        List<Line> swapped = new ArrayList<>();
        for (Line line : lines) {
            if (line instanceof EventLine e && e.event().position() == 5) {
                swapped.add(new EventLine(at(six, 5), e.link()));
            } else if (line instanceof EventLine e && e.event().position() == 6) {
                swapped.add(new EventLine(at(five, 6), e.link()));
            } else {
                swapped.add(line);
            }
        }
        assertBreak(verify(text(swapped)), 5, "link_mismatch");
    }

    @Test
    void rewritingTheLinksAfterAChangeIsCaughtByTheSignedCheckpoint() {
        List<StoredEvent> events = events();
        events.set(1, event(2, "rewritten"));
        List<Line> relinked = new ArrayList<>();
        byte[] link = HashChain.genesis();
        for (Line line : chained(events(), SIGNER)) {
            if (line instanceof EventLine e) {
                StoredEvent changed = events.stream().filter(x -> x.position() == e.event().position())
                                            .findFirst().orElseThrow();
                link = HashChain.next(link, changed);
                relinked.add(new EventLine(changed, link));
            } else {
                relinked.add(line);
            }
        }
        assertBreak(verify(text(relinked)), 3, "checkpoint_mismatch");
    }

    @Test
    void aForgedCheckpointSignatureIsDetected() {
        List<String> text = text(chained(events(), SIGNER));
        int i = text.indexOf(text.stream().filter(l -> l.startsWith("{\"checkpoint\"")).findFirst().orElseThrow());
        Checkpoint real = ((CheckpointLine) ExportLines.read(JSON, text.get(i))).checkpoint();
        byte[] otherLink = real.link().clone();
        otherLink[0] ^= 1;
        Checkpoint forged = new Checkpoint(real.position(), otherLink, real.signedAt(), real.keyId(),
                real.signature());
        text.set(i, text(List.of(new CheckpointLine(forged))).get(0));
        assertBreak(verify(text), 3, "bad_signature");
    }

    @Test
    void aCheckpointSignedByAnotherKeyIsNotTrusted() {
        KeyPair other = ChainKeys.generate();
        ChainKeys.Signer forger = new ChainKeys.Signer(other, ChainKeys.keyId(other.getPublic()));
        assertBreak(verify(text(chained(events(), forger))), 3, "unknown_key");
    }

    @Test
    void aCheckpointRelabelledWithTheTrustedKeyIdFailsItsSignature() {
        KeyPair other = ChainKeys.generate();
        ChainKeys.Signer forger = new ChainKeys.Signer(other, SIGNER.keyId());
        assertBreak(verify(text(chained(events(), forger))), 3, "bad_signature");
    }

    @Test
    void anExportWithoutItsAnchorCannotBeRecomputed() {
        List<String> text = text(chained(events(), SIGNER));
        text.remove(0);
        assertBreak(verify(text), 1, "no_anchor");
    }

    @Test
    void eventsNotYetChainedAtTheEndAreCountedNotChecked() {
        List<StoredEvent> events = events();
        List<Line> lines = chained(events.subList(0, 3), SIGNER);
        lines.add(new EventLine(events.get(3), null));
        lines.add(new EventLine(events.get(4), null));
        ChainReport report = verify(text(lines));
        assertThat(report.intact()).isTrue();
        assertThat(report.events()).isEqualTo(3);
        assertThat(report.unchainedEvents()).isEqualTo(2);
    }

    @Test
    void aResumedExportVerifiesFromItsAnchor() {
        List<Line> lines = chained(events(), SIGNER);
        byte[] linkAtThree = ((EventLine) lines.get(3)).link();
        List<Line> resumed = new ArrayList<>();
        resumed.add(new AnchorLine(4, linkAtThree));
        resumed.addAll(lines.subList(5, lines.size()));
        ChainReport report = verify(text(resumed));
        assertThat(report.intact()).isTrue();
        assertThat(report.events()).isEqualTo(3);
        assertThat(report.lastSignedPosition()).isEqualTo(7);
    }

    @Test
    void checkpointsRoundTripThroughPemKeys() {
        String pem = ChainKeys.pem(KEYS);
        assertThat(ChainKeys.publicKey(pem)).contains(KEYS.getPublic());
        Checkpoint checkpoint = SIGNER.sign(7, HashChain.genesis(), Instant.now());
        assertThat(ChainKeys.verifies(ChainKeys.publicKey(ChainKeys.publicPem(KEYS.getPublic())).orElseThrow(),
                checkpoint)).isTrue();
    }

    private static StoredEvent at(StoredEvent e, long position) {
        return new StoredEvent(position, e.eventId(), e.payloadType(), e.payloadRevision(), e.aggregateType(),
                e.aggregateId(), e.sequence(), e.timestamp(), e.metadata(), e.payload());
    }

    private static void assertBreak(ChainReport report, long position, String problem) {
        assertThat(report.intact()).isFalse();
        assertThat(report.firstBreak().problem()).isEqualTo(problem);
        assertThat(report.firstBreak().position()).isEqualTo(position);
    }
}
