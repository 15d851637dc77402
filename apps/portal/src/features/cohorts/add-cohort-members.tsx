import { useLazyQuery, useMutation } from '@apollo/client/react';
import { addCohortMembersMutation, type Audience, cohortCandidatesQuery, cohortQuery } from '@hocso/portal-data-access';
import { Alert, Button, CheckboxField, TextField } from '@hocso/portal-ui';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { AUDIENCES } from '../../shared/enum-options';
import { FormError } from '../../shared/form-error';
import { useDisplayError } from '../../shared/use-display-error';
import { OrgUnitPicker, type PickedOrgUnit } from '../admin/org-units/org-unit-picker';

interface Picked {
  userId: string;
  fullName: string;
}

/**
 * Adding members: people found by name, e-mail or phone in the cohort's unit, or everyone of a unit below it of some
 * audiences (e.g. all village heads of a district). Offered when the cohort's allowedActions list ADD_MEMBERS.
 */
export function AddCohortMembers({ cohortId, unitName }: { cohortId: string; unitName: string }) {
  const { t } = useTranslation();
  const { error, showError, clearError, fieldError } = useDisplayError();
  const [search, setSearch] = useState('');
  const [find, found] = useLazyQuery(cohortCandidatesQuery, { fetchPolicy: 'network-only' });
  const [picked, setPicked] = useState<Picked[]>([]);
  const [unit, setUnit] = useState<PickedOrgUnit | null>(null);
  const [audiences, setAudiences] = useState<Audience[]>([]);
  const [outcome, setOutcome] = useState<string | null>(null);
  const [add, { loading }] = useMutation(addCohortMembersMutation, { refetchQueries: [cohortQuery] });

  const handleSearch = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    clearError();
    try {
      await find({ variables: { cohortId, search } });
    } catch (cause) {
      showError(cause);
    }
  };
  const pick = (person: Picked) => setPicked((current) => (current.some((one) => one.userId === person.userId) ? current : [...current, person]));
  const toggleAudience = (audience: Audience, on: boolean) => setAudiences((current) => (on ? [...current, audience] : current.filter((value) => value !== audience)));
  const submit = async () => {
    clearError();
    setOutcome(null);
    try {
      const result = await add({ variables: { cohortId, input: { userIds: picked.map((person) => person.userId), orgUnitId: unit?.id ?? null, audiences } } });
      const summary = result.data?.addCohortMembers;
      setOutcome(t('cohorts.add.done', { added: summary?.added ?? 0, enrolled: summary?.enrolled ?? 0 }));
      setPicked([]);
      setUnit(null);
      setAudiences([]);
    } catch (cause) {
      showError(cause);
    }
  };
  const candidates = found.data?.cohortCandidates ?? [];

  return (
    <section className="hs-stack" data-testid="cohort-add-members">
      <h2>{t('cohorts.add.title')}</h2>
      <FormError error={error} />
      {outcome && (
        <Alert tone="success" data-testid="cohort-add-outcome">
          {outcome}
        </Alert>
      )}
      <form className="hs-filter-form" role="search" onSubmit={(event) => void handleSearch(event)}>
        <TextField
          label={t('cohorts.add.search')}
          hint={t('cohorts.add.searchHint', { unit: unitName })}
          type="search"
          value={search}
          onChange={(event) => setSearch(event.target.value)}
          error={fieldError('search')}
          data-testid="cohort-candidate-search"
        />
        <Button type="submit" variant="secondary" busy={found.loading} data-testid="cohort-candidate-find">
          {t('cohorts.add.find')}
        </Button>
      </form>
      {found.data && candidates.length === 0 && <p className="hs-muted">{t('cohorts.add.noMatch')}</p>}
      <ul className="hs-stack">
        {candidates.map((person) => (
          <li key={person.userId} className="hs-row" data-testid="cohort-candidate">
            <span>
              {person.fullName} · {person.orgUnitName ?? ''} · {t(`audiences.${person.audience}`)}
            </span>
            {person.member ? (
              <span className="hs-muted">{t('cohorts.add.alreadyMember')}</span>
            ) : (
              <Button variant="secondary" disabled={picked.some((one) => one.userId === person.userId)} onClick={() => pick(person)} data-testid="cohort-candidate-pick">
                {t('cohorts.add.pick')}
              </Button>
            )}
          </li>
        ))}
      </ul>
      {picked.length > 0 && (
        <p data-testid="cohort-picked">
          {t('cohorts.add.picked', { names: picked.map((person) => person.fullName).join(', ') })}{' '}
          <Button variant="link" onClick={() => setPicked([])}>
            {t('cohorts.add.clear')}
          </Button>
        </p>
      )}
      <OrgUnitPicker label={t('cohorts.add.wholeUnit')} value={unit} onChange={setUnit} clearLabel={t('cohorts.add.noUnit')} error={fieldError('orgUnitId') ?? undefined} />
      {unit && (
        <fieldset>
          <legend>{t('cohorts.add.audiences')}</legend>
          {AUDIENCES.map((audience) => (
            <CheckboxField key={audience} label={t(`audiences.${audience}`)} checked={audiences.includes(audience)} onChange={(event) => toggleAudience(audience, event.target.checked)} />
          ))}
        </fieldset>
      )}
      <div className="hs-actions">
        <Button busy={loading} disabled={picked.length === 0 && !unit} onClick={() => void submit()} data-testid="cohort-add-submit">
          {t('cohorts.add.submit')}
        </Button>
      </div>
    </section>
  );
}
