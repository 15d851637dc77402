import { useQuery } from '@apollo/client/react';
import { tracksQuery, useAuth } from '@hocso/portal-data-access';
import { lazy, Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { QueryError } from '../../shared/query-error';
import { CourseHighlights } from './course-highlights';
import { HomeSearchForm } from './home-search-form';
import { TrackCard } from './track-card';

// A first visit is anonymous: what only a signed-in person sees comes in its own chunk, outside the page's budget.
const SignedInHomeSections = lazy(() => import('./signed-in-home-sections').then((module) => ({ default: module.SignedInHomeSections })));

export function HomePage() {
  const { t } = useTranslation();
  const { me } = useAuth();
  const { data, loading, error } = useQuery(tracksQuery);

  useEffect(() => {
    document.title = t('app.documentTitle');
  }, [t]);

  return (
    <>
      <section className="hs-hero" aria-labelledby="hero-title">
        <h1 id="hero-title">{t('home.heroTitle')}</h1>
        <p>{t('home.heroLead')}</p>
        {!me && (
          <div className="hs-row">
            <Link className="hs-button hs-button--secondary" to="/sign-up">
              {t('home.ctaSignUp')}
            </Link>
            <Link className="hs-button hs-button--link hs-hero__link" to="/sign-in">
              {t('home.ctaSignIn')}
            </Link>
          </div>
        )}
        {me && <p>{t('home.greeting', { name: me.fullName })}</p>}
        <p>
          <Link className="hs-button hs-button--secondary" to="/exams" data-testid="home-open-exams">
            {t('home.ctaExams')}
          </Link>
        </p>
      </section>
      <HomeSearchForm />
      {me && (
        <Suspense fallback={null}>
          <SignedInHomeSections audience={me.audience} tracks={data?.tracks ?? []} />
        </Suspense>
      )}
      <CourseHighlights />
      <section aria-labelledby="tracks-title">
        <h2 id="tracks-title">{t('home.tracksTitle')}</h2>
        <p className="hs-muted">{t('home.tracksLead')}</p>
        {loading && <p role="status">{t('common.loading')}</p>}
        <QueryError error={error} />
        {data && data.tracks.length === 0 && <p>{t('home.noTracks')}</p>}
        <div className="hs-grid hs-grid--4">
          {data?.tracks.map((track) => (
            <TrackCard key={track.id} track={track} />
          ))}
        </div>
      </section>
    </>
  );
}
