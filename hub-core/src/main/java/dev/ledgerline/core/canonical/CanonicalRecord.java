package dev.ledgerline.core.canonical;

/**
 * The {@code data} of one envelope, typed. Each version a source sends is kept for good, so every
 * implementation is an immutable record whose constructor checks the contract's invariants.
 */
public sealed interface CanonicalRecord
        permits Customer,
                Employee,
                Leave,
                Opportunity,
                Project,
                Task,
                Contract,
                TimeEntry,
                Expense,
                VendorBill,
                PurchaseCommitment,
                MilestoneAcceptance,
                PayrollCost,
                Payment,
                InvoiceDispute,
                Invoice {

    RecordType type();
}
