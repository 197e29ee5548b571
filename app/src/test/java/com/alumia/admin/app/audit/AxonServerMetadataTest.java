package com.alumia.admin.app.audit;

import com.alumia.admin.api.audit.AuditMetadata;
import io.axoniq.axonserver.grpc.MetaDataValue;
import org.axonframework.axonserver.connector.util.GrpcMetaDataConverter;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Axon Server carries metadata as typed gRPC values; whatever is not a string, number or boolean goes through the
 * serializer. The audit metadata must come back as it went in, or the trail loses actors in that profile.
 */
class AxonServerMetadataTest {

    @Test
    void theAuditMetadataSurvivesTheAxonServerWireFormat() {
        GrpcMetaDataConverter converter = new GrpcMetaDataConverter(JacksonSerializer.defaultSerializer());
        Map<String, Object> sent = new HashMap<>();
        sent.put(AuditMetadata.ACTOR, "root@example.com");
        sent.put(AuditMetadata.ACTOR_ROLES, List.of("super_admin", "admin").stream().toList());
        sent.put(AuditMetadata.AMR, List.of("pwd", "otp"));
        sent.put(AuditMetadata.STEP_UP_AGE_SECONDS, 42L);
        sent.put(AuditMetadata.AUTH_TIME, "2026-11-24T03:12:00Z");
        sent.put(AuditMetadata.REASON, "scanner burst");

        Map<String, MetaDataValue> wire = new HashMap<>();
        sent.forEach((key, value) -> wire.put(key, converter.convertToMetaDataValue(value)));
        MetaData received = converter.convert(wire);

        assertThat(received.get(AuditMetadata.ACTOR)).isEqualTo("root@example.com");
        assertThat(received.get(AuditMetadata.ACTOR_ROLES)).asList().containsExactly("super_admin", "admin");
        assertThat(received.get(AuditMetadata.AMR)).asList().containsExactly("pwd", "otp");
        assertThat(((Number) received.get(AuditMetadata.STEP_UP_AGE_SECONDS)).longValue()).isEqualTo(42L);
        assertThat(received.get(AuditMetadata.REASON)).isEqualTo("scanner burst");
    }
}
