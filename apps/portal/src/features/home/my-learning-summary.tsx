import { useQuery } from '@apollo/client/react';
import { type Audience, homeLearningQuery, type TracksQuery } from '@hocso/portal-data-access';
import { QueryError } from '../../shared/query-error';
import { ContinueLearning } from './continue-learning';
import { MyTrackCourses } from './my-track-courses';

export interface MyLearningSummaryProps {
  audience: Audience;
  tracks: TracksQuery['tracks'];
}

/** For a signed-in learner: where to continue, and (for an official) the mandatory courses of their track. */
export function MyLearningSummary({ audience, tracks }: MyLearningSummaryProps) {
  const { data, error } = useQuery(homeLearningQuery);
  const track = audience === 'CITIZEN' ? undefined : tracks.find((candidate) => candidate.audiences.includes(audience));
  return (
    <>
      <QueryError error={error} />
      {data && <ContinueLearning enrollments={data.myEnrollments} />}
      {track && <MyTrackCourses trackCode={track.code} />}
    </>
  );
}
