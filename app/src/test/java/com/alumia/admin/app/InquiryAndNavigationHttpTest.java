package com.alumia.admin.app;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The public enterprise inquiry (validated, limited per client, listed for admins) and the localized navigation. */
class InquiryAndNavigationHttpTest extends ApiTest {

    private Http.Response inquire(String client, String body) {
        return http.request("POST", "/api/v1/enterprise-inquiry").header("X-Forwarded-For", client).json(body).send();
    }

    @Test
    void inquiriesAreValidatedLimitedPerClientAndListed() {
        String client = "198.51.100." + (1 + (int) (Math.random() * 250));
        String company = "Initech " + UUID.randomUUID().toString().substring(0, 6);
        String body = "{\"name\":\"Peter\",\"email\":\"Peter@Initech.example\",\"company\":\"" + company
                      + "\",\"seats\":250,\"message\":\"SSO and a dedicated database, please\"}";
        assertThat(inquire(client, "{\"name\":\"Peter\",\"email\":\"nope\",\"company\":\"X\"}").status())
                .isEqualTo(400);
        assertThat(inquire(client, "{\"name\":\"Peter\",\"email\":\"p@x.example\"}").status()).isEqualTo(400);
        assertThat(inquire(client, "{\"name\":\"P\",\"email\":\"p@x.example\",\"company\":\"X\",\"seats\":0}")
                           .status()).isEqualTo(400);
        Http.Response accepted = inquire(client, body);
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
        for (int i = 0; i < 4; i++) {
            assertThat(inquire(client, body).status()).isEqualTo(202);
        }
        Http.Response limited = inquire(client, body);
        assertThat(limited.status()).isEqualTo(429);
        assertThat(limited.json().get("type").asText()).isEqualTo("urn:alumia:problem:rate_limited");
        assertThat(Integer.parseInt(limited.header("Retry-After"))).isBetween(1, 600);
        assertThat(inquire("198.51.100.251", body.replace(company, company + " B")).status())
                .as("another client").isEqualTo(202);

        JsonNode listed = Eventually.await(() -> http.get("/api/v1/admin/enterprise-inquiries?limit=100", ADMIN),
                r -> r.body().contains(company + " B")).json();
        JsonNode mine = null;
        for (JsonNode item : listed.get("items")) {
            if (item.get("company").asText().equals(company)) {
                mine = item;
            }
        }
        assertThat(mine).isNotNull();
        assertThat(mine.get("email").asText()).isEqualTo("peter@initech.example");
        assertThat(mine.get("seats").asInt()).isEqualTo(250);
        assertThat(mine.get("clientAddress").asText()).isEqualTo(client);
        assertThat(http.get("/api/v1/admin/enterprise-inquiries", TestTokens.token("svc", "ingest")).status())
                .isEqualTo(403);
    }

    @Test
    void navigationIsLabelledInTheOperatorsLanguageWithEnglishAsTheFallback() {
        JsonNode german = http.get("/api/v1/admin/navigation?locale=de-AT", ADMIN).json();
        assertThat(german.get("locale").asText()).isEqualTo("de");
        assertThat(german.get("fallback").asBoolean()).isFalse();
        assertThat(german.at("/items/1/label").asText()).isEqualTo("Feedback-Warteschlange");
        assertThat(german.at("/items/1/path").asText()).isEqualTo("/admin/feedback");

        Http.Response french = http.request("GET", "/api/v1/admin/navigation").token(ADMIN)
                                   .header("Accept-Language", "fr-CA,fr;q=0.9,en;q=0.5").send();
        assertThat(french.header("Content-Language")).isEqualTo("fr");
        assertThat(french.json().at("/items/8/label").asText()).isEqualTo("Connecteurs");

        for (String language : new String[]{"de", "fr"}) {
            assertThat(http.get("/api/v1/admin/navigation?locale=" + language, ADMIN).json().get("items")
                           .findValuesAsText("fallback")).as("every label translated: " + language)
                    .containsOnly("false");
        }
        JsonNode japanese = http.get("/api/v1/admin/navigation?locale=ja", ADMIN).json();
        assertThat(japanese.get("locale").asText()).isEqualTo("en");
        assertThat(japanese.get("fallback").asBoolean()).isTrue();
        assertThat(japanese.at("/items/0/label").asText()).isEqualTo("Dashboard");
        assertThat(http.get("/api/v1/admin/navigation", ADMIN).json().get("locale").asText()).isEqualTo("en");
        Http.Response bad = http.get("/api/v1/admin/navigation?locale=not_a-tag!", ADMIN);
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("type").asText()).startsWith("urn:alumia:problem:");
    }
}
