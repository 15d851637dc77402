import { Alert } from '@hocso/portal-ui';
import type { DisplayError } from './display-error';

export interface FormErrorProps {
  error: DisplayError | null;
}

export function FormError({ error }: FormErrorProps) {
  if (!error) return null;
  return (
    <Alert tone="error" data-testid="form-error">
      {error.message}
    </Alert>
  );
}
