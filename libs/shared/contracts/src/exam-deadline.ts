/** Job of the `exam-deadline` queue: submit this attempt if it is still open past its deadline and grace. */
export interface ExamDeadlineJob {
  attemptId: string;
}

/** One job per attempt and deadline: moving a deadline schedules a new job; the old one then finds nothing to do. */
export function examDeadlineJobId(attemptId: string, acceptsUntil: Date): string {
  return `deadline-${attemptId}-${acceptsUntil.getTime()}`;
}
