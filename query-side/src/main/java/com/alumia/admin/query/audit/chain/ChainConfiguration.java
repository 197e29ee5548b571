package com.alumia.admin.query.audit.chain;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.LinkedHashMap;
import java.util.Map;

@Configuration(proxyBeanMethods = false)
class ChainConfiguration {

    @Bean
    ChainKeys.Signer checkpointSigner(ChainProperties properties) {
        return ChainKeys.signer(properties.keyFile(), properties.createKeyIfMissing());
    }

    @Bean
    TrustedKeys trustedKeys(ChainKeys.Signer signer, ChainProperties properties) {
        Map<String, PublicKey> keys = new LinkedHashMap<>();
        keys.put(signer.keyId(), signer.publicKey());
        for (Path file : properties.retiredKeys()) {
            try {
                PublicKey key = ChainKeys.publicKey(Files.readString(file, StandardCharsets.UTF_8))
                        .orElseThrow(() -> new IllegalStateException(file + " holds no PUBLIC KEY block"));
                keys.put(ChainKeys.keyId(key), key);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the retired chain key " + file, e);
            }
        }
        return new TrustedKeys(Map.copyOf(keys));
    }

    /** The public keys whose checkpoints the store's verification accepts, by key id. */
    record TrustedKeys(Map<String, PublicKey> byId) {
    }
}
