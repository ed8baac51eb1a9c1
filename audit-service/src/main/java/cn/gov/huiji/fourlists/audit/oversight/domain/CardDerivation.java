package cn.gov.huiji.fourlists.audit.oversight.domain;

import cn.gov.huiji.fourlists.kernel.calendar.WorkingDayCalendar;
import cn.gov.huiji.fourlists.kernel.time.BureauClock;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Derives the cards from the traces alone (Art. 29, 31), by {@link CardRules}: the same traces always give the same
 * cards, so anyone holding the log can reproduce them. Plain Java, no database.
 */
public final class CardDerivation {

    private CardDerivation() {
    }

    /**
     * The cards the traces give.
     *
     * @param traces   every trace on the subjects that have a card-raising trace, in the order they happened
     *                 (occurredAt, then id); other traces may be among them and are read for the section and person
     * @param calendar the working days the lateness is counted on
     * @param today    the bureau's day: an unresolved red card is late up to it
     */
    public static List<Card> derive(List<StoredTrace> traces, WorkingDayCalendar calendar, LocalDate today) {
        Map<String, List<StoredTrace>> bySubject = new LinkedHashMap<>();
        for (StoredTrace t : traces) {
            bySubject.computeIfAbsent(t.subject(), s -> new ArrayList<>()).add(t);
        }
        List<Card> cards = new ArrayList<>();
        for (List<StoredTrace> subjectTraces : bySubject.values()) {
            subjectTraces.sort(ORDER);
            cards.addAll(cardsOf(subjectTraces, calendar, today));
        }
        cards.sort(Comparator.comparing(Card::dueDate).reversed().thenComparing(Card::source).thenComparing(Card::subject)
                .thenComparing(Card::step));
        return cards;
    }

    static final Comparator<StoredTrace> ORDER = Comparator.comparing(StoredTrace::occurredAt).thenComparingLong(StoredTrace::id);

    /** The cards of one subject, its traces in order. */
    private static List<Card> cardsOf(List<StoredTrace> traces, WorkingDayCalendar calendar, LocalDate today) {
        Map<String, Open> open = new LinkedHashMap<>();
        StoredTrace lastByPerson = null;
        for (StoredTrace t : traces) {
            // a trace without data names no step nor due date: it can still tell who acted
            CardRules.Rule rule = t.data() == null ? null : CardRules.forType(t.type()).orElse(null);
            if (rule != null && rule.raises()) {
                String step = rule.step().apply(t.data());
                LocalDate due = rule.due().apply(t.data());
                if (step != null && due != null) {
                    String key = rule.source() + "|" + t.subject() + "|" + step + "|" + due;
                    Open card = open.computeIfAbsent(key, k -> new Open(k, rule, rule.kind().apply(t.data()), t.subject(), step, due));
                    card.raise(t, rule, lastByPerson);
                }
            } else if (rule != null) {
                CardKind kind = rule.kind().apply(t.data());
                for (Open card : open.values()) {
                    if (card.resolvedBy == null && card.kind == kind && rule.completes().test(card.step, card.due, t.data())) {
                        card.resolvedBy = t;
                    }
                }
            }
            if (t.byPerson()) {
                lastByPerson = t;
            }
        }
        return open.values().stream().map(o -> o.card(calendar, today)).toList();
    }

    /** A card being built from its traces. */
    private static final class Open {
        final String key;
        final String source;
        final CardKind kind;
        final String subject;
        final String step;
        final LocalDate due;
        final String defaultSection;
        final List<StoredTrace> traces = new ArrayList<>();
        /** The person's trace before the card's first trace: who last acted on the object. */
        StoredTrace personBefore;
        String eventSection;
        OffsetDateTime warnedAt;
        OffsetDateTime missedAt;
        StoredTrace resolvedBy;

        Open(String key, CardRules.Rule rule, CardKind kind, String subject, String step, LocalDate due) {
            this.key = key;
            this.source = rule.source();
            this.subject = subject;
            this.step = step;
            this.due = due;
            this.defaultSection = rule.defaultSection();
            this.kind = kind;
        }

        void raise(StoredTrace t, CardRules.Rule rule, StoredTrace lastByPerson) {
            if (traces.isEmpty()) {
                personBefore = lastByPerson;
            }
            traces.add(t);
            String section = rule.section().apply(t.data());
            if (section != null) {
                eventSection = section; // the latest the events name
            }
            if (rule.effect() == CardRules.Effect.WARN && warnedAt == null) {
                warnedAt = t.occurredAt();
            }
            if (rule.effect() == CardRules.Effect.MISS && missedAt == null) {
                missedAt = t.occurredAt();
            }
            resolvedBy = null; // raised again after it was done: the step is open again
        }

        Card card(WorkingDayCalendar calendar, LocalDate today) {
            CardColor color = missedAt != null ? CardColor.RED : CardColor.YELLOW;
            String section = eventSection != null ? eventSection
                    : personBefore != null && personBefore.actorSection() != null ? personBefore.actorSection() : defaultSection;
            List<Card.Trace> behind = new ArrayList<>(traces.stream().map(Card.Trace::of).toList());
            OffsetDateTime resolvedAt = null;
            if (resolvedBy != null) {
                behind.add(Card.Trace.of(resolvedBy));
                resolvedAt = resolvedBy.occurredAt();
            }
            Integer late = color == CardColor.RED
                    ? workingDaysLate(calendar, due, resolvedAt == null ? today : BureauClock.dayOf(resolvedAt.toInstant())) : null;
            return new Card(id(key), color, source, kind, subject, step, section,
                    personBefore == null ? null : personBefore.actorId(), due, warnedAt, missedAt, late, resolvedAt, behind);
        }
    }

    /**
     * Working days after {@code due} up to and including {@code end}; 0 when the end is not after the due date; null when
     * a year between them has no holiday notice (no count is guessed, as in the services' inboxes).
     */
    public static Integer workingDaysLate(WorkingDayCalendar calendar, LocalDate due, LocalDate end) {
        if (!end.isAfter(due)) {
            return 0;
        }
        Integer left = calendar.workingDaysLeft(end, due);
        return left == null ? null : -left;
    }

    /** A card's stable id: the first 16 hex digits of SHA-256 over {@code source|subject|step|dueDate}. */
    public static String id(String key) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
