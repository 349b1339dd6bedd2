package dev.ledgerline.core.demo;

import dev.ledgerline.core.canonical.RecordType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The story's customers (and the firm's own two, for internal projects) and their opportunities. */
final class StoryClients {

    static final String NORTHWIND = "C-NORTHWIND";
    static final String GLOBEX = "C-GLOBEX";
    static final String GLOBEX_EUROPE = "C-GLOBEX-DE";
    static final String INITECH = "C-INITECH";
    static final String STARK = "C-STARK";
    static final String UMBRELLA = "C-UMBRELLA";
    static final String WAYNE = "C-WAYNE";
    static final String ACME = "C-ACME";
    static final String FIRM_US = "C-AF-US";
    static final String FIRM_EU = "C-AF-EU";

    private StoryClients() {}

    static List<SourceRecord> customers(Period period) {
        LocalDate since = period.start().minusMonths(6);
        List<SourceRecord> list = new ArrayList<>();
        list.add(customer(
                since,
                FIRM_US,
                "Alder & Finch Consulting Inc.",
                Entities.US,
                "US",
                "USD",
                null,
                null,
                "finance@alderfinch.com",
                address("200 Park Avenue South", "New York", "10003", "US"),
                null));
        list.add(customer(
                since,
                FIRM_EU,
                "Alder & Finch Consulting GmbH",
                Entities.EU,
                "DE",
                "EUR",
                "DE287654321",
                null,
                "finanzen@alderfinch.de",
                address("Leopoldstraße 31", "München", "80802", "DE"),
                null));
        list.add(customer(
                since,
                NORTHWIND,
                "Northwind Traders Inc.",
                Entities.US,
                "US",
                "USD",
                null,
                30,
                "ap@northwind.example",
                address("350 Fifth Avenue", "New York", "10118", "US"),
                null));
        list.add(customer(
                since,
                GLOBEX,
                "Globex Corporation",
                Entities.US,
                "US",
                "USD",
                null,
                45,
                "invoices@globex.example",
                address("1 Globex Plaza", "Chicago", "60601", "US"),
                null));
        list.add(customer(
                since,
                GLOBEX_EUROPE,
                "Globex Europe GmbH",
                Entities.US,
                "DE",
                "EUR",
                "DE811234567",
                30,
                "rechnungen@globex-europe.example",
                address("Mainzer Landstraße 50", "Frankfurt am Main", "60325", "DE"),
                GLOBEX));
        list.add(customer(
                since,
                INITECH,
                "Initech LLC",
                Entities.US,
                "US",
                "USD",
                null,
                30,
                "billing@initech.example",
                address("4120 Freidrich Lane", "Austin", "78744", "US"),
                null));
        list.add(customer(
                since,
                STARK,
                "Stark Industries",
                Entities.US,
                "US",
                "USD",
                null,
                15,
                "ap@stark.example",
                address("10880 Malibu Point", "Malibu", "90265", "US"),
                null));
        list.add(customer(
                since,
                UMBRELLA,
                "Umbrella Santé SA",
                Entities.EU,
                "FR",
                "EUR",
                "FR40303265045",
                45,
                "factures@umbrella-sante.example",
                address("12 rue de la Paix", "Paris", "75002", "FR"),
                null));
        list.add(customer(
                since,
                WAYNE,
                "Wayne Logistik GmbH",
                Entities.EU,
                "DE",
                "EUR",
                "DE298765432",
                30,
                "buchhaltung@wayne-logistik.example",
                address("Industriestraße 8", "Hamburg", "20097", "DE"),
                null));
        list.add(customer(
                since,
                ACME,
                "Acme Retail B.V.",
                Entities.EU,
                "NL",
                "EUR",
                "NL859876543B01",
                14,
                "finance@acme-retail.example",
                address("Keizersgracht 100", "Amsterdam", "1015 CX", "NL"),
                null));
        return list;
    }

    static List<SourceRecord> opportunities(Period period) {
        LocalDate won = period.start().minusMonths(2);
        return List.of(
                opportunity(
                        won,
                        "OPP-NORTHWIND-PLATFORM",
                        NORTHWIND,
                        "Northwind – platform modernisation",
                        "won",
                        100,
                        "420000",
                        won,
                        "USD"),
                opportunity(
                        won,
                        "OPP-GLOBEX-ASSESSMENT",
                        GLOBEX,
                        "Globex – supply-chain assessment",
                        "won",
                        100,
                        "150000",
                        won,
                        "USD"),
                opportunity(
                        won,
                        "OPP-UMBRELLA-PLATFORM",
                        UMBRELLA,
                        "Umbrella – clinical data platform",
                        "won",
                        100,
                        "180000",
                        won,
                        "EUR"),
                opportunity(
                        period.start().plusDays(3),
                        "OPP-NORTHWIND-PHASE2",
                        NORTHWIND,
                        "Northwind – phase 2 data platform",
                        "proposal",
                        50,
                        "250000",
                        period.end().plusDays(45),
                        "USD"),
                opportunity(
                        period.start().plusDays(10),
                        "OPP-GLOBEX-EU-ROLLOUT",
                        GLOBEX_EUROPE,
                        "Globex Europe – EU rollout",
                        "negotiation",
                        75,
                        "180000",
                        period.end().plusDays(30),
                        "EUR"),
                opportunity(
                        period.start().plusDays(5),
                        "OPP-WAYNE-WAREHOUSE",
                        WAYNE,
                        "Wayne – warehouse analytics",
                        "lost",
                        0,
                        "90000",
                        period.weekdayAt(40),
                        "EUR"),
                opportunity(
                        period.start().plusDays(20),
                        "OPP-ACME-LOYALTY",
                        ACME,
                        "Acme – loyalty redesign",
                        "qualification",
                        20,
                        "60000",
                        period.end().plusDays(90),
                        "EUR"));
    }

    static DataTree address(String street, String city, String zip, String country) {
        return DataTree.data()
                .put("street", street)
                .put("city", city)
                .put("zip", zip)
                .put("country", country);
    }

    static SourceRecord customer(
            LocalDate since,
            String id,
            String name,
            String entity,
            String country,
            String currency,
            String vat,
            Integer terms,
            String email,
            DataTree address,
            String parent) {
        DataTree data = DataTree.data()
                .put("name", name)
                .put("entity", entity)
                .put("vatNumber", vat)
                .put("country", country)
                .put("currency", currency)
                .put("paymentTermsDays", terms)
                .put("billingEmail", email)
                .put("address", address)
                .put("parent", parent);
        return SourceRecord.first(Sources.CRM, RecordType.CUSTOMER, id, Moments.at(since, 10, 0, entity), entity, data);
    }

    static SourceRecord opportunity(
            LocalDate on,
            String id,
            String customer,
            String name,
            String stage,
            int probability,
            String revenue,
            LocalDate close,
            String currency) {
        DataTree data = DataTree.data()
                .put("customer", customer)
                .put("name", name)
                .put("stage", stage)
                .put("expectedRevenue", new BigDecimal(revenue))
                .put("probability", BigDecimal.valueOf(probability))
                .put("expectedCloseDate", close)
                .put("currency", currency);
        String entity = "USD".equals(currency) || GLOBEX_EUROPE.equals(customer) ? Entities.US : Entities.EU;
        return SourceRecord.first(Sources.CRM, RecordType.OPPORTUNITY, id, Moments.at(on, 11, 0, entity), entity, data);
    }
}
