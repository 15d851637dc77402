import { describeApiError } from '@hocso/portal-data-access';
import type { SendFailure } from './save-queue';

/**
 * What a failed saveAnswer means for the queue. No answer from the server, a session being renewed, or a
 * server error: send again later. CONFLICT: the attempt no longer takes answers (deadline and grace passed,
 * submitted). Any other refusal names this answer and would refuse it again.
 */
export function classifySaveFailure(error: unknown): SendFailure {
  const described = describeApiError(error);
  if (described.kind !== 'graphql') return 'retry';
  switch (described.code) {
    case 'CONFLICT':
      return 'closed';
    case 'BAD_USER_INPUT':
    case 'NOT_FOUND':
    case 'FORBIDDEN':
      return 'rejected';
    default:
      return 'retry';
  }
}
