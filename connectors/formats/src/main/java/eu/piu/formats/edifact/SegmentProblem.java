package eu.piu.formats.edifact;

/**
 * A segment that cannot be read. Its message is about structure only (never a value), since it ends
 * up in rejections, dead letters and logs.
 */
public final class SegmentProblem extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public SegmentProblem(String reason) {
    super(reason, null, false, false);
  }

  /** A reason for any exception: ours say what was wrong; others only name their kind. */
  public static String reasonOf(RuntimeException e) {
    if (e instanceof SegmentProblem) {
      return e.getMessage();
    }
    return "unreadable segment (" + e.getClass().getSimpleName() + ")";
  }
}
