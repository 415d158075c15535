import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

/**
 * Prints a learner's bearer token, to try progress by hand against a server of one's own (docs/security.md, "Trying
 * it by hand"): a JWT signed with HS256 whose subject ({@code sub}) is the learner, with the secret the server is
 * configured with. Not for production: there the app that signs in its users issues the tokens. Run from the
 * repository with the JDK alone (no build, no library):
 * <pre>
 * java docs/tools/LearnerToken.java LEARNER [MINUTES]
 * </pre>
 * The secret comes from {@code MICRONAUT_SECURITY_TOKEN_JWT_SIGNATURES_SECRET_GENERATOR_SECRET}, the audience, when
 * the server checks one, from {@code MICRONAUT_SECURITY_TOKEN_JWT_CLAIMS_VALIDATORS_AUDIENCE}: the server's own
 * variables. The token expires after MINUTES (default 60). Exits 2, printing why, on a wrong call or a missing secret.
 */
public class LearnerToken {

    static final String SECRET = "MICRONAUT_SECURITY_TOKEN_JWT_SIGNATURES_SECRET_GENERATOR_SECRET";
    static final String AUDIENCE = "MICRONAUT_SECURITY_TOKEN_JWT_CLAIMS_VALIDATORS_AUDIENCE";

    public static void main(String[] args) throws Exception {
        String secret = System.getenv(SECRET);
        if (args.length < 1 || args.length > 2 || args[0].isBlank() || args.length == 2 && !minutes(args[1])) {
            fail("usage: java docs/tools/LearnerToken.java LEARNER [MINUTES]   (MINUTES: 1..10080, default 60)");
        }
        if (secret == null || secret.getBytes(StandardCharsets.UTF_8).length < 32) {
            fail("set " + SECRET + " to the server's secret (at least 32 bytes), as for the server itself");
        }
        long now = Instant.now().getEpochSecond();
        long expires = now + 60 * (args.length == 2 ? Long.parseLong(args[1]) : 60);
        String audience = System.getenv(AUDIENCE);
        String claims = "{\"sub\":" + json(args[0]) + (audience == null || audience.isBlank() ? ""
                : ",\"aud\":" + json(audience)) + ",\"iat\":" + now + ",\"exp\":" + expires + "}";
        String unsigned = base64("{\"alg\":\"HS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + base64(claims.getBytes(StandardCharsets.UTF_8));
        Mac hmac = Mac.getInstance("HmacSHA256");
        hmac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        System.out.println(unsigned + "." + base64(hmac.doFinal(unsigned.getBytes(StandardCharsets.US_ASCII))));
    }

    private static boolean minutes(String text) {
        return text.matches("[0-9]{1,5}") && Integer.parseInt(text) >= 1 && Integer.parseInt(text) <= 10_080;
    }

    private static String base64(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** A JSON string: quotes, backslashes and control characters escaped. */
    private static String json(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }

    private static void fail(String why) {
        System.err.println("LearnerToken: " + why);
        System.exit(2);
    }
}
