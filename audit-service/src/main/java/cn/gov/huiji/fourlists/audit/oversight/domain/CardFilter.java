package cn.gov.huiji.fourlists.audit.oversight.domain;

import java.time.LocalDate;
import java.util.function.Predicate;

/**
 * Which cards to show: by section, by the due date (from/to both included), by colour and by person; null matches
 * everything.
 */
public record CardFilter(String section, LocalDate from, LocalDate to, CardColor color, String person) implements Predicate<Card> {

    @Override
    public boolean test(Card c) {
        return (section == null || section.equals(c.section()))
                && (from == null || !c.dueDate().isBefore(from))
                && (to == null || !c.dueDate().isAfter(to))
                && (color == null || color == c.color())
                && (person == null || person.equals(c.person()));
    }
}
