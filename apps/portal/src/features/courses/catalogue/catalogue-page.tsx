import { useQuery } from '@apollo/client/react';
import { catalogueCoursesQuery, courseTracksQuery } from '@hocso/portal-data-access';
import { Button, SelectField, TextField } from '@hocso/portal-ui';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { PageTitle } from '../../../shared/page-title';
import { QueryError } from '../../../shared/query-error';
import { useTrackText } from '../shared/localized-track';
import { coverPlacementInList } from '../shared/course-cover';
import { CourseCard } from './course-card';

const PAGE_SIZE = 12;

export function CataloguePage() {
  const { t } = useTranslation();
  const trackText = useTrackText();
  const [params, setParams] = useSearchParams();
  const search = params.get('q') ?? '';
  const trackCode = params.get('track') ?? '';
  const [draft, setDraft] = useState({ search, trackCode });
  const [loadingMore, setLoadingMore] = useState(false);
  const tracks = useQuery(courseTracksQuery);
  const { data, loading, error, fetchMore } = useQuery(catalogueCoursesQuery, {
    variables: { search: search.trim() || null, trackCode: trackCode || null, first: PAGE_SIZE },
    notifyOnNetworkStatusChange: true,
  });
  const connection = data?.courses;

  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const next = new URLSearchParams();
    if (draft.search.trim()) next.set('q', draft.search.trim());
    if (draft.trackCode) next.set('track', draft.trackCode);
    setParams(next);
  };

  const loadMore = async () => {
    if (!connection?.pageInfo.endCursor) return;
    setLoadingMore(true);
    try {
      await fetchMore({
        variables: { after: connection.pageInfo.endCursor },
        updateQuery: (previous, { fetchMoreResult }) => {
          if (!previous.courses) return fetchMoreResult;
          const known = new Set(previous.courses.edges.map((edge) => edge.node.id));
          return {
            ...fetchMoreResult,
            courses: {
              ...fetchMoreResult.courses,
              edges: [...previous.courses.edges, ...fetchMoreResult.courses.edges.filter((edge) => !known.has(edge.node.id))],
            },
          };
        },
      });
    } finally {
      setLoadingMore(false);
    }
  };

  return (
    <>
      <PageTitle title={t('courses.catalogue.title')} />
      <p className="hs-muted">{t('courses.catalogue.lead')}</p>
      <form className="hs-filter-form" role="search" onSubmit={handleSubmit}>
        <TextField
          label={t('courses.catalogue.search')}
          hint={t('courses.catalogue.searchHint')}
          type="search"
          value={draft.search}
          onChange={(event) => setDraft({ ...draft, search: event.target.value })}
          data-testid="catalogue-search"
        />
        <SelectField
          label={t('courses.catalogue.track')}
          value={draft.trackCode}
          onChange={(event) => setDraft({ ...draft, trackCode: event.target.value })}
          options={[{ value: '', label: t('courses.catalogue.anyTrack') }, ...(tracks.data?.tracks ?? []).map((track) => ({ value: track.code, label: trackText.title(track) }))]}
          data-testid="catalogue-track"
        />
        <Button type="submit" data-testid="catalogue-search-submit">
          {t('courses.catalogue.searchAction')}
        </Button>
      </form>
      <QueryError error={error} />
      {connection && (
        <p role="status" data-testid="catalogue-total">
          {t('courses.catalogue.total', { count: connection.totalCount })}
        </p>
      )}
      {loading && !connection && <p role="status">{t('common.loading')}</p>}
      {connection && connection.edges.length === 0 && <p data-testid="catalogue-empty">{t('courses.catalogue.empty')}</p>}
      <div className="hs-grid hs-grid--3">
        {connection?.edges.map((edge, index) => (
          <CourseCard key={edge.node.id} course={edge.node} coverPlacement={coverPlacementInList(index)} />
        ))}
      </div>
      {connection?.pageInfo.hasNextPage && (
        <Button variant="secondary" fullWidth busy={loadingMore} onClick={() => void loadMore()} data-testid="catalogue-load-more">
          {t('courses.catalogue.loadMore')}
        </Button>
      )}
    </>
  );
}
