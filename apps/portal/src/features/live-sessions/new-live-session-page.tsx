import { useMutation, useQuery } from '@apollo/client/react';
import { cohortsQuery, createLiveSessionMutation, type LiveSessionKind, upcomingLiveSessionsQuery } from '@hocso/portal-data-access';
import { Button, CheckboxField, SelectField, TextAreaField, TextField } from '@hocso/portal-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError } from '../../shared/form-error';
import { PageTitle } from '../../shared/page-title';
import { useCreateThenOpen } from '../../shared/use-create-then-open';
import { type SessionTimePlace, SessionTimePlaceFields } from './session-time-place-fields';
import { vietnamTimeToIso } from './vietnam-time-input';

const KINDS: readonly LiveSessionKind[] = ['TRAINING', 'CONFERENCE', 'WORKSHOP', 'ROUND_TABLE'];

/** Organising a training, conference, workshop or round table; offered by organiserActions, decided by the server. */
export function NewLiveSessionPage() {
  const { t } = useTranslation();
  const cohorts = useQuery(cohortsQuery, { variables: { first: 100 } });
  const [create, { loading }] = useMutation(createLiveSessionMutation, { refetchQueries: [upcomingLiveSessionsQuery] });
  const [kind, setKind] = useState<LiveSessionKind>('TRAINING');
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [when, setWhen] = useState<SessionTimePlace>({ startsAt: '', endsAt: '', place: '', onlineUrl: '' });
  const [capacity, setCapacity] = useState('30');
  const [creditedHours, setCreditedHours] = useState('');
  const [allowWalkIn, setAllowWalkIn] = useState(false);
  const [cohortId, setCohortId] = useState('');

  const numberOf = (value: string) => (value.trim() === '' ? Number.NaN : Number(value.replace(',', '.')));

  const { error, fieldError, handleSubmit } = useCreateThenOpen(async () => {
    const created = await create({
      variables: {
        input: {
          kind,
          title: title.trim(),
          description: description.trim() || null,
          startsAt: vietnamTimeToIso(when.startsAt),
          endsAt: vietnamTimeToIso(when.endsAt),
          place: when.place.trim() || null,
          onlineUrl: when.onlineUrl.trim() || null,
          capacity: Math.trunc(numberOf(capacity)) || 0,
          creditedHours: numberOf(creditedHours) || 0,
          allowWalkIn,
          cohortId: cohortId || null,
        },
      },
    });
    return created.data?.createLiveSession.id;
  }, (id) => `/sessions/${id}`);

  return (
    <>
      <PageTitle title={t('liveSessions.create.title')} />
      <form onSubmit={(event) => void handleSubmit(event)} noValidate className="hs-stack" data-testid="create-session-form">
        <FormError error={error} />
        <SelectField
          label={t('liveSessions.create.kind')}
          value={kind}
          onChange={(event) => setKind(event.target.value as LiveSessionKind)}
          options={KINDS.map((value) => ({ value, label: t(`liveSessions.kind.${value}`) }))}
          data-testid="session-kind"
        />
        <TextField label={t('liveSessions.create.name')} required value={title} onChange={(event) => setTitle(event.target.value)} error={fieldError('title')} data-testid="session-title" />
        <TextAreaField label={t('liveSessions.create.description')} value={description} onChange={(event) => setDescription(event.target.value)} error={fieldError('description')} />
        <SessionTimePlaceFields values={when} onChange={(change) => setWhen((current) => ({ ...current, ...change }))} fieldError={fieldError} testIdPrefix="session" />
        <TextField label={t('liveSessions.create.capacity')} inputMode="numeric" required value={capacity} onChange={(event) => setCapacity(event.target.value)} error={fieldError('capacity')} data-testid="session-capacity" />
        <TextField label={t('liveSessions.create.hours')} inputMode="decimal" required value={creditedHours} onChange={(event) => setCreditedHours(event.target.value)} error={fieldError('creditedHours')} data-testid="session-hours" />
        <CheckboxField label={t('liveSessions.create.walkIn')} checked={allowWalkIn} onChange={(event) => setAllowWalkIn(event.target.checked)} />
        <SelectField
          label={t('liveSessions.create.cohort')}
          value={cohortId}
          onChange={(event) => setCohortId(event.target.value)}
          error={fieldError('cohortId')}
          options={[{ value: '', label: t('liveSessions.create.openToAll') }, ...(cohorts.data?.cohorts.edges ?? []).map(({ node }) => ({ value: node.id, label: node.name }))]}
        />
        <div className="hs-actions">
          <Button type="submit" busy={loading} data-testid="session-create">
            {t('liveSessions.create.submit')}
          </Button>
        </div>
      </form>
    </>
  );
}
