package dev.ledgerline.hub.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TokenFormatTest {

    @Test
    void generatedTokenIsWellFormedAndRecognisable() {
        String token = TokenFormat.generate();

        assertThat(token).startsWith("llk_").hasSize(4 + 32 + 1 + 6);
        assertThat(TokenFormat.isWellFormed(token)).isTrue();
    }

    @Test
    void mistypedTokenFailsTheChecksum() {
        String token = TokenFormat.generate();
        char c = token.charAt(10);
        String typo = token.substring(0, 10) + (c == 'a' ? 'b' : 'a') + token.substring(11);

        assertThat(TokenFormat.isWellFormed(typo)).isFalse();
        assertThat(TokenFormat.isWellFormed("llk_short_abcdef")).isFalse();
        assertThat(TokenFormat.isWellFormed(null)).isFalse();
    }

    @Test
    void hashIsHexSha256AndNotTheToken() {
        String token = TokenFormat.generate();

        assertThat(TokenFormat.hash(token)).hasSize(64).matches("[0-9a-f]+").isNotEqualTo(token);
        assertThat(TokenFormat.hash(token)).isEqualTo(TokenFormat.hash(token));
    }

    @Test
    void bootstrapTokenNeverPrintsItsValue() {
        var t = new SecurityProperties.BootstrapToken("feed", TokenFormat.generate(), java.util.List.of("read"), null);

        assertThat(t.toString()).doesNotContain(t.token()).contains("****");
    }
}
