package dev.ledgerline.odoo.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ledgerline.odoo.client.internal.OdooJson;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class DomainTest {

    private static String json(Domain domain) {
        return OdooJson.encode(domain).toString();
    }

    @Test
    void emptyDomainMatchesEverything() {
        assertThat(json(Domain.all())).isEqualTo("[]");
        assertThat(Domain.all().isAll()).isTrue();
        assertThat(Domain.all().and(Domain.all()).isAll()).isTrue();
    }

    @Test
    void topLevelConjunctionIsImplicitAsInOdoo() {
        Domain domain = Domain.eq("name", "EUR").and(Domain.in("active", List.of(true, false)));

        assertThat(json(domain)).isEqualTo("[[\"name\",\"=\",\"EUR\"],[\"active\",\"in\",[true,false]]]");
    }

    @Test
    void disjunctionIsPrefixed() {
        Domain domain = Domain.ilike("name", "glob").or(Domain.eq("ref", "CRM-ACC-003"));

        assertThat(json(domain)).isEqualTo("[\"|\",[\"name\",\"ilike\",\"glob\"],[\"ref\",\"=\",\"CRM-ACC-003\"]]");
    }

    @Test
    void conjunctionInsideDisjunctionGetsExplicitAmpersands() {
        Domain domain =
                Domain.anyOf(Domain.allOf(Domain.eq("a", 1), Domain.eq("b", 2), Domain.eq("c", 3)), Domain.eq("d", 4));

        assertThat(json(domain))
                .isEqualTo("[\"|\",\"&\",\"&\",[\"a\",\"=\",1],[\"b\",\"=\",2],[\"c\",\"=\",3],[\"d\",\"=\",4]]");
    }

    @Test
    void nestedJunctionsOfTheSameKindFlatten() {
        Domain domain = Domain.eq("a", 1).or(Domain.eq("b", 2)).or(Domain.eq("c", 3));

        assertThat(json(domain)).isEqualTo("[\"|\",\"|\",[\"a\",\"=\",1],[\"b\",\"=\",2],[\"c\",\"=\",3]]");
    }

    @Test
    void negationPrefixesOneExpressionAndDoubleNegationCancels() {
        Domain negated = Domain.not(Domain.eq("a", 1).and(Domain.eq("b", 2)));

        assertThat(json(negated)).isEqualTo("[\"!\",\"&\",[\"a\",\"=\",1],[\"b\",\"=\",2]]");
        assertThat(negated.negate()).isEqualTo(Domain.eq("a", 1).and(Domain.eq("b", 2)));
    }

    @Test
    void noneIsOdoosFalseLeafAndTheIdentityOfDisjunction() {
        assertThat(json(Domain.none())).isEqualTo("[[0,\"=\",1]]");
        assertThat(Domain.all().negate()).isEqualTo(Domain.none());
        assertThat(Domain.none().negate().isAll()).isTrue();
        assertThat(Domain.anyOf(List.of())).isEqualTo(Domain.none());
        assertThat(Domain.eq("a", 1).or(Domain.all()).isAll()).isTrue();
    }

    @ParameterizedTest
    @EnumSource(Domain.Operator.class)
    void everyOperatorIsWrittenWithOdoosSymbol(Domain.Operator operator) {
        Object value = switch (operator) {
            case IN, NOT_IN -> List.of(1, 2);
            case ANY, NOT_ANY -> Domain.eq("state", "posted");
            default -> "x";
        };

        Domain domain = Domain.where("field", operator, value);

        assertThat(OdooJson.encode(domain).get(0).get(1).asString()).isEqualTo(operator.symbol());
        assertThat(Domain.Operator.of(operator.symbol())).isEqualTo(operator);
    }

    @Test
    void shorthandsUseTheirOperators() {
        List<Domain> domains = List.of(
                Domain.eq("f", 1),
                Domain.ne("f", 1),
                Domain.gt("f", 1),
                Domain.ge("f", 1),
                Domain.lt("f", 1),
                Domain.le("f", 1),
                Domain.in("f", List.of(1)),
                Domain.notIn("f", List.of(1)),
                Domain.like("f", "x"),
                Domain.ilike("f", "x"),
                Domain.notLike("f", "x"),
                Domain.notIlike("f", "x"),
                Domain.eqLike("f", "x%"),
                Domain.eqIlike("f", "x%"),
                Domain.childOf("f", 1),
                Domain.parentOf("f", 1),
                Domain.any("f", Domain.eq("g", 1)),
                Domain.notAny("f", Domain.eq("g", 1)));

        assertThat(domains)
                .extracting(domain -> OdooJson.encode(domain).get(0).get(1).asString())
                .containsExactly(
                        "=",
                        "!=",
                        ">",
                        ">=",
                        "<",
                        "<=",
                        "in",
                        "not in",
                        "like",
                        "ilike",
                        "not like",
                        "not ilike",
                        "=like",
                        "=ilike",
                        "child_of",
                        "parent_of",
                        "any",
                        "not any");
    }

    @Test
    void anyNestsADomainAsTheValue() {
        Domain domain =
                Domain.any("invoice_line_ids", Domain.eq("product_id", 8).and(Domain.gt("quantity", 1)));

        assertThat(json(domain))
                .isEqualTo("[[\"invoice_line_ids\",\"any\",[[\"product_id\",\"=\",8],[\"quantity\",\">\",1]]]]");
    }

    @Test
    void valuesAreConvertedForOdoo() {
        Domain domain = Domain.ge("write_date", Instant.parse("2026-11-22T18:34:46.789Z"))
                .and(Domain.eq("date", LocalDate.of(2026, 11, 2)))
                .and(Domain.ne("ref", false))
                .and(Domain.eq("amount_total", new BigDecimal("1983.75")));

        assertThat(json(domain))
                .isEqualTo("[[\"write_date\",\">=\",\"2026-11-22 18:34:46\"],[\"date\",\"=\",\"2026-11-02\"],"
                        + "[\"ref\",\"!=\",false],[\"amount_total\",\"=\",1983.75]]");
    }

    @Test
    void aPrefixDomainIsKeptAsGivenAndBracketedWhenNested() {
        Domain raw = Domain.of(List.of(List.of("a", "=", 1), List.of("b", "=", 2)));

        assertThat(json(raw)).isEqualTo("[[\"a\",\"=\",1],[\"b\",\"=\",2]]");
        assertThat(json(raw.or(Domain.eq("c", 3))))
                .isEqualTo("[\"|\",\"&\",[\"a\",\"=\",1],[\"b\",\"=\",2],[\"c\",\"=\",3]]");
        assertThat(json(raw.and(Domain.gt("id", 10)))).isEqualTo("[[\"a\",\"=\",1],[\"b\",\"=\",2],[\"id\",\">\",10]]");
        assertThat(json(Domain.of(OdooJson.encode(raw.or(Domain.eq("c", 3)))).and(Domain.eq("d", 4))))
                .isEqualTo("[\"|\",\"&\",[\"a\",\"=\",1],[\"b\",\"=\",2],[\"c\",\"=\",3],[\"d\",\"=\",4]]");
    }

    @Test
    void malformedPrefixDomainsAreRefused() {
        assertThatThrownBy(() -> Domain.of(List.of("|", List.of("a", "=", 1))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Domain.of(List.of(List.of("a", "=")))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void operatorsCheckTheirValues() {
        assertThatThrownBy(() -> Domain.where("f", Domain.Operator.IN, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Domain.where("f", Domain.Operator.ANY, List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Domain.eq(" ", 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
