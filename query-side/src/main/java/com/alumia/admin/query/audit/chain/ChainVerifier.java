package com.alumia.admin.query.audit.chain;

import com.alumia.admin.query.audit.EventLog.StoredEvent;

import com.alumia.admin.query.audit.chain.ExportLines.AnchorLine;
import com.alumia.admin.query.audit.chain.ExportLines.CheckpointLine;
import com.alumia.admin.query.audit.chain.ExportLines.EventLine;
import com.alumia.admin.query.audit.chain.ExportLines.Line;
import com.alumia.admin.query.audit.chain.ExportLines.MissingLine;

import java.security.PublicKey;
import java.util.Arrays;
import java.util.Map;

/**
 * Recomputes the chain from events handed in global order and checks it against the recorded links and the signed
 * checkpoints; stops at the first problem. The same check serves the store ({@code GET /api/v1/admin/events/verify})
 * and an export verified offline (the {@code verify} command).
 */
public final class ChainVerifier {

    private final Map<String, PublicKey> keys;
    private final boolean linksRequired;
    private long from;
    private byte[] link;
    private long position;
    private boolean anchored;
    private boolean started;
    private long events;
    private long unchained;
    private int checkpoints;
    private Long lastSigned;
    private long sinceSigned;
    private ChainReport.Break firstBreak;

    /**
     * @param keys          the public keys that may sign checkpoints, by key id
     * @param linksRequired whether every event must have a recorded link (the store, below the end of the chain);
     *                      otherwise events without one are the unchained tail of an export
     */
    public ChainVerifier(Map<String, PublicKey> keys, boolean linksRequired) {
        this.keys = keys;
        this.linksRequired = linksRequired;
    }

    /** Takes the next line; false once the chain is broken. */
    public boolean accept(Line line) {
        if (line instanceof AnchorLine a) {
            return anchor(a.position(), a.link());
        } else if (line instanceof EventLine e) {
            return event(e.event(), e.link());
        } else if (line instanceof CheckpointLine c) {
            return checkpoint(c.checkpoint());
        } else if (line instanceof MissingLine m) {
            return missingEvent(m.position(), m.link());
        }
        throw new IllegalArgumentException("unknown line " + line);
    }

    /** The link at {@code at}, from which the chain continues: before anything else. */
    public boolean anchor(long at, byte[] anchorLink) {
        if (broken()) {
            return false;
        }
        if (started) {
            return fail(at, "out_of_order", "an anchor must come before every event and checkpoint", anchorLink,
                    null);
        }
        started = true;
        from = at;
        position = at;
        link = anchorLink;
        anchored = true;
        return true;
    }

    public boolean broken() {
        return firstBreak != null;
    }

    /**
     * @param recorded the link recorded for this event, null when none is
     * @return false once the chain is broken
     */
    public boolean event(StoredEvent event, byte[] recorded) {
        if (broken()) {
            return false;
        }
        started = true;
        if (event.position() <= position) {
            return fail(event.position(), "out_of_order", "position " + event.position() + " comes after "
                    + position + ": the events are not in global order", recorded, null);
        }
        if (!anchored) {
            return fail(event.position(), "no_anchor", "the link before position " + event.position()
                    + " is not known, so the chain cannot be recomputed from here", recorded, null);
        }
        if (recorded == null) {
            if (linksRequired) {
                return fail(event.position(), "unlinked_event", "the event at " + event.position()
                        + " has no link although the chain has passed it: it was added after it was chained",
                        (byte[]) null, null);
            }
            unchained++;
            position = event.position();
            return true;
        }
        if (unchained > 0) {
            return fail(event.position(), "out_of_order", "a linked event follows unlinked ones", recorded, null);
        }
        byte[] computed = HashChain.next(link, event);
        if (!Arrays.equals(computed, recorded)) {
            return fail(event.position(), "link_mismatch", "the event at " + event.position() + " is not the one"
                    + " that was chained: one of its fields changed, or an event before it was removed, added or"
                    + " moved", recorded, computed);
        }
        link = computed;
        position = event.position();
        events++;
        sinceSigned++;
        return true;
    }

    /** A link recorded for a position where the log has no event. */
    public boolean missingEvent(long at, byte[] recorded) {
        if (broken()) {
            return false;
        }
        started = true;
        return fail(at, "missing_event", "a link was recorded for position " + at + " but the log has no event"
                + " there: it was removed", recorded, null);
    }

    /** A checkpoint, handed right after the event at its position. */
    public boolean checkpoint(Checkpoint checkpoint) {
        if (broken()) {
            return false;
        }
        started = true;
        PublicKey key = keys.get(checkpoint.keyId());
        if (key == null) {
            return fail(checkpoint.position(), "unknown_key", "the checkpoint at " + checkpoint.position()
                    + " names key " + checkpoint.keyId() + ", which is not one of the trusted keys "
                    + keys.keySet(), HashChain.hex(checkpoint.link()), null);
        }
        if (!ChainKeys.verifies(key, checkpoint)) {
            return fail(checkpoint.position(), "bad_signature", "the signature of the checkpoint at "
                    + checkpoint.position() + " does not verify with key " + checkpoint.keyId()
                    + ": it was forged or altered", HashChain.hex(checkpoint.link()), null);
        }
        if (checkpoint.position() != position || unchained > 0 || !anchored) {
            return fail(checkpoint.position(), "checkpoint_mismatch", "the checkpoint at " + checkpoint.position()
                    + " does not follow the last linked event (" + position + "): the event it covers is missing",
                    HashChain.hex(checkpoint.link()), null);
        }
        if (!Arrays.equals(checkpoint.link(), link)) {
            return fail(checkpoint.position(), "checkpoint_mismatch", "the signed link at " + checkpoint.position()
                    + " differs from the link recomputed from the events: events up to there were changed and"
                    + " their links rewritten", HashChain.hex(checkpoint.link()), HashChain.hex(link));
        }
        checkpoints++;
        lastSigned = checkpoint.position();
        sinceSigned = 0;
        return true;
    }

    public ChainReport report() {
        return new ChainReport(!broken(), from, position, events, unchained, checkpoints, lastSigned, sinceSigned,
                firstBreak);
    }

    private boolean fail(long at, String problem, String detail, byte[] recorded, byte[] computed) {
        return fail(at, problem, detail, recorded == null ? null : HashChain.hex(recorded),
                computed == null ? null : HashChain.hex(computed));
    }

    private boolean fail(long at, String problem, String detail, String recorded, String computed) {
        firstBreak = new ChainReport.Break(at, problem, detail, recorded, computed);
        return false;
    }
}
