import { Alert } from '@hocso/portal-ui';
import { useTranslation } from 'react-i18next';
import { toDisplayError } from './display-error';

export interface QueryErrorProps {
  error: unknown;
}

export function QueryError({ error }: QueryErrorProps) {
  const { t } = useTranslation();
  if (!error) return null;
  return <Alert tone="error">{toDisplayError(error, (key) => t(key)).message}</Alert>;
}
