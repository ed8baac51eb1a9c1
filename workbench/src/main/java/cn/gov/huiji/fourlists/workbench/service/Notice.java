package cn.gov.huiji.fourlists.workbench.service;

import java.time.LocalDate;

/** What one event asks of someone: the title and text they read, where they act, and by when. */
public record Notice(Recipient to, String title, String text, String link, LocalDate due) {
}
