/**
 * Decisions can be contested for six months after they were made known (DSA Art. 20(1)); shared
 * by the complaints against listing decisions and against vendor decisions.
 */
export function complaintDeadline(decidedAt: Date): Date {
  const deadline = new Date(decidedAt);
  deadline.setMonth(deadline.getMonth() + 6);
  return deadline;
}
