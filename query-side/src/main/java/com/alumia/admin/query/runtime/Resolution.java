package com.alumia.admin.query.runtime;

import com.alumia.admin.api.runtime.FlagKey;
import com.alumia.admin.api.runtime.FlagSpec;
import com.alumia.admin.api.runtime.ResolvedControl;
import com.alumia.admin.api.runtime.ResolvedControl.Layer;
import com.alumia.admin.query.audit.chain.HashChain;

import java.nio.charset.StandardCharsets;

/**
 * How a flag's value for an org is decided: the org's override, else the global value, else the platform
 * default. A percentage rollout then turns the percentage into on or off by the org's place among 100 buckets,
 * from a hash of the flag key and the org id, so an org stays on as the percentage grows.
 */
final class Resolution {

    private Resolution() {
    }

    static ResolvedControl resolve(FlagKey key, FlagSpec spec, String global, String override, String orgId,
                                   long version) {
        Layer layer = override != null ? Layer.ORG : global != null ? Layer.GLOBAL : Layer.DEFAULT;
        String layerValue = override != null ? override : global != null ? global : spec.defaultValue();
        Integer bucket = null;
        Object value;
        switch (spec.type()) {
            case KILL_SWITCH, BOOLEAN -> value = Boolean.parseBoolean(layerValue);
            case INTEGER -> value = Long.parseLong(layerValue);
            case PERCENTAGE -> {
                bucket = bucket(key, orgId);
                value = bucket < Integer.parseInt(layerValue);
            }
            default -> value = layerValue;
        }
        return new ResolvedControl(key, spec.type(), value, layer, layerValue, bucket,
                layerValue.equals(spec.stopsAgentLoop()), version);
    }

    /** The org's place, 0 to 99, for this flag. */
    static int bucket(FlagKey key, String orgId) {
        byte[] hash = HashChain.sha256((key.value() + "\n" + orgId).getBytes(StandardCharsets.UTF_8));
        long first = ((hash[0] & 0xffL) << 24) | ((hash[1] & 0xffL) << 16) | ((hash[2] & 0xffL) << 8)
                     | (hash[3] & 0xffL);
        return (int) (first % 100);
    }
}
