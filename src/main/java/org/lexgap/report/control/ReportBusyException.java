package org.lexgap.report.control;

/** A PDF could not be rendered now: the renderers are all busy (see {@link RenderPermits}); try again later. */
public class ReportBusyException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ReportBusyException(String message) {
        super(message);
    }
}
