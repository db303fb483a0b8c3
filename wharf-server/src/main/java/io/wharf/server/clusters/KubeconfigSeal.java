package io.wharf.server.clusters;

import io.wharf.server.secrets.SecretCipher;
import java.nio.charset.StandardCharsets;
import javax.crypto.AEADBadTagException;

/** Seals kubeconfigs with the secret key, each bound to its cluster's name so a copied row does not open. */
final class KubeconfigSeal {
    private final SecretCipher cipher;

    KubeconfigSeal(SecretCipher cipher) {
        this.cipher = cipher;
    }

    SecretCipher.Sealed seal(String cluster, String kubeconfig) {
        return cipher.seal(kubeconfig.getBytes(StandardCharsets.UTF_8), associatedData(cluster));
    }

    String open(String cluster, SecretCipher.Sealed sealed) throws AEADBadTagException {
        return new String(cipher.open(sealed, associatedData(cluster)), StandardCharsets.UTF_8);
    }

    /** Names are DNS labels, so the NUL separator cannot be forged by a name. */
    static byte[] associatedData(String cluster) {
        return ("wharf-cluster\0" + cluster).getBytes(StandardCharsets.UTF_8);
    }
}
