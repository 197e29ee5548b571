package com.alumia.admin.query.runtime;

import com.alumia.admin.api.runtime.FlagKey;
import com.alumia.admin.api.runtime.FlagSpec;
import com.alumia.admin.api.runtime.FlagType;
import com.alumia.admin.api.runtime.ResolvedControl;
import com.alumia.admin.api.runtime.ResolvedControl.Layer;
import org.junit.jupiter.api.Test;

import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class ResolutionTest {

    private static final FlagKey STEPS = new FlagKey("ai.loop.max_steps");
    private static final FlagSpec STEPS_SPEC = new FlagSpec(FlagType.INTEGER, "d", "o", "25", 0L, 200L, null, "0");
    private static final FlagKey ROLLOUT = new FlagKey("ai.loop.pruning.rollout");
    private static final FlagSpec ROLLOUT_SPEC = new FlagSpec(FlagType.PERCENTAGE, "d", "o", "0", null, null, null,
            null);

    @Test
    void theOrgsOverrideBeatsTheGlobalValueWhichBeatsTheDefault() {
        ResolvedControl byDefault = Resolution.resolve(STEPS, STEPS_SPEC, null, null, "org-a", 0);
        assertThat(byDefault.value()).isEqualTo(25L);
        assertThat(byDefault.decidedBy()).isEqualTo(Layer.DEFAULT);
        ResolvedControl global = Resolution.resolve(STEPS, STEPS_SPEC, "40", null, "org-a", 1);
        assertThat(global.value()).isEqualTo(40L);
        assertThat(global.decidedBy()).isEqualTo(Layer.GLOBAL);
        ResolvedControl org = Resolution.resolve(STEPS, STEPS_SPEC, "40", "0", "org-a", 2);
        assertThat(org.value()).isEqualTo(0L);
        assertThat(org.decidedBy()).isEqualTo(Layer.ORG);
        assertThat(org.stopsAgentLoop()).isTrue();
        assertThat(global.stopsAgentLoop()).isFalse();
    }

    @Test
    void aRolloutKeepsEveryOrgInItsPlaceAsItGrows() {
        for (int i = 0; i < 500; i++) {
            String org = "org-" + i;
            boolean onAt20 = (boolean) Resolution.resolve(ROLLOUT, ROLLOUT_SPEC, "20", null, org, 1).value();
            boolean onAt60 = (boolean) Resolution.resolve(ROLLOUT, ROLLOUT_SPEC, "60", null, org, 2).value();
            assertThat(!onAt20 || onAt60).as("%s on at 20%% stays on at 60%%", org).isTrue();
            assertThat(Resolution.bucket(ROLLOUT, org)).isEqualTo(Resolution.bucket(ROLLOUT, org));
        }
        assertThat(Resolution.resolve(ROLLOUT, ROLLOUT_SPEC, "0", null, "org-1", 1).value()).isEqualTo(false);
        assertThat(Resolution.resolve(ROLLOUT, ROLLOUT_SPEC, "100", null, "org-1", 1).value()).isEqualTo(true);
        long onAt20 = IntStream.range(0, 2_000)
                               .filter(i -> Resolution.bucket(ROLLOUT, "org-" + i) < 20).count();
        assertThat(onAt20).isBetween(320L, 480L);
    }

    @Test
    void theSameOrgFallsInDifferentPlacesForDifferentFlags() {
        FlagKey other = new FlagKey("ai.loop.other_rollout");
        long same = IntStream.range(0, 200)
                             .filter(i -> Resolution.bucket(ROLLOUT, "org-" + i) == Resolution.bucket(other, "org-" + i))
                             .count();
        assertThat(same).isLessThan(20);
    }
}
