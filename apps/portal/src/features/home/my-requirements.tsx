import { useQuery } from '@apollo/client/react';
import { myTrainingRequirementsQuery, type MyTrainingRequirementsQuery } from '@hocso/portal-data-access';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { QueryError } from '../../shared/query-error';

type Requirement = MyTrainingRequirementsQuery['myTrainingRequirements'][number];

/** dd/mm/yyyy in Vietnam's time, as the server words due dates. */
export function dueDateText(value: string, language: string | undefined): string {
  return new Date(value).toLocaleDateString(language === 'en' ? 'en-GB' : 'vi-VN', { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'Asia/Ho_Chi_Minh' });
}

/** The signed-in person's mandatory training: what, by when, why it applies to them, where they stand. */
export function MyRequirements() {
  const { t, i18n } = useTranslation();
  const { data, error } = useQuery(myTrainingRequirementsQuery, { fetchPolicy: 'cache-and-network' });
  const requirements = data?.myTrainingRequirements ?? [];
  if (!error && requirements.length === 0) return null;
  const due = (value: string) => dueDateText(value, i18n.resolvedLanguage);
  const why = (requirement: Requirement) =>
    requirement.audience
      ? t('home.requirements.whyAudience', { unit: requirement.coveredThrough.name, audience: t(`home.requirements.audience.${requirement.audience}`), due: due(requirement.dueAt) })
      : t('home.requirements.whyUnit', { unit: requirement.coveredThrough.name, due: due(requirement.dueAt) });
  return (
    <section aria-labelledby="my-requirements-title" data-testid="my-requirements">
      <h2 id="my-requirements-title">{t('home.requirements.title')}</h2>
      <QueryError error={error} />
      <ul className="hs-stack hs-plain-list">
        {requirements.map((requirement) => (
          <li key={requirement.requirementId} className="hs-card" data-testid="my-requirement">
            <h3>{requirement.title}</h3>
            <p>{why(requirement)}</p>
            {requirement.extended && <p className="hs-muted">{t('home.requirements.extended')}</p>}
            <p>
              <strong data-testid="my-requirement-state">{t(requirement.dueForRenewal ? 'home.requirements.toRenew' : `home.requirements.state.${requirement.state}`)}</strong>
              {requirement.completedAt && ` · ${t('home.requirements.completedOn', { date: due(requirement.completedAt) })}`}
            </p>
            {requirement.expiresAt && (
              <p className={requirement.dueForRenewal ? undefined : 'hs-muted'} data-testid="my-requirement-expiry">
                {t(requirement.dueForRenewal ? 'home.requirements.renewBy' : 'home.requirements.validUntil', { date: due(requirement.expiresAt) })}
              </p>
            )}
            {requirement.course && (
              <Link
                className={requirement.dueForRenewal ? 'hs-button hs-button--primary' : undefined}
                to={`/courses/${requirement.course.id}`}
                data-testid={requirement.dueForRenewal ? 'my-requirement-renew' : undefined}
              >
                {t(requirement.dueForRenewal ? 'home.requirements.renewCourse' : 'home.requirements.openCourse', { title: requirement.course.title })}
              </Link>
            )}
            {requirement.track && <Link to={`/tracks/${requirement.track.code}`}>{t('home.requirements.openTrack', { title: requirement.track.title })}</Link>}
            {requirement.hours !== null && requirement.hours !== undefined && (
              <span>
                {t('home.requirements.hours', { hours: requirement.hours })} <Link to="/courses">{t('home.requirements.openCatalogue')}</Link>
              </span>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
