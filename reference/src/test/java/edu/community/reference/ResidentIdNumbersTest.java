package edu.community.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ResidentIdNumbersTest {

    @Test
    void the_check_character_of_the_standards_example_is_x() {
        assertEquals('X', ResidentIdNumbers.checkCharacter("11010519491231002"));
    }

    @Test
    void every_check_character_agrees_with_iso_7064_mod_11_2_written_out_again() {
        for (int n = 0; n < 2_000; n++) {
            String first17 = String.format("330106%08d%03d", 19_700_101 + n * 37, n % 1000);
            assertEquals(mod11Two(first17), ResidentIdNumbers.checkCharacter(first17), first17);
        }
    }

    @Test
    void anything_but_17_digits_is_refused() {
        assertThrows(IllegalArgumentException.class, () -> ResidentIdNumbers.checkCharacter("3301061970010100"));
        assertThrows(IllegalArgumentException.class, () -> ResidentIdNumbers.checkCharacter("33010619700101X01"));
    }

    /** The weights as powers of two modulo 11, independently of the table in the class. */
    private static char mod11Two(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * ((1 << (17 - i)) % 11);
        }
        return "10X98765432".charAt(sum % 11);
    }
}
