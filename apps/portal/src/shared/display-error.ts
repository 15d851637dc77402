import { describeApiError } from '@hocso/portal-data-access';

export interface DisplayError {
  message: string;
  fieldErrors: Record<string, string>;
}

export type Translate = (key: string) => string;

export function toDisplayError(error: unknown, translate: Translate): DisplayError {
  const described = describeApiError(error);
  if (described.kind === 'graphql' && described.messages.length > 0) {
    return { message: described.messages.join(' '), fieldErrors: described.fieldErrors };
  }
  if (described.kind === 'network') return { message: translate('errors.network'), fieldErrors: {} };
  if (described.kind === 'tooLarge') return { message: translate('errors.tooLarge'), fieldErrors: {} };
  return { message: translate('errors.unknown'), fieldErrors: {} };
}
