import { useMutation, useQuery } from '@apollo/client/react';
import { catalogueCoursesQuery, cohortsQuery, createCohortMutation, organiserActionsQuery, tracksQuery } from '@hocso/portal-data-access';
import { Button, SelectField, TextField } from '@hocso/portal-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError } from '../../shared/form-error';
import { PageTitle } from '../../shared/page-title';
import { useCreateThenOpen } from '../../shared/use-create-then-open';
import { OrgUnitPicker, type PickedOrgUnit } from '../admin/org-units/org-unit-picker';

type Target = 'course' | 'track';

/** Courses offered for one search: enough to pick from, the search narrows the rest. */
const COURSE_MATCHES = 20;

/** Gathering a cohort: its unit, the course or track its members follow, and its start; members are added on its page. */
export function NewCohortPage() {
  const { t } = useTranslation();
  const capabilities = useQuery(organiserActionsQuery);
  const tracks = useQuery(tracksQuery);
  const [courseSearch, setCourseSearch] = useState('');
  const courses = useQuery(catalogueCoursesQuery, { variables: { search: courseSearch.trim() || null, first: COURSE_MATCHES } });
  const [create, { loading }] = useMutation(createCohortMutation, { refetchQueries: [cohortsQuery] });
  const [name, setName] = useState('');
  const [unit, setUnit] = useState<PickedOrgUnit | null>(null);
  const [target, setTarget] = useState<Target>('course');
  const [courseId, setCourseId] = useState('');
  const [trackCode, setTrackCode] = useState('');
  const [startsOn, setStartsOn] = useState('');
  const expertUnits = capabilities.data?.myExpertUnits ?? [];

  const { error, fieldError, handleSubmit } = useCreateThenOpen(async () => {
    const created = await create({
      variables: {
        input: {
          name: name.trim(),
          orgUnitId: unit?.id ?? expertUnits[0]?.id ?? '',
          courseId: target === 'course' ? courseId || null : null,
          trackCode: target === 'track' ? trackCode || null : null,
          startsOn,
        },
      },
    });
    return created.data?.createCohort.id;
  }, (id) => `/cohorts/${id}`);

  return (
    <>
      <PageTitle title={t('cohorts.create.title')} />
      <form onSubmit={(event) => void handleSubmit(event)} noValidate className="hs-stack" data-testid="create-cohort-form">
        <FormError error={error} />
        <TextField label={t('cohorts.create.name')} required value={name} onChange={(event) => setName(event.target.value)} error={fieldError('name')} data-testid="cohort-name" />
        <OrgUnitPicker
          label={t('cohorts.create.unit')}
          value={unit}
          onChange={setUnit}
          placeholder={expertUnits[0] ? t('cohorts.create.expertUnit', { name: expertUnits[0].name }) : undefined}
          error={fieldError('orgUnitId') ?? undefined}
        />
        <SelectField
          label={t('cohorts.create.follows')}
          value={target}
          onChange={(event) => setTarget(event.target.value as Target)}
          options={(['course', 'track'] as const).map((value) => ({ value, label: t(`cohorts.create.target.${value}`) }))}
          data-testid="cohort-target"
        />
        {target === 'course' && (
          <>
            <TextField label={t('cohorts.create.courseSearch')} type="search" value={courseSearch} onChange={(event) => setCourseSearch(event.target.value)} data-testid="cohort-course-search" />
            <SelectField
              label={t('cohorts.create.target.course')}
              value={courseId}
              onChange={(event) => setCourseId(event.target.value)}
              error={fieldError('courseId')}
              options={[{ value: '', label: t('cohorts.create.choose') }, ...(courses.data?.courses.edges ?? []).map(({ node }) => ({ value: node.id, label: node.title }))]}
              data-testid="cohort-course"
            />
          </>
        )}
        {target === 'track' && (
          <SelectField
            label={t('cohorts.create.target.track')}
            value={trackCode}
            onChange={(event) => setTrackCode(event.target.value)}
            error={fieldError('trackCode')}
            options={[{ value: '', label: t('cohorts.create.choose') }, ...(tracks.data?.tracks ?? []).map((track) => ({ value: track.code, label: track.title }))]}
          />
        )}
        <TextField label={t('cohorts.create.startsOn')} type="date" required value={startsOn} onChange={(event) => setStartsOn(event.target.value)} error={fieldError('startsOn')} data-testid="cohort-starts" />
        <div className="hs-actions">
          <Button type="submit" busy={loading} data-testid="cohort-create">
            {t('cohorts.create.submit')}
          </Button>
        </div>
      </form>
    </>
  );
}
