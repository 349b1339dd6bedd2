package dev.ledgerline.core.rates;

/** The step of the rate precedence that gave a rate, in precedence order. */
public enum RateSource {
    /** (1) the contract's {@code employeeRates[employee]}. */
    CONTRACT_EMPLOYEE_RATE,
    /** (2) the contract's {@code rateCard[entry.role]}. */
    CONTRACT_ENTRY_ROLE,
    /** (3) the contract's {@code rateCard[employee.role]}. */
    CONTRACT_EMPLOYEE_ROLE,
    /** (4) the firm rate card for the entry's role. */
    FIRM_ENTRY_ROLE,
    /** (5) the firm rate card for the employee's role. */
    FIRM_EMPLOYEE_ROLE;

    public boolean isContractRate() {
        return this == CONTRACT_EMPLOYEE_RATE || this == CONTRACT_ENTRY_ROLE || this == CONTRACT_EMPLOYEE_ROLE;
    }
}
