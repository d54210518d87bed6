package org.vndiplomacy.kg.validate;

import java.util.List;

/** The input is not valid: carries every problem found, in order. */
public class InvalidInputException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;

    public InvalidInputException(List<Problem> problems) {
        super(problems.size() + " problem(s) in the input; first: " + (problems.isEmpty() ? "none" : problems.get(0)));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
