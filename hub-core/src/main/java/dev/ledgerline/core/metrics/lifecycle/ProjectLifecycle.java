package dev.ledgerline.core.metrics.lifecycle;

import dev.ledgerline.core.billability.ClassifiedEntry;
import dev.ledgerline.core.billing.InvoiceProposal;
import dev.ledgerline.core.billing.ProposalStatus;
import dev.ledgerline.core.canonical.Contract;
import dev.ledgerline.core.canonical.Invoice;
import dev.ledgerline.core.canonical.MilestoneAcceptance;
import dev.ledgerline.core.canonical.Project;
import dev.ledgerline.core.canonical.Project.Status;
import dev.ledgerline.core.canonical.RecordType;
import dev.ledgerline.core.canonical.RecordVersion;
import dev.ledgerline.core.canonical.Ref;
import dev.ledgerline.core.canonical.TimeEntry;
import dev.ledgerline.core.firm.EntitySettings;
import dev.ledgerline.core.metrics.BilledTime;
import dev.ledgerline.core.metrics.ClassifiedTime;
import dev.ledgerline.core.metrics.FirmSettings;
import dev.ledgerline.core.metrics.HeldRecords;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Derives a project's lifecycle from the events the ledger holds (domain.md "Project lifecycle").
 *
 * <ul>
 *   <li>Ordered: {@code sold} (its contract received), {@code initiated} (the project created in
 *       Odoo, as the bindings tell), {@code staffed} (the first time entry recorded on it, of any
 *       status), {@code in_delivery} (the first approved time). A later event implies the earlier
 *       ordered states, recorded at the same instant with the event as cause.
 *   <li>Derived: {@code pending_billing} once billable work (an approved billable entry, or an
 *       accepted milestone) exists and nothing is billed; {@code partially_billed} once a posted
 *       invoice of the project or its contract exists.
 *   <li>{@code closed}: an explicit close (a project version with status {@code closed}, or the day
 *       after the contract's end date) takes effect only with no WIP and no open proposal left;
 *       otherwise {@link Lifecycle#closeBlocked()} says why.
 *   <li>An explicit ordered status sent by the owning system counts as the event of that state.
 *       Explicit {@code pending_billing} and {@code partially_billed} are ignored: they are derived.
 * </ul>
 */
public final class ProjectLifecycle {

    private record Event(Status state, Instant at, String cause) {}

    private static final List<Status> ORDERED =
            List.of(Status.SOLD, Status.INITIATED, Status.STAFFED, Status.IN_DELIVERY);

    private final HeldRecords held;
    private final FirmSettings settings;
    private final List<InvoiceProposal> proposals;
    private final Map<Ref, Instant> createdInOdoo;
    private final ClassifiedTime time;
    private final BilledTime billed;

    /**
     * @param proposals the hub's proposals (open ones block a close)
     * @param createdInOdoo when each project was created in Odoo, from the bindings
     */
    public ProjectLifecycle(
            HeldRecords held, FirmSettings settings, List<InvoiceProposal> proposals, Map<Ref, Instant> createdInOdoo) {
        this.held = held;
        this.settings = settings;
        this.proposals = List.copyOf(proposals);
        this.createdInOdoo = Map.copyOf(createdInOdoo);
        this.time = new ClassifiedTime(held, settings);
        this.billed = new BilledTime(held, time.all());
    }

    public Lifecycle of(Ref projectRef) {
        Project project = held.project(projectRef)
                .orElseThrow(() -> new IllegalArgumentException("unknown project " + projectRef));
        Optional<Contract> contract = held.contract(project.contract());
        List<Event> events = new ArrayList<>(events(projectRef, project, contract));
        events.sort(Comparator.comparing(Event::at).thenComparing(Event::state));
        List<Transition> transitions = new ArrayList<>();
        Status state = null;
        Optional<String> blocked = Optional.empty();
        Instant lastPosting = lastPosting(projectRef, project);
        for (Event e : events) {
            Instant at = e.at();
            if (e.state() == Status.CLOSED) {
                blocked = closeBlocker(projectRef, project);
                if (blocked.isPresent()) {
                    continue;
                }
                // a close takes effect once the last invoice is posted
                at = lastPosting != null && lastPosting.isAfter(at) ? lastPosting : at;
            }
            if (state != null && e.state().compareTo(state) <= 0) {
                continue;
            }
            for (Status implied : ORDERED) {
                if (implied.compareTo(e.state()) < 0 && (state == null || implied.compareTo(state) > 0)) {
                    transitions.add(new Transition(state, implied, at, "implied by " + e.cause()));
                    state = implied;
                }
            }
            transitions.add(new Transition(state, e.state(), at, e.cause()));
            state = e.state();
        }
        return new Lifecycle(projectRef, state, transitions, state == Status.CLOSED ? Optional.empty() : blocked);
    }

    private List<Event> events(Ref ref, Project project, Optional<Contract> contract) {
        List<Event> events = new ArrayList<>();
        if (project.contract() != null) {
            held.versions(project.contract().key(RecordType.CONTRACT), Contract.class).stream()
                    .findFirst()
                    .ifPresent(v -> events.add(
                            new Event(Status.SOLD, v.receivedAt(), "contract " + project.contract() + " received")));
        }
        Instant created = createdInOdoo.get(ref);
        if (created != null) {
            events.add(new Event(Status.INITIATED, created, "project created in Odoo"));
        }
        for (RecordVersion<Project> v : held.versions(ref.key(RecordType.PROJECT), Project.class)) {
            Status explicit = v.data().status();
            if (explicit != null && explicit != Status.PENDING_BILLING && explicit != Status.PARTIALLY_BILLED) {
                events.add(new Event(
                        explicit,
                        v.receivedAt(),
                        "status " + explicit.name().toLowerCase() + " from the project's system"));
            }
        }
        for (RecordVersion<TimeEntry> entry : held.all(RecordType.TIME_ENTRY, TimeEntry.class)) {
            if (!ref.equals(entry.data().project())) {
                continue;
            }
            List<RecordVersion<TimeEntry>> versions = held.versions(entry.key(), TimeEntry.class);
            events.add(new Event(Status.STAFFED, versions.getFirst().receivedAt(), "time recorded: " + entry.key()));
            versions.stream()
                    .filter(v -> v.data().isApproved())
                    .findFirst()
                    .ifPresent(v ->
                            events.add(new Event(Status.IN_DELIVERY, v.receivedAt(), "time approved: " + entry.key())));
        }
        for (RecordVersion<TimeEntry> entry : held.all(RecordType.TIME_ENTRY, TimeEntry.class)) {
            if (ref.equals(entry.data().project())) {
                billableSince(entry)
                        .ifPresent(at ->
                                events.add(new Event(Status.PENDING_BILLING, at, "billable work: " + entry.key())));
            }
        }
        for (RecordVersion<MilestoneAcceptance> v :
                held.all(RecordType.MILESTONE_ACCEPTANCE, MilestoneAcceptance.class)) {
            if (v.data().contract().equals(project.contract())) {
                events.add(new Event(
                        Status.PENDING_BILLING,
                        v.receivedAt(),
                        "milestone " + v.data().milestone() + " accepted"));
            }
        }
        for (Invoice doc : billed.documents()) {
            boolean ours = ref.equals(doc.project())
                    || (doc.project() == null
                            && project.contract() != null
                            && project.contract().equals(doc.contract()));
            if (ours && !doc.isCreditNote() && doc.postedAt() != null) {
                events.add(new Event(Status.PARTIALLY_BILLED, doc.postedAt(), "invoice " + doc.number() + " posted"));
            }
        }
        contract.map(c -> c.currentTerms().endDate()).ifPresent(end -> {
            Instant dayAfter =
                    end.plusDays(1).atStartOfDay(zone(contract.get().entity())).toInstant();
            if (!dayAfter.isAfter(held.asOf())) {
                events.add(new Event(Status.CLOSED, dayAfter, "contract ended " + end));
            }
        });
        return events;
    }

    /** When the entry first became approved and billable, judged with the records held at that instant. */
    private Optional<Instant> billableSince(RecordVersion<TimeEntry> entry) {
        for (RecordVersion<TimeEntry> v : held.versions(entry.key(), TimeEntry.class)) {
            if (!v.deleted() && v.data().isApproved()) {
                HeldRecords then = held.at(v.receivedAt());
                boolean billable = new ClassifiedTime(then, settings)
                        .classify(v)
                        .map(ClassifiedEntry::isBillable)
                        .orElse(false);
                if (billable) {
                    return Optional.of(v.receivedAt());
                }
            }
        }
        return Optional.empty();
    }

    private Instant lastPosting(Ref ref, Project project) {
        Instant last = null;
        for (Invoice doc : billed.documents()) {
            boolean ours = ref.equals(doc.project())
                    || (doc.project() == null
                            && project.contract() != null
                            && project.contract().equals(doc.contract()));
            if (ours
                    && doc.postedAt() != null
                    && (last == null || doc.postedAt().isAfter(last))) {
                last = doc.postedAt();
            }
        }
        return last;
    }

    /** What stops a close at the as-of instant: WIP of the project or an open proposal for it. */
    private Optional<String> closeBlocker(Ref ref, Project project) {
        LocalDate today = LocalDate.ofInstant(held.asOf(), zone(project.entity()));
        for (ClassifiedEntry c : time.all()) {
            if (c.isBillable() && ref.equals(c.entry().project()) && !billed.invoicedBy(c.key(), today)) {
                return Optional.of("WIP left: " + c.key());
            }
        }
        for (InvoiceProposal p : proposals) {
            boolean open = p.status() == ProposalStatus.PROPOSED
                    || p.status() == ProposalStatus.APPROVED
                    || p.status() == ProposalStatus.DELIVERED;
            boolean ours = ref.equals(p.project()) || p.lines().stream().anyMatch(l -> ref.equals(l.project()));
            if (open && ours) {
                return Optional.of("open proposal " + p.id());
            }
        }
        return Optional.empty();
    }

    private ZoneId zone(String entity) {
        EntitySettings e = settings.entities().get(entity);
        return e == null ? ZoneOffset.UTC : e.timeZone();
    }
}
