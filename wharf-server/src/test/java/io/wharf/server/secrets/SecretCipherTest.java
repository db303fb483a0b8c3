package io.wharf.server.secrets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wharf.model.AppKey;
import java.nio.charset.StandardCharsets;
import javax.crypto.AEADBadTagException;
import org.junit.jupiter.api.Test;

class SecretCipherTest {
    private static final byte[] KEY = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    private final SecretCipher cipher = new SecretCipher(KEY);
    private final byte[] aad = SecretVault.associatedData(new AppKey("shop", "web"), "db", 3);

    @Test
    void aSealedValueOpensToTheSameBytes() throws Exception {
        SecretCipher.Sealed sealed = cipher.seal("pa55 wörd".getBytes(StandardCharsets.UTF_8), aad);

        assertThat(new String(cipher.open(sealed, aad), StandardCharsets.UTF_8)).isEqualTo("pa55 wörd");
        assertThat(sealed.nonce()).hasSize(12);
        assertThat(new String(sealed.ciphertext(), StandardCharsets.ISO_8859_1)).doesNotContain("pa55");
    }

    @Test
    void theSameValueSealedTwiceGetsTwoNoncesAndTwoCiphertexts() {
        SecretCipher.Sealed one = cipher.seal(new byte[] {1, 2, 3}, aad);
        SecretCipher.Sealed two = cipher.seal(new byte[] {1, 2, 3}, aad);

        assertThat(one.nonce()).isNotEqualTo(two.nonce());
        assertThat(one.ciphertext()).isNotEqualTo(two.ciphertext());
    }

    @Test
    void aChangedCiphertextIsDetected() {
        SecretCipher.Sealed sealed = cipher.seal("value".getBytes(StandardCharsets.UTF_8), aad);
        byte[] tampered = sealed.ciphertext();
        tampered[0] ^= 1;

        assertThatThrownBy(() -> cipher.open(new SecretCipher.Sealed(sealed.nonce(), tampered), aad))
                .isInstanceOf(AEADBadTagException.class);
    }

    @Test
    void aChangedNonceIsDetected() {
        SecretCipher.Sealed sealed = cipher.seal("value".getBytes(StandardCharsets.UTF_8), aad);
        byte[] nonce = sealed.nonce();
        nonce[11] ^= 1;

        assertThatThrownBy(() -> cipher.open(new SecretCipher.Sealed(nonce, sealed.ciphertext()), aad))
                .isInstanceOf(AEADBadTagException.class);
    }

    @Test
    void aValueDoesNotOpenAsAnotherAppNameOrVersion() {
        SecretCipher.Sealed sealed = cipher.seal("value".getBytes(StandardCharsets.UTF_8), aad);

        assertThatThrownBy(() -> cipher.open(sealed, SecretVault.associatedData(new AppKey("shop", "api"), "db", 3)))
                .isInstanceOf(AEADBadTagException.class);
        assertThatThrownBy(() -> cipher.open(sealed, SecretVault.associatedData(new AppKey("shop", "web"), "db2", 3)))
                .isInstanceOf(AEADBadTagException.class);
        assertThatThrownBy(() -> cipher.open(sealed, SecretVault.associatedData(new AppKey("shop", "web"), "db", 4)))
                .isInstanceOf(AEADBadTagException.class);
    }

    @Test
    void anotherKeyCannotOpenIt() {
        SecretCipher.Sealed sealed = cipher.seal("value".getBytes(StandardCharsets.UTF_8), aad);
        byte[] other = KEY.clone();
        other[0] ^= 1;

        assertThatThrownBy(() -> new SecretCipher(other).open(sealed, aad)).isInstanceOf(AEADBadTagException.class);
    }

    @Test
    void aKeyHasThirtyTwoBytesAndTheCipherNeverShowsIt() {
        assertThatThrownBy(() -> new SecretCipher(new byte[16])).isInstanceOf(IllegalArgumentException.class);
        assertThat(cipher.toString()).doesNotContain("0123");
        assertThat(cipher.seal(new byte[] {1}, aad).toString()).isEqualTo("Sealed[17 bytes]");
    }
}
