import { Button, TextField } from '@hocso/portal-ui';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';

/** Opens the catalogue with what was typed as its search. */
export function HomeSearchForm() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [query, setQuery] = useState('');

  const handleSubmit = (event: FormEvent) => {
    event.preventDefault();
    const term = query.trim();
    navigate(term ? `/courses?q=${encodeURIComponent(term)}` : '/courses');
  };

  return (
    <form role="search" className="hs-filter-form" onSubmit={handleSubmit} data-testid="home-search">
      <TextField
        label={t('home.searchLabel')}
        type="search"
        value={query}
        maxLength={200}
        placeholder={t('home.searchPlaceholder')}
        onChange={(event) => setQuery(event.target.value)}
        data-testid="home-search-input"
      />
      <Button type="submit" data-testid="home-search-submit">
        {t('home.searchAction')}
      </Button>
    </form>
  );
}
