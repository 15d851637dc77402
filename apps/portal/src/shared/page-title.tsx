import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

export interface PageTitleProps {
  title: string;
}

export function PageTitle({ title }: PageTitleProps) {
  const { t } = useTranslation();
  useEffect(() => {
    document.title = `${title} – ${t('app.name')}`;
  }, [title, t]);
  return <h1>{title}</h1>;
}
