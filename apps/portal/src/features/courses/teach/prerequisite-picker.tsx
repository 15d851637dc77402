import { useQuery } from '@apollo/client/react';
import { prerequisiteChoicesQuery } from '@hocso/portal-data-access';
import { Button, TextField } from '@hocso/portal-ui';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryError } from '../../../shared/query-error';
import { withoutPrerequisite, withPrerequisite } from './course-details-model';

/** How long typing pauses before the published courses are searched. */
const SEARCH_DELAY_MS = 300;

export interface PrerequisitePickerProps {
  codes: readonly string[];
  /** The course edited: it cannot be its own prerequisite. */
  ownCode: string;
  error?: string | null;
  onChange(codes: string[]): void;
}

/** Prerequisites chosen among the published courses, found by title or code, instead of typed codes. */
export function PrerequisitePicker({ codes, ownCode, error, onChange }: PrerequisitePickerProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [settled, setSettled] = useState('');
  useEffect(() => {
    const timer = window.setTimeout(() => setSettled(search.trim()), SEARCH_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [search]);
  const choices = useQuery(prerequisiteChoicesQuery, { variables: { search: settled }, skip: settled === '' });
  const offered = (choices.data?.prerequisiteChoices ?? []).filter((course) => !codes.includes(course.code) && course.code !== ownCode.trim().toUpperCase());

  return (
    <fieldset className="hs-fieldset" data-testid="prerequisite-picker">
      <legend>{t('courses.editor.details.prerequisites')}</legend>
      {error && (
        <p className="hs-field__error" role="alert">
          {error}
        </p>
      )}
      {codes.length === 0 ? (
        <p className="hs-muted">{t('courses.editor.details.noPrerequisites')}</p>
      ) : (
        <ul className="hs-chip-list" aria-label={t('courses.editor.details.prerequisitesChosen')}>
          {codes.map((code) => (
            <li key={code} className="hs-chip hs-chip--neutral" data-testid="prerequisite-chosen" data-code={code}>
              {code}{' '}
              <Button variant="link" onClick={() => onChange(withoutPrerequisite(codes, code))} aria-label={t('courses.editor.details.removePrerequisite', { code })} data-testid="prerequisite-remove">
                ×
              </Button>
            </li>
          ))}
        </ul>
      )}
      <TextField
        label={t('courses.editor.details.prerequisiteSearch')}
        hint={t('courses.editor.details.prerequisiteSearchHint')}
        type="search"
        value={search}
        maxLength={200}
        onChange={(event) => setSearch(event.target.value)}
        data-testid="prerequisite-search"
      />
      <QueryError error={choices.error} />
      {settled !== '' && choices.data && offered.length === 0 && <p className="hs-muted">{t('courses.editor.details.noPrerequisiteFound')}</p>}
      {offered.length > 0 && (
        <ul className="hs-plain-list hs-stack" aria-label={t('courses.editor.details.prerequisiteResults')}>
          {offered.map((course) => (
            <li key={course.id}>
              <Button
                variant="secondary"
                onClick={() => {
                  onChange(withPrerequisite(codes, course.code, ownCode));
                  setSearch('');
                }}
                data-testid="prerequisite-choice"
                data-code={course.code}
              >
                {t('courses.editor.details.addPrerequisite', { code: course.code, title: course.title })}
              </Button>
            </li>
          ))}
        </ul>
      )}
    </fieldset>
  );
}
