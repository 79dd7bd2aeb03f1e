package org.safeguarding.tracker.api.web.views;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The query every view takes: {@code ?board=} (every board when absent), {@code ?on=} (today when absent) and
 * {@code ?minPosition=}; each is read as a {@code @RequestParam(required = false)} would be.
 */
public record ViewParameters(String board, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
                             Long minPosition) {
}
