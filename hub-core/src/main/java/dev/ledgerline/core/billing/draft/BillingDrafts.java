package dev.ledgerline.core.billing.draft;

import dev.ledgerline.core.billing.BillingProblem;
import dev.ledgerline.core.billing.Exclusion;
import dev.ledgerline.core.billing.ProblemCode;
import dev.ledgerline.core.billing.ProposalAction;
import dev.ledgerline.core.canonical.RecordKey;
import dev.ledgerline.core.canonical.Ref;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What the billing models of one contract produce in a run, collected before assembly. */
public final class BillingDrafts {

    private final Ref contract;
    private final List<DraftLine> lines = new ArrayList<>();
    private final List<Exclusion> excluded = new ArrayList<>();
    private final Map<RecordKey, Ref> excludedProjects = new HashMap<>();
    private final List<BillingProblem> problems = new ArrayList<>();
    private final List<ProposalAction> actions = new ArrayList<>();

    public BillingDrafts(Ref contract) {
        this.contract = contract;
    }

    public Ref contract() {
        return contract;
    }

    public void add(DraftLine line) {
        lines.add(line);
    }

    public void addAll(List<DraftLine> more) {
        lines.addAll(more);
    }

    /** Records {@code exclusion} of a record of {@code project} (the proposal of that project lists it). */
    public void exclude(Exclusion exclusion, Ref project) {
        excluded.add(exclusion);
        if (project != null) {
            excludedProjects.put(exclusion.ref(), project);
        }
    }

    /** The project of an excluded record, when known. */
    public Optional<Ref> projectOf(RecordKey ref) {
        return Optional.ofNullable(excludedProjects.get(ref));
    }

    public void problem(ProblemCode code, String ref, String message) {
        problems.add(new BillingProblem(code, contract, ref, message));
    }

    public void action(ProposalAction action) {
        if (actions.stream().noneMatch(a -> a.proposalId().equals(action.proposalId()))) {
            actions.add(action);
        }
    }

    public List<DraftLine> lines() {
        return List.copyOf(lines);
    }

    public List<Exclusion> excluded() {
        return List.copyOf(excluded);
    }

    public List<BillingProblem> problems() {
        return List.copyOf(problems);
    }

    public List<ProposalAction> actions() {
        return List.copyOf(actions);
    }
}
