package dev.ledgerline.core.validation;

import java.util.ArrayList;
import java.util.List;

/** Collects every problem of one item, so an item is answered with all its reasons at once. */
public final class Problems {

    private final List<Problem> list = new ArrayList<>();

    public void add(ErrorCode code, String field, String message) {
        list.add(new Problem(code, field, message));
    }

    public boolean isEmpty() {
        return list.isEmpty();
    }

    public int size() {
        return list.size();
    }

    public List<Problem> list() {
        return List.copyOf(list);
    }
}
