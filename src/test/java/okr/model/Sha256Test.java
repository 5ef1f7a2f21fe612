package okr.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** okr's SHA-256 gives the JDK's bytes, so derived entry ids stay what they were. */
class Sha256Test {

  @Test
  void theStandardsExamples() {
    // FIPS 180-4's one-block and two-block examples.
    assertEquals(
        "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
        HexFormat.of().formatHex(Sha256.digest("abc".getBytes(StandardCharsets.US_ASCII))));
    assertEquals(
        "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1",
        HexFormat.of()
            .formatHex(
                Sha256.digest(
                    "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"
                        .getBytes(StandardCharsets.US_ASCII))));
  }

  @Test
  void theJdksDigestForEveryLengthAroundTheBlockEdges() throws Exception {
    Random random = new Random(18);
    for (int length = 0; length <= 300; length++) {
      byte[] message = new byte[length];
      random.nextBytes(message);
      assertArrayEquals(
          MessageDigest.getInstance("SHA-256").digest(message),
          Sha256.digest(message),
          "length " + length);
    }
  }

  @Test
  void derivedIdsAreTheFirstSixteenHexDigitsOfTheJdksDigest() throws Exception {
    String fields = "at=2026-10-05T09:00Z\u0000by=dana\u0000kr=delight-customers/nps\u0000value=41";
    String jdk =
        HexFormat.of()
            .formatHex(
                MessageDigest.getInstance("SHA-256")
                    .digest(fields.getBytes(StandardCharsets.UTF_8)))
            .substring(0, 16);
    assertEquals(jdk, EntryId.derived(fields, 1));
    assertEquals(jdk + "-3", EntryId.derived(fields, 3));
  }
}
