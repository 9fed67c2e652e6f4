package io.rivulet;

import static org.assertj.core.api.Assertions.assertThat;

import io.rivulet.config.Redaction;
import io.rivulet.ui.Report;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Secrets in settings (issue 15): the values of settings named like password, secret, token or credential, or
 * matching {@code rivulet.redaction.regex}, never reach the web UI's settings, {@code /api/status}, the event
 * log or the report; the application still reads them as set.
 */
class RedactionTest {
    @Test
    void sensitiveSettingsAreRedactedInTheUiTheStatusTheEventLogAndTheReport(@TempDir Path dir) throws Exception {
        Path logs = dir.resolve("logs");
        String body;
        try (Rivulet rv = Rivulet.builder()
                .master("local[1]")
                .appName("secrets")
                .config("rivulet.ui.enabled", "true")
                .config("rivulet.ui.port", "0")
                .config("rivulet.eventLog.dir", logs.toString())
                .config("rivulet.db.password", "hunter2")
                .config("rivulet.s3.SecretKey", "s3cr3t-value")
                .config("rivulet.api.token", "tok-123")
                .config("rivulet.gcp.credentials.json", "{private}")
                .config("rivulet.vendor.apikey", "AKIA-42")
                .config("rivulet.note", "uses bearer-token-999") // a value that looks like a secret
                .config("rivulet.redaction.regex", "(?i)apikey")
                .config("rivulet.harmless", "visible")
                .build()) {
            assertThat(rv.conf()).containsEntry("rivulet.db.password", "hunter2");
            rv.range(0, 10).count();
            HttpClient http = HttpClient.newHttpClient();
            body = http.send(
                            HttpRequest.newBuilder(URI.create(rv.uiWebUrl().orElseThrow() + "api/status"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString())
                    .body();
        }
        Path log;
        try (Stream<Path> files = Files.list(logs)) {
            log = files.filter(p -> p.toString().endsWith(".jsonl")).findFirst().orElseThrow();
        }
        Path report = dir.resolve("report.html");
        Report.write(log, report);

        for (String shown : List.of(body, Files.readString(log), Files.readString(report, StandardCharsets.UTF_8))) {
            assertThat(shown)
                    .doesNotContain("hunter2", "s3cr3t-value", "tok-123", "{private}", "AKIA-42", "bearer-token-999")
                    .contains(Redaction.REDACTED)
                    .contains("visible")
                    .contains("(?i)apikey");
        }
    }

    @Test
    void theRuleMatchesNamesAndValuesInAnyCase() {
        Map<String, String> shown = Redaction.redact(Map.of(
                "rivulet.PASSWORD", "a",
                "rivulet.plain", "b",
                "rivulet.url", "jdbc:x?password=c",
                "rivulet.redaction.regex", "plain2",
                "rivulet.plain2", "d"));
        assertThat(shown)
                .containsEntry("rivulet.PASSWORD", Redaction.REDACTED)
                .containsEntry("rivulet.plain", "b")
                .containsEntry("rivulet.url", Redaction.REDACTED)
                .containsEntry("rivulet.redaction.regex", "plain2")
                .containsEntry("rivulet.plain2", Redaction.REDACTED);
    }
}
