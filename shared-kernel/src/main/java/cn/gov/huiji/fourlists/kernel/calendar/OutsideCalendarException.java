package cn.gov.huiji.fourlists.kernel.calendar;

/** A count reached a year whose holiday notice is not loaded: the answer would be a guess, so there is none. */
public class OutsideCalendarException extends RuntimeException {

    private final int year;

    public OutsideCalendarException(int year) {
        super("no holiday notice is loaded for " + year);
        this.year = year;
    }

    public int year() {
        return year;
    }
}
